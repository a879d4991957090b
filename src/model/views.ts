// The objects templates see: every figure already a formatted string (src/format), every optional
// value present as null so that strict templates can test it with {{#if}}. Templates choose words;
// these views choose nothing.

import type { SpecPath } from "../diagnostics/types.js";
import {
  capitalizeFirst,
  formatCount,
  formatDecimal,
  formatHundredths,
  formatPeriod,
  formatShortDate,
  parseSpecDate,
  upperVi,
} from "../format/index.js";
import { oneLine } from "../layout/header-lines.js";
import type { DocRef } from "../spec/types.js";
import type { GroupFigures, Rate, Statistics } from "../stats/types.js";
import { type Ctx, label, report } from "./context.js";
import { markText } from "./marks.js";

export interface BaseView {
  /** "phường"; the locality's name when the issuer governs no unit of its own (a Sở). */
  unitKind: string;
  locality: string;
  issuingBody: string;
  issuingBodyShort: string;
  summary: string;
  /** The last year of the plan's period: "2024". */
  year: string;
  /** "2024" or "2022-2025". */
  period: string;
  periodIsRange: boolean;
  /** The years of the period: from "2022", to "2025", all ["2022", …, "2025"]. */
  years: { from: string; to: string; all: string[] };
  /** "2023", or null without statistics. */
  baselineYear: string | null;
  standard: { name: string; title: string; period: string } | null;
  /** Unit of count of the statistics: "hộ" (also without statistics), "người", "hồ sơ" … */
  countUnit: string;
  /** The statistics count households (count unit "hộ"): the household wording applies. */
  countsHouseholds: boolean;
  unitLabel: string | null;
  UnitLabel: string | null;
  totalHouseholds: string | null;
  totalPersons: string | null;
}

export interface IndicatorView {
  id: string;
  /** "việc làm" */
  name: string;
  /** "Việc làm" */
  Name: string;
  dimension: string;
  /** "03" */
  count: string;
  /** "17,65" (percent of the group's households) */
  share: string;
}

export interface GroupView {
  id: string;
  /** "hộ nghèo" */
  name: string;
  /** "Hộ nghèo" */
  Name: string;
  /** "HỘ NGHÈO" */
  upper: string;
  isPoor: boolean;
  isNearPoor: boolean;
  households: string;
  persons: string | null;
  /** Rates are percentages of all households without the "%": "0,57". */
  rate: string;
  exits: string;
  exitRate: string;
  entries: string;
  entryRate: string;
  end: string;
  endRate: string;
  actualEnd: string | null;
  actualEndRate: string | null;
  /** One per indicator of the standard, in its order; empty when no deprivation was recorded. */
  indicators: IndicatorView[];
  /** Exits, entries and end against the group's own households at the start: "23,53". */
  exitShare: string;
  entryShare: string;
  endShare: string;
  /** The group's breakdowns by id, with their parts' counts and rates. */
  breakdowns: Record<string, BreakdownView>;
}

/** One part of a breakdown: its households and their rates. */
export interface PartView {
  id: string;
  /** "Hộ nghèo có khả năng thoát nghèo" */
  label: string;
  /** "04" */
  count: string;
  /** Against the unit's (the locality's) households: "0,13". */
  rate: string;
  /** Against the group's households: "23,53". */
  groupRate: string;
}

export interface BreakdownView {
  id: string;
  /** "theo khả năng thoát nghèo" */
  label: string;
  group: string;
  /** The parts in order: [{ label: "Hộ nghèo có khả năng thoát nghèo", count: "04", … }]. */
  parts: PartView[];
  /** The same parts by id: {{breakdown.part.co_kha_nang.count}}. */
  part: Record<string, PartView>;
}

/** Several groups added up: {{sums.[poor+near_poor].households}}, {{sums.all.end}}. */
export interface SumView {
  households: string;
  exits: string;
  entries: string;
  end: string;
  rate: string;
  endRate: string;
}

