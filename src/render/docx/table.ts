// Data tables: real Word tables on a fixed grid. Spans become gridSpan and vMerge; the model leaves
// out the cells a span covers, and WordprocessingML wants a vMerge continuation cell in each row a
// vertical span reaches, so the grid is walked here and those cells put back. Header rows (the index
// row included) repeat on every page; no row splits across pages.
//
// The table is written here as WordprocessingML text, the XML docx itself writes for a Table of
// these options, and put in place of a marker paragraph (package.ts): docx builds three object
// trees of the whole document before it writes a byte (its components, its Formatter's objects and
// its stringifier's), 2.2 KB of heap a cell each, and a plan listing every commune of the country
// peaked above 600 MB. Text, the tables' rows in a plan of 3,321 units take ~10 MB.

import { Paragraph } from "docx";
import type {
  TableCell as ModelCell,
  TableRow as ModelRow,
  Table as ModelTable,
  RowKind,
} from "../../document/types.js";
import { TABLE } from "../../layout/rules.js";
import { tableColumnsTwips } from "../../layout/table-widths.js";
import type { Ctx } from "./context.js";
import { runsXml } from "./inline.js";
import { STYLE } from "./style-ids.js";
import { mmToTwip, ptToEighth } from "./units.js";

type CellAlign = "left" | "center" | "right";

const KIND: Record<RowKind, { style: string; bold: boolean; align: CellAlign | null }> = {
  header: { style: STYLE.tableHeader, bold: true, align: "center" },
  index: { style: STYLE.tableIndex, bold: false, align: "center" },
  body: { style: STYLE.tableText, bold: false, align: null },
  total: { style: STYLE.tableTotal, bold: true, align: null },
};

/** The alignment each style carries, so only differing cells get a direct one. */
const STYLE_ALIGN: Record<RowKind, CellAlign> = {
  header: "center",
  index: "center",
  body: "left",
  total: "left",
};

/** One cell of the grid: a model cell, or the continuation of a vertical span from above. */
interface Slot {
  col: number;
  span: number;
  cell: ModelCell | null;
  restart: boolean;
}

/** Places every row's cells on the grid, adding vMerge continuations and padding short rows. */
export function placeRows(rows: readonly ModelRow[], columns: number): Slot[][] {
  const carry: ({ left: number; span: number } | undefined)[] = Array(columns).fill(undefined);
  return rows.map((row, r) => {
    const slots: Slot[] = [];
    let next = 0;
    let col = 0;
    while (col < columns) {
      const held = carry[col];
      if (held !== undefined) {
        slots.push({ col, span: held.span, cell: null, restart: false });
        held.left -= 1;
        if (held.left === 0) carry[col] = undefined;
        col += held.span;
        continue;
      }
      const cell = row.cells[next++];
      let span = Math.max(1, Math.trunc(cell?.colSpan ?? 1));
      span = Math.min(span, columns - col);
      for (let k = col + 1; k < col + span; k++) {
        if (carry[k] !== undefined) {
          span = k - col;
          break;
        }
      }
      const down = Math.min(Math.max(1, Math.trunc(cell?.rowSpan ?? 1)), rows.length - r);
      if (down > 1) carry[col] = { left: down - 1, span };
      slots.push({ col, span, cell: cell ?? { content: [] }, restart: down > 1 });
      col += span;
    }
    return slots;
  });
}

function cellParagraph(
  kind: RowKind,
  cell: ModelCell | null,
  columnAlign: CellAlign,
  keepNext: boolean,
): string {
  const look = KIND[kind];
  const align = cell?.align ?? look.align ?? columnAlign;
  const bold = cell?.bold;
  const props =
    `<w:pStyle w:val="${look.style}"/>` +
    (keepNext ? "<w:keepNext/>" : "") +
    (align === STYLE_ALIGN[kind] ? "" : `<w:jc w:val="${align}"/>`);
  const text = cell
    ? runsXml(cell.content, bold === undefined || bold === look.bold ? {} : { bold })
    : "";
  return `<w:p><w:pPr>${props}</w:pPr>${text}</w:p>`;
}

