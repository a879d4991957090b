// Finding the table in a sheet: the header row is the first with a unit-name heading ("Tên đơn vị",
// "Thôn", the plan's unit label …); the rows under it whose name cell is empty (or repeats a merged
// heading) are more header rows; then come the column-index row ("A | B | 1 | 2 …"), skipped, and the
// units, one a row, up to the end of the sheet. The totals row ("Cộng", "Tổng cộng") is not read:
// kehoach sums the units itself.

import type { Diagnostic } from "../diagnostics/types.js";
import { fold, numberStyle, readCount, tidyName } from "./counts.js";
import { type CellValue, type Sheet, sheetCellRef } from "./grid.js";
import {
  type ColumnKind,
  classify,
  type FieldPath,
  isNameHeading,
  type PlanTerms,
} from "./headings.js";

export interface Column {
  col: number;
  /** The headings as written, top to bottom: "HỘ NGHÈO / Phê duyệt cuối năm 2023 / Số hộ". */
  heading: string;
  path: FieldPath;
}

export interface ImportedUnit {
  name: string;
  /** "Sheet1!B7" */
  cell: string;
  /** field path joined with "." → count */
  values: Map<string, number>;
}

export interface SheetTable {
  sheet: string;
  columns: Column[];
  units: ImportedUnit[];
}

const MAX_HEADER_ROWS = 4;
/** Where the header may start: under a title of a few lines. */
const HEADER_SEARCH_ROWS = 30;

const TOTAL_ROWS =
  /^(tong cong|cong|tong|tong so|toan (xa|phuong|huyen|tinh|dac khu|thi tran)\b.*)$/;

function text(value: CellValue | undefined): string {
  return value === null || value === undefined ? "" : String(value).normalize("NFC").trim();
}

/** The header's first row and the column of the names, or undefined when the sheet has none. */
export function findHeader(
  sheet: Sheet,
  terms: PlanTerms,
  map: ReadonlyMap<string, ColumnKind>,
): { row: number; nameCol: number } | undefined {
  const rows = sheet.rows.slice(0, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const f = fold(text(cells[c]));
      if (f === "") continue;
      if (map.get(f)?.kind === "name" || (!map.has(f) && isNameHeading(f, terms))) {
        return { row: r, nameCol: c };
      }
    }
  }
  return undefined;
}

