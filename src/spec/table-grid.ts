// Where the cells of a typed table stand, given their spans: each row's cells fill, left to right, the
// columns that no rowspan from above still covers. Shared by the loader, which bounds a table's size
// before any table is built, and by the model's table (src/model/tables/free.ts).
//
// Linear: each column keeps the row up to which a rowspan covers it, so placing a cell costs its
// colspan, and skipping covered columns at most the width of its row; a grid wider than `maxWidth`
// stops the placing at once.

import type { Diagnostic, SourcePos, SpecPath } from "../diagnostics/types.js";
import { specDiag } from "./diag.js";
import { MAX_TABLE_CELLS, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from "./limits.js";

export interface Spans {
  colSpan: number;
  rowSpan: number;
}

export interface Placement {
  /** The first column of each cell, by row. */
  cols: number[][];
  width: number;
}

/** Column positions of cells; undefined when a cell would reach beyond `maxWidth` columns. */
export function placeCells<T>(
  rows: readonly (readonly T[])[],
  spansOf: (cell: T) => Spans,
  maxWidth = Number.POSITIVE_INFINITY,
): Placement | undefined {
  const coveredUntil: number[] = [];
  let width = 0;
  const cols: number[][] = [];
  for (let r = 0; r < rows.length; r++) {
    let col = 0;
    const at: number[] = [];
    for (const cell of rows[r] ?? []) {
      while ((coveredUntil[col] ?? 0) > r) col++;
      const { colSpan, rowSpan } = spansOf(cell);
      if (col + colSpan > maxWidth) return undefined;
      for (let c = col; c < col + colSpan; c++) {
        coveredUntil[c] = Math.max(coveredUntil[c] ?? 0, r + rowSpan);
      }
      at.push(col);
      col += colSpan;
      width = Math.max(width, col);
    }
    cols.push(at);
  }
  return { cols, width };
}

/** A cell's spans as the schema admits them; undefined for a value the schema refuses itself. */
function specSpans(cell: unknown): Spans | undefined {
  if (cell === null || typeof cell !== "object" || Array.isArray(cell)) {
    return { colSpan: 1, rowSpan: 1 };
  }
  const c = cell as Record<string, unknown>;
  const colSpan = c.colspan ?? 1;
  const rowSpan = c.rowspan ?? 1;
  const ok = (v: unknown, max: number): v is number =>
    Number.isInteger(v) && (v as number) >= 1 && (v as number) <= max;
  return ok(colSpan, MAX_TABLE_COLUMNS) && ok(rowSpan, MAX_TABLE_ROWS)
    ? { colSpan, rowSpan }
    : undefined;
}

/**
 * Every typed table of the plan whose grid (rows × columns) is larger than kehoach builds: found on
 * the data, before the model builds any table. Tables with values the schema refuses are left to it.
 */
export function tableSizeChecks(data: unknown, pos: (path: SpecPath) => SourcePos): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visit = (v: unknown, path: (string | number)[], depth: number) => {
    if (v === null || typeof v !== "object" || depth > 64) return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) visit(v[i], [...path, i], depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    if (path.at(-1) === "table" && !Object.hasOwn(o, "generate")) {
      const d = checkTable(o, path, pos);
      if (d) out.push(d);
      return;
    }
    for (const k of Object.keys(o)) visit(o[k], [...path, k], depth + 1);
  };
  visit(data, [], 0);
  return out;
}

function checkTable(
  table: Record<string, unknown>,
  path: SpecPath,
  pos: (path: SpecPath) => SourcePos,
): Diagnostic | undefined {
  const lists = [table.header, table.rows];
  if (!lists.every((l) => l === undefined || Array.isArray(l))) return undefined;
  const rows = lists.flatMap((l) => (Array.isArray(l) ? l : []));
  if (!rows.every(Array.isArray)) return undefined;
  const spans = (rows as unknown[][]).map((r) => r.map(specSpans));
  if (spans.some((r) => r.some((s) => s === undefined))) return undefined;
  const count = rows.length + (table.index_row === true ? 1 : 0) + (table.total_label ? 1 : 0);
  const placed = placeCells(spans as Spans[][], (s) => s, MAX_TABLE_COLUMNS);
  if (!placed) {
    return specDiag("spec.table-too-wide", { max: MAX_TABLE_COLUMNS }, pos(path), path);
  }
  const cells = count * placed.width;
  if (cells <= MAX_TABLE_CELLS) return undefined;
  return specDiag(
    "spec.table-too-large",
    { rows: count, columns: placed.width, cells, max: MAX_TABLE_CELLS },
    pos(path),
    path,
  );
}
