// Resolves the statistics' declarations (standard, groups, breakdowns, unit label) once, reporting
// unknown names and duplicates, so the arithmetic after it can trust every id it looks up.

import type { StandardRegistry } from "../data/standards.js";
import { defaultUnitLabel } from "../data/unit-labels.js";
import type { GroupDef, PlanSpec, StatisticsSpec } from "../spec/types.js";
import type { Sink } from "./emit.js";
import type { PovertyStandard, Statistics } from "./types.js";

export const DEFAULT_GROUPS: readonly GroupDef[] = [
  { id: "poor", name: "hộ nghèo" },
  { id: "near_poor", name: "hộ cận nghèo" },
];

export type BreakdownFig = Statistics["breakdowns"][number];

export interface StatsContext {
  spec: PlanSpec;
  stats: StatisticsSpec;
  sink: Sink;
  standard: PovertyStandard;
  /** False when statistics.standard names no known standard: indicator ids are then not checked. */
  standardKnown: boolean;
  groups: { id: string; name: string }[];
  groupById: ReadonlyMap<string, { id: string; name: string }>;
  breakdowns: BreakdownFig[];
  breakdownById: ReadonlyMap<string, BreakdownFig>;
  unitLabel: string;
  /** The whole locality, named in messages about the totals: "phường Quảng Minh". */
  wholeName: string;
}

const STATS: readonly string[] = ["statistics"];

export function prepare(
  spec: PlanSpec,
  stats: StatisticsSpec,
  standards: StandardRegistry,
  sink: Sink,
): StatsContext {
  const found = standards.get(stats.standard);
  if (!found) {
    sink.error(
      "stats.unknown-standard",
      { standard: stats.standard, known: [...standards.keys()].join(", ") || "-" },
      [...STATS, "standard"],
    );
  } else {
    checkStandardPeriod(spec, found, sink);
  }
  const standard: PovertyStandard = found ?? {
    id: stats.standard,
    name: stats.standard,
    title: "",
    period: { from: stats.baseline_year, to: stats.baseline_year },
    thresholds: { rural: 0, urban: 0 },
    poorMinDeprivations: 0,
    dimensions: [],
    indicators: [],
  };

  const groups = unique(
    stats.groups ?? DEFAULT_GROUPS,
    (i) => [...STATS, "groups", i, "id"],
    { kind: "nhóm hộ", kindEn: "group" },
    sink,
  ).map((g) => ({ id: g.id, name: g.name }));
  const groupById = new Map(groups.map((g) => [g.id, g]));

  const breakdowns: BreakdownFig[] = [];
  (stats.breakdowns ?? []).forEach((b, i) => {
    const at = [...STATS, "breakdowns", i];
    if (!checkReserved(b.id, [...at, "id"], sink)) return;
    if (breakdowns.some((x) => x.id === b.id)) {
      sink.error("stats.duplicate-id", { kind: "cách chia", kindEn: "breakdown", id: b.id }, [
        ...at,
        "id",
      ]);
      return;
    }
    checkGroupRef(b.group, groupById, [...at, "group"], sink);
    const parts = unique(
      b.parts,
      (j) => [...at, "parts", j, "id"],
      { kind: "phần", kindEn: "part" },
      sink,
    ).map((p) => ({ id: p.id, label: p.label }));
    breakdowns.push({
      id: b.id,
      group: b.group,
      label: b.label,
      exhaustive: b.exhaustive ?? false,
      parts,
    });
  });

  return {
    spec,
    stats,
    sink,
    standard,
    standardKnown: found !== undefined,
    groups,
    groupById,
    breakdowns,
    breakdownById: new Map(breakdowns.map((b) => [b.id, b])),
    unitLabel: stats.unit_label ?? defaultUnitLabel(spec.document.unit_kind),
    wholeName: wholeName(spec.document.unit_kind, spec.document.locality),
  };
}

/** Reports a group id that is not declared; true when it is known. */
export function checkGroupRef(
  id: string,
  groupById: ReadonlyMap<string, unknown>,
  path: readonly (string | number)[],
  sink: Sink,
): boolean {
  if (groupById.has(id)) return true;
  sink.error("stats.unknown-group", { group: id, known: [...groupById.keys()].join(", ") }, path);
  return false;
}

/**
 * Ids become keys of plain objects in the figures: a name Object.prototype already has
 * ("constructor", "__proto__" …) would read or write the prototype instead, so it is refused.
 */
export function checkReserved(id: string, path: readonly (string | number)[], sink: Sink): boolean {
  if (!(id in Object.prototype)) return true;
  sink.error("stats.reserved-id", { id }, path);
  return false;
}

function unique<T extends { id: string }>(
  items: readonly T[],
  pathOf: (i: number) => (string | number)[],
  kind: { kind: string; kindEn: string },
  sink: Sink,
): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  items.forEach((item, i) => {
    if (!checkReserved(item.id, pathOf(i), sink)) return;
    if (seen.has(item.id)) {
      sink.error("stats.duplicate-id", { ...kind, id: item.id }, pathOf(i));
      return;
    }
    seen.add(item.id);
    out.push(item);
  });
  return out;
}

function checkStandardPeriod(spec: PlanSpec, standard: PovertyStandard, sink: Sink): void {
  const p = spec.document.period;
  const from = typeof p === "number" ? p : p.from;
  const to = typeof p === "number" ? p : p.to;
  if (to >= standard.period.from && from <= standard.period.to) return;
  sink.warning(
    "stats.standard-period",
    {
      standard: standard.id,
      standardName: standard.name,
      from: standard.period.from,
      to: standard.period.to,
      planPeriod: from === to ? String(from) : `${from}-${to}`,
    },
    [...STATS, "standard"],
  );
}

/** "phường Quảng Minh"; an issuer governing no unit of its own (a Sở) names the locality alone. */
export function wholeName(kind: string | undefined, locality: string): string {
  return kind ? `${kind} ${locality}` : locality;
}
