// The totals row: sums of the units' counts with rates computed from the sums. A figure no unit
// gives (persons, deprivation or a breakdown recorded only for the whole locality) comes from the
// declared totals; a declared total that differs from the units' sum is reported and the sum wins.

import type { SpecPath } from "../diagnostics/types.js";
import type { GroupCounts } from "../spec/types.js";
import { checkExitsPart, checkGroup } from "./checks.js";
import type { StatsContext } from "./context.js";
import { exitsPartOf, type Given, givenInUnits, groupFigures, NOTHING_GIVEN } from "./figures.js";
import {
  WHAT_PERSONS,
  type What,
  whatActualEnd,
  whatBreakdown,
  whatDeprivation,
  whatEntries,
  whatExits,
  whatGroup,
  whatGroupPersons,
  whatIndicator,
  whatPart,
  whatTotal,
} from "./labels.js";
import { rate } from "./rate.js";
import type { GroupFigures, UnitFigures } from "./types.js";

export const TOTAL_NAME = "Tổng cộng";

const TOTALS: readonly string[] = ["statistics", "totals"];

export function totalFigures(ctx: StatsContext, units: readonly UnitFigures[]): UnitFigures {
  const rawUnits = ctx.stats.units ?? [];
  if (rawUnits.length === 0) return declaredOnly(ctx);
  const declared = ctx.stats.totals;
  const households = units.reduce((a, u) => a + u.households, 0);
  compare(
    ctx,
    households,
    declared?.households,
    [...TOTALS, "households"],
    whatTotal(ctx.countUnit),
  );

  const groups: UnitFigures["groups"] = {};
  for (const g of ctx.groups) {
    const dg = declared?.groups?.[g.id];
    const base = [...TOTALS, "groups", g.id];
    checkExitsPart(ctx, g.id, dg, ctx.wholeName, base);
    if (!rawUnits.some((u) => u.groups?.[g.id])) {
      // Only the whole locality has this group's figures (or nobody has).
      const fig = groupFigures(ctx, g.id, dg, households, NOTHING_GIVEN);
      groups[g.id] = fig;
      if (dg) checkGroup(ctx, g.id, fig, declaredScope(ctx, households, base, dg));
      continue;
    }
    const exitsFrom = exitsPartOf(ctx, g.id);
    groups[g.id] = summedGroup(
      ctx,
      g,
      units,
      dg,
      households,
      givenInUnits(rawUnits, g.id, exitsFrom),
    );
  }

  const out: UnitFigures = { name: TOTAL_NAME, households, groups };
  const persons = combine(ctx, {
    values: units.map((u) => u.persons),
    given: rawUnits.some((u) => u.persons !== undefined),
    declared: declared?.persons,
    declaredPath: [...TOTALS, "persons"],
    missingPath: (i) => ["statistics", "units", i],
    what: WHAT_PERSONS,
  });
  if (persons.value !== undefined) out.persons = persons.value;
  return out;
}

function declaredOnly(ctx: StatsContext): UnitFigures {
  const declared = ctx.stats.totals;
  if (!declared) ctx.sink.error("stats.no-figures", {}, ["statistics"]);
  const households = declared?.households ?? 0;
  const groups: UnitFigures["groups"] = {};
  for (const g of ctx.groups) {
    const dg = declared?.groups?.[g.id];
    const fig = groupFigures(ctx, g.id, dg, households, NOTHING_GIVEN);
    groups[g.id] = fig;
    checkExitsPart(ctx, g.id, dg, ctx.wholeName, [...TOTALS, "groups", g.id]);
    if (dg)
      checkGroup(ctx, g.id, fig, declaredScope(ctx, households, [...TOTALS, "groups", g.id], dg));
  }
  const out: UnitFigures = { name: TOTAL_NAME, households, groups };
  if (declared?.persons !== undefined) out.persons = declared.persons;
  return out;
}

function declaredScope(
  ctx: StatsContext,
  households: number,
  base: (string | number)[],
  dg: GroupCounts,
) {
  return {
    unitName: ctx.wholeName,
    unitHouseholds: households,
    base,
    households: true,
    exits: true,
    breakdowns: Object.keys(dg.breakdowns ?? {}),
    deprivation: dg.deprivation !== undefined,
  };
}

