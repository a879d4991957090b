// Counts that cannot be true: a part larger than its whole, parts that do not add up to the whole.

import type { SpecPath } from "../diagnostics/types.js";
import type { GroupCounts } from "../spec/types.js";
import type { StatsContext } from "./context.js";
import { exitsPartOf } from "./figures.js";
import type { GroupFigures } from "./types.js";

export interface CheckScope {
  /** The unit's name, or the whole locality for the totals. */
  unitName: string;
  unitHouseholds: number;
  /** Path of the group's counts in the spec: […, "groups", "poor"]. */
  base: readonly (string | number)[];
  /** Check the group's households against the unit's. */
  households: boolean;
  /** Check exits against the group's households. */
  exits: boolean;
  /** Breakdown ids whose parts come from this place in the spec. */
  breakdowns: readonly string[];
  /** Whether the deprivation counts come from this place in the spec. */
  deprivation: boolean;
}

export function checkGroup(
  ctx: StatsContext,
  groupId: string,
  fig: GroupFigures,
  scope: CheckScope,
): void {
  const { sink } = ctx;
  const group = ctx.groupById.get(groupId)?.name ?? groupId;
  const unit = scope.unitName;
  const at = (...rest: (string | number)[]): SpecPath => [...scope.base, ...rest];
  const households = fig.households;
  const countUnit = ctx.countUnit;

  if (scope.households && households > scope.unitHouseholds) {
    sink.error(
      "stats.group-exceeds-unit",
      { group, households, unit, total: scope.unitHouseholds, countUnit },
      at("households"),
    );
  }
  if (scope.exits && fig.exits > households) {
    sink.error(
      "stats.exits-exceed",
      { group, exits: fig.exits, unit, households, countUnit },
      at("exits"),
    );
  }

  for (const bid of scope.breakdowns) {
    const def = ctx.breakdownById.get(bid);
    const parts = fig.breakdowns[bid];
    if (!def || !parts) continue;
    const sum = Object.values(parts).reduce((a, b) => a + b, 0);
    if (def.exhaustive && sum !== households) {
      sink.disagree(
        "stats.breakdown-sum",
        { breakdown: def.label, sum, group, unit, households, countUnit },
        at("breakdowns", bid),
      );
      continue;
    }
    for (const p of def.parts) {
      const count = parts[p.id] ?? 0;
      if (count <= households) continue;
      sink.error(
        "stats.breakdown-part-exceeds",
        { breakdown: def.label, part: p.label, count, group, unit, households, countUnit },
        at("breakdowns", bid, p.id),
      );
    }
  }

  if (scope.deprivation) {
    for (const ind of ctx.standard.indicators) {
      const count = fig.deprivation[ind.id]?.count ?? 0;
      if (count <= households) continue;
      sink.error(
        "stats.deprivation-exceeds",
        { indicator: ind.name, count, group, unit, households },
        at("deprivation", ind.id),
      );
    }
  }
}

/**
 * Exits written both as `exits` and as the breakdown part that stands for them: the two must agree.
 * kehoach uses `exits`.
 */
export function checkExitsPart(
  ctx: StatsContext,
  groupId: string,
  raw: GroupCounts | undefined,
  unitName: string,
  base: readonly (string | number)[],
): void {
  const from = exitsPartOf(ctx, groupId);
  const part = from ? raw?.breakdowns?.[from.breakdown]?.[from.part] : undefined;
  if (!from || raw?.exits === undefined || part === undefined || part === raw.exits) return;
  const def = ctx.breakdownById.get(from.breakdown);
  ctx.sink.disagree(
    "stats.exits-part",
    {
      group: ctx.groupById.get(groupId)?.name ?? groupId,
      unit: unitName,
      exits: raw.exits,
      part: def?.parts.find((p) => p.id === from.part)?.label ?? from.part,
      count: part,
      countUnit: ctx.countUnit,
    },
    [...base, "exits"],
  );
}