export interface BudgetView {
  /** "383" */
  total: string;
  /** "triệu đồng" */
  unit: string;
  sources: { name: string; amount: string }[];
  /** More than one source: the total is followed by its parts ("gồm: …"). */
  several: boolean;
  /** The plan's note, inline markup, or null. */
  note: string | null;
}

export function rate(r: Rate | undefined): string {
  return formatHundredths(r?.bp ?? null);
}

export function count(ctx: Ctx, n: number | undefined): string {
  if (n === undefined) return "-";
  // src/stats only gives whole counts; a fraction here is its bug, shown rather than thrown
  return Number.isInteger(n) ? formatCount(n, ctx.count) : formatDecimal(n);
}

/** Money and other declared amounts: grouped, never padded, decimals kept as written. */
export function amount(n: number): string {
  return Number.isInteger(n) ? formatCount(n) : formatDecimal(n);
}

export function baseView(ctx: Ctx): BaseView {
  const doc = ctx.spec.document;
  const stats = ctx.computed.statistics;
  const period = doc.period;
  return {
    // An issuer governing no unit (a Sở, a steering committee) has no kind: "trên địa bàn
    // {{unitKind}}" then names the locality ("trên địa bàn Bắc Ninh").
    unitKind: doc.unit_kind ?? doc.locality,
    locality: doc.locality,
    issuingBody: oneLine(doc.issuing_body),
    issuingBodyShort: shortBody(ctx),
    summary: doc.summary,
    year: formatPeriod(typeof period === "number" ? period : period.to),
    period: formatPeriod(period),
    periodIsRange: typeof period !== "number" && period.from !== period.to,
    years: yearsOf(period),
    baselineYear: stats ? formatPeriod(stats.baselineYear) : null,
    countUnit: stats?.countUnit ?? "hộ",
    countsHouseholds: (stats?.countUnit ?? "hộ") === "hộ",
    standard: stats?.standard
      ? {
          name: stats.standard.name,
          title: stats.standard.title,
          period: formatPeriod(stats.standard.period),
        }
      : null,
    unitLabel: stats ? stats.unitLabel : null,
    UnitLabel: stats ? capitalizeFirst(stats.unitLabel) : null,
    totalHouseholds: stats ? count(ctx, stats.total.households) : null,
    totalPersons:
      stats && stats.total.persons !== undefined ? count(ctx, stats.total.persons) : null,
  };
}

function yearsOf(period: number | { from: number; to: number }): BaseView["years"] {
  const { from, to } = typeof period === "number" ? { from: period, to: period } : period;
  const all: string[] = [];
  for (let y = from; y <= to; y++) all.push(String(y));
  return { from: String(from), to: String(to), all };
}

/**
 * Which poverty standard applies to which years of the period, from data/standards: "Trong giai đoạn
 * 2026-2030, năm 2026 áp dụng … theo Nghị định số 07/2021/NĐ-CP; từ năm 2027 đến năm 2030 áp dụng …".
 * Null without a standard.
 */
export function standardsSentence(ctx: Ctx): string | null {
  const stats = ctx.computed.statistics;
  if (!stats?.standard || stats.eras.length === 0) return null;
  const eras = stats.eras
    .map((e) =>
      label(ctx, "standardEra", {
        single: e.from === e.to,
        from: String(e.from),
        to: String(e.to),
        years: e.from === e.to ? String(e.from) : `${e.from}-${e.to}`,
        name: e.standard.name,
        title: e.standard.title,
      }),
    )
    .join("; ");
  return label(ctx, "standardEras", { ...baseView(ctx), eras, Eras: capitalizeFirst(eras) });
}

/** "UBND phường Quảng Minh": the plan's short form, or the issuing body with the usual abbreviation. */
export function shortBody(ctx: Ctx): string {
  const doc = ctx.spec.document;
  if (doc.issuing_body_short) return doc.issuing_body_short;
  return oneLine(doc.issuing_body).replace(/^[UỦ][ỷỶyY]\s+ban\s+nhân\s+dân\b/iu, "UBND");
}

