// Targets: every figure a target sentence prints is derived here from the statistics, and what the
// official declared is checked against it (a declared rate or count, or households and points
// together). A target that names a subject instead of a group, or a year before the end of a
// multi-year period, cannot rest on the period's statistics: its figure is printed as declared.

import type { SpecPath } from "../diagnostics/types.js";
import type {
  CountToTarget,
  IncreaseTarget,
  RateToTarget,
  ReduceShareTarget,
  ReduceTarget,
  TargetSpec,
} from "../spec/types.js";
import { checkReserved } from "./context.js";
import { mulDivRoundHalfUp, percentToBp } from "./decimal.js";
import type { Sink } from "./emit.js";
import { declaredParams, percentParams } from "./params.js";
import { rate } from "./rate.js";
import type { Direction, GroupFigures, TargetFigures, UnitFigures } from "./types.js";

export interface TargetScope {
  sink: Sink;
  /** The totals row, or undefined when the plan has no statistics. */
  total: UnitFigures | undefined;
  groupById: ReadonlyMap<string, { id: string; name: string }>;
  /** Group ids whose exits or entries the statistics give anywhere. */
  flowGroups: ReadonlySet<string>;
  /** Group ids whose households the statistics give anywhere. */
  countedGroups: ReadonlySet<string>;
  /** Unit of count of the statistics: "hộ" by default. */
  countUnit: string;
  /** The plan's period, for targets of one year. */
  period: { from: number; to: number };
}

export function computeTargets(
  targets: readonly TargetSpec[],
  scope: TargetScope,
): Record<string, TargetFigures> {
  const out: Record<string, TargetFigures> = {};
  targets.forEach((t, i) => {
    const path: SpecPath = ["targets", i];
    if (!checkReserved(t.id, [...path, "id"], scope.sink)) return;
    if (Object.hasOwn(out, t.id)) {
      scope.sink.error("stats.duplicate-id", { kind: "chỉ tiêu", kindEn: "target", id: t.id }, [
        ...path,
        "id",
      ]);
      return;
    }
    const fig = targetFigures(t, path, scope);
    if (t.year !== undefined) fig.year = t.year;
    out[t.id] = fig;
  });
  return out;
}

/** The figure the target declares itself, when it has one. */
function declaredFigure(t: TargetSpec): number | undefined {
  switch (t.type) {
    case "rate_to":
      return t.rate;
    case "count_to":
      return t.count;
    case "reduce":
    case "increase":
      return t.households ?? t.points;
    default:
      return undefined;
  }
}

function targetFigures(t: TargetSpec, path: SpecPath, scope: TargetScope): TargetFigures {
  const { sink, period } = scope;
  const planPeriod =
    period.from === period.to ? String(period.from) : `${period.from}-${period.to}`;
  if (t.year !== undefined && (t.year < period.from || t.year > period.to)) {
    sink.error("stats.target-year-outside", { target: t.id, year: t.year, planPeriod }, [
      ...path,
      "year",
    ]);
  }
  // A year before the period's end: the statistics give the period's end, not that year's figure.
  const early = t.year !== undefined && t.year < period.to;
  if (
    early &&
    (t.type === "rate_to" ||
      t.type === "count_to" ||
      t.type === "reduce" ||
      t.type === "increase") &&
    declaredFigure(t) === undefined
  ) {
    sink.error(
      "stats.target-year-needs-figure",
      { target: t.id, year: t.year ?? period.to, field: figureField(t.type), planPeriod },
      path,
    );
  }
  switch (t.type) {
    case "coverage":
      return { id: t.id, type: "coverage", percent: t.percent };
    case "text":
      return { id: t.id, type: "text" };
    default: {
      if ((t.type === "rate_to" || t.type === "count_to") && t.group === undefined) {
        return subjectTarget(t, path, scope);
      }
      if ((t.type === "rate_to" || t.type === "count_to") && t.subject !== undefined) {
        sink.warning("stats.target-subject-ignored", { target: t.id, group: t.group ?? "" }, [
          ...path,
          "subject",
        ]);
      }
      const groupId = t.group ?? "";
      const known = scope.groupById.has(groupId);
      if (!known) {
        sink.error(
          "stats.unknown-group",
          { group: groupId, known: [...scope.groupById.keys()].join(", ") || "-" },
          [...path, "group"],
        );
      } else if (!scope.total) {
        sink.error("stats.target-needs-statistics", { target: t.id }, path);
      }
      const total = known ? scope.total : undefined;
      const counted = scope.countedGroups.has(groupId);
      const declared = declaredFigure(t) !== undefined;
      // A group without counts has 0 households only by default: no figure can rest on it.
      const needsGroup = t.type === "reduce" || t.type === "increase" || early ? !declared : true;
      if (total && !counted && needsGroup) {
        sink.error(
          "stats.target-group-not-counted",
          {
            target: t.id,
            group: scope.groupById.get(groupId)?.name ?? groupId,
            countUnit: scope.countUnit,
          },
          path,
        );
      }
      const g = counted ? total?.groups[groupId] : undefined;
      const cx: Cx = {
        scope,
        path,
        groupId,
        groupName: scope.groupById.get(groupId)?.name ?? groupId,
        totalHouseholds: total?.households ?? 0,
        hasTotal: total !== undefined,
        g,
        early,
      };
      if (t.type === "rate_to") return rateTo(t, cx);
      if (t.type === "count_to") return countTo(t, cx);
      if (t.type === "reduce" || t.type === "increase") return change(t, cx);
      return reduceShare(t, cx);
    }
  }
}