const LINE = `w:val="single" w:color="000000" w:sz="${ptToEighth(TABLE.borderPt)}"`;
const BORDERS = ["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((side) => `<w:${side} ${LINE}/>`)
  .join("");

const dxa = (tag: string, twips: number): string => `<w:${tag} w:type="dxa" w:w="${twips}"/>`;

/** The table's WordprocessingML, as docx writes a Table of these options. */
export function tableXml(block: ModelTable, ctx: Pick<Ctx, "textWidth" | "bodySize">): string {
  const columns = block.columns.length > 0 ? block.columns : [{ width: 1, align: "left" as const }];
  const widths = tableColumnsTwips(block, ctx.textWidth, ctx.bodySize);
  // A table needs at least one row to be valid WordprocessingML.
  const rows: readonly ModelRow[] =
    block.rows.length > 0
      ? block.rows
      : [{ kind: "body", cells: columns.map(() => ({ content: [] })) }];
  const headerRows = Math.min(Math.max(0, Math.trunc(block.headerRows)), rows.length);
  const pad = mmToTwip(TABLE.cellPaddingMm);
  const margins = ["top", "left", "bottom", "right"].map((side) => dxa(side, pad)).join("");
  const parts: string[] = [
    `<w:tbl><w:tblPr>${dxa("tblW", ctx.textWidth)}<w:tblBorders>${BORDERS}</w:tblBorders>`,
    `<w:tblLayout w:type="fixed"/><w:tblCellMar>${margins}</w:tblCellMar></w:tblPr><w:tblGrid>`,
    widths.map((w) => `<w:gridCol w:w="${w}"/>`).join(""),
    "</w:tblGrid>",
  ];
  placeRows(rows, columns.length).forEach((slots, r) => {
    const row = rows[r] as ModelRow;
    const header = r < headerRows;
    parts.push(`<w:tr><w:trPr><w:cantSplit/>${header ? "<w:tblHeader/>" : ""}</w:trPr>`);
    for (const slot of slots) {
      const width = widths.slice(slot.col, slot.col + slot.span).reduce((a, b) => a + b, 0);
      const columnAlign = columns[slot.col]?.align ?? "left";
      parts.push(
        `<w:tc><w:tcPr>${dxa("tcW", width)}`,
        slot.span > 1 ? `<w:gridSpan w:val="${slot.span}"/>` : "",
        slot.restart ? '<w:vMerge w:val="restart"/>' : "",
        slot.cell === null ? '<w:vMerge w:val="continue"/>' : "",
        // header cells centred (as the PDF's: pdf/table.ts); body cells start at the top
        header ? '<w:vAlign w:val="center"/>' : "",
        "</w:tcPr>",
        cellParagraph(row.kind, slot.cell, columnAlign, header),
        "</w:tc>",
      );
    }
    parts.push("</w:tr>");
  });
  parts.push("</w:tbl>");
  return parts.join("");
}

/** The style id of the paragraph that stands for the document's table `index` until packaging. */
export function tableMarkerStyle(index: number): string {
  return `${TABLE_MARKER}${index}`;
}

/** Never a style of ours (style-ids.ts): a paragraph of this style is a table's place. */
export const TABLE_MARKER = "KehoachTable";

/** A data table: its XML goes to ctx.tables, a marker paragraph holds its place. */
export function table(block: ModelTable, ctx: Ctx): Paragraph[] {
  const index = ctx.tables.push(tableXml(block, ctx)) - 1;
  return [new Paragraph({ style: tableMarkerStyle(index) })];
}

/**
 * Puts each table's XML in place of its marker paragraph in document.xml. When the table ends a
 * section that another follows, docx has put the section break into the marker paragraph (the
 * section's last paragraph): the break then goes into a paragraph of its own after the table, where
 * docx puts it after a table. A marker left in place would be a table lost: that is an error.
 */
export function placeTables(xml: string, tables: readonly string[]): string {
  if (tables.length === 0) return xml;
  const marker = new RegExp(
    `<w:p><w:pPr><w:pStyle w:val="${TABLE_MARKER}(\\d+)"/>(<w:sectPr>[\\s\\S]*?</w:sectPr>)?</w:pPr></w:p>`,
    "g",
  );
  let placed = 0;
  const out = xml.replace(marker, (_, n: string, sectPr: string | undefined) => {
    placed++;
    const table = tables[Number(n)] ?? "";
    return sectPr === undefined ? table : `${table}<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;
  });
  if (placed !== tables.length) {
    throw new Error(`DOCX: ${tables.length - placed} of ${tables.length} tables not placed`);
  }
  return out;
}
