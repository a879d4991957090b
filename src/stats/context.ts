// Resolves the statistics' declarations (standard, groups, breakdowns, unit label) once, reporting
// unknown names and duplicates, so the arithmetic after it can trust every id it looks up.

import type { StandardRegistry } from "../data/standards.js";
import { defaultUnitLabel } from "../data/unit-labels.js";
import type { GroupDef, PlanSpec, StatisticsSpec } from "../spec/types.js";
import type { Sink } from "./emit.js";
import type { PovertyStandard, StandardEra, Statistics } from "./types.js";

/** The groups of a poverty plan (a plan with a standard) that declares none. */
export const DEFAULT_GROUPS: readonly GroupDef[] = [
  { id: "poor", name: "hộ nghèo" },
  { id: "near_poor", name: "hộ cận nghèo" },
];

export type BreakdownFig = Statistics["breakdowns"][number];

export interface StatsContext {
  spec: PlanSpec;
  stats: StatisticsSpec;
  sink: Sink;
  /** The declared standard; without one (or an unknown one) a standard with no indicators. */
  standard: PovertyStandard;
  /** False when statistics.standard names no known standard: indicator ids are then not checked. */
  standardKnown: boolean;
  /** Whether statistics.standard is given at all: the figures are about poverty. */
  hasStandard: boolean;
  /** The standards applying to the years of the period (empty without a standard). */
  eras: StandardEra[];
  /** "hộ" unless statistics.count_unit says otherwise. */
  countUnit: string;
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
  const found = stats.standard !== undefined ? standards.get(stats.standard) : undefined;
  let eras: StandardEra[] = [];
  if (stats.standard !== undefined && !found) {
    sink.error(
      "stats.unknown-standard",
      { standard: stats.standard, known: [...standards.keys()].join(", ") || "-" },
      [...STATS, "standard"],
    );
  } else if (found) {
    checkStandardPeriod(spec, found, sink);
    eras = standardEras(spec, found, standards);
    if (eras.length > 1) reportEras(spec, eras, sink);
  }
  const standard: PovertyStandard = found ?? {
    id: stats.standard ?? "",
    name: stats.standard ?? "",
    title: "",
    period: { from: stats.baseline_year, to: stats.baseline_year },
    thresholds: { rural: 0, urban: 0 },
    poorMinDeprivations: 0,
    dimensions: [],
    indicators: [],
  };

  if (stats.standard === undefined && stats.groups === undefined) {
    sink.error("stats.groups-required", {}, [...STATS]);
  }
  const groups = unique(
    stats.groups ?? (stats.standard !== undefined ? DEFAULT_GROUPS : []),
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
    const fig: BreakdownFig = {
      id: b.id,
      group: b.group,
      label: b.label,
      exhaustive: b.exhaustive ?? false,
      parts,
    };
    if (b.exits !== undefined) {
      if (parts.some((p) => p.id === b.exits)) fig.exits = b.exits;
      else
        sink.error(
          "stats.unknown-part",
          { breakdown: b.id, part: b.exits, known: parts.map((p) => p.id).join(", ") },
          [...at, "exits"],
        );
    }
    breakdowns.push(fig);
  });

  return {
    spec,
    stats,
    sink,
    standard,
    standardKnown: found !== undefined,
    hasStandard: stats.standard !== undefined,
    eras,
    countUnit: stats.count_unit ?? "hộ",
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

function periodYears(spec: PlanSpec): { from: number; to: number } {
  const p = spec.document.period;
  return typeof p === "number" ? { from: p, to: p } : p;
}

/**
 * For each year of the plan's period, the standard in force: the declared one where its period covers
 * the year, else the one of data/standards whose period does (the first by name); consecutive years
 * under one standard make one era. Years no standard covers are left out.
 */
export function standardEras(
  spec: PlanSpec,
  declared: PovertyStandard,
  standards: StandardRegistry,
): StandardEra[] {
  const { from, to } = periodYears(spec);
  const covers = (s: PovertyStandard, y: number) => s.period.from <= y && y <= s.period.to;
  // by code unit: the same order on every machine, and no collator to create (~10 ms, ICU's first
  // locale-aware comparison in a process)
  const others = [...standards.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const eras: StandardEra[] = [];
  for (let y = from; y <= to; y++) {
    const s = covers(declared, y) ? declared : others.find((x) => covers(x, y));
    if (!s) continue;
    const last = eras[eras.length - 1];
    if (last && last.standard.id === s.id && last.to === y - 1) last.to = y;
    else eras.push({ standard: s, from: y, to: y });
  }
  return eras;
}

function reportEras(spec: PlanSpec, eras: readonly StandardEra[], sink: Sink): void {
  const { from, to } = periodYears(spec);
  const years = (e: StandardEra) => (e.from === e.to ? String(e.from) : `${e.from}-${e.to}`);
  sink.add(
    "info",
    "stats.standards-change",
    {
      planPeriod: `${from}-${to}`,
      eras: eras.map((e) => `${years(e)}: ${e.standard.name}`).join("; "),
    },
    [...STATS, "standard"],
  );
}

/** "phường Quảng Minh"; an issuer governing no unit of its own (a Sở) names the locality alone. */
export function wholeName(kind: string | undefined, locality: string): string {
  return kind ? `${kind} ${locality}` : locality;
}
