// One entry point for every table of a plan: generated from the statistics, or typed in the spec.

import type { SpecPath } from "../../diagnostics/types.js";
import type { Block, Table } from "../../document/types.js";
import type { TableSpec } from "../../spec/types.js";
import { type Ctx, withPadding } from "../context.js";
import { needStatistics } from "../views.js";
import { breakdownTable } from "./breakdown.js";
import { deprivationTable } from "./deprivation.js";
import { freeTable } from "./free.js";
import { povertyTable } from "./poverty.js";
import { tasksTable } from "./tasks.js";

export function isGenerated(spec: TableSpec): boolean {
  return "generate" in spec;
}

/** A table, and what goes under it (the legend of a deprivation table headed by numbers). */
export function buildTable(ctx: Ctx, spec: TableSpec, path: SpecPath): Block[] {
  if (!("generate" in spec)) return [freeTable(ctx, spec, path)];
  if (spec.generate === "tasks") return [tasksTable(ctx)];
  const stats = needStatistics(ctx, `generate: ${spec.generate}`, path);
  if (!stats) return [];
  return withPadding(ctx, spec.pad_small_counts, () => {
    const opts = { blankZero: spec.blank_zero ?? false };
    switch (spec.generate) {
      case "poverty":
        return list(povertyTable(ctx, stats, spec, opts, path));
      case "deprivation":
        return deprivationTable(ctx, stats, spec, opts, path);
      case "breakdown":
        return list(breakdownTable(ctx, stats, spec.breakdown, opts, [...path, "breakdown"]));
    }
  });
}

function list(table: Table | undefined): Block[] {
  return table ? [table] : [];
}
