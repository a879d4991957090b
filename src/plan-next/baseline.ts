// Next year's starting households, per unit and group: last year's actual end where it was recorded,
// else its planned end (households - exits + entries). Pure arithmetic on the validated spec.

import type { GroupCounts, PlanSpec } from "../spec/types.js";

export interface GroupBaseline {
  /** The unit's name and index in statistics.units; undefined for the totals row. */
  unit?: string;
  unitIndex?: number;
  group: string;
  households: number;
  source: "actual" | "planned";
  was: { households: number; exits: number; entries: number; actualEnd?: number };
}

export function groupBaseline(counts: GroupCounts): Omit<GroupBaseline, "unit" | "group"> {
  const exits = counts.exits ?? 0;
  const entries = counts.entries ?? 0;
  const was = { households: counts.households, exits, entries };
  if (counts.actual_end !== undefined) {
    return {
      households: counts.actual_end,
      source: "actual",
      was: { ...was, actualEnd: counts.actual_end },
    };
  }
  return { households: counts.households - exits + entries, source: "planned", was };
}

export interface PlanBaseline {
  units: GroupBaseline[];
  /** group id → the new households of the totals row, when the totals row gives that group's. */
  totals: Map<string, GroupBaseline>;
}

export function planBaseline(spec: PlanSpec): PlanBaseline {
  const stats = spec.statistics;
  const units: GroupBaseline[] = [];
  (stats?.units ?? []).forEach((u, unitIndex) => {
    for (const [group, counts] of Object.entries(u.groups)) {
      units.push({ unit: u.name, unitIndex, group, ...groupBaseline(counts) });
    }
  });
  const totals = new Map<string, GroupBaseline>();
  for (const [group, counts] of Object.entries(stats?.totals?.groups ?? {})) {
    if (units.length === 0) {
      totals.set(group, { group, ...groupBaseline(counts) });
      continue;
    }
    const mine = units.filter((b) => b.group === group);
    const households = mine.reduce((s, b) => s + b.households, 0);
    const source = mine.every((b) => b.source === "actual") ? "actual" : "planned";
    totals.set(group, {
      group,
      households,
      source,
      was: {
        households: counts.households,
        exits: mine.reduce((s, b) => s + b.was.exits, 0),
        entries: mine.reduce((s, b) => s + b.was.entries, 0),
      },
    });
  }
  return { units, totals };
}
