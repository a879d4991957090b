import { describe, expect, it } from "vitest";
import { upperVi } from "../../src/format/index.js";
import { headerLines, oneLine } from "../../src/layout/header-lines.js";
import { headerBodyRoomPt, TEXT } from "../../src/layout/rules.js";
import { textWidthPt } from "../../src/layout/text-width.js";

// The left column of the default page (margins 30 and 15 mm): 178.65 pt.
const ROOM = headerBodyRoomPt({ left: 30, right: 15 });
const ISSUING = { size: 13, bold: true };
const PARENT = { size: 13, bold: false };

// Real body names of every kind, as written in plans (normal case), and the lines they print as.
const ISSUING_BODIES: [string, string[]][] = [
  ["Ủy ban nhân dân xã Sơn Trung", ["ỦY BAN NHÂN DÂN", "XÃ SƠN TRUNG"]],
  ["Ủy ban nhân dân xã Tân Yên", ["ỦY BAN NHÂN DÂN", "XÃ TÂN YÊN"]],
  ["Ủy ban nhân dân phường Quảng Minh", ["ỦY BAN NHÂN DÂN", "PHƯỜNG QUẢNG MINH"]],
  ["Ủy ban nhân dân phường Long Biên", ["ỦY BAN NHÂN DÂN", "PHƯỜNG LONG BIÊN"]],
  ["Ủy ban nhân dân tỉnh Bắc Ninh", ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH"]],
  ["Ủy ban nhân dân tỉnh Quảng Trị", ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"]],
  ["Ủy ban nhân dân thành phố Hồ Chí Minh", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"]],
  ["Ủy ban nhân dân thành phố Huế", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ"]],
  ["Ủy ban nhân dân đặc khu Phú Quốc", ["ỦY BAN NHÂN DÂN", "ĐẶC KHU PHÚ QUỐC"]],
  ["Ủy ban nhân dân đặc khu Côn Đảo", ["ỦY BAN NHÂN DÂN", "ĐẶC KHU CÔN ĐẢO"]],
  ["Ủy ban nhân dân thị xã Việt Yên", ["ỦY BAN NHÂN DÂN", "THỊ XÃ VIỆT YÊN"]],
  ["Hội đồng nhân dân xã Sơn Trung", ["HỘI ĐỒNG NHÂN DÂN", "XÃ SƠN TRUNG"]],
  ["Sở Nông nghiệp và Môi trường", ["SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"]],
  ["Sở Khoa học và Công nghệ", ["SỞ KHOA HỌC", "VÀ CÔNG NGHỆ"]],
  ["Sở Văn hóa, Thể thao và Du lịch", ["SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"]],
  ["Sở Giáo dục và Đào tạo", ["SỞ GIÁO DỤC VÀ ĐÀO TẠO"]],
  ["Sở Dân tộc và Tôn giáo", ["SỞ DÂN TỘC VÀ TÔN GIÁO"]],
  ["Sở Tài chính", ["SỞ TÀI CHÍNH"]],
  ["Sở Y tế", ["SỞ Y TẾ"]],
  ["Văn phòng HĐND và UBND xã Sơn Trung", ["VĂN PHÒNG HĐND", "VÀ UBND XÃ SƠN TRUNG"]],
  ["Phòng Văn hóa - Xã hội phường Quảng Minh", ["PHÒNG VĂN HÓA - XÃ HỘI", "PHƯỜNG QUẢNG MINH"]],
  [
    "Phòng Kinh tế, Hạ tầng và Đô thị phường Long Biên",
    ["PHÒNG KINH TẾ, HẠ TẦNG", "VÀ ĐÔ THỊ", "PHƯỜNG LONG BIÊN"],
  ],
  ["Ban Chỉ đạo chuyển đổi số xã Sơn Trung", ["BAN CHỈ ĐẠO", "CHUYỂN ĐỔI SỐ", "XÃ SƠN TRUNG"]],
  [
    "Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn xã Tân Yên",
    ["BAN CHỈ ĐẠO", "PHÒNG, CHỐNG THIÊN TAI", "VÀ TÌM KIẾM CỨU NẠN", "XÃ TÂN YÊN"],
  ],
  [
    "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh",
    ["BAN QUẢN LÝ", "CÁC KHU CÔNG NGHIỆP", "TỈNH BẮC NINH"],
  ],
];

const PARENT_BODIES: [string, string[]][] = [
  ["UBND tỉnh Bắc Ninh", ["UBND TỈNH BẮC NINH"]],
  ["UBND thị xã Việt Yên", ["UBND THỊ XÃ VIỆT YÊN"]],
  ["UBND thành phố Hồ Chí Minh", ["UBND", "THÀNH PHỐ HỒ CHÍ MINH"]],
  ["Ủy ban nhân dân tỉnh Quảng Trị", ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"]],
  ["Ủy ban nhân dân xã Sơn Trung", ["ỦY BAN NHÂN DÂN", "XÃ SƠN TRUNG"]],
];

/** Every place name of the table: never split across two lines. */
const PLACES = [
  "SƠN TRUNG",
  "TÂN YÊN",
  "QUẢNG MINH",
  "LONG BIÊN",
  "BẮC NINH",
  "QUẢNG TRỊ",
  "HỒ CHÍ MINH",
  "PHÚ QUỐC",
  "CÔN ĐẢO",
  "VIỆT YÊN",
];

describe("headerLines: issuing bodies", () => {
  it.each(ISSUING_BODIES)("%s", (name, lines) => {
    const got = headerLines(upperVi(name), ROOM, ISSUING);
    expect(got).toEqual(lines);
    expect(got.join(" ")).toBe(upperVi(name));
    for (const line of got) expect(textWidthPt(line, 13, true)).toBeLessThanOrEqual(ROOM);
  });
});

describe("headerLines: parent bodies", () => {
  it.each(PARENT_BODIES)("%s", (name, lines) => {
    const got = headerLines(upperVi(name), ROOM, PARENT);
    expect(got).toEqual(lines);
    for (const line of got) expect(textWidthPt(line, 13, false)).toBeLessThanOrEqual(ROOM);
  });
});

describe("headerLines: rules", () => {
  it("never breaks inside a place name", () => {
    for (const [name] of [...ISSUING_BODIES, ...PARENT_BODIES]) {
      for (const font of [ISSUING, PARENT]) {
        const lines = headerLines(upperVi(name), ROOM, font);
        for (const place of PLACES) {
          if (!upperVi(name).includes(place)) continue;
          expect(lines.some((l) => l.includes(place))).toBe(true);
        }
      }
    }
  });

  it("keeps the lines an official wrote, trimmed, blank ones dropped", () => {
    expect(headerLines("SỞ NÔNG NGHIỆP VÀ\n  MÔI TRƯỜNG \n\n", ROOM, ISSUING)).toEqual([
      "SỞ NÔNG NGHIỆP VÀ",
      "MÔI TRƯỜNG",
    ]);
  });

  it("sets a short name on one line", () => {
    expect(headerLines("UBND XÃ A", ROOM, ISSUING)).toEqual(["UBND XÃ A"]);
  });

  it("does not take 'XÃ HỘI' for a commune", () => {
    expect(headerLines("PHÒNG VĂN HÓA - XÃ HỘI", ROOM, ISSUING)).toEqual([
      "PHÒNG VĂN HÓA - XÃ HỘI",
    ]);
  });

  it("breaks between the words of a name no line can hold, as the column would", () => {
    const lines = headerLines("ỦY BAN NHÂN DÂN XÃ QUẢNG MINH ĐÔNG TÂY NAM BẮC TRUNG", 100, ISSUING);
    for (const line of lines) expect(textWidthPt(line, 13, true)).toBeLessThanOrEqual(100);
    expect(lines.join(" ")).toBe("ỦY BAN NHÂN DÂN XÃ QUẢNG MINH ĐÔNG TÂY NAM BẮC TRUNG");
  });

  it("uses the header fonts of rules.ts", () => {
    expect(TEXT.issuingBody).toMatchObject({ size: 13, bold: true });
    expect(TEXT.parentBody).toMatchObject({ size: 13 });
  });

  it("puts a name with written breaks on one line for metadata", () => {
    expect(oneLine("Sở Nông nghiệp\n và Môi trường\n")).toBe("Sở Nông nghiệp và Môi trường");
  });
});
