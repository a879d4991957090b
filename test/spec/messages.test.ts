// The words officials read: the main diagnostics pinned in Vietnamese and English, through localize.

import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { localize } from "../../src/edge/catalog.js";
import { SPEC_MESSAGES } from "../../src/spec/messages.js";
import { en, load, plan, vi } from "./helpers.js";

const STATS = "statistics:\n  baseline_year: 2023\n  standard: nd-07-2021\n";

function only(text: string): Diagnostic {
  const ds = load(text).diagnostics;
  expect(ds).toHaveLength(1);
  return ds[0] as Diagnostic;
}

describe("message table", () => {
  it("has codes starting with spec. and every text in both languages, with a hint", () => {
    for (const [code, def] of Object.entries(SPEC_MESSAGES)) {
      expect(code).toMatch(/^spec\.[a-z0-9-]+$/);
      expect(def.vi.trim(), code).not.toBe("");
      expect(def.en.trim(), code).not.toBe("");
      if (code !== "spec.yaml-warning") {
        expect(def.hintVi?.trim(), code).toBeTruthy();
        expect(def.hintEn?.trim(), code).toBeTruthy();
      }
    }
  });

  it("uses the same placeholders in both languages", () => {
    const names = (s = "") =>
      [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]?.replace(/_(vi|en)$/, ""));
    for (const [code, def] of Object.entries(SPEC_MESSAGES)) {
      expect(new Set(names(def.en)), code).toEqual(new Set(names(def.vi)));
    }
  });
});

