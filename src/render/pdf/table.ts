// Data tables. The model omits the cells a span covers; the layout tree wants a full grid with a
// `null` in each covered position, so the grid is rebuilt here. Columns get fixed widths (the
// model's relative widths scaled to the text width), so no text, however long, can widen a table
// past the margin: a word longer than its cell is cut at the cell's edge (line-breaks.ts).

import type { RowKind, Table, TableCell, TableRow } from "../../document/types.js";
import { TABLE } from "../../layout/rules.js";
import { tableColumnsTwips } from "../../layout/table-widths.js";
import type { BlockContext } from "./context.js";
import { CELL_PADDING_PT, grid } from "./layouts.js";
import { fitLines } from "./line-breaks.js";
import type { LayoutNode, TextNode } from "./nodes.js";
import { lineOfStyle, sizeOfStyle } from "./styles.js";
import { runs } from "./text.js";

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

export function tableNode(t: Table, ctx: BlockContext): LayoutNode {
  const n = Math.max(1, t.columns.length);
  const widths = columnWidths(t, ctx.geometry.textWidth, ctx.bodySize);
  const placed = placeCells(t.rows, n);
  // Each cell broken into its lines once; the rows' heights are read from those lines.
  const body = placed.map((row, r) =>
    row.map((slot): TextNode | null => {
      if (slot === "covered") return null;
      if (slot === "missing") return { lines: fitLines([], EMPTY, ctx.measure) };
      return cellNode(slot, t, t.rows[r] as TableRow, widths, ctx);
    }),
  );
  const heights = rowHeights(t, placed, body, ctx);
  placed.forEach((row, r) => {
    if ((t.rows[r] as TableRow).kind !== "header") return;
    row.forEach((slot, c) => {
      const node = body[r]?.[c];
      if (typeof slot === "string" || slot.rowSpan < 2 || !node) return;
      node.margin = [0, middleMargin(slot, r, heights, node.lines.length, ctx), 0, 0];
    });
  });
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
      // that row is short (a kept row taller than the page could never be put).
      keepWithHeaderRows: keepsFirstRow ? 1 : 0,
      dontBreakRows: tallest <= ctx.geometry.textHeight * UNBREAKABLE_ROW_SHARE,
      widths,
      body:
        body.length > 0
          ? body
          : [
              Array.from(
                { length: n },
                (): TextNode => ({ lines: fitLines([], EMPTY, ctx.measure) }),
              ),
            ],
    },
    look: grid(),
  };
}

/**
 * What a table needs on the page it starts on: its header rows and the first row after them (the
 * DOCX keeps them together); an estimate from advance widths, for keeping a heading with it.
 */
export function tableLeadHeight(t: Table, ctx: BlockContext): number {
  const n = Math.max(1, t.columns.length);
  const widths = columnWidths(t, ctx.geometry.textWidth, ctx.bodySize);
  const lead = Math.min(Math.max(0, t.headerRows), t.rows.length) + 1;
  // only the lead rows are broken into lines
  const placed = placeCells(t.rows, n).slice(0, lead);
  const lines = placed.map((row, r) =>
    row.map((slot) =>
      typeof slot === "string"
        ? null
        : { lines: fitCell(slot, (t.rows[r] as TableRow).kind, widths, ctx) },
    ),
  );
  const heights = rowHeights(t, placed, lines, ctx);
  return heights.reduce((a, h) => a + h + TABLE.borderPt, TABLE.borderPt);
}

/**
 * The DOCX's grid in points: the widths in whole twips of the text width that layout/table-widths.ts
 * decides for DOCX, PDF and HTML, each column's cell margins included.
 */
export function gridWidths(t: Table, textWidth: number, bodySize: number): number[] {
  return tableColumnsTwips(t, Math.round(textWidth * 20), bodySize).map((twips) => twips / 20);
}

