// Excel out: the plan's tables (appendices and body tables) as a workbook, one sheet each, for the
// level above that wants the figures back in Excel. Reads only the document model, like the other
// renderers: the text of each cell is final, so a count is read back from its Vietnamese print
// ("1.011", "07") into a number with a format that prints it the same way ("#,##0", or "00" for a padded "07"), and a
// rate ("0,69") into a number with as many decimals. Header rows keep their merged cells, then the
// column-index row; Times New Roman throughout. exceljs writes the workbook (see 7dfdb02 for why);
// its zip is repacked with the plan's date (or SOURCE_DATE_EPOCH's, as the PDF's), so the bytes
// depend on the plan alone.

import { unzipSync } from "fflate";
import type { DocumentModel, PageSection, RowKind, Table } from "../../document/types.js";
import { readPrintedNumber } from "../../format/number.js";
import { inlineText } from "../../format/text.js";
import { zip } from "../docx/zip.js";
import { placeColumns } from "../html/table.js";
import { documentDate } from "../pdf/date.js";

const FONT = "Times New Roman";
const FONT_SIZE = 12;
/** Excel's limit on a sheet name, and the characters it refuses in one. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_BAD = /[\\/?*[\]:]/g;
/** The text width in Excel's character units that the relative column widths share. */
const TEXT_WIDTH = { portrait: 95, landscape: 140 } as const;

/** A table with where it stands: the caption lines above it and its page's orientation. */
export interface PlacedTable {
  name: string;
  caption: string[];
  orientation: PageSection["orientation"];
  table: Table;
}

/** Every table in document order, named "Phụ lục II" (or "Phụ lục II (2)") or "Bảng 3". */
export function placedTables(model: DocumentModel): PlacedTable[] {
  const out: PlacedTable[] = [];
  let body = 0;
  for (const section of model.sections) {
    let caption: string[] = [];
    let appendix: string | undefined;
    let inAppendix = 0;
    for (const block of section.children) {
      if (block.type === "appendix-heading") {
        appendix = block.label;
        inAppendix = 0;
        caption = [block.label, block.title, block.attachedTo];
      } else if (block.type === "heading") {
        caption =
          appendix === undefined ? [`${block.number} ${inlineText(block.content)}`] : caption;
      } else if (block.type === "table") {
        inAppendix++;
        const name =
          appendix === undefined
            ? `Bảng ${++body}`
            : inAppendix === 1
              ? appendix
              : `${appendix} (${inAppendix})`;
        out.push({ name, caption, orientation: section.orientation, table: block });
      }
    }
  }
  return uniqueNames(out);
}

function uniqueNames(tables: PlacedTable[]): PlacedTable[] {
  const used = new Set<string>();
  return tables.map((t) => {
    const base = t.name.replace(SHEET_NAME_BAD, "-").slice(0, SHEET_NAME_MAX).trim() || "Bảng";
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) {
      const suffix = ` (${k})`;
      name = `${base.slice(0, SHEET_NAME_MAX - suffix.length)}${suffix}`;
    }
    used.add(name.toLowerCase());
    return { ...t, name };
  });
}

/** A cell's value: a number with its format when the text is a Vietnamese count or decimal. */
export function cellValue(
  text: string,
  kind: RowKind,
): { value: string | number; numFmt?: string } {
  if (kind !== "body" && kind !== "total") return { value: text };
  const n = readPrintedNumber(text);
  if (!n) return { value: text };
  const zeros = n.decimals > 0 ? `.${"0".repeat(n.decimals)}` : "";
  // "07": the plan pads counts under ten to two digits
  const intPart = n.padded ? "00" : "#,##0";
  if (n.percent) return { value: n.value / 100, numFmt: `${intPart}${zeros}%` };
  return { value: n.value, numFmt: `${intPart}${zeros}` };
}

export interface RenderXlsxOptions {
  /** SOURCE_DATE_EPOCH, read at the edge: the workbook's date instead of the plan's. */
  sourceDateEpoch?: string;
}

