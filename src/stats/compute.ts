// src/stats: every figure of a plan, computed exactly, and the checks that the figures agree.
// Pure: no I/O, never throws on a validated spec; problems come back as diagnostics.

import type { StandardRegistry } from "../data/standards.js";
import type { Diagnostic } from "../diagnostics/types.js";
import type { GroupCounts, PlanSpec, StatisticsSpec } from "../spec/types.js";
import { computeBudget } from "./budget.js";
import { DEFAULT_GROUPS, prepare, type StatsContext } from "./context.js";
import { Sink } from "./emit.js";
import { addGroupRates, exitsPartOf, type Given, givenInUnits, unitFigures } from "./figures.js";
import { rate } from "./rate.js";
import { checkBlockRefs } from "./refs-blocks.js";
import { checkStatisticsRefs } from "./refs-stats.js";
import { computeTargets } from "./targets.js";
import { checkTasks, computeTaskCosts } from "./tasks.js";
import { totalFigures } from "./totals.js";
import type { Computed, GroupFigures, GroupSum, Statistics, UnitFigures } from "./types.js";

export { rate } from "./rate.js";
export { TOTAL_NAME } from "./totals.js";

export interface StatsOptions {
  /** Figures that disagree are errors (--strict); the plan's statistics.strict says the same. */
  strict?: boolean;
}

export function computeStats(
  spec: PlanSpec,
  standards: StandardRegistry,
  opts: StatsOptions = {},
): { computed: Computed; diagnostics: Diagnostic[] } {
  const sink = new Sink(opts.strict === true || spec.statistics?.strict === true);
  let ctx: StatsContext | undefined;
  let statistics: Statistics | undefined;
  if (spec.statistics) {
    ctx = prepare(spec, spec.statistics, standards, sink);
    statistics = computeStatistics(ctx);
  }
  const groupById = ctx?.groupById ?? new Map(DEFAULT_GROUPS.map((g) => [g.id, g]));

  const targets = computeTargets(spec.targets ?? [], {
    sink,
    total: statistics?.total,
    groupById,
    flowGroups: groupsGiving(spec.statistics, (g, id) => {
      // exits written as the breakdown part that stands for them count as given
      const part = ctx ? exitsPartOf(ctx, id) : undefined;
      const viaPart = part ? g.breakdowns?.[part.breakdown]?.[part.part] !== undefined : false;
      return g.exits !== undefined || g.entries !== undefined || viaPart;
    }),
    countedGroups: groupsGiving(spec.statistics, () => true),
    countUnit: statistics?.countUnit ?? "hộ",
    period: periodOf(spec),
  });
  const taskScope = checkTasks(spec, sink);
  checkBlockRefs(spec, {
    sink,
    tasks: taskScope,
    hasTasks: (spec.tasks ?? []).length > 0,
    targetIds: new Set(Object.keys(targets)),
    groupById,
    breakdownIds: new Set(ctx?.breakdowns.map((b) => b.id) ?? []),
    breakdownParts: new Map(ctx?.breakdowns.map((b) => [b.id, b.parts.map((p) => p.id)]) ?? []),
    hasStatistics: statistics !== undefined,
    hasStandard: ctx?.hasStandard ?? false,
  });

  const computed: Computed = { targets };
  if (statistics) computed.statistics = statistics;
  if (spec.budget) computed.budget = computeBudget(spec.budget, sink);
  if (spec.tasks && spec.tasks.length > 0) computed.tasks = computeTaskCosts(spec, sink);
  return { computed, diagnostics: sink.list };
}

function computeStatistics(ctx: StatsContext): Statistics {
  checkStatisticsRefs(ctx);
  const rawUnits = ctx.stats.units ?? [];
  const given = new Map<string, Given>(
    ctx.groups.map((g) => [g.id, givenInUnits(rawUnits, g.id, exitsPartOf(ctx, g.id))]),
  );
  const units = rawUnits.map((u, i) => unitFigures(ctx, u, i, given));
  const out: Statistics = {
    baselineYear: ctx.stats.baseline_year,
    eras: ctx.eras,
    countUnit: ctx.countUnit,
    groups: ctx.groups,
    breakdowns: ctx.breakdowns,
    unitLabel: ctx.unitLabel,
    units,
    total: totalFigures(ctx, units),
    disagreements: ctx.sink.disagreements,
    sums: {},
  };
  for (const u of [...units, out.total]) addGroupRates(u);
  out.sums = groupSums(
    out.total,
    ctx.groups.map((g) => g.id),
  );
  if (ctx.hasStandard) out.standard = ctx.standard;
  return out;
}

/** Every group's totals added up ("all"), and each pair's ("poor+near_poor"). */
function groupSums(total: UnitFigures, ids: readonly string[]): Record<string, GroupSum> {
  const sum = (of: readonly string[]): GroupSum => {
    const figs = of.flatMap((id) => (total.groups[id] ? [total.groups[id]] : []));
    const add = (f: (g: GroupFigures) => number) => figs.reduce((a, g) => a + f(g), 0);
    const households = add((g) => g.households);
    const end = add((g) => g.end);
    return {
      groups: [...of],
      households,
      exits: add((g) => g.exits),
      entries: add((g) => g.entries),
      end,
      rate: rate(households, total.households),
      endRate: rate(end, total.households),
    };
  };
  const out: Record<string, GroupSum> = { all: sum(ids) };
  ids.forEach((a, i) => {
    for (const b of ids.slice(i + 1)) out[`${a}+${b}`] = sum([a, b]);
  });
  return out;
}

function periodOf(spec: PlanSpec): { from: number; to: number } {
  const p = spec.document.period;
  return typeof p === "number" ? { from: p, to: p } : p;
}

/** Groups for which some unit, or the totals, give counts that satisfy `has`. */
function groupsGiving(
  stats: StatisticsSpec | undefined,
  has: (g: GroupCounts, id: string) => boolean,
): Set<string> {
  const out = new Set<string>();
  for (const u of [...(stats?.units ?? []), ...(stats?.totals ? [stats.totals] : [])]) {
    for (const [id, g] of Object.entries(u.groups ?? {})) {
      if (has(g, id)) out.add(id);
    }
  }
  return out;
}
