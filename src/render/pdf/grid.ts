// A table's grid in the PDF's layout: where each column starts, how tall each row is (its padding
// and the line under it), and the drawing of its rows, cells and lines. flow.ts decides where the
// rows go; the cells are laid out by flow.ts too, through CellLayout.

import type { Alignment, LayoutNode, TableNode } from "./nodes.js";
import type { Page } from "./pages.js";

/** The look text inherits: size, face, line height, alignment. */
export interface Look {
  size: number;
  bold: boolean;
  italics: boolean;
  lineHeight: number;
  alignment: Alignment;
}

/** Where a node is laid out: its left edge and width, and the look it inherits. */
export interface Frame {
  x: number;
  width: number;
  look: Look;
}

/** What the grid asks of the layout: to lay a cell out whole, and to draw a line. */
export interface CellLayout {
  /** Lays a node out whole from `y` down and returns its height; draws it on `page` if given. */
  box(node: LayoutNode, frame: Frame, y: number, page: Page | undefined): number;
  line(page: Page | undefined, x1: number, y1: number, x2: number, y2: number, width: number): void;
}

/**
 * A table's columns and rows: where each column starts, each row's height (its padding and the
 * line under it), and the drawing of rows with their cells and lines.
 */
export class Grid {
  /** Left edge of each column's line band, and of the band after the last column. */
  readonly xs: number[];
  readonly heights: number[];
  /** The cell standing at each row and column (a span stands in every slot it covers). */
  private readonly owner: (LayoutNode | undefined)[][];

  constructor(
    private readonly node: TableNode,
    private readonly frame: Frame,
    private readonly flow: CellLayout,
  ) {
    const { widths, body } = node.table;
    const { line, padding, gaps } = node.look;
    const xs = [frame.x];
    widths.forEach((w, c) => {
      xs.push((xs[c] as number) + line + padding.left + w + padding.right + (gaps?.[c] ?? 0));
    });
    this.xs = xs;
    this.owner = body.map((row) => row.map(() => undefined));
    body.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!cell) return;
        const rows = Math.max(1, Math.min(positive(cell.rowSpan) || 1, body.length - r));
        const cols = Math.max(1, Math.min(positive(cell.colSpan) || 1, widths.length - c));
        for (let i = r; i < r + rows; i++) {
          for (let j = c; j < c + cols; j++) {
            const slot = this.owner[i];
            if (slot) slot[j] = cell;
          }
        }
      });
    });
    this.heights = this.rowHeights();
  }

  /** The frame of a cell's content: its columns less padding, lines and gaps. */
  private cellFrame(cell: LayoutNode, c: number): Frame {
    const { line, padding, gaps } = this.node.look;
    const span = Math.max(
      1,
      Math.min(positive(cell.colSpan) || 1, this.node.table.widths.length - c),
    );
    const x = (this.xs[c] as number) + line + padding.left;
    const end = (this.xs[c + span] as number) - padding.right - (gaps?.[c + span - 1] ?? 0);
    return { ...this.frame, x, width: end - x };
  }

  private cellHeight(cell: LayoutNode, c: number): number {
    return this.flow.box(cell, this.cellFrame(cell, c), 0, undefined);
  }

  /**
   * Each row's height with its padding and the line under it. A cell spanning rows counts in the
   * last row it spans, from the top of its first.
   */
  private rowHeights(): number[] {
    const { body } = this.node.table;
    const { line, padding } = this.node.look;
    const heights: number[] = [];
    const ends: number[] = body.map(() => 0);
    let y = 0;
    for (let r = 0; r < body.length; r++) {
      const top = y + padding.top;
      (body[r] ?? []).forEach((cell, c) => {
        if (!cell) return;
        const span = Math.max(1, Math.min(positive(cell.rowSpan) || 1, body.length - r));
        const end = top + this.cellHeight(cell, c);
        const last = r + span - 1;
        ends[last] = Math.max(ends[last] ?? 0, end);
      });
      const contentEnd = Math.max(top, ends[r] ?? 0);
      const h = contentEnd - y + padding.bottom + line;
      heights[r] = h;
      y += h;
    }
    return heights;
  }

  /** Rows [from, to) from `y` down, the line above the first one included. */
  draw(from: number, to: number, y: number, page: Page | undefined): void {
    if (!page) return;
    let at = y + this.node.look.line;
    for (let r = from; r < to; r++) {
      this.drawRow(r, at, r === from, page);
      at += this.heights[r] as number;
    }
  }

  /** Row r with its top at `y` (under the line above it); `withTop`: that line is drawn too. */
  drawRow(r: number, y: number, withTop: boolean, page: Page | undefined): void {
    if (!page) return;
    const { line, padding } = this.node.look;
    const h = this.heights[r] as number;
    for (const { cell, frame } of this.cellsOf(r)) {
      let top = y + padding.top;
      if (cell.verticalAlignment === "middle" && (positive(cell.rowSpan) || 1) === 1) {
        const room = h - padding.top - padding.bottom - line;
        top += Math.max(0, (room - this.flow.box(cell, frame, 0, undefined)) / 2);
      }
      this.flow.box(cell, frame, top, page);
    }
    this.drawFrame(r, y, h - line, withTop, page);
  }

  /** The cells that start in row r, each with its frame. */
  cellsOf(r: number): { cell: LayoutNode; frame: Frame }[] {
    const out: { cell: LayoutNode; frame: Frame }[] = [];
    (this.node.table.body[r] ?? []).forEach((cell, c) => {
      if (cell) out.push({ cell, frame: this.cellFrame(cell, c) });
    });
    return out;
  }

  get look() {
    return this.node.look;
  }

  /** Height of the header rows, the line above them included. */
  get headerHeight(): number {
    return this.node.look.line + sum(this.heights, 0, positive(this.node.table.headerRows));
  }

  /**
   * The lines of row r, whose content is `h` tall from `y`: the line under it (`h` down), the
   * lines between its columns, and the line above it when asked.
   */
  drawFrame(r: number, y: number, h: number, withTop: boolean, page: Page | undefined): void {
    const { line } = this.node.look;
    if (line === 0 || !page) return;
    const { widths } = this.node.table;
    const owner = this.owner;
    const half = line / 2;
    const n = widths.length;
    // the lines: above (when asked), below, and between the columns, none inside a spanning cell
    for (let c = 0; c < n; c++) {
      const x1 = this.xs[c] as number;
      const x2 = (this.xs[c + 1] as number) + line;
      if (withTop) this.flow.line(page, x1, y - half, x2, y - half, line);
      const here = owner[r]?.[c];
      if (here === undefined || here !== owner[r + 1]?.[c]) {
        this.flow.line(page, x1, y + h + half, x2, y + h + half, line);
      }
    }
    for (let c = 0; c <= n; c++) {
      const inside =
        c > 0 && c < n && owner[r]?.[c - 1] !== undefined && owner[r]?.[c - 1] === owner[r]?.[c];
      if (inside) continue;
      const x = (this.xs[c] as number) + half;
      this.flow.line(page, x, y - line, x, y + h + line, line);
    }
  }
}

/** The sum of xs[from..to). */
export function sum(xs: readonly number[], from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += xs[i] as number;
  return s;
}

/** n if it is a positive integer, else 0 (a span or a count as the layout tree may give it). */
export function positive(n: unknown): number {
  return typeof n === "number" && Number.isInteger(n) && n > 0 ? n : 0;
}