export async function renderXlsx(
  model: DocumentModel,
  options: RenderXlsxOptions = {},
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  // the PDF's one date: the plan's, or SOURCE_DATE_EPOCH's
  const date = documentDate(model.meta.date, options.sourceDateEpoch);
  wb.creator = model.meta.author;
  wb.lastModifiedBy = model.meta.author;
  wb.title = model.meta.title;
  wb.subject = model.meta.subject;
  wb.keywords = model.meta.keywords.join(", ");
  wb.created = date;
  wb.modified = date;
  const font = { name: FONT, size: FONT_SIZE };
  const tables = placedTables(model);
  if (tables.length === 0) {
    const ws = wb.addWorksheet("Kế hoạch");
    ws.getCell(1, 1).value = model.meta.title;
    ws.getCell(2, 1).value = "(Kế hoạch không có bảng.)";
    for (const r of [1, 2]) ws.getCell(r, 1).font = font;
  }
  for (const placed of tables) {
    const { table } = placed;
    const ws = wb.addWorksheet(placed.name, {
      pageSetup: {
        paperSize: 9,
        orientation: placed.orientation,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    const n = table.columns.length;
    const total = table.columns.reduce((a, c) => a + Math.max(c.width, 0), 0) || n;
    const width = TEXT_WIDTH[placed.orientation];
    ws.columns = table.columns.map((c) => ({
      width: Math.max(4, Math.round((Math.max(c.width, 0) * width * 10) / total) / 10),
    }));
    let r = 1;
    for (const line of placed.caption) {
      const cell = ws.getCell(r, 1);
      cell.value = line;
      cell.font = { ...font, bold: r <= 2 || placed.caption.length === 1 };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      if (n > 1) ws.mergeCells(r, 1, r, n);
      r++;
    }
    if (placed.caption.length > 0) r++;
    const first = r;
    const columns = placeColumns(table);
    table.rows.forEach((row, i) => {
      const starts = columns[i] ?? [];
      row.cells.forEach((modelCell, j) => {
        const col = (starts[j] ?? 0) + 1;
        const cell = ws.getCell(r, col);
        const { value, numFmt } = cellValue(inlineText(modelCell.content), row.kind);
        cell.value = value;
        if (numFmt) cell.numFmt = numFmt;
        const header = row.kind === "header" || row.kind === "index";
        cell.font = {
          ...font,
          bold: modelCell.bold ?? (row.kind === "header" || row.kind === "total"),
          italic: row.kind === "index",
        };
        cell.alignment = {
          horizontal: modelCell.align ?? (header ? "center" : table.columns[col - 1]?.align),
          vertical: "middle",
          wrapText: true,
        };
        const rowSpan = Math.max(modelCell.rowSpan ?? 1, 1);
        const colSpan = Math.max(modelCell.colSpan ?? 1, 1);
        if (rowSpan > 1 || colSpan > 1) ws.mergeCells(r, col, r + rowSpan - 1, col + colSpan - 1);
      });
      r++;
    });
    const thin = { style: "thin" as const };
    for (let y = first; y < r; y++) {
      for (let x = 1; x <= n; x++) {
        ws.getCell(y, x).border = { top: thin, left: thin, bottom: thin, right: thin };
      }
    }
    const headerEnd = first + table.headerRows - 1;
    if (table.headerRows > 0) {
      ws.views = [{ state: "frozen", xSplit: 0, ySplit: headerEnd }];
      ws.pageSetup.printTitlesRow = `${first}:${headerEnd}`;
    }
  }
  const packed = new Uint8Array(await wb.xlsx.writeBuffer());
  return repack(packed, {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
  });
}

/** exceljs zips with the current time: the parts are zipped again with the plan's date. */
function repack(
  packed: Uint8Array,
  mtime: { year: number; month: number; day: number; hour: number },
) {
  const parts = unzipSync(packed);
  const names = Object.keys(parts);
  const CONTENT_TYPES = "[Content_Types].xml";
  const ordered = [CONTENT_TYPES, ...names.filter((x) => x !== CONTENT_TYPES)].filter(
    (x) => parts[x],
  );
  return zip(
    ordered.map((name) => ({ name, data: parts[name] as Uint8Array })),
    mtime,
  );
}
