// One entry point for every table of a plan: generated from the statistics, or typed in the spec.

import type { SpecPath } from "../../diagnostics/types.js";
import type { Table } from "../../document/types.js";
import type { TableSpec } from "../../spec/types.js";
import type { Ctx } from "../context.js";
import { needStatistics } from "../views.js";
import { breakdownTable } from "./breakdown.js";
import { deprivationTable } from "./deprivation.js";
import { freeTable } from "./free.js";
import { povertyTable } from "./poverty.js";
import { tasksTable } from "./tasks.js";

export function isGenerated(spec: TableSpec): boolean {
  return "generate" in spec;
}

export function buildTable(ctx: Ctx, spec: TableSpec, path: SpecPath): Table | undefined {
  if (!("generate" in spec)) return freeTable(ctx, spec, path);
  if (spec.generate === "tasks") return tasksTable(ctx);
  const stats = needStatistics(ctx, `generate: ${spec.generate}`, path);
  if (!stats) return undefined;
  switch (spec.generate) {
    case "poverty":
      return povertyTable(ctx, stats, spec.groups, path);
    case "deprivation":
      return deprivationTable(ctx, stats, spec.group, [...path, "group"]);
    case "breakdown":
      return breakdownTable(ctx, stats, spec.breakdown, [...path, "breakdown"]);
  }
}
