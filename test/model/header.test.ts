import { describe, expect, it } from "vitest";
import type { HeaderBlock } from "../../src/document/types.js";
import { BLANK } from "../../src/format/index.js";
import { body, build, line } from "./helpers.js";

function header(model: ReturnType<typeof build>["model"]): HeaderBlock {
  const h = body(model).find((b): b is HeaderBlock => b.type === "header");
  if (!h) throw new Error("no header");
  return h;
}

describe("header", () => {
  it("writes bodies in capitals, the number with a leading zero, the full date", () => {
    const { model } = build();
    expect(header(model)).toEqual({
      type: "header",
      parentBody: ["UBND THỊ XÃ VIỆT YÊN"],
      issuingBody: ["ỦY BAN NHÂN DÂN", "PHƯỜNG QUẢNG MINH"],
      number: "Số: 05/KH-UBND",
      nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      placeDate: "Quảng Minh, ngày 22 tháng 02 năm 2024",
    });
    expect(body(model)[0]?.type).toBe("header");
  });

  it("leaves numbers of 10 and more alone", () => {
    const { model } = build((s) => {
      s.document.number = 498;
    });
    expect(header(model).number).toBe("Số: 498/KH-UBND");
  });

  it("has no parent body when the plan gives none", () => {
    const { model } = build((s) => {
      delete s.document.parent_body;
    });
    expect(header(model)).not.toHaveProperty("parentBody");
  });

  it("leaves blanks for the clerk in a draft, and marks it", () => {
    const { model } = build(undefined, { draft: true });
    const h = header(model);
    expect(h.number).toBe(`Số: ${BLANK}/KH-UBND`);
    expect(h.placeDate).toBe(`Quảng Minh, ngày ${BLANK} tháng 02 năm 2024`);
    expect(body(model)[0]).toEqual({ type: "draft-mark", text: "DỰ THẢO" });
    expect(model.meta.draft).toBe(true);
  });

  it("takes draft from the spec, and the CLI flag overrides it", () => {
    const fromSpec = build((s) => {
      s.document.draft = true;
    });
    expect(fromSpec.model.meta.draft).toBe(true);
    const overridden = build(
      (s) => {
        s.document.draft = true;
      },
      { draft: false },
    );
    expect(overridden.model.meta.draft).toBe(false);
    expect(header(overridden.model).number).toBe("Số: 05/KH-UBND");
  });

  it("leaves blanks for a missing number and a partial date even outside a draft", () => {
    const { model } = build((s) => {
      delete s.document.number;
      s.document.date = 2024;
    });
    const h = header(model);
    expect(h.number).toBe(`Số: ${BLANK}/KH-UBND`);
    expect(h.placeDate).toBe(`Quảng Minh, ngày ${BLANK} tháng ${BLANK} năm 2024`);
    expect(model.meta.date).toBe("2024-01-01");
  });
});

describe("header lines", () => {
  it("breaks a Sở's name between its parts, with its parent body on its own lines", () => {
    const { model } = build((s) => {
      s.document.parent_body = "Ủy ban nhân dân tỉnh Bắc Ninh";
      s.document.issuing_body = "Sở Nông nghiệp và Môi trường";
    });
    expect(header(model)).toMatchObject({
      parentBody: ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH"],
      issuingBody: ["SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"],
    });
    expect(model.meta.author).toBe("Sở Nông nghiệp và Môi trường");
  });

  it("keeps the lines an official wrote, and the metadata and running text on one line", () => {
    const { model } = build((s) => {
      s.document.issuing_body = "Ban Chỉ đạo chuyển đổi số\nxã Sơn Trung";
      delete s.document.issuing_body_short;
    });
    expect(header(model).issuingBody).toEqual(["BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ", "XÃ SƠN TRUNG"]);
    expect(model.meta.author).toBe("Ban Chỉ đạo chuyển đổi số xã Sơn Trung");
    expect(JSON.stringify(model)).not.toMatch(/số\\nxã/u);
  });
});

describe("title, legal bases and opening", () => {
  it("reads in the order of the seeds", () => {
    const { model } = build();
    const blocks = body(model);
    expect(blocks[1]).toEqual({
      type: "title",
      kind: "KẾ HOẠCH",
      summary: "Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024",
    });
    expect(
      blocks.slice(2, 5).map((b) => [b.type === "paragraph" ? b.style : b.type, line(b)]),
    ).toEqual([
      ["basis", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;"],
      [
        "basis",
        "Căn cứ Nghị định số 07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ quy định chuẩn nghèo đa chiều giai đoạn 2021-2025.",
      ],
      [
        "body",
        "Thực hiện Kế hoạch số 67/KH-UBND ngày 19/02/2024 của UBND thị xã Việt Yên về việc thực hiện công tác giảm nghèo và an sinh xã hội năm 2024; Ủy ban nhân dân phường Quảng Minh xây dựng Kế hoạch thực hiện công tác giảm nghèo và an sinh xã hội năm 2024 như sau:",
      ],
    ]);
  });

  it("does not repeat a Căn cứ the plan wrote itself", () => {
    const { model } = build((s) => {
      s.document.legal_bases = ["Căn cứ Luật Ngân sách nhà nước ngày 25/6/2015"];
    });
    expect(body(model).map(line)).toContain("Căn cứ Luật Ngân sách nhà nước ngày 25/6/2015.");
  });

  it("ends the references with a full stop when there is no lead-in, and joins several with ;", () => {
    const { model } = build((s) => {
      delete s.document.lead_in;
      s.document.implements = [
        "Kế hoạch số 155/KH-LĐTBXH ngày 20/11/2023 của Sở Lao động - Thương binh và Xã hội",
        { kind: "Công văn", number: "613/SLĐTBXH-BTXH", date: "2024-01-19" },
      ];
    });
    expect(body(model).map(line)).toContain(
      "Thực hiện Kế hoạch số 155/KH-LĐTBXH ngày 20/11/2023 của Sở Lao động - Thương binh và Xã hội; Công văn số 613/SLĐTBXH-BTXH ngày 19/01/2024.",
    );
  });

  it("has no opening when the plan implements nothing and has no lead-in", () => {
    const { model } = build((s) => {
      delete s.document.lead_in;
      delete s.document.implements;
      delete s.document.legal_bases;
    });
    expect(body(model)[2]?.type).toBe("heading");
  });

  it("carries metadata from the plan, reproducibly", () => {
    const { model } = build();
    expect(model.meta).toEqual({
      title: "Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024",
      author: "Ủy ban nhân dân phường Quảng Minh",
      subject: "Kế hoạch thực hiện công tác giảm nghèo và an sinh xã hội năm 2024",
      keywords: ["kế hoạch", "phường Quảng Minh", "2024", "giảm nghèo"],
      lang: "vi",
      date: "2024-02-22",
      draft: false,
    });
    expect(model.page).toEqual({
      size: "A4",
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      fontSize: 14,
    });
  });

  it("takes margins and font size from the plan", () => {
    const { model } = build((s) => {
      s.page = { margins: { top: 25, left: 35 }, font_size: 13 };
    });
    expect(model.page).toEqual({
      size: "A4",
      margins: { top: 25, bottom: 20, left: 35, right: 15 },
      fontSize: 13,
    });
  });
});