/** The statistics, or undefined after reporting that a block needs them. */
export function needStatistics(ctx: Ctx, what: string, path: SpecPath): Statistics | undefined {
  const stats = ctx.computed.statistics;
  if (!stats) report(ctx, "model.no-statistics", { what }, path);
  return stats;
}

export function groupName(stats: Statistics, id: string): string | undefined {
  return stats.groups.find((g) => g.id === id)?.name;
}

/** The view of one group's totals, or undefined after reporting an unknown group. */
/**
 * The view of one group's totals, or undefined after reporting an unknown group. `marked`: for a
 * template's sentence, figures that disagree carry their draft mark (marks.ts).
 */
export function groupView(
  ctx: Ctx,
  stats: Statistics,
  id: string,
  path: SpecPath,
  marked = false,
): GroupView | undefined {
  const name = groupName(stats, id);
  const figures = stats.total.groups[id];
  if (name === undefined || !figures) {
    report(ctx, "model.unknown-group", { group: id }, path);
    return undefined;
  }
  return makeGroupView(ctx, stats, id, name, figures, marked);
}

function makeGroupView(
  ctx: Ctx,
  stats: Statistics,
  id: string,
  name: string,
  g: GroupFigures,
  marked: boolean,
  unit: number | null = null,
): GroupView {
  const hasDeprivation = Object.keys(g.deprivation).length > 0;
  const m = (figure: string, text: string) =>
    marked ? markText(ctx, text, { unit, group: id, figure }) : text;
  return {
    id,
    name,
    Name: capitalizeFirst(name),
    upper: upperVi(name),
    isPoor: id === "poor",
    isNearPoor: id === "near_poor",
    households: m("households", count(ctx, g.households)),
    persons: g.persons !== undefined ? m("persons", count(ctx, g.persons)) : null,
    rate: rate(g.rate),
    exits: m("exits", count(ctx, g.exits)),
    exitRate: rate(g.exitRate),
    entries: m("entries", count(ctx, g.entries)),
    entryRate: rate(g.entryRate),
    end: count(ctx, g.end),
    endRate: rate(g.endRate),
    actualEnd: g.actualEnd !== undefined ? count(ctx, g.actualEnd) : null,
    actualEndRate: g.actualEndRate ? rate(g.actualEndRate) : null,
    exitShare: rate(g.ofGroup?.exits),
    entryShare: rate(g.ofGroup?.entries),
    endShare: rate(g.ofGroup?.end),
    breakdowns: Object.fromEntries(
      stats.breakdowns
        .filter((b) => b.group === id && g.breakdowns[b.id] !== undefined)
        .map((b) => [b.id, makeBreakdownView(ctx, b, g, marked, unit)]),
    ),
    indicators:
      hasDeprivation && stats.standard
        ? stats.standard.indicators.map((ind) => {
            const d = g.deprivation[ind.id];
            // An indicator left out of a recorded list had no deprived household: the seeds list such
            // indicators as "00 hộ". Its share is 0 of the group's households, or "-" over none.
            const share: Rate = d?.share ?? {
              num: 0,
              den: g.households,
              bp: g.households > 0 ? 0 : null,
            };
            return {
              id: ind.id,
              name: ind.name,
              Name: capitalizeFirst(ind.name),
              dimension: ind.dimension,
              count: m(`deprivation.${ind.id}`, count(ctx, d?.count ?? 0)),
              share: rate(share),
            };
          })
        : [],
  };
}

export function breakdownView(
  ctx: Ctx,
  stats: Statistics,
  id: string,
  path: SpecPath,
  marked = false,
): BreakdownView | undefined {
  const def = stats.breakdowns.find((b) => b.id === id);
  if (!def) {
    report(ctx, "model.unknown-breakdown", { breakdown: id }, path);
    return undefined;
  }
  return makeBreakdownView(ctx, def, stats.total.groups[def.group], marked);
}

