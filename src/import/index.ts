// Excel in: per-unit figures from an official's workbook (.xlsx) or CSV, merged into a plan's
// statistics. A pure stage like the others: bytes and text in, the new plan text, a report of what
// changed and diagnostics out; the CLI (`kehoach import`) and the preview server write the file.
// Reading the workbook is asynchronous (exceljs), hence the promise.

import { parse } from "yaml";
import { defaultUnitLabel } from "../data/unit-labels.js";
import type { Diagnostic } from "../diagnostics/types.js";
import type { UnitKind } from "../spec/types.js";
import { DEFAULT_GROUPS } from "../stats/context.js";
import { readGrid } from "./grid.js";
import { type ColumnKind, type PlanTerms, parseMap } from "./headings.js";
import { type MergeReport, matchKeys, mergeUnits } from "./merge.js";
import { findHeader, readTable, type SheetTable } from "./table.js";

export type { PlanTerms } from "./headings.js";
export type { FieldChange, MergeReport, UnitReport } from "./merge.js";

export interface ImportOptions {
  /** The sheet to read; else the first sheet with a table of units. */
  sheet?: string;
  /** "Heading=field,Other heading=field" (see headings.ts parseMap). */
  map?: string;
  /** The plan's name as messages show it. */
  planFile?: string;
}

export interface ImportReport extends MergeReport {
  /** The file as messages show it. */
  file: string;
  sheet: string;
  /** The columns read: heading as written → field path. */
  columns: { heading: string; field: string }[];
}

export interface ImportResult {
  /** The plan with the figures merged; the text given when there are errors. */
  text: string;
  /** Absent when nothing could be merged. */
  report?: ImportReport;
  diagnostics: Diagnostic[];
  /** What the plan calls its groups and breakdowns: for the report's words (reportLines). */
  terms: PlanTerms;
}

export async function importFigures(
  planText: string,
  fileBytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const file = fileName.split(/[\\/]/).pop() ?? fileName;
  const plan = options.planFile ?? "plan.yaml";
  const diagnostics: Diagnostic[] = [];
  const terms = planTerms(planText);
  const fail = (code: string, params: Record<string, string | number>): ImportResult => {
    diagnostics.push({ code, severity: "error", params });
    return { text: planText, diagnostics, terms };
  };

  let map = new Map<string, ColumnKind>();
  if (options.map !== undefined) {
    const parsed = parseMap(options.map, terms);
    for (const entry of parsed.bad) {
      diagnostics.push({
        code: "import.bad-map",
        severity: "error",
        params: { entry, groups: terms.groups.map((g) => g.id).join(", ") || "—" },
      });
    }
    if (parsed.bad.length > 0) return { text: planText, diagnostics, terms };
    map = parsed.map;
  }

  const grid = await readGrid(fileBytes, fileName);
  if ("problem" in grid) {
    return fail(grid.problem === "not-utf8" ? "import.not-utf8" : "import.unreadable", {
      file,
      detail: grid.detail,
    });
  }
  const names = grid.sheets.map((s) => s.name).join(", ");
  const candidates =
    options.sheet === undefined ? grid.sheets : grid.sheets.filter((s) => s.name === options.sheet);
  if (candidates.length === 0) {
    return fail("import.no-sheet", { file, sheet: options.sheet ?? "", sheets: names });
  }
  let table: SheetTable | undefined;
  for (const sheet of candidates) {
    const header = findHeader(sheet, terms, map);
    if (header) {
      table = readTable(sheet, header, terms, map, file, diagnostics);
      break;
    }
  }
  if (!table) return fail("import.no-header", { file, sheets: names });
  if (table.columns.length === 0) return fail("import.no-figures", { file, sheet: table.sheet });
  if (table.units.length === 0) return fail("import.no-units", { file, sheet: table.sheet });

  const seen = new Map<string, string>();
  for (const unit of table.units) {
    const key = matchKeys(unit.name)[0];
    const other = seen.get(key);
    if (other !== undefined) {
      diagnostics.push({
        code: "import.duplicate-unit",
        severity: "error",
        params: { file, name: unit.name, cell: unit.cell, other },
      });
    }
    seen.set(key, unit.cell);
  }
  if (diagnostics.some((d) => d.severity === "error"))
    return { text: planText, diagnostics, terms };

  const order = [
    ...terms.groups.map((g) => g.id),
    ...terms.breakdowns.flatMap((b) => [b.id, ...b.parts.map((p) => p.id)]),
  ];
  const merged = mergeUnits(planText, table.units, order);
  if ("problem" in merged) {
    const code = { yaml: "import.plan-yaml", "no-statistics": "import.no-statistics" }[
      merged.problem as "yaml" | "no-statistics"
    ];
    return fail(code ?? "import.units-inline", { plan, detail: merged.detail ?? "" });
  }
  return {
    text: merged.text,
    report: {
      ...merged.report,
      file,
      sheet: table.sheet,
      columns: table.columns.map((c) => ({ heading: c.heading, field: c.path.join(".") })),
    },
    diagnostics,
    terms,
  };
}

/** The names the plan gives its groups, breakdowns and units, read leniently: the plan may be invalid. */
export function planTerms(planText: string): PlanTerms {
  let spec: unknown;
  try {
    spec = parse(planText, { logLevel: "silent", uniqueKeys: false });
  } catch {
    spec = undefined;
  }
  const root = (spec && typeof spec === "object" ? spec : {}) as Record<string, unknown>;
  const stats = (root.statistics && typeof root.statistics === "object" ? root.statistics : {}) as {
    groups?: unknown;
    breakdowns?: unknown;
    unit_label?: unknown;
    baseline_year?: unknown;
    count_unit?: unknown;
    standard?: unknown;
  };
  const doc = (root.document ?? {}) as { unit_kind?: unknown };
  const list = <T>(x: unknown, ok: (v: Record<string, unknown>) => T | undefined): T[] =>
    Array.isArray(x)
      ? x.flatMap((v) => (v && typeof v === "object" ? [ok(v)] : [])).filter((v) => v !== undefined)
      : [];
  const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
  const groups = list(stats.groups, (g) =>
    str(g.id) && str(g.name) ? { id: String(g.id), name: String(g.name) } : undefined,
  );
  const breakdowns = list(stats.breakdowns, (b) =>
    str(b.id) && str(b.group)
      ? {
          id: String(b.id),
          group: String(b.group),
          label: str(b.label) ?? "",
          parts: list(b.parts, (p) =>
            str(p.id) ? { id: String(p.id), label: str(p.label) ?? String(p.id) } : undefined,
          ),
        }
      : undefined,
  );
  const unitLabel =
    str(stats.unit_label) ?? defaultUnitLabel(str(doc.unit_kind) as UnitKind | undefined);
  return {
    groups: groups.length > 0 ? groups : stats.standard !== undefined ? DEFAULT_GROUPS : [],
    breakdowns,
    unitLabel,
    ...(typeof stats.baseline_year === "number" ? { baselineYear: stats.baseline_year } : {}),
    countUnit: str(stats.count_unit) ?? "hộ",
  };
}
