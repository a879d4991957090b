// Figures of one unit (or of a declared totals row): counts as given, rates against the unit's
// households, deprivation shares against the group's households.

import type { GroupCounts, UnitStats } from "../spec/types.js";
import { checkExitsPart, checkGroup } from "./checks.js";
import type { StatsContext } from "./context.js";
import { rate } from "./rate.js";
import type { GroupFigures, Rate, UnitFigures } from "./types.js";

/**
 * Optional fields that some unit gives for a group. A unit without households in the group has
 * zero of each of them, so it gets zeros rather than a gap that would stop the totals adding up.
 */
export interface Given {
  exits: boolean;
  entries: boolean;
  persons: boolean;
  actualEnd: boolean;
  breakdowns: ReadonlySet<string>;
  deprivation: boolean;
}

export const NOTHING_GIVEN: Given = {
  exits: false,
  entries: false,
  persons: false,
  actualEnd: false,
  breakdowns: new Set(),
  deprivation: false,
};

/** The breakdown part whose count is the group's exits, when a breakdown of the group says so. */
export function exitsPartOf(
  ctx: StatsContext,
  groupId: string,
): { breakdown: string; part: string } | undefined {
  const def = ctx.breakdowns.find((b) => b.group === groupId && b.exits !== undefined);
  return def?.exits !== undefined ? { breakdown: def.id, part: def.exits } : undefined;
}

/** Exits as written, or else the count of the part that stands for them. */
function exitsOf(raw: GroupCounts | undefined, from: ExitsPart): number | undefined {
  return raw?.exits ?? (from ? raw?.breakdowns?.[from.breakdown]?.[from.part] : undefined);
}

type ExitsPart = { breakdown: string; part: string } | undefined;

export function givenInUnits(
  units: readonly UnitStats[],
  groupId: string,
  exitsFrom?: ExitsPart,
): Given {
  const breakdowns = new Set<string>();
  let exits = false;
  let entries = false;
  let persons = false;
  let actualEnd = false;
  let deprivation = false;
  for (const u of units) {
    const g = u.groups?.[groupId];
    if (!g) continue;
    exits ||= exitsOf(g, exitsFrom) !== undefined;
    entries ||= g.entries !== undefined;
    persons ||= g.persons !== undefined;
    actualEnd ||= g.actual_end !== undefined;
    deprivation ||= g.deprivation !== undefined;
    for (const b of Object.keys(g.breakdowns ?? {})) breakdowns.add(b);
  }
  return { exits, entries, persons, actualEnd, breakdowns, deprivation };
}

export function groupFigures(
  ctx: StatsContext,
  groupId: string,
  raw: GroupCounts | undefined,
  unitHouseholds: number,
  given: Given,
): GroupFigures {
  const households = raw?.households ?? 0;
  const exits = exitsOf(raw, exitsPartOf(ctx, groupId)) ?? 0;
  const entries = raw?.entries ?? 0;
  const end = households - exits + entries;
  const empty = households === 0;

  const breakdowns: GroupFigures["breakdowns"] = {};
  for (const def of ctx.breakdowns) {
    if (def.group !== groupId) continue;
    const parts = raw?.breakdowns?.[def.id];
    if (!parts && !(empty && given.breakdowns.has(def.id))) continue;
    breakdowns[def.id] = Object.fromEntries(def.parts.map((p) => [p.id, parts?.[p.id] ?? 0]));
  }

  const deprivation: GroupFigures["deprivation"] = {};
  const dep = raw?.deprivation;
  if (dep || (empty && given.deprivation)) {
    for (const ind of ctx.standard.indicators) {
      const count = dep?.[ind.id] ?? 0;
      deprivation[ind.id] = { count, share: rate(count, households) };
    }
  }

  const fig: GroupFigures = {
    households,
    exits,
    entries,
    end,
    rate: rate(households, unitHouseholds),
    exitRate: rate(exits, unitHouseholds),
    entryRate: rate(entries, unitHouseholds),
    endRate: rate(end, unitHouseholds),
    breakdowns,
    deprivation,
  };
  const persons = raw?.persons ?? (empty && given.persons ? 0 : undefined);
  if (persons !== undefined) fig.persons = persons;
  const actualEnd = raw?.actual_end ?? (empty && entries === 0 && given.actualEnd ? 0 : undefined);
  if (actualEnd !== undefined) {
    fig.actualEnd = actualEnd;
    fig.actualEndRate = rate(actualEnd, unitHouseholds);
  }
  return fig;
}

export function unitFigures(
  ctx: StatsContext,
  unit: UnitStats,
  index: number,
  given: ReadonlyMap<string, Given>,
): UnitFigures {
  const groups: UnitFigures["groups"] = {};
  for (const g of ctx.groups) {
    const raw = unit.groups?.[g.id];
    const fig = groupFigures(ctx, g.id, raw, unit.households, given.get(g.id) ?? NOTHING_GIVEN);
    groups[g.id] = fig;
    if (!raw) continue;
    checkExitsPart(ctx, g.id, raw, unit.name, ["statistics", "units", index, "groups", g.id]);
    checkGroup(ctx, g.id, fig, {
      unitName: unit.name,
      unitHouseholds: unit.households,
      base: ["statistics", "units", index, "groups", g.id],
      households: true,
      exits: true,
      breakdowns: Object.keys(raw.breakdowns ?? {}),
      deprivation: raw.deprivation !== undefined,
    });
  }
  const out: UnitFigures = { name: unit.name, households: unit.households, groups };
  if (unit.persons !== undefined) out.persons = unit.persons;
  return out;
}

/** The rates a generated table or a template may ask for beyond the usual ones (against the group). */
export function addGroupRates(unit: UnitFigures): void {
  for (const g of Object.values(unit.groups)) {
    const partRates: NonNullable<GroupFigures["partRates"]> = {};
    for (const [bid, parts] of Object.entries(g.breakdowns)) {
      const rates: Record<string, { ofUnit: Rate; ofGroup: Rate }> = {};
      for (const [pid, n] of Object.entries(parts)) {
        rates[pid] = { ofUnit: rate(n, unit.households), ofGroup: rate(n, g.households) };
      }
      partRates[bid] = rates;
    }
    g.partRates = partRates;
    g.ofGroup = {
      start: rate(g.households, g.households),
      exits: rate(g.exits, g.households),
      entries: rate(g.entries, g.households),
      end: rate(g.end, g.households),
    };
  }
}
