// Data tables. The model omits the cells a span covers; pdfmake wants a full grid with a `{}`
// placeholder in each covered position, so the grid is rebuilt here. Columns get fixed widths (the
// model's relative widths scaled to the text width), so no text, however long, can widen a table
// past the margin: pdfmake breaks a word longer than its cell at the cell's edge.

import type {
  Content,
  ContentText,
  TableCell as PdfCell,
  TableCellProperties,
} from "pdfmake/interfaces.js";
import { TABLE } from "../../layout/rules.js";
import type { RowKind, Table, TableCell, TableRow } from "../../model/types.js";
import type { BlockContext } from "./context.js";
import { CELL_PADDING_PT, grid } from "./layouts.js";
import { sizeOfStyle } from "./styles.js";
import { plain, runs } from "./text.js";

const STYLE_OF_KIND: Readonly<Record<RowKind, string>> = {
  header: "tableHeader",
  index: "tableIndex",
  body: "tableBody",
  total: "tableTotal",
};

/** Rows estimated taller than this share of the text height may break across pages. */
const UNBREAKABLE_ROW_SHARE = 0.25;
/** The header rows and the first row are kept together up to this share of the text height. */
const KEPT_WITH_HEADER_SHARE = 0.5;

export function tableNode(t: Table, ctx: BlockContext): Content {
  const n = Math.max(1, t.columns.length);
  const widths = columnWidths(t, ctx.geometry.textWidth);
  const placed = placeCells(t.rows, n);
  const heights = rowHeights(t, placed, widths, ctx);
  const body = placed.map((row, r) =>
    row.map((slot): PdfCell => {
      if (slot === "covered") return {};
      if (slot === "missing") return { text: "" };
      const rowModel = t.rows[r] as TableRow;
      const node = cellNode(slot, t, rowModel);
      if (rowModel.kind === "header" && slot.rowSpan > 1) {
        node.margin = [0, middleMargin(slot, r, heights, widths, ctx), 0, 0];
      }
      return node;
    }),
  );
  const headerRows = Math.min(Math.max(0, t.headerRows), t.rows.length);
  const tallest = Math.max(0, ...heights.slice(headerRows));
  const headerHeight = heights.slice(0, headerRows).reduce((a, b) => a + b, 0);
  const keepsFirstRow =
    headerRows > 0 &&
    t.rows.length > headerRows &&
    headerHeight + (heights[headerRows] ?? 0) <= ctx.geometry.textHeight * KEPT_WITH_HEADER_SHARE;
  return {
    table: {
      headerRows,
      // A header at the foot of a page with no row under it is useless: keep one row with it, when
      // that row is short (pdfmake drops a kept row taller than the page).
      keepWithHeaderRows: keepsFirstRow ? 1 : 0,
      dontBreakRows: tallest <= ctx.geometry.textHeight * UNBREAKABLE_ROW_SHARE,
      widths,
      body: body.length > 0 ? body : [Array.from({ length: n }, () => ({ text: "" }))],
    },
    layout: grid(),
  };
}

/** Relative widths → points, so the table with its padding and lines fills the text width. */
export function columnWidths(t: Table, textWidth: number): number[] {
  const n = Math.max(1, t.columns.length);
  const inner = textWidth - n * 2 * CELL_PADDING_PT - (n + 1) * TABLE.borderPt;
  const given = t.columns.map((c) => (Number.isFinite(c.width) ? Math.max(0, c.width) : 0));
  const rel = given.some((w) => w > 0) ? given : Array.from({ length: n }, () => 1);
  const sum = rel.reduce((a, b) => a + b, 0);
  // Floor to the hundredth: the rounded widths must never add up to more than the room.
  return rel.map((w) => Math.floor((w / sum) * inner * 100) / 100);
}

export interface PlacedCell {
  cell: TableCell;
  col: number;
  colSpan: number;
  rowSpan: number;
}

export type Slot = PlacedCell | "covered" | "missing";

/**
 * Lay the model's cells into an n-column grid: each cell takes the next free column; a span
 * covers later columns and rows. Spans are clipped to the table and to columns already covered
 * from above; rows with too few cells are padded, extra cells are dropped.
 */