function figureField(type: string): string {
  if (type === "rate_to") return "rate";
  if (type === "count_to") return "count";
  return "households";
}

interface Cx {
  scope: TargetScope;
  path: SpecPath;
  groupId: string;
  groupName: string;
  totalHouseholds: number;
  /** Statistics exist and the group is known: the total households can be relied on. */
  hasTotal: boolean;
  /** The group's totals, when the statistics count the group; nothing is checked against it otherwise. */
  g: GroupFigures | undefined;
  /** The target's year comes before the period's end: its figure is the declared one. */
  early: boolean;
}

/** A rate or count target about a subject the statistics do not count: its figure as declared. */
function subjectTarget(
  t: RateToTarget | CountToTarget,
  path: SpecPath,
  scope: TargetScope,
): TargetFigures {
  const field = t.type === "rate_to" ? "rate" : "count";
  const figure = t.type === "rate_to" ? t.rate : t.count;
  if (t.subject === undefined || figure === undefined) {
    scope.sink.error("stats.target-needs-subject", { target: t.id, field }, path);
  }
  if (t.type === "rate_to") {
    const bp = t.rate !== undefined ? percentToBp(t.rate) : null;
    const out: TargetFigures = {
      id: t.id,
      type: "rate_to",
      direction: t.direction ?? "down",
      rate: { num: 0, den: 0, bp },
      asDeclared: true,
    };
    if (bp !== null) out.declaredBp = bp;
    return out;
  }
  const out: TargetFigures = {
    id: t.id,
    type: "count_to",
    direction: t.direction ?? "reach",
    count: t.count ?? 0,
    unit: t.unit ?? scope.countUnit,
  };
  if (t.count !== undefined) out.declared = t.count;
  return out;
}

/** A "down" target whose statistics rise, or an "up" one whose statistics fall. */
function checkDirection(id: string, direction: Direction, cx: Cx): void {
  const g = cx.g;
  if (!g || cx.early || !cx.scope.flowGroups.has(cx.groupId)) return;
  if (
    (direction === "down" && g.end > g.households) ||
    (direction === "up" && g.end < g.households)
  ) {
    cx.scope.sink.warning(
      "stats.target-direction",
      {
        target: id,
        group: cx.groupName,
        start: g.households,
        end: g.end,
        countUnit: cx.scope.countUnit,
        direction,
        phrase: direction === "up" ? "tăng lên" : "giảm còn",
      },
      [...cx.path, "direction"],
    );
  }
}

function rateTo(t: RateToTarget, cx: Cx): TargetFigures {
  const direction = t.direction ?? "down";
  const declaredBp = t.rate !== undefined ? percentToBp(t.rate) : null;
  if (cx.early) {
    const out: TargetFigures = {
      id: t.id,
      type: "rate_to",
      group: cx.groupId,
      direction,
      rate: { num: 0, den: 0, bp: declaredBp },
      asDeclared: true,
    };
    if (declaredBp !== null) out.declaredBp = declaredBp;
    return out;
  }
  const r = rate(cx.g?.end ?? 0, cx.totalHouseholds);
  const out: TargetFigures = { id: t.id, type: "rate_to", group: cx.groupId, direction, rate: r };
  if (cx.g && !cx.scope.flowGroups.has(cx.groupId)) {
    cx.scope.sink.warning("stats.target-no-flows", { target: t.id, group: cx.groupName }, cx.path);
  }
  checkDirection(t.id, direction, cx);
  if (t.rate === undefined) return out;
  if (declaredBp !== null) out.declaredBp = declaredBp;
  if (cx.g && declaredBp !== r.bp) {
    cx.scope.sink.warning(
      "stats.target-rate-mismatch",
      {
        target: t.id,
        group: cx.groupName,
        end: r.num,
        total: r.den,
        countUnit: cx.scope.countUnit,
        ...declaredParams("declared", t.rate),
        ...percentParams("right", r.bp),
      },
      [...cx.path, "rate"],
    );
  }
  return out;
}

