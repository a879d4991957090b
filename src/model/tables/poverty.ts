// Biểu hộ nghèo, hộ cận nghèo: per unit the total households, then for each group the households at
// the baseline, those expected to leave, and those left at the end, each with its rate; the "Cộng"
// row from the computed totals, never from the rates above it. A group that only grows (entries and
// no exits anywhere, as the counts of a plan beyond poverty often do) shows its entries instead.
// The plan may list the columns itself (`columns`, columns.ts); these are the columns it gets
// without a list.

import type { SpecPath } from "../../diagnostics/types.js";
import type { Table } from "../../document/types.js";
import type { TableColumnSpec } from "../../spec/types.js";
import type { Statistics } from "../../stats/types.js";
import type { Ctx } from "../context.js";
import { groupView } from "../views.js";
import { type ColumnsOptions, columnsTable, movingPhases } from "./columns.js";

export function povertyTable(
  ctx: Ctx,
  stats: Statistics,
  spec: { groups?: string[]; columns?: TableColumnSpec[] },
  opts: ColumnsOptions,
  path: SpecPath,
): Table | undefined {
  if (spec.columns) return columnsTable(ctx, stats, spec.columns, opts, path);
  const columns: TableColumnSpec[] = [{ unit: "households" }];
  const ids = spec.groups ?? stats.groups.map((g) => g.id);
  for (const [i, id] of ids.entries()) {
    // an unknown group is reported at its place in `groups`
    if (!groupView(ctx, stats, id, spec.groups ? [...path, "groups", i] : path)) return undefined;
    columns.push({
      group: id,
      phases: movingPhases(stats, id),
      figures: ["count", "rate"],
    });
  }
  return columnsTable(ctx, stats, columns, opts, path);
}