function makeBreakdownView(
  ctx: Ctx,
  def: Statistics["breakdowns"][number],
  g: GroupFigures | undefined,
  marked: boolean,
  unit: number | null = null,
): BreakdownView {
  const values = g?.breakdowns[def.id] ?? {};
  const parts = def.parts.map((p): PartView => {
    const text = count(ctx, values[p.id]);
    const figure = `breakdowns.${def.id}.${p.id}`;
    const rates = g?.partRates?.[def.id]?.[p.id];
    return {
      id: p.id,
      label: p.label,
      count: marked ? markText(ctx, text, { unit, group: def.group, figure }) : text,
      rate: rate(rates?.ofUnit),
      groupRate: rate(rates?.ofGroup),
    };
  });
  return {
    id: def.id,
    label: def.label,
    group: def.group,
    parts,
    part: Object.fromEntries(parts.map((p) => [p.id, p])),
  };
}

/** One unit (thôn, tổ dân phố, xã) with its own figures, for a template's view. */
export interface UnitView {
  /** "TDP Khả Lý Thượng" */
  name: string;
  households: string;
  persons: string | null;
  /** The unit's groups by id, each with its breakdowns, as the totals' groups. */
  groups: Record<string, GroupView>;
}

/**
 * Every group by id, every breakdown by id, the sums over groups, and each unit with its own groups:
 * for a template's view.
 */
export function figuresView(
  ctx: Ctx,
  stats: Statistics,
): {
  groups: Record<string, GroupView>;
  breakdowns: Record<string, BreakdownView>;
  sums: Record<string, SumView>;
  units: UnitView[];
} {
  const groups: Record<string, GroupView> = {};
  for (const g of stats.groups) {
    const figures = stats.total.groups[g.id];
    if (figures) groups[g.id] = makeGroupView(ctx, stats, g.id, g.name, figures, true);
  }
  const breakdowns: Record<string, BreakdownView> = {};
  for (const b of stats.breakdowns) {
    breakdowns[b.id] = makeBreakdownView(ctx, b, stats.total.groups[b.group], true);
  }
  const sums: Record<string, SumView> = {};
  for (const [key, x] of Object.entries(stats.sums)) {
    sums[key] = {
      households: count(ctx, x.households),
      exits: count(ctx, x.exits),
      entries: count(ctx, x.entries),
      end: count(ctx, x.end),
      rate: rate(x.rate),
      endRate: rate(x.endRate),
    };
  }
  const units = stats.units.map(
    (u, i): UnitView => ({
      name: u.name,
      households: count(ctx, u.households),
      persons: u.persons !== undefined ? count(ctx, u.persons) : null,
      groups: Object.fromEntries(
        stats.groups.flatMap((g) => {
          const f = u.groups[g.id];
          return f ? [[g.id, makeGroupView(ctx, stats, g.id, g.name, f, true, i)]] : [];
        }),
      ),
    }),
  );
  return { groups, breakdowns, sums, units };
}

export function budgetView(ctx: Ctx): BudgetView | null {
  const b = ctx.computed.budget;
  if (!b) return null;
  return {
    total: amount(b.total),
    unit: b.unit,
    sources: b.sources.map((s) => ({ name: s.name, amount: amount(s.amount) })),
    several: b.sources.length > 1,
    note: ctx.spec.budget?.note ?? null,
  };
}

/** "Kế hoạch số 67/KH-UBND ngày 19/02/2024 của UBND thị xã Việt Yên về việc …", without end mark. */
export function docRefPhrase(ctx: Ctx, ref: DocRef): string {
  if (typeof ref === "string") return ref.trim().replace(/[;.,]+$/u, "");
  return label(ctx, "docRef", {
    kind: ref.kind,
    number: ref.number ?? null,
    date: ref.date !== undefined ? formatShortDate(parseSpecDate(ref.date)) : null,
    issuer: ref.issuer ?? null,
    about: ref.about ?? null,
  });
}