/**
 * The columns' text widths, which leave out the cell padding: each column's text is as wide as in
 * the DOCX (its grid width less both cell margins), and the lines fall on the grid lines.
 */
export function columnWidths(t: Table, textWidth: number, bodySize: number): number[] {
  return gridWidths(t, textWidth, bodySize).map((w) =>
    round4(Math.max(0.01, w - 2 * CELL_PADDING_PT)),
  );
}

function round4(n: number): number {
  return Math.round(n * 10000) / 10000;
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

/** The frame of an empty cell: one empty line. */
const EMPTY = { size: 1, first: 1, rest: 1 };

function cellNode(
  p: PlacedCell,
  t: Table,
  row: TableRow,
  widths: readonly number[],
  ctx: BlockContext,
): TextNode {
  const heading = row.kind === "header";
  const node: TextNode = {
    lines: fitCell(p, row.kind, widths, ctx),
    style: STYLE_OF_KIND[row.kind],
    alignment: p.cell.align ?? (heading ? "center" : (t.columns[p.col]?.align ?? "left")),
  };
  if (p.cell.bold !== undefined) node.bold = p.cell.bold;
  if (heading && p.rowSpan === 1) node.verticalAlignment = "middle";
  if (p.colSpan > 1) node.colSpan = p.colSpan;
  if (p.rowSpan > 1) node.rowSpan = p.rowSpan;
  return node;
}

/** Room for text in a cell spanning these columns: their content widths and what lies between. */
function roomOf(slot: PlacedCell, widths: readonly number[]): number {
  let room = -2 * CELL_PADDING_PT;
  for (let c = slot.col; c < slot.col + slot.colSpan; c++) {
    room += (widths[c] ?? 0) + 2 * CELL_PADDING_PT;
  }
  return Math.max(1, round4(room));
}

/** The cell's runs broken into lines as the DOCX's are (line-breaks.ts). */
function fitCell(slot: PlacedCell, kind: RowKind, widths: readonly number[], ctx: BlockContext) {
  const style = STYLE_OF_KIND[kind];
  const room = roomOf(slot, widths);
  return fitLines(
    runs(slot.cell.content),
    {
      size: sizeOfStyle(style, ctx.bodySize),
      first: room,
      rest: room,
      bold: slot.cell.bold ?? (kind === "header" || kind === "total"),
      italics: kind === "index",
    },
    ctx.measure,
  );
}

/** Height of a cell of `lines` lines with its padding, as the DOCX's row has it. */
function cellHeight(lines: number, kind: RowKind, ctx: BlockContext) {
  return lines * lineOfStyle(STYLE_OF_KIND[kind], ctx.bodySize) + 2 * CELL_PADDING_PT;
}

/** Natural height of each row: its tallest cell that does not span rows. */
function rowHeights(
  t: Table,
  placed: Slot[][],
  cells: readonly (readonly ({ lines: readonly unknown[] } | null)[])[],
  ctx: BlockContext,
): number[] {
  return placed.map((row, r) => {
    const kind = (t.rows[r] as TableRow).kind;
    let tallest = 0;
    row.forEach((slot, c) => {
      const cell = cells[r]?.[c];
      if (typeof slot === "string" || slot.rowSpan > 1 || !cell) return;
      tallest = Math.max(tallest, cellHeight(cell.lines.length, kind, ctx));
    });
    return tallest;
  });
}

/**
 * A header cell spanning rows is centred by a top margin worked out from the estimated row heights
 * (the rows' real heights are known only once every cell is laid out).
 */
function middleMargin(
  slot: PlacedCell,
  r: number,
  heights: readonly number[],
  lines: number,
  ctx: BlockContext,
): number {
  let spanned = (slot.rowSpan - 1) * TABLE.borderPt;
  for (let i = r; i < r + slot.rowSpan; i++) spanned += heights[i] ?? 0;
  const own = cellHeight(lines, "header", ctx);
  return Math.max(0, Math.floor(((spanned - own) / 2) * 100) / 100);
}
