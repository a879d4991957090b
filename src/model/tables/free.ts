// A table the official types: header rows with spans, optional index row (A, B, 1, 2 …), body rows,
// and an optional total row summing each numeric column exactly. Numbers are written the
// Vietnamese way ("2.991", "0,5"); text cells are inline markup.

import type { SpecPath } from "../../diagnostics/types.js";
import type { Table, TableCell, TableColumn, TableRow } from "../../document/types.js";
import {
  formatCount,
  formatDecimal,
  formatPeriod,
  printLiteralVi,
  readingsOf,
  readNumberLiteral,
} from "../../format/index.js";
import { type Placement, placeCells } from "../../spec/table-grid.js";
import type { Align, CellSpec, FreeTableSpec } from "../../spec/types.js";
import { exactSum } from "../../stats/decimal.js";
import { type Ctx, label as labelText, report } from "../context.js";
import { parseInline } from "../markup.js";
import { indexRow, textCell } from "./cells.js";

interface Placed {
  col: number;
  colSpan: number;
  spec: CellSpec;
}

/** Column positions of cells, given the row and column spans of the rows above them. */
function place(rows: readonly CellSpec[][]): { placed: Placed[][]; width: number } {
  // The loader refused every table larger than its bounds (src/spec/table-grid.ts): placing is linear.
  const { cols, width } = placeCells(rows, (spec) => ({
    colSpan: spanOf(spec, "colspan"),
    rowSpan: spanOf(spec, "rowspan"),
  })) as Placement;
  const placed = rows.map((row, r) =>
    row.map(
      (spec, i): Placed => ({ col: cols[r]?.[i] ?? 0, colSpan: spanOf(spec, "colspan"), spec }),
    ),
  );
  return { placed, width };
}

function spanOf(spec: CellSpec, key: "colspan" | "rowspan"): number {
  return spec !== null && typeof spec === "object" ? Math.max(1, spec[key] ?? 1) : 1;
}

function cellValue(spec: CellSpec): string | number | null {
  return spec !== null && typeof spec === "object" ? spec.text : spec;
}

/** A first column 1, 2, 3 … is the TT column: centred, never padded, never summed. */
function isOrdinalColumn(body: readonly Placed[][]): boolean {
  if (body.length === 0) return false;
  return body.every((row, i) => {
    const first = row[0];
    return first !== undefined && first.col === 0 && cellValue(first.spec) === i + 1;
  });
}

/** A number in a header is a label ("Năm 2024" columns headed 2024): never grouped or padded. */
function headerNumber(n: number): string {
  return Number.isInteger(n) ? formatPeriod(n) : formatDecimal(n);
}

function formatNumber(ctx: Ctx, n: number): string {
  return Number.isInteger(n) ? formatCount(n, ctx.count) : formatDecimal(n);
}

export function freeTable(ctx: Ctx, spec: FreeTableSpec, path: SpecPath): Table {
  const head = place(spec.header);
  const body = place(spec.rows);
  const width = Math.max(head.width, body.width, spec.align?.length ?? 0);

  const ordinal = isOrdinalColumn(body.placed);
  const summed = spec.total_label !== undefined;
  const numeric = new Set<number>();
  for (const row of body.placed) {
    for (const p of row) {
      if (p.colSpan !== 1 || (ordinal && p.col === 0)) continue;
      const v = cellValue(p.spec);
      // With a totals row, a column of numbers written as text ("50") is still a column to sum, so
      // that its cells are reported below rather than the column left out of the total; the first
      // column is the one of labels ("1.1", "2") and is not read so.
      if (typeof v === "number" || (summed && p.col > 0 && isNumberText(v))) numeric.add(p.col);
    }
  }
  checkNumericCells(ctx, spec, body.placed, numeric, ordinal, path);
  const align = (c: number): "left" | "center" | "right" =>
    spec.align?.[c] ?? (numeric.has(c) ? "right" : ordinal && c === 0 ? "center" : "left");

  const toCell = (p: Placed, header: boolean): TableCell => {
    const value = cellValue(p.spec);
    const obj = p.spec !== null && typeof p.spec === "object" ? p.spec : undefined;
    const isOrdinal = ordinal && !header && p.col === 0;
    const cell: TableCell =
      typeof value === "number"
        ? textCell(
            header
              ? headerNumber(value)
              : isOrdinal
                ? formatCount(value)
                : formatNumber(ctx, value),
          )
        : { content: value === null ? [] : parseInline(value) };
    if (p.colSpan > 1) cell.colSpan = p.colSpan;
    if (obj?.rowspan && obj.rowspan > 1) cell.rowSpan = obj.rowspan;
    const own: Align | undefined = obj?.align;
    cell.align =
      own ?? (header || isOrdinal ? "center" : typeof value === "number" ? "right" : align(p.col));
    const bold = obj?.bold ?? header;
    if (bold) cell.bold = true;
    return cell;
  };

  const rows: TableRow[] = [
    ...head.placed.map((r): TableRow => ({ kind: "header", cells: r.map((p) => toCell(p, true)) })),
  ];
  if (spec.index_row) rows.push(indexRow(width));
  const headerRows = rows.length;
  rows.push(
    ...body.placed.map((r): TableRow => ({ kind: "body", cells: r.map((p) => toCell(p, false)) })),
  );
  if (spec.total_label !== undefined)
    rows.push(totalRow(ctx, spec.total_label, body.placed, numeric, width, align, path));

  return {
    type: "table",
    columns: columns(ctx, spec, body.placed, numeric, width, align, path),
    headerRows,
    rows,
  };
}