describe("main diagnostics, in Vietnamese and English", () => {
  it("unknown key with a suggestion", () => {
    const d = load(plan({ 9: "  sumary: Thực hiện" })).diagnostics.find(
      (x) => x.code === "spec.unknown-key-suggest",
    );
    expect(vi(d)).toBe('Khóa "sumary" không hợp lệ ở đây. Có phải ý bạn là "summary"?');
    expect(en(d)).toBe('Key "sumary" is not allowed here. Did you mean "summary"?');
    const hint = localize(d as Diagnostic, "vi").hint ?? "";
    expect(hint).toMatch(
      /^Sửa thành "summary"\. Các khóa được phép ở đây: parent_body, issuing_body, /,
    );
  });

  it("unknown key without a suggestion lists the allowed keys", () => {
    const d = only(plan({}, "ghi_chu: x\n"));
    expect(vi(d)).toBe('Khóa "ghi_chu" không hợp lệ ở đây.');
    expect(localize(d, "vi").hint).toBe(
      "Các khóa được phép ở đây: kehoach, document, page, format, statistics, targets, agencies, tasks, sections, assignments, budget, reporting, closing, recipients, archive, signature, appendices, templates.",
    );
    expect(localize(d, "en")).toMatchObject({
      file: "plan.yaml",
      line: 17,
      col: 1,
      path: "ghi_chu",
    });
  });

  it("wrong type", () => {
    const d = only(plan({}, `${STATS}  totals: { households: mười bảy, groups: {} }\n`));
    expect(vi(d)).toBe(
      'Giá trị của "households" không đúng kiểu: cần một số nguyên, nhận được chuỗi "mười bảy".',
    );
    expect(en(d)).toBe(
      'Wrong type for "households": expected a whole number, got the text "mười bảy".',
    );
    expect(localize(d, "vi").hint).toBe("Sửa giá trị thành một số nguyên.");
  });

  it("a count written with a thousands dot is read as the whole number it can only be", () => {
    const d = only(plan({}, `${STATS}  totals: { households: 2.991, groups: {} }\n`));
    expect(vi(d)).toBe(
      '"households" là số nguyên (số đếm), nên 2.991 chỉ có thể là hai nghìn chín trăm chín mươi mốt viết có dấu ngăn cách hàng nghìn: trong tệp kế hoạch phải ghi 2991.',
    );
    expect(localize(d, "vi").hint).toBe(
      "Ghi 2991, viết liền, không có dấu chấm hay dấu phẩy: totals: { households: 2991, groups: {} }. Khi in, kehoach tự viết “2.991”.",
    );
  });

  it("a count with decimals", () => {
    const d = only(plan({}, `${STATS}  totals: { households: 2.5, groups: {} }\n`));
    expect(vi(d)).toBe('"households" phải là số nguyên, nhận được 2.5.');
    expect(localize(d, "vi").hint).toBe(
      "Số đếm không có phần thập phân. Không dùng dấu chấm phân cách hàng nghìn: ghi 2991, không ghi 2.991.",
    );
  });

  it("out of range", () => {
    const d = only(plan({}, "page:\n  margins: { left: 25 }\n"));
    expect(vi(d)).toBe('"left" phải từ 30 đến 35, nhận được 25.');
    expect(en(d)).toBe('"left" must be between 30 and 35, got 25.');
  });

  it("not in the enum, with the allowed values", () => {
    const d = only(plan({}, "page: { font_size: 12 }\n"));
    expect(vi(d)).toBe('Giá trị 12 không hợp lệ cho "font_size".');
    expect(localize(d, "vi").hint).toBe("Chọn một trong các giá trị: 13, 14.");
    expect(localize(d, "en").hint).toBe("Use one of: 13, 14.");
  });

  it("not in the enum, with a suggestion", () => {
    const d = only(plan({ 4: "  unit_kind: phuong" }));
    expect(vi(d)).toBe('Giá trị "phuong" không hợp lệ cho "unit_kind". Có phải ý bạn là "phường"?');
    expect(localize(d, "vi").hint).toBe(
      'Chọn một trong các giá trị: "xã", "phường", "đặc khu", "thị trấn", "tỉnh", "thành phố", "huyện", "quận", "thị xã", "thành phố thuộc tỉnh".',
    );
  });

  it("missing required key, with what it means", () => {
    const d = only(plan({ 9: null }));
    expect(vi(d)).toBe('Thiếu khóa bắt buộc "summary".');
    expect(en(d)).toBe('Required key "summary" is missing.');
    expect(localize(d, "vi").hint).toBe(
      'Thêm dòng "summary: …" vào nhóm này. Trích yếu nội dung, ví dụ “Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024”.',
    );
    expect(localize(d, "vi")).toMatchObject({ line: 2, col: 1, path: "document.summary" });
  });

  it("bad dates", () => {
    expect(vi(only(plan({ 8: "  date: 2024-02-30" })))).toBe("Ngày 2024-02-30 không có trên lịch.");
    expect(en(only(plan({ 8: "  date: 2024-02-30" })))).toBe("Date 2024-02-30 does not exist.");
    expect(vi(only(plan({ 8: "  date: 2024-13-01" })))).toBe('Ngày "2024-13-01" không đúng dạng.');
    const dmy = only(plan({ 8: "  date: 22/02/2024" }));
    expect(vi(dmy)).toBe('Ngày "22/02/2024" được viết theo kiểu ngày/tháng/năm.');
    expect(localize(dmy, "vi").hint).toMatch(
      /^Trong tệp kế hoạch, ngày viết theo kiểu năm-tháng-ngày: ghi 2024-02-22\./,
    );
  });

  it("statistics need units or totals", () => {
    const d = only(plan({}, STATS));
    expect(vi(d)).toBe("Cần ít nhất một trong các khóa: units, totals.");
    expect(en(d)).toBe("At least one of these keys is required: units, totals.");
  });

  it("duplicate key", () => {
    const d = only(plan({ 6: "  symbol: KH-UBND\n  symbol: KH-UBND" }));
    expect(vi(d)).toBe('Khóa "symbol" bị lặp lại (đã có ở dòng 6).');
    expect(en(d)).toBe('Key "symbol" appears twice (first on line 6).');
  });

  it("YAML slips of newcomers", () => {
    const colon = only(plan({ 13: "closing: Ủy ban nhân dân ban hành Kế hoạch như sau:" }));
    expect(vi(colon)).toBe(
      "Giá trị có dấu hai chấm (“: ” ở giữa hoặc “:” ở cuối dòng) nên bị hiểu nhầm là một khóa mới.",
    );
    const star = only(plan({ 12: "  - content:\n      - **Đối với hộ nghèo:** Tập trung hỗ trợ" }));
    expect(vi(star)).toBe("Giá trị bắt đầu bằng ký tự “*” phải được đặt trong ngoặc kép.");
    expect(localize(star, "vi")).toMatchObject({ line: 13, col: 9 });
    const tab = only(plan({ 5: "\tlocality: Quảng Minh" }));
    expect(vi(tab)).toBe("Dùng ký tự Tab để thụt lề.");
  });

  it("an unknown code still prints something useful", () => {
    const d: Diagnostic = { code: "spec.nope", severity: "error", params: { a: 1 } };
    expect(localize(d, "vi").message).toBe('spec.nope {"a":1}');
  });

  it("every code the loader emits in these tests is in the table", () => {
    const texts = [
      plan({ 9: "  sumary: x" }),
      plan({ 1: "kehoach: 2", 8: "  date: 2024-02-30" }),
      plan({}, "x: &x [1, *x]\n"),
      "",
    ];
    for (const t of texts) {
      for (const d of load(t).diagnostics) expect(SPEC_MESSAGES[d.code], d.code).toBeDefined();
    }
  });
});