function countTo(t: CountToTarget, cx: Cx): TargetFigures {
  const direction = t.direction ?? "reach";
  const unit = t.unit ?? cx.scope.countUnit;
  const base = { id: t.id, type: "count_to" as const, group: cx.groupId, direction, unit };
  if (cx.early) {
    const out: TargetFigures = { ...base, count: t.count ?? 0 };
    if (t.count !== undefined) out.declared = t.count;
    return out;
  }
  const end = cx.g?.end ?? 0;
  const out: TargetFigures = { ...base, count: end };
  if (cx.g && !cx.scope.flowGroups.has(cx.groupId)) {
    cx.scope.sink.warning("stats.target-no-flows", { target: t.id, group: cx.groupName }, cx.path);
  }
  checkDirection(t.id, direction, cx);
  if (t.count === undefined) return out;
  out.declared = t.count;
  if (cx.g && t.count !== end) {
    cx.scope.sink.warning(
      "stats.target-count-mismatch",
      {
        target: t.id,
        group: cx.groupName,
        declared: t.count,
        computed: end,
        start: cx.g.households,
        exits: cx.g.exits,
        entries: cx.g.entries,
        countUnit: cx.scope.countUnit,
      },
      [...cx.path, "count"],
    );
  }
  return out;
}

/** reduce ("giảm 1,11%, tương ứng 16 hộ") and its mirror increase ("tăng …"). */
function change(t: ReduceTarget | IncreaseTarget, cx: Cx): TargetFigures {
  const { sink } = cx.scope;
  const total = cx.totalHouseholds;
  const g = cx.g;
  const up = t.type === "increase";
  /** What the statistics say the group changes by, in the target's direction. */
  const expected = g ? (up ? g.end - g.households : g.households - g.end) : 0;
  let households: number;
  if (t.households !== undefined) {
    households = t.households;
  } else if (t.points !== undefined) {
    households = mulDivRoundHalfUp(t.points, total, 100) ?? 0;
  } else {
    households = Math.max(0, expected);
    if (g && !cx.scope.flowGroups.has(cx.groupId)) {
      sink.warning("stats.target-no-flows", { target: t.id, group: cx.groupName }, cx.path);
    } else if (g && expected < 0) {
      checkDirection(t.id, up ? "up" : "down", cx);
    }
  }
  const points = rate(households, total);
  const out: TargetFigures = { id: t.id, type: t.type, group: cx.groupId, households, points };
  if (cx.hasTotal && t.points !== undefined && percentToBp(t.points) !== points.bp) {
    const declared = declaredParams("declared", t.points);
    const right = percentParams("right", points.bp);
    if (t.households !== undefined) {
      sink.warning(
        "stats.target-points-mismatch",
        {
          target: t.id,
          households,
          total,
          alt: mulDivRoundHalfUp(t.points, total, 100) ?? 0,
          countUnit: cx.scope.countUnit,
          ...declared,
          ...right,
        },
        [...cx.path, "points"],
      );
    } else {
      sink.warning(
        "stats.target-points-rounded",
        { target: t.id, households, total, countUnit: cx.scope.countUnit, ...declared, ...right },
        [...cx.path, "points"],
      );
    }
  }
  if (!g || cx.early) return out;
  const at = [...cx.path, t.households !== undefined ? "households" : "points"];
  if (!up && households > g.households) {
    sink.warning(
      "stats.target-exceeds-group",
      {
        target: t.id,
        households,
        group: cx.groupName,
        groupHouseholds: g.households,
        countUnit: cx.scope.countUnit,
      },
      at,
    );
  } else if (
    (t.households !== undefined || t.points !== undefined) &&
    cx.scope.flowGroups.has(cx.groupId) &&
    households !== expected
  ) {
    sink.warning(
      up ? "stats.target-increase-contradicts" : "stats.target-contradicts",
      {
        target: t.id,
        households,
        group: cx.groupName,
        expected,
        exits: g.exits,
        entries: g.entries,
        countUnit: cx.scope.countUnit,
      },
      at,
    );
  }
  return out;
}

function reduceShare(t: ReduceShareTarget, cx: Cx): TargetFigures {
  const base = cx.g?.households ?? 0;
  const households = mulDivRoundHalfUp(t.percent, base, 100) ?? 0;
  return { id: t.id, type: "reduce_share", group: cx.groupId, percent: t.percent, households };
}