function isNumberText(v: string | number | null): boolean {
  return typeof v === "string" && readNumberLiteral(v) !== undefined;
}

/** What a summed column may hold besides numbers without a word: nothing, or "-" / "x" for none. */
const NONE = new Set(["", "-", "–", "—", "x", "X"]);

/**
 * A numeric column never skips or misreads a cell silently. In any numeric column a text cell that
 * reads two ways ("1.250": 1250 or 1,25) or is a grouped number ("350.000.000") is an error: printed
 * among numbers written the Vietnamese way it would be read as whatever the reader guesses. In a
 * column the totals row sums, a number written as text ("50" in quotes, "1,5") is an error, since the
 * total would leave it out; other text ("Chưa thống kê") is a warning: it is printed as written and
 * may be meant, but the total covers fewer rows than the table shows, which the official must know.
 */
function checkNumericCells(
  ctx: Ctx,
  spec: FreeTableSpec,
  body: readonly Placed[][],
  numeric: ReadonlySet<number>,
  ordinal: boolean,
  path: SpecPath,
): void {
  const summed = spec.total_label !== undefined;
  const total = (spec.total_label || labelText(ctx, "totalRow")).trim();
  body.forEach((row, r) => {
    row.forEach((p, i) => {
      if (p.colSpan !== 1 || !numeric.has(p.col) || (ordinal && p.col === 0)) return;
      const v = cellValue(p.spec);
      if (typeof v !== "string") return;
      const value = v.trim();
      const cellPath: SpecPath = [
        ...path,
        "rows",
        r,
        i,
        ...(p.spec !== null && typeof p.spec === "object" ? ["text"] : []),
      ];
      const column = p.col + 1;
      const literal = readNumberLiteral(value);
      switch (literal?.kind) {
        case "ambiguous":
          report(
            ctx,
            "model.table-number-ambiguous",
            {
              value,
              column,
              sep: value.includes(",") ? "," : ".",
              ...readingsOf(literal.whole, literal.decimal),
            },
            cellPath,
          );
          return;
        case "grouped":
          report(
            ctx,
            "model.table-number-grouped",
            { value, column, fix: literal.fix, fix_vi: printLiteralVi(literal.fix) },
            cellPath,
          );
          return;
        case "plain":
        case "decimal-comma": {
          if (!summed) return;
          const fix = literal.kind === "plain" ? value : literal.fix;
          report(
            ctx,
            "model.table-number-text",
            { value, column, total, fix, fix_vi: printLiteralVi(fix) },
            cellPath,
          );
          return;
        }
        case undefined:
          if (summed && !NONE.has(value)) {
            const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
            report(
              ctx,
              "model.table-text-in-total",
              { value: shown, column, total },
              cellPath,
              "warning",
            );
          }
      }
    });
  });
}

function totalRow(
  ctx: Ctx,
  text: string,
  body: readonly Placed[][],
  numeric: ReadonlySet<number>,
  width: number,
  align: (c: number) => "left" | "center" | "right",
  path: SpecPath,
): TableRow {
  const firstNumeric = Math.min(...numeric, width);
  // the label goes in the column just before the figures: "Cộng" under the names, not under "TT"
  const labelCol = Math.max(0, firstNumeric - 1);
  const inColumn = byColumn(body, width);
  const cells: TableCell[] = [];
  for (let c = 0; c < width; c++) {
    if (c === labelCol) {
      cells.push({
        content: parseInline(text || labelText(ctx, "totalRow")),
        align: align(c),
        bold: true,
      });
    } else if (numeric.has(c)) {
      const values = (inColumn[c] ?? [])
        .filter((p) => p.colSpan === 1)
        .map((p) => cellValue(p.spec));
      const numbers = values.filter((v): v is number => typeof v === "number");
      const sum = exactSum(numbers);
      if (sum === undefined) {
        // more digits than a double holds: the total would be a number nobody wrote
        report(ctx, "model.table-total-inexact", { column: c + 1 }, [...path, "total_label"]);
      }
      cells.push(textCell(formatNumber(ctx, sum ?? 0), { align: "right", bold: true }));
    } else {
      cells.push(textCell("", { align: align(c) }));
    }
  }
  return { kind: "total", cells };
}

function columns(
  ctx: Ctx,
  spec: FreeTableSpec,
  body: readonly Placed[][],
  numeric: ReadonlySet<number>,
  width: number,
  align: (c: number) => "left" | "center" | "right",
  path: SpecPath,
): TableColumn[] {
  if (spec.widths && spec.widths.length !== width) {
    report(
      ctx,
      "model.table-widths",
      { given: spec.widths.length, columns: width },
      [...path, "widths"],
      "warning",
    );
  }
  const given = spec.widths && spec.widths.length === width ? spec.widths : undefined;
  const inColumn = byColumn(body, width);
  return Array.from({ length: width }, (_, c): TableColumn => {
    if (given) return { width: given[c] ?? 1, align: align(c) };
    // without widths: a column of short labels (TT, I, II) narrow, figures medium, text wide
    const texts = (inColumn[c] ?? []).map((p) => cellValue(p.spec));
    const short = texts.length > 0 && texts.every((v) => String(v ?? "").length <= 4);
    return { width: numeric.has(c) ? 2 : short ? 1 : 5, align: align(c) };
  });
}

/** The body's cells by the column they start in: one pass, so that each column is read in its own cells. */
function byColumn(body: readonly Placed[][], width: number): Placed[][] {
  const out: Placed[][] = Array.from({ length: width }, () => []);
  for (const row of body) for (const p of row) out[p.col]?.push(p);
  return out;
}
