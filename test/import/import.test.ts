// Excel in: an official's workbook and CSV, made here as officials make them (Vietnamese headings
// over two rows with merged cells, thousand separators typed as text, a totals row), merged into
// quang-minh's statistics with its comments kept; a cell that is not a count is named.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { localize } from "../../src/edge/catalog.js";
import { numberStyle, readCount } from "../../src/import/counts.js";
import { type ImportResult, importFigures } from "../../src/import/index.js";
import { reportLines } from "../../src/import/report.js";
import { runPipeline } from "../../src/pipeline.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** quang-minh with a comment among its units, to see that it stays. */
const PLAN = readFileSync("plans/quang-minh-2024.yaml", "utf8").replace(
  "    - name: TDP Đông Long\n",
  "    # Đông Long: số liệu rà soát lại tháng 12\n    - name: TDP Đông Long\n",
);

async function workbook(
  rows: (string | number | null)[][],
  merges: string[] = [],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  for (const row of rows) ws.addRow(row);
  for (const m of merges) ws.mergeCells(m);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function linesOf(r: ImportResult, lang: "vi" | "en"): string[] {
  if (!r.report) throw new Error("no report");
  return reportLines(r.report, r.terms, lang);
}

function firstOf(r: ImportResult): Diagnostic {
  const d = r.diagnostics[0];
  if (!d) throw new Error("no diagnostic");
  return d;
}

const TITLE = ["BẢNG TỔNG HỢP HỘ NGHÈO, HỘ CẬN NGHÈO CUỐI NĂM 2023"];
const HEAD_1 = ["STT", "Tên đơn vị", "Tổng số hộ", "Hộ nghèo", null, "Hộ cận nghèo", null];
const HEAD_2 = [null, null, null, "Số hộ", "Số khẩu", "Số hộ", "Số khẩu"];
const MERGES = ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:G2"];

describe("import from an XLSX", () => {
  it("merges the figures, keeps comments and order, adds and reports units", async () => {
    const bytes = await workbook(
      [
        TITLE,
        HEAD_1,
        HEAD_2,
        [1, "TDP Khả Lý Thượng", 1011, 8, 14, 15, 40],
        [2, "TDP Khả Lý Hạ", "494", "0", "-", 2, 5],
        [3, "TDP Đông Long", "1.020", 7, 12, 19, 50],
        [4, "TDP Đình Cả", 430, 2, 3, 4, 9],
        [5, "Tổ dân phố Mới", "1.250", 3, 6, 1, 2],
        [null, "Cộng", 4205, 20, 35, 41, 106],
      ],
      MERGES,
    );
    const r = await importFigures(PLAN, bytes, "so-lieu.xlsx", { planFile: "quang-minh.yaml" });
    expect(r.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(r.report?.sheet).toBe("Sheet1");
    expect(r.report?.columns.map((c) => c.field)).toEqual([
      "households",
      "groups.poor.households",
      "groups.poor.persons",
      "groups.near_poor.households",
      "groups.near_poor.persons",
    ]);
    // the comment and everything outside the figures stay byte for byte
    expect(r.text).toContain(
      "    # Đông Long: số liệu rà soát lại tháng 12\n    - name: TDP Đông Long\n",
    );
    expect(r.text.slice(0, r.text.indexOf("statistics:"))).toBe(
      PLAN.slice(0, PLAN.indexOf("statistics:")),
    );
    expect(r.text).toContain(
      [
        "    - name: TDP Khả Lý Thượng",
        "      households: 1011",
        "      groups:",
        "        poor: { households: 8, exits: 1, persons: 14 }",
        "        near_poor: { households: 15, exits: 4, persons: 40 }",
      ].join("\n"),
    );
    expect(r.text).toContain("      households: 1020\n");
    expect(r.text).toContain(
      [
        "    - name: TDP Kẽ",
        "      households: 254",
        "      groups:",
        "        poor: { households: 1, exits: 0 }",
        "        near_poor: { households: 4, exits: 1 }",
        "    - name: Tổ dân phố Mới",
        "      households: 1250",
        "      groups:",
        "        poor: { households: 3, persons: 6 }",
        "        near_poor: { households: 1, persons: 2 }",
        "  totals:",
        "    households: 4459",
      ].join("\n"),
    );
    expect(r.report?.units.map((u) => [u.name, u.status])).toEqual([
      ["TDP Khả Lý Thượng", "changed"],
      ["TDP Khả Lý Hạ", "changed"],
      ["TDP Đông Long", "changed"],
      ["TDP Đình Cả", "changed"],
      ["Tổ dân phố Mới", "added"],
    ]);
    expect(r.report?.missing).toEqual(["TDP Kẽ"]);
    const lines = linesOf(r, "vi");
    expect(lines[0]).toBe(
      "Đã đọc so-lieu.xlsx (trang tính Sheet1): 1 đơn vị thêm mới, 4 đơn vị có số liệu thay đổi, 0 đơn vị không đổi.",
    );
    expect(lines).toContain(
      "  ~ TDP Đông Long (ô Sheet1!B6): tổng số hộ 802 → 1.020, số nhân khẩu hộ nghèo 12 (mới), số nhân khẩu hộ cận nghèo 50 (mới)",
    );
    expect(lines).toContain("  ? TDP Kẽ: không có trong tệp, giữ nguyên số liệu trong kế hoạch.");
    expect(lines).toContain(
      "  Σ Số tổng (statistics.totals): tổng số hộ 2.991 → 4.459, số hộ nghèo 17 → 21, số hộ cận nghèo 44 → 45",
    );
    const en = linesOf(r, "en");
    expect(en).toContain("  ? TDP Kẽ: not in the file; the plan's figures are kept.");
    // the totals row is named, not read
    expect(r.diagnostics.map((d) => localize(d, "vi").message)).toContain(
      "so-lieu.xlsx, ô Sheet1!B9: dòng “Cộng” là dòng tổng, không được đọc: kehoach tự cộng số liệu các đơn vị.",
    );
  });

  it("names the cell that is not a count and changes nothing", async () => {
    const bytes = await workbook(
      [
        TITLE,
        HEAD_1,
        HEAD_2,
        [1, "TDP Khả Lý Thượng", 1011, "7 hộ", 14, 15, 40],
        [2, "TDP Kẽ", 254, 1, "2,5", 4, 9],
      ],
      MERGES,
    );
    const r = await importFigures(PLAN, bytes, "so-lieu.xlsx");
    expect(r.text).toBe(PLAN);
    expect(r.report).toBeUndefined();
    const messages = r.diagnostics.map((d) => localize(d, "vi"));
    expect(messages.map((m) => m.message)).toEqual([
      "so-lieu.xlsx, ô Sheet1!D4 (cột “Hộ nghèo / Số hộ”): “7 hộ” không phải số đếm.",
      "so-lieu.xlsx, ô Sheet1!E5 (cột “Hộ nghèo / Số khẩu”): “2,5” là số thập phân, không phải số đếm.",
    ]);
    expect(localize(firstOf(r), "en").message).toBe(
      "so-lieu.xlsx, cell Sheet1!D4 (column “Hộ nghèo / Số hộ”): “7 hộ” is not a count.",
    );
  });
});

describe("import from a CSV", () => {
  it("reads headings without accents, semicolons and Vietnamese thousand separators", async () => {
    const csv = [
      "TEN DON VI;Tong so ho;Ho ngheo;Khau ngheo;Ho can ngheo;Ghi chu",
      'TDP Khả Lý Thượng;"1.011";7;13;15;',
      "TDP Kẽ;254;2;4;4;rà soát lại",
    ].join("\r\n");
    const bytes = new TextEncoder().encode(`\uFEFF${csv}\r\n`);
    const r = await importFigures(PLAN, bytes, "tong-hop.csv");
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(r.diagnostics.map((d) => localize(d, "vi").message)).toEqual([
      "tong-hop.csv, ô 'tong-hop'!F1: không đọc cột “Ghi chu” vì không rõ đó là số liệu gì.",
    ]);
    expect(r.text).toContain("        poor: { households: 7, exits: 1, persons: 13 }");
    expect(r.text).toContain(
      "        poor: { households: 2, exits: 0, persons: 4 }\n        near_poor: { households: 4, exits: 1 }",
    );
    expect(r.report?.units.map((u) => u.status)).toEqual(["changed", "changed"]);
    expect(r.report?.missing).toHaveLength(3);
  });

  it("names a bad cell of a CSV by the file's name, as Excel names its sheet", async () => {
    const csv = "Đơn vị,Tổng số hộ,Hộ nghèo\nTDP Kẽ,254,1\nTDP Khả Lý Hạ,494,abc\n";
    const r = await importFigures(PLAN, new TextEncoder().encode(csv), "so-lieu.csv");
    expect(r.diagnostics.map((d) => d.params.cell)).toEqual(["'so-lieu'!C3"]);
    expect(r.text).toBe(PLAN);
  });

  it("reads other headings through --map", async () => {
    const csv = "Nơi ở,Số hộ dân,Nghèo\nTDP Kẽ,260,1\n";
    const bytes = new TextEncoder().encode(csv);
    const without = await importFigures(PLAN, bytes, "x.csv");
    expect(without.diagnostics.map((d) => d.code)).toEqual(["import.no-header"]);
    const r = await importFigures(PLAN, bytes, "x.csv", {
      map: "Nơi ở=name, Nghèo=poor.households",
    });
    expect(r.report?.units[0]?.changes).toEqual([{ field: "households", from: 254, to: 260 }]);
    const bad = await importFigures(PLAN, bytes, "x.csv", { map: "Nghèo=rich.households" });
    expect(localize(firstOf(bad), "vi").message).toBe("--map: không hiểu “Nghèo=rich.households”.");
  });

  it("the merged plan is a valid plan", async () => {
    const csv = "Tên đơn vị,Tổng số hộ,Hộ nghèo,Hộ cận nghèo\nTDP Kẽ,260,1,4\nThôn Mới,100,0,3\n";
    const r = await importFigures(PLAN, new TextEncoder().encode(csv), "x.csv");
    const file = join(dir, "merged.yaml");
    writeFileSync(file, r.text);
    const check = runPipeline(file);
    expect(check.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("matches names without accents or with another prefix, and reads breakdown parts", async () => {
    const csv = [
      "Đơn vị,Hộ nghèo,Hộ nghèo có khả năng thoát nghèo,Bao tro xa hoi",
      "TDP Kha Ly Thuong,7,3,4",
      "Tổ dân phố Kẽ,1,1,0",
    ].join("\n");
    const r = await importFigures(PLAN, new TextEncoder().encode(csv), "x.csv");
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(r.report?.units.map((u) => u.name)).toEqual(["TDP Khả Lý Thượng", "TDP Kẽ"]);
    expect(r.text).toContain(
      "        poor: { households: 7, exits: 1, breakdowns: { kha_nang_thoat_ngheo: { bao_tro_xa_hoi: 4, co_kha_nang: 3 } } }",
    );
    expect(linesOf(r, "vi")).toContain(
      '  ~ TDP Kẽ (ô x!A3): số hộ nghèo "Hộ nghèo thuộc diện bảo trợ xã hội và các đối tượng khó thoát nghèo" (theo khả năng thoát nghèo) 0 (mới), số hộ nghèo "Hộ nghèo có khả năng thoát nghèo" (theo khả năng thoát nghèo) 1 (mới)',
    );
  });

  it("says so when the plan has no statistics to take the figures", async () => {
    const plan = PLAN.replace(/\nstatistics:[\s\S]*?\n(?=\S)/, "\n");
    const csv = "Tên đơn vị,Tổng số hộ\nThôn A,10\n";
    const r = await importFigures(plan, new TextEncoder().encode(csv), "x.csv", {
      planFile: "kh.yaml",
    });
    expect(localize(firstOf(r), "vi").message).toBe(
      "Kế hoạch kh.yaml chưa có phần statistics để nhận số liệu.",
    );
    expect(r.text).toBe(plan);
  });

  it("refuses a CSV that is not UTF-8, and a workbook it cannot read, saying how to save them", async () => {
    // "Thôn" in Windows-1258, as old Excel saves "CSV (Comma delimited)"
    const legacy = new Uint8Array([0x54, 0x68, 0xf4, 0x6e, 0x2c, 0x31, 0x0a]);
    const a = await importFigures(PLAN, legacy, "cu.csv");
    expect(a.diagnostics.map((d) => d.code)).toEqual(["import.not-utf8"]);
    expect(localize(firstOf(a), "vi").hint).toContain("CSV UTF-8");
    const b = await importFigures(PLAN, new TextEncoder().encode("not a zip"), "hong.xlsx");
    expect(b.diagnostics.map((d) => d.code)).toEqual(["import.unreadable"]);
    expect(b.text).toBe(PLAN);
  });

  it("names a formula without its stored result, and a date where a count should be", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Biểu 1");
    ws.addRow(["Tên đơn vị", "Tổng số hộ", "Hộ nghèo"]);
    ws.addRow(["TDP Kẽ", { formula: "B3+1" }, new Date(Date.UTC(2023, 0, 11))]);
    const r = await importFigures(PLAN, new Uint8Array(await wb.xlsx.writeBuffer()), "b.xlsx");
    expect(r.diagnostics.map((d) => [d.params.cell, d.params.value])).toEqual([
      ["'Biểu 1'!B2", "=B3+1"],
      ["'Biểu 1'!C2", "2023-01-11"],
    ]);
  });

  it("reads a CSV saved as shown by a spreadsheet set to English: 1,011 and 0.69, headers over three rows", async () => {
    // what LibreOffice writes for the workbook of `render --format xlsx` (merged cells left blank)
    const csv = [
      "Phụ lục,,,,,,,,,,,,,,",
      "KẾ HOẠCH GIẢM NGHÈO NĂM 2024,,,,,,,,,,,,,,",
      ",,,,,,,,,,,,,,",
      "TT,Tổ dân phố,Tổng số hộ dân cư,HỘ NGHÈO,,,,,,HỘ CẬN NGHÈO,,,,,",
      ",,,Phê duyệt cuối năm 2023,,Có khả năng thoát nghèo năm 2024,,Cuối năm 2024,,Phê duyệt cuối năm 2023,,Có khả năng thoát cận nghèo năm 2024,,Cuối năm 2024,",
      ",,,Số hộ,Tỷ lệ %,Số hộ,Tỷ lệ %,Số hộ,Tỷ lệ %,Số hộ,Tỷ lệ %,Số hộ,Tỷ lệ %,Số hộ,Tỷ lệ %",
      "A,B,1,2,3,4,5,6,7,8,9,10,11,12,13",
      '1,TDP Khả Lý Thượng,"1,011",07,0.69,01,0.10,06,0.59,15,1.48,04,0.40,11,1.09',
      "2,TDP Khả Lý Hạ,494,00,0.00,00,0.00,00,0.00,02,0.40,00,0.00,02,0.40",
    ].join("\n");
    const r = await importFigures(PLAN, new TextEncoder().encode(csv), "bang.csv");
    expect(r.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toContain("import.english-numbers");
    expect(r.report?.columns.map((c) => c.field)).toEqual([
      "households",
      "groups.poor.households",
      "groups.poor.exits",
      "groups.near_poor.households",
      "groups.near_poor.exits",
    ]);
    expect(r.report?.units.map((u) => u.status)).toEqual(["unchanged", "unchanged"]);
  });
});

describe("number style of a sheet", () => {
  it("is English only with English-only texts and no Vietnamese-only one", () => {
    expect(numberStyle(["1,011", "0.69"])).toBe("en");
    expect(numberStyle(["1,011", "0,69"])).toBe("vi");
    expect(numberStyle(["1.011", "12"])).toBe("vi");
    // ambiguous "1.011" beside an English-only "2.5": English, and "1.011" is then refused
    expect(numberStyle(["1.011", "2.5"])).toBe("en");
    expect(numberStyle(["1,011", 7])).toBe("vi");
  });

  it("reads counts by the style", () => {
    expect(readCount("1,011", "en")).toEqual({ kind: "count", count: 1011 });
    expect(readCount("1.011", "en")).toMatchObject({ kind: "bad", why: "fraction" });
    expect(readCount("1.011", "vi")).toEqual({ kind: "count", count: 1011 });
  });
});
