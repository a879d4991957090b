// A model table as a real <table>: header rows in <thead> (they repeat on printed pages), spans as
// attributes, column widths in the stylesheet under the table's id.

import type { Table, TableCell, TableRow } from "../../document/types.js";
import { ROW_TEXT, textClass } from "./classes.js";
import { escapeHtml } from "./escape.js";
import { renderInlines } from "./inline.js";

export function renderTable(table: Table, id: string): string {
  const columns = placeColumns(table);
  const row = (r: TableRow, i: number): string => renderRow(r, columns[i] ?? [], table);
  const head = table.rows.slice(0, table.headerRows);
  const body = table.rows.slice(table.headerRows);
  const parts = [`<table class="data" id="${escapeHtml(id)}">`];
  parts.push(`<colgroup>${table.columns.map(() => "<col>").join("")}</colgroup>`);
  if (head.length > 0) {
    parts.push("<thead>", ...head.map((r, i) => row(r, i)), "</thead>");
  }
  parts.push("<tbody>", ...body.map((r, i) => row(r, i + table.headerRows)), "</tbody>");
  parts.push("</table>");
  return parts.join("\n");
}

function renderRow(row: TableRow, columns: readonly number[], table: Table): string {
  const tag = row.kind === "header" ? "th" : "td";
  const cells = row.cells.map((cell, i) => {
    const column = table.columns[columns[i] ?? -1];
    const align =
      cell.align ?? (row.kind === "body" || row.kind === "total" ? column?.align : "center");
    const classes = [align === undefined ? "" : `a-${align}`, cell.bold ? "b" : ""].filter(Boolean);
    return `<${tag}${classAttr(classes)}${spanAttrs(cell)}>${renderInlines(cell.content)}</${tag}>`;
  });
  return `<tr class="${textClass(ROW_TEXT[row.kind])}">${cells.join("")}</tr>`;
}

function classAttr(classes: string[]): string {
  return classes.length === 0 ? "" : ` class="${classes.join(" ")}"`;
}

function spanAttrs(cell: TableCell): string {
  const col = cell.colSpan !== undefined && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : "";
  const row = cell.rowSpan !== undefined && cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : "";
  return col + row;
}

/**
 * The grid column where each cell starts: cells covered by a span above are absent from the model,
 * so a cell's column is the first one not yet taken. A cell without its own alignment takes its
 * column's.
 */
export function placeColumns(table: Table): number[][] {
  const taken: boolean[][] = table.rows.map(() => []);
  return table.rows.map((row, r) => {
    let col = 0;
    return row.cells.map((cell) => {
      while (taken[r]?.[col]) col++;
      const start = col;
      const rowSpan = Math.max(cell.rowSpan ?? 1, 1);
      const colSpan = Math.max(cell.colSpan ?? 1, 1);
      for (let dr = 0; dr < rowSpan; dr++) {
        const line = taken[r + dr];
        if (line === undefined) break;
        for (let dc = 0; dc < colSpan; dc++) line[start + dc] = true;
      }
      col = start + colSpan;
      return start;
    });
  });
}
