// Targets: every figure a target sentence prints is derived here from the statistics, and what the
// official declared is checked against it (a declared rate, or households and points together).

import type { SpecPath } from "../diagnostics/types.js";
import type { RateToTarget, ReduceShareTarget, ReduceTarget, TargetSpec } from "../spec/types.js";
import { checkReserved } from "./context.js";
import { mulDivRoundHalfUp, percentToBp } from "./decimal.js";
import type { Sink } from "./emit.js";
import { declaredParams, percentParams } from "./params.js";
import { rate } from "./rate.js";
import type { GroupFigures, TargetFigures, UnitFigures } from "./types.js";

export interface TargetScope {
  sink: Sink;
  /** The totals row, or undefined when the plan has no statistics. */
  total: UnitFigures | undefined;
  groupById: ReadonlyMap<string, { id: string; name: string }>;
  /** Group ids whose exits or entries the statistics give anywhere. */
  flowGroups: ReadonlySet<string>;
  /** Group ids whose households the statistics give anywhere. */
  countedGroups: ReadonlySet<string>;
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
    out[t.id] = targetFigures(t, path, scope);
  });
  return out;
}

function targetFigures(t: TargetSpec, path: SpecPath, scope: TargetScope): TargetFigures {
  switch (t.type) {
    case "coverage":
      return { id: t.id, type: "coverage", percent: t.percent };
    case "text":
      return { id: t.id, type: "text" };
    default: {
      const known = scope.groupById.has(t.group);
      if (!known) {
        scope.sink.error(
          "stats.unknown-group",
          { group: t.group, known: [...scope.groupById.keys()].join(", ") },
          [...path, "group"],
        );
      } else if (!scope.total) {
        scope.sink.error("stats.target-needs-statistics", { target: t.id }, path);
      }
      const total = known ? scope.total : undefined;
      const counted = scope.countedGroups.has(t.group);
      // A group without counts has 0 households only by default: no figure can rest on it.
      const needsGroup =
        t.type !== "reduce" || (t.households === undefined && t.points === undefined);
      if (total && !counted && needsGroup) {
        scope.sink.error(
          "stats.target-group-not-counted",
          { target: t.id, group: scope.groupById.get(t.group)?.name ?? t.group },
          path,
        );
      }
      const g = counted ? total?.groups[t.group] : undefined;
      const cx: Cx = {
        scope,
        path,
        groupName: scope.groupById.get(t.group)?.name ?? t.group,
        totalHouseholds: total?.households ?? 0,
        hasTotal: total !== undefined,
        g,
      };
      if (t.type === "rate_to") return rateTo(t, cx);
      if (t.type === "reduce") return reduce(t, cx);
      return reduceShare(t, cx);
    }
  }
}

interface Cx {
  scope: TargetScope;
  path: SpecPath;
  groupName: string;
  totalHouseholds: number;
  /** Statistics exist and the group is known: the total households can be relied on. */
  hasTotal: boolean;
  /** The group's totals, when the statistics count the group; nothing is checked against it otherwise. */
  g: GroupFigures | undefined;
}

function rateTo(t: RateToTarget, cx: Cx): TargetFigures {
  const r = rate(cx.g?.end ?? 0, cx.totalHouseholds);
  const out: TargetFigures = { id: t.id, type: "rate_to", group: t.group, rate: r };
  if (cx.g && !cx.scope.flowGroups.has(t.group)) {
    cx.scope.sink.warning("stats.target-no-flows", { target: t.id, group: cx.groupName }, cx.path);
  }
  if (t.rate === undefined) return out;
  const declaredBp = percentToBp(t.rate);
  if (declaredBp !== null) out.declaredBp = declaredBp;
  if (cx.g && declaredBp !== r.bp) {
    cx.scope.sink.warning(
      "stats.target-rate-mismatch",
      {
        target: t.id,
        group: cx.groupName,
        end: r.num,
        total: r.den,
        ...declaredParams("declared", t.rate),
        ...percentParams("right", r.bp),
      },
      [...cx.path, "rate"],
    );
  }
  return out;
}

function reduce(t: ReduceTarget, cx: Cx): TargetFigures {
  const { sink } = cx.scope;
  const total = cx.totalHouseholds;
  const g = cx.g;
  let households: number;
  if (t.households !== undefined) {
    households = t.households;
  } else if (t.points !== undefined) {
    households = mulDivRoundHalfUp(t.points, total, 100) ?? 0;
  } else {
    households = g ? g.households - g.end : 0;
    if (g && !cx.scope.flowGroups.has(t.group)) {
      sink.warning("stats.target-no-flows", { target: t.id, group: cx.groupName }, cx.path);
    }
  }
  const points = rate(households, total);
  const out: TargetFigures = { id: t.id, type: "reduce", group: t.group, households, points };
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
          ...declared,
          ...right,
        },
        [...cx.path, "points"],
      );
    } else {
      sink.warning(
        "stats.target-points-rounded",
        { target: t.id, households, total, ...declared, ...right },
        [...cx.path, "points"],
      );
    }
  }
  if (!g) return out;
  if (households > g.households) {
    sink.warning(
      "stats.target-exceeds-group",
      { target: t.id, households, group: cx.groupName, groupHouseholds: g.households },
      [...cx.path, t.households !== undefined ? "households" : "points"],
    );
  } else if (
    (t.households !== undefined || t.points !== undefined) &&
    cx.scope.flowGroups.has(t.group) &&
    households !== g.households - g.end
  ) {
    sink.warning(
      "stats.target-contradicts",
      {
        target: t.id,
        households,
        group: cx.groupName,
        expected: g.households - g.end,
        exits: g.exits,
        entries: g.entries,
      },
      [...cx.path, t.households !== undefined ? "households" : "points"],
    );
  }
  return out;
}

function reduceShare(t: ReduceShareTarget, cx: Cx): TargetFigures {
  const base = cx.g?.households ?? 0;
  const households = mulDivRoundHalfUp(t.percent, base, 100) ?? 0;
  return { id: t.id, type: "reduce_share", group: t.group, percent: t.percent, households };
}
