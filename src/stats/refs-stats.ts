// Unknown ids inside the statistics' counts: group keys, breakdown and part ids, indicator ids.
// Reported once here, so the arithmetic can simply skip what it does not know.

import type { GroupCounts, UnitStats } from "../spec/types.js";
import { checkGroupRef, type StatsContext } from "./context.js";

export function checkStatisticsRefs(ctx: StatsContext): void {
  const { stats } = ctx;
  // a unit listed twice is the loader's error (src/spec/checks.ts), with both positions
  (stats.units ?? []).forEach((unit, i) => {
    checkUnit(ctx, unit, ["statistics", "units", i]);
  });
  if (stats.totals) checkUnit(ctx, stats.totals, ["statistics", "totals"]);
}

function checkUnit(
  ctx: StatsContext,
  unit: Omit<UnitStats, "name">,
  base: (string | number)[],
): void {
  for (const [groupId, counts] of Object.entries(unit.groups ?? {})) {
    const at = [...base, "groups", groupId];
    if (!checkGroupRef(groupId, ctx.groupById, at, ctx.sink)) continue;
    checkCounts(ctx, groupId, counts, at);
  }
}

function checkCounts(
  ctx: StatsContext,
  groupId: string,
  counts: GroupCounts,
  at: (string | number)[],
): void {
  const { sink } = ctx;
  for (const [bid, parts] of Object.entries(counts.breakdowns ?? {})) {
    const bat = [...at, "breakdowns", bid];
    const def = ctx.breakdownById.get(bid);
    if (!def) {
      sink.error(
        "stats.unknown-breakdown",
        { breakdown: bid, known: ctx.breakdowns.map((b) => b.id).join(", ") || "-" },
        bat,
      );
      continue;
    }
    if (def.group !== groupId) {
      sink.error(
        "stats.breakdown-wrong-group",
        { breakdown: bid, group: groupId, breakdownGroup: def.group },
        bat,
      );
      continue;
    }
    for (const part of Object.keys(parts ?? {})) {
      if (def.parts.some((p) => p.id === part)) continue;
      sink.error(
        "stats.unknown-part",
        { breakdown: bid, part, known: def.parts.map((p) => p.id).join(", ") },
        [...bat, part],
      );
    }
  }
  if (!ctx.hasStandard && counts.deprivation !== undefined) {
    sink.error("stats.deprivation-needs-standard", { what: "deprivation", whatEn: "deprivation" }, [
      ...at,
      "deprivation",
    ]);
  }
  if (!ctx.standardKnown) return;
  for (const ind of Object.keys(counts.deprivation ?? {})) {
    if (ctx.standard.indicators.some((x) => x.id === ind)) continue;
    sink.error(
      "stats.unknown-indicator",
      {
        indicator: ind,
        standard: ctx.standard.id,
        known: ctx.standard.indicators.map((x) => x.id).join(", "),
      },
      [...at, "deprivation", ind],
    );
  }
}
