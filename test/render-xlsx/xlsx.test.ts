// Excel out: quang-minh's appendix table as a sheet (merged headers, the column-index row, counts as
// whole numbers with thousand separators, rates with two decimals, Times New Roman), the same bytes
// at every run, and read back by `kehoach import` to the same figures.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { DocumentModel, Table } from "../../src/document/types.js";
import { importFigures } from "../../src/import/index.js";
import { runPipeline } from "../../src/pipeline.js";
import { cellValue, placedTables, renderXlsx } from "../../src/render/xlsx/index.js";

const model = runPipeline("plans/quang-minh-2024.yaml").model as DocumentModel;

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe("render --format xlsx", () => {
  it("writes the appendix table with its merged header, index row and number formats", async () => {
    const wb = await read(await renderXlsx(model));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Phụ lục"]);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toBe("Phụ lục");
    expect(ws.getCell("A2").value).toBe("KẾ HOẠCH GIẢM NGHÈO NĂM 2024");
    // the header starts on row 5: "HỘ NGHÈO" spans six columns, "TT" three rows
    expect(ws.getCell("D5").value).toBe("HỘ NGHÈO");
    expect(ws.getCell("I5").isMerged).toBe(true);
    expect(ws.getCell("I5").master.address).toBe("D5");
    expect(ws.getCell("A7").master.address).toBe("A5");
    expect(ws.getCell("D7").value).toBe("Số hộ");
    // the column-index row, then the units
    expect([1, 2, 3, 4].map((c) => ws.getRow(8).getCell(c).value)).toEqual(["A", "B", "1", "2"]);
    const c9 = ws.getCell("C9");
    expect(c9.value).toBe(1011);
    expect(c9.numFmt).toBe("#,##0");
    expect(ws.getCell("D9").value).toBe(7);
    expect(ws.getCell("D9").numFmt).toBe("00");
    expect(ws.getCell("E9").value).toBe(0.69);
    expect(ws.getCell("E9").numFmt).toBe("#,##0.00");
    expect(ws.getCell("B14").value).toBe("Cộng");
    expect(ws.getCell("C14").value).toBe(2991);
    expect(ws.getCell("C14").font.bold).toBe(true);
    expect(ws.getCell("B9").font.name).toBe("Times New Roman");
    expect(ws.getCell("D5").font.name).toBe("Times New Roman");
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(wb.created.toISOString()).toBe(`${model.meta.date}T00:00:00.000Z`);
  });

  it("is the same bytes at every run, the zip dated by the plan", async () => {
    const a = await renderXlsx(model);
    const b = await renderXlsx(model);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    expect(Object.keys(unzipSync(a))[0]).toBe("[Content_Types].xml");
    const core = new TextDecoder().decode(unzipSync(a)["docProps/core.xml"]);
    expect(core).toContain(
      `<dcterms:created xsi:type="dcterms:W3CDTF">${model.meta.date}T00:00:00Z`,
    );
    // SOURCE_DATE_EPOCH, as for the PDF
    const epoch = await renderXlsx(model, { sourceDateEpoch: "1700000000" });
    const epochCore = new TextDecoder().decode(unzipSync(epoch)["docProps/core.xml"]);
    expect(epochCore).toContain("2023-11-14T22:13:20Z");
  });

  it("round trip: the exported table imported back gives the plan's figures", async () => {
    const plan = readFileSync("plans/quang-minh-2024.yaml", "utf8");
    const r = await importFigures(plan, await renderXlsx(model), "quang-minh-2024.xlsx");
    expect(r.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(r.report?.units.map((u) => u.status)).toEqual(Array(5).fill("unchanged"));
    expect(r.report?.columns.map((c) => c.field)).toEqual([
      "households",
      "groups.poor.households",
      "groups.poor.exits",
      "groups.near_poor.households",
      "groups.near_poor.exits",
    ]);
    expect(r.report?.totals).toEqual([]);
    expect(r.text).toBe(plan);
  });

  it("names sheets as Excel allows: at most 31 characters, unique, no forbidden characters", () => {
    const table: Table = {
      type: "table",
      columns: [{ width: 1, align: "left" }],
      headerRows: 0,
      rows: [],
    };
    const appendix = (label: string) => ({
      type: "section" as const,
      orientation: "portrait" as const,
      pageNumbers: { show: false, showOnFirstPage: false },
      children: [
        { type: "appendix-heading" as const, label, title: "T", attachedTo: "" },
        table,
        table,
      ],
    });
    const names = placedTables({
      ...model,
      sections: [
        appendix("Phụ lục: một tên rất dài hơn ba mươi mốt ký tự"),
        appendix("Phụ lục: một tên rất dài hơn ba mươi mốt ký tự"),
      ],
    }).map((t) => t.name);
    expect(names.every((n) => n.length <= 31 && !/[:\\/?*[\]]/.test(n))).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(4);
  });

  it("reads numbers back from their Vietnamese print, only in body and total rows", () => {
    expect(cellValue("1.250.000", "body")).toEqual({ value: 1250000, numFmt: "#,##0" });
    expect(cellValue("12,5", "total")).toEqual({ value: 12.5, numFmt: "#,##0.0" });
    expect(cellValue("2.1", "body")).toEqual({ value: "2.1" });
    expect(cellValue("2023", "header")).toEqual({ value: "2023" });
    expect(cellValue("-", "body")).toEqual({ value: "-" });
    expect(cellValue("07", "body")).toEqual({ value: 7, numFmt: "00" });
    expect(cellValue("0,43%", "body")).toEqual({ value: 0.0043, numFmt: "#,##0.00%" });
  });

  it("keeps as text what kehoach does not print as a number: a year, a code, a bad grouping", () => {
    expect(cellValue("2025", "body")).toEqual({ value: "2025" });
    expect(cellValue("0123", "body")).toEqual({ value: "0123" });
    expect(cellValue("12.34", "body")).toEqual({ value: "12.34" });
  });
});
