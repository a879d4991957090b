// Free tables (header and rows written by the official), in appendices and in sections' content:
// rows aligned on a longest common subsequence, a removed row next to an added one read as that row
// changed (shown cell by cell), the header compared whole. Generated tables are left out: their
// figures are compared as statistics. A table of an appendix or section added or removed is told by
// those parts, not again here.

import { toRoman } from "../format/index.js";
import type {
  AppendixSpec,
  BlockSpec,
  CellSpec,
  FreeTableSpec,
  PlanSpec,
  TableSpec,
} from "../spec/types.js";
import { eachSection, matchSections } from "./sections.js";
import { amountText, squash } from "./text.js";
import type { RowChange, SectionStep, TableChange } from "./types.js";

function cellText(c: CellSpec): string {
  if (c === null || c === undefined) return "";
  if (typeof c === "object") return cellText(c.text);
  if (typeof c === "number") return amountText(c);
  return squash(c);
}

function isFree(t: TableSpec | undefined): t is FreeTableSpec {
  return t !== undefined && "rows" in t && Array.isArray(t.rows);
}

const rowTexts = (rows: readonly CellSpec[][]) => rows.map((r) => r.map(cellText));
const key = (cells: readonly string[]) => JSON.stringify(cells);

type Op = { op: "same" | "removed" | "added"; a?: number; b?: number };

/** The edit script turning a into b, by a longest common subsequence. */
function align(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  // len[i][j]: LCS of a[i..] and b[j..]
  const len: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    const row = len[i] as number[];
    const below = len[i + 1] as number[];
    for (let j = m - 1; j >= 0; j--) {
      row[j] = a[i] === b[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push({ op: "same", a: i++, b: j++ });
    else if (j < m && (i >= n || (len[i]?.[j + 1] ?? 0) >= (len[i + 1]?.[j] ?? 0))) {
      ops.push({ op: "added", b: j++ });
    } else ops.push({ op: "removed", a: i++ });
  }
  return ops;
}

/** Column names: the header's cells when the header is one row without spans, else "#k". */
function columnNames(t: FreeTableSpec): string[] {
  const [only, ...more] = t.header;
  if (!only || more.length > 0) return [];
  if (only.some((c) => c !== null && typeof c === "object" && (c.colspan ?? 1) > 1)) return [];
  return only.map(cellText);
}

function rowChanges(x: FreeTableSpec, y: FreeTableSpec): RowChange[] {
  const a = rowTexts(x.rows);
  const b = rowTexts(y.rows);
  const names = columnNames(y);
  const out: RowChange[] = [];
  const changed = (i: number, j: number): RowChange => {
    const before = a[i] ?? [];
    const after = b[j] ?? [];
    const changes: NonNullable<RowChange["changes"]> = [];
    for (let c = 0; c < Math.max(before.length, after.length); c++) {
      const p = before[c] ?? "";
      const q = after[c] ?? "";
      if (p !== q) changes.push({ column: names[c] || `#${c + 1}`, before: p, after: q });
    }
    return { kind: "changed", row: j + 1, changes };
  };
  const same = (i: number, j: number) =>
    (a[i] ?? []).filter((cell, c) => cell !== "" && cell === b[j]?.[c]).length;
  /** Between two unchanged rows: each added row is the removed row (in order) it shares most cells
   * with, if any; the rest were added or removed. */
  const flush = (removed: number[], added: number[]) => {
    const pairs = new Map<number, number>();
    let from = 0;
    for (const j of added) {
      let best = -1;
      let score = 0;
      for (let k = from; k < removed.length; k++) {
        const sc = same(removed[k] as number, j);
        if (sc > score) {
          score = sc;
          best = k;
        }
      }
      if (best >= 0) {
        pairs.set(j, removed[best] as number);
        from = best + 1;
      }
    }
    const paired = new Set(pairs.values());
    for (const i of removed) {
      if (!paired.has(i)) out.push({ kind: "removed", row: i + 1, cells: a[i] ?? [] });
    }
    for (const j of added) {
      const i = pairs.get(j);
      out.push(i === undefined ? { kind: "added", row: j + 1, cells: b[j] ?? [] } : changed(i, j));
    }
  };
  let removed: number[] = [];
  let added: number[] = [];
  for (const op of align(a.map(key), b.map(key))) {
    if (op.op === "removed") removed.push(op.a as number);
    else if (op.op === "added") added.push(op.b as number);
    else {
      flush(removed, added);
      removed = [];
      added = [];
    }
  }
  flush(removed, added);
  return out;
}

type Where = Pick<TableChange, "appendix" | "section" | "table">;

function compareTables(
  x: TableSpec | undefined,
  y: TableSpec | undefined,
  where: Where,
): TableChange | undefined {
  const fx = isFree(x) ? x : undefined;
  const fy = isFree(y) ? y : undefined;
  if (!fx && !fy) return undefined;
  if (!fx || !fy) {
    const t = (fy ?? fx) as FreeTableSpec;
    return { ...where, kind: fy ? "added" : "removed", rows: t.rows.length, rowChanges: [] };
  }
  const change: TableChange = { ...where, kind: "changed", rowChanges: rowChanges(fx, fy) };
  const hx = fx.header.map((r) => r.map(cellText));
  const hy = fy.header.map((r) => r.map(cellText));
  if (JSON.stringify(hx) !== JSON.stringify(hy)) change.header = { before: hx, after: hy };
  return change.header || change.rowChanges.length ? change : undefined;
}

function sectionTables(content: readonly BlockSpec[] | undefined): TableSpec[] {
  return (content ?? []).flatMap((b) =>
    typeof b === "object" && b !== null && "table" in b ? [b.table] : [],
  );
}

export function tableChanges(before: PlanSpec, after: PlanSpec): TableChange[] {
  const out: TableChange[] = [];
  const push = (c: TableChange | undefined) => {
    if (c) out.push(c);
  };
  eachSection(before, after, (x, y, here: SectionStep[]) => {
    if (!x || !y) return;
    const a = sectionTables(x.spec.content);
    const b = sectionTables(y.spec.content);
    const several = Math.max(a.length, b.length) > 1;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      push(compareTables(a[i], b[i], { section: here, ...(several ? { table: i + 1 } : {}) }));
    }
  });
  const appA = before.appendices ?? [];
  const appB = after.appendices ?? [];
  for (const [x, y] of matchSections<AppendixSpec>(appA, appB)) {
    if (!x || !y) continue;
    const number = appB.length > 1 ? toRoman(y.index + 1) : "";
    push(
      compareTables(x.spec.table, y.spec.table, {
        appendix: { number, title: squash(y.spec.title) },
      }),
    );
  }
  return out;
}