export function readTable(
  sheet: Sheet,
  header: { row: number; nameCol: number },
  terms: PlanTerms,
  map: ReadonlyMap<string, ColumnKind>,
  file: string,
  diagnostics: Diagnostic[],
): SheetTable {
  const at = (r: number, c: number) => sheetCellRef(sheet.name, r, c);
  const nameHeading = text(sheet.rows[header.row]?.[header.nameCol]);
  let last = header.row;
  while (last + 1 < sheet.rows.length && last + 1 < header.row + MAX_HEADER_ROWS) {
    const next = sheet.rows[last + 1] ?? [];
    const name = text(next[header.nameCol]);
    if (
      (name !== "" && name !== nameHeading) ||
      isIndexRow(next) ||
      next.every((v) => text(v) === "")
    )
      break;
    last++;
  }
  const headerRows = sheet.rows.slice(header.row, last + 1);
  const width = Math.max(...sheet.rows.map((r) => r.length));

  const columns: Column[] = [];
  const seen = new Map<string, number>();
  const computed: { col: number; cell: string }[] = [];
  for (let c = 0; c < width; c++) {
    if (c === header.nameCol) continue;
    const headings = headingsOf(headerRows, c);
    if (headings.length === 0) continue;
    const folded = headings.map(fold);
    const kind = mapped(folded, map) ?? classify(folded, terms);
    const heading = headings.join(" / ");
    const cell = at(header.row, c);
    if (kind.kind === "unknown" || kind.kind === "name") {
      diagnostics.push(warn("import.column-not-read", { file, cell, heading }));
      continue;
    }
    if (kind.kind === "computed") {
      computed.push({ col: c, cell });
      continue;
    }
    if (kind.kind === "skip") continue;
    const key = kind.path.join(".");
    const before = seen.get(key);
    if (before !== undefined) {
      diagnostics.push(
        error("import.column-twice", {
          file,
          cell,
          heading,
          other: at(header.row, before),
          field: key,
        }),
      );
      continue;
    }
    seen.set(key, c);
    columns.push({ col: c, heading, path: kind.path });
  }

  if (computed.length > 0) {
    const cells = computed.map((x) => x.cell).join(", ");
    diagnostics.push(info("import.columns-computed", { file, cells }));
  }
  // how the figures' texts write numbers, from the columns of figures and rates under the header
  const numberColumns = [...columns.map((x) => x.col), ...computed.map((x) => x.col)];
  const style = numberStyle(
    sheet.rows.slice(last + 1).flatMap((row) => numberColumns.map((c) => row[c] ?? null)),
  );
  if (style === "en") diagnostics.push(info("import.english-numbers", { file }));

  const units: ImportedUnit[] = [];
  for (let r = last + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (isIndexRow(cells)) continue;
    const name = tidyName(text(cells[header.nameCol]));
    if (name !== "" && TOTAL_ROWS.test(fold(name))) {
      diagnostics.push(info("import.total-row", { file, cell: at(r, header.nameCol), name }));
      continue;
    }
    const values = new Map<string, number>();
    let given = false;
    for (const column of columns) {
      const cell = at(r, column.col);
      const oddValue = sheet.odd.get(cell.slice(cell.lastIndexOf("!") + 1));
      if (oddValue !== undefined) {
        diagnostics.push(
          error("import.bad-cell", { file, cell, value: oddValue, heading: column.heading }),
        );
        given = true;
        continue;
      }
      const read = readCount(cells[column.col] ?? null, style);
      if (read.kind === "empty") continue;
      given = true;
      if (read.kind === "bad") {
        const why = read.why === "fraction" && style === "en" ? "fraction-en" : read.why;
        const code = why === "text" ? "import.bad-cell" : `import.bad-cell-${why}`;
        diagnostics.push(error(code, { file, cell, value: read.shown, heading: column.heading }));
        continue;
      }
      values.set(column.path.join("."), read.count);
    }
    if (name === "") {
      if (given)
        diagnostics.push(warn("import.row-without-name", { file, cell: at(r, header.nameCol) }));
      continue;
    }
    if (!given) continue;
    units.push({ name, cell: at(r, header.nameCol), values });
  }
  return { sheet: sheet.name, columns, units };
}

/**
 * A column's headings, top to bottom, each once. A header cell left empty under a heading that spans
 * columns (a CSV has no merged cells) takes the heading on its left, when that one has headings
 * under it too.
 */
function headingsOf(rows: readonly CellValue[][], c: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < rows.length; k++) {
    let value = text(rows[k]?.[c]);
    if (value === "" && hasBelow(rows, k, c)) {
      for (let j = c - 1; j >= 0; j--) {
        const left = text(rows[k]?.[j]);
        if (left === "") continue;
        if (hasBelow(rows, k, j)) value = left;
        break;
      }
    }
    if (value !== "" && out[out.length - 1] !== value) out.push(value);
  }
  return out;
}

function hasBelow(rows: readonly CellValue[][], k: number, c: number): boolean {
  return rows.slice(k + 1).some((row) => text(row[c]) !== "");
}

/** "A | B | 1 | 2 …" or "(1) | (2) …": the row numbering the columns. */
function isIndexRow(cells: readonly CellValue[]): boolean {
  const filled = cells.map(text).filter((t) => t !== "");
  return (
    filled.length >= 2 &&
    filled.every((t) => /^\(?([A-Za-z]|\d{1,2})\)?$/.test(t)) &&
    filled.some((t) => /^\(?[A-Za-z]\)?$/.test(t) || t.startsWith("("))
  );
}

function mapped(
  folded: readonly string[],
  map: ReadonlyMap<string, ColumnKind>,
): ColumnKind | undefined {
  return (
    map.get(folded.join(" ")) ??
    [...folded]
      .reverse()
      .map((f) => map.get(f))
      .find(Boolean)
  );
}

type P = Record<string, string | number>;
const error = (code: string, params: P): Diagnostic => ({ code, severity: "error", params });
const warn = (code: string, params: P): Diagnostic => ({ code, severity: "warning", params });
const info = (code: string, params: P): Diagnostic => ({ code, severity: "info", params });