function summedGroup(
  ctx: StatsContext,
  g: { id: string; name: string },
  units: readonly UnitFigures[],
  dg: GroupCounts | undefined,
  total: number,
  given: Given,
): GroupFigures {
  const figs = units.map((u) => u.groups[g.id] as GroupFigures);
  const base = [...TOTALS, "groups", g.id];
  // A missing figure has no node of its own: point at the unit's group, or at the unit.
  const unitPath = (i: number): SpecPath =>
    ctx.stats.units?.[i]?.groups?.[g.id]
      ? ["statistics", "units", i, "groups", g.id]
      : ["statistics", "units", i];
  const sum = (f: (x: GroupFigures) => number) => figs.reduce((a, x) => a + f(x), 0);

  const households = sum((x) => x.households);
  compare(ctx, households, dg?.households, [...base, "households"], whatGroup(g.name));
  // Exits and entries default to 0 in a unit that gives none; when no unit gives them, the
  // declared totals may (households counted per unit, expected exits only for the whole).
  const flow = (key: "exits" | "entries", what: What): { value: number; declared: boolean } => {
    const summed = sum((x) => x[key]);
    if (!given[key]) return { value: dg?.[key] ?? summed, declared: dg?.[key] !== undefined };
    compare(ctx, summed, dg?.[key], [...base, key], what);
    return { value: summed, declared: false };
  };
  const exitsOf = flow("exits", whatExits(g.name, ctx.countUnit));
  const entriesOf = flow("entries", whatEntries(g.name, ctx.countUnit));
  const exits = exitsOf.value;
  const entries = entriesOf.value;
  const end = households - exits + entries;

  const fig: GroupFigures = {
    households,
    exits,
    entries,
    end,
    rate: rate(households, total),
    exitRate: rate(exits, total),
    entryRate: rate(entries, total),
    endRate: rate(end, total),
    breakdowns: {},
    deprivation: {},
  };

  const persons = combine(ctx, {
    values: figs.map((x) => x.persons),
    given: given.persons,
    declared: dg?.persons,
    declaredPath: [...base, "persons"],
    missingPath: (i) => unitPath(i),
    what: whatGroupPersons(g.name),
  });
  if (persons.value !== undefined) fig.persons = persons.value;
  const actualEnd = combine(ctx, {
    values: figs.map((x) => x.actualEnd),
    given: given.actualEnd,
    declared: dg?.actual_end,
    declaredPath: [...base, "actual_end"],
    missingPath: (i) => unitPath(i),
    what: whatActualEnd(g.name),
  });
  if (actualEnd.value !== undefined) {
    fig.actualEnd = actualEnd.value;
    fig.actualEndRate = rate(actualEnd.value, total);
  }

  // Breakdowns and deprivation: summed when every unit gives them, else the declared ones.
  const fromDeclared = groupFigures(ctx, g.id, dg, total, NOTHING_GIVEN);
  const declaredBreakdowns: string[] = [];
  for (const def of ctx.breakdowns) {
    if (def.group !== g.id) continue;
    const bpath = [...base, "breakdowns", def.id];
    const missing = figs.findIndex((x) => !x.breakdowns[def.id]);
    if (given.breakdowns.has(def.id) && missing < 0) {
      const parts: Record<string, number> = {};
      for (const p of def.parts) {
        parts[p.id] = figs.reduce((a, x) => a + (x.breakdowns[def.id]?.[p.id] ?? 0), 0);
        compare(
          ctx,
          parts[p.id] ?? 0,
          dg?.breakdowns?.[def.id]?.[p.id],
          [...bpath, p.id],
          whatPart(g.name, def.label, p.label),
        );
      }
      fig.breakdowns[def.id] = parts;
      continue;
    }
    if (given.breakdowns.has(def.id)) {
      const have = figs.filter((x) => x.breakdowns[def.id]).length;
      incomplete(ctx, have, figs.length, unitPath(missing), whatBreakdown(g.name, def.label));
    }
    const parts = fromDeclared.breakdowns[def.id];
    if (parts) {
      fig.breakdowns[def.id] = parts;
      declaredBreakdowns.push(def.id);
    }
  }

  let deprivationDeclared = false;
  const hasDep = (x: GroupFigures) => Object.keys(x.deprivation).length > 0;
  const missingDep = figs.findIndex((x) => !hasDep(x));
  // With an unknown standard there are no indicators to sum (the standard is reported already).
  const depGiven = given.deprivation && ctx.standardKnown;
  if (depGiven && missingDep < 0) {
    for (const ind of ctx.standard.indicators) {
      const count = figs.reduce((a, x) => a + (x.deprivation[ind.id]?.count ?? 0), 0);
      compare(
        ctx,
        count,
        dg?.deprivation?.[ind.id],
        [...base, "deprivation", ind.id],
        whatIndicator(g.name, ind.name),
      );
      fig.deprivation[ind.id] = { count, share: rate(count, households) };
    }
  } else {
    if (depGiven) {
      const have = figs.filter(hasDep).length;
      incomplete(ctx, have, figs.length, unitPath(missingDep), whatDeprivation(g.name));
    }
    for (const [id, d] of Object.entries(fromDeclared.deprivation)) {
      fig.deprivation[id] = { count: d.count, share: rate(d.count, households) };
    }
    deprivationDeclared = dg?.deprivation !== undefined;
  }

  if (declaredBreakdowns.length > 0 || deprivationDeclared || exitsOf.declared) {
    checkGroup(ctx, g.id, fig, {
      unitName: ctx.wholeName,
      unitHouseholds: total,
      base,
      households: false,
      exits: exitsOf.declared,
      breakdowns: declaredBreakdowns,
      deprivation: deprivationDeclared,
    });
  }
  return fig;
}

function compare(
  ctx: StatsContext,
  sum: number,
  declared: number | undefined,
  path: SpecPath,
  what: What,
): void {
  if (declared === undefined || declared === sum) return;
  ctx.sink.disagree(
    "stats.total-mismatch",
    { ...what, declared, sum, unitLabel: ctx.unitLabel },
    path,
  );
}

function incomplete(
  ctx: StatsContext,
  have: number,
  count: number,
  path: SpecPath,
  what: What,
): void {
  ctx.sink.warning(
    "stats.incomplete-units",
    { ...what, given: have, count, unitLabel: ctx.unitLabel },
    path,
  );
}

interface CombineArgs {
  values: readonly (number | undefined)[];
  /** Some unit gives this figure explicitly. */
  given: boolean;
  declared: number | undefined;
  declaredPath: SpecPath;
  missingPath: (unitIndex: number) => SpecPath;
  what: What;
}

/** Sum of a figure over the units when all of them have it; otherwise the declared total. */
function combine(ctx: StatsContext, a: CombineArgs): { value: number | undefined } {
  if (!a.given) return { value: a.declared };
  const missing = a.values.indexOf(undefined);
  if (missing >= 0) {
    const have = a.values.filter((v) => v !== undefined).length;
    incomplete(ctx, have, a.values.length, a.missingPath(missing), a.what);
    return { value: a.declared };
  }
  const sum = a.values.reduce<number>((x, v) => x + (v ?? 0), 0);
  compare(ctx, sum, a.declared, a.declaredPath, a.what);
  return { value: sum };
}