export function placeCells(rows: readonly TableRow[], n: number): Slot[][] {
  const coveredFor = new Array<number>(n).fill(0);
  return rows.map((row, r) => {
    const out: Slot[] = [];
    let next = 0;
    let col = 0;
    while (col < n) {
      if ((coveredFor[col] ?? 0) > 0) {
        coveredFor[col] = (coveredFor[col] ?? 0) - 1;
        out.push("covered");
        col++;
        continue;
      }
      const cell = row.cells[next++];
      if (!cell) {
        out.push("missing");
        col++;
        continue;
      }
      let colSpan = 1;
      const want = Math.max(1, Math.floor(cell.colSpan ?? 1));
      while (colSpan < want && col + colSpan < n && (coveredFor[col + colSpan] ?? 0) === 0) {
        colSpan++;
      }
      const rowSpan = Math.min(Math.max(1, Math.floor(cell.rowSpan ?? 1)), rows.length - r);
      out.push({ cell, col, colSpan, rowSpan });
      for (let c = col; c < col + colSpan; c++) {
        if (c > col) out.push("covered");
        if (rowSpan > 1) coveredFor[c] = rowSpan - 1;
      }
      col += colSpan;
    }
    return out;
  });
}

type CellNode = ContentText & TableCellProperties;

function cellNode(p: PlacedCell, t: Table, row: TableRow): CellNode {
  const heading = row.kind === "header";
  const node: CellNode = {
    text: runs(p.cell.content),
    style: STYLE_OF_KIND[row.kind],
    alignment: p.cell.align ?? (heading ? "center" : (t.columns[p.col]?.align ?? "left")),
  };
  if (p.cell.bold !== undefined) node.bold = p.cell.bold;
  if (heading && p.rowSpan === 1) node.verticalAlignment = "middle";
  if (p.colSpan > 1) node.colSpan = p.colSpan;
  if (p.rowSpan > 1) node.rowSpan = p.rowSpan;
  return node;
}

/** Room for text in a cell spanning these columns: the widths plus the padding and lines between. */
function roomOf(slot: PlacedCell, widths: readonly number[]): number {
  let room = -2 * CELL_PADDING_PT - TABLE.borderPt;
  for (let c = slot.col; c < slot.col + slot.colSpan; c++) {
    room += (widths[c] ?? 0) + 2 * CELL_PADDING_PT + TABLE.borderPt;
  }
  return Math.max(1, room);
}

/** Estimated height of a cell's content with its padding, from advance widths. */
function cellHeight(slot: PlacedCell, kind: RowKind, widths: readonly number[], ctx: BlockContext) {
  const style = STYLE_OF_KIND[kind];
  const size = sizeOfStyle(style, ctx.bodySize);
  const face = {
    bold: slot.cell.bold ?? (kind === "header" || kind === "total"),
    italics: kind === "index",
  };
  const lines = ctx.measure.lines(plain(slot.cell.content), size, roomOf(slot, widths), face);
  return lines * ctx.measure.lineHeight(size) + 2 * CELL_PADDING_PT;
}

/** Natural height of each row: its tallest cell that does not span rows. */
function rowHeights(t: Table, placed: Slot[][], widths: number[], ctx: BlockContext): number[] {
  return placed.map((row, r) => {
    const kind = (t.rows[r] as TableRow).kind;
    let tallest = 0;
    for (const slot of row) {
      if (typeof slot === "string" || slot.rowSpan > 1) continue;
      tallest = Math.max(tallest, cellHeight(slot, kind, widths, ctx));
    }
    return tallest;
  });
}

/**
 * pdfmake's verticalAlignment misplaces cells that span rows (bpampuch/pdfmake#2925), so a header
 * cell spanning rows is centred by a top margin worked out from the estimated row heights.
 */
function middleMargin(
  slot: PlacedCell,
  r: number,
  heights: readonly number[],
  widths: readonly number[],
  ctx: BlockContext,
): number {
  let spanned = (slot.rowSpan - 1) * TABLE.borderPt;
  for (let i = r; i < r + slot.rowSpan; i++) spanned += heights[i] ?? 0;
  const own = cellHeight(slot, "header", widths, ctx);
  return Math.max(0, Math.floor(((spanned - own) / 2) * 100) / 100);
}
