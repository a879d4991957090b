// Targets (chỉ tiêu) phrased by their templates, chi-tieu-<type>.hbs, from the computed figures:
// "Cuối năm 2024 tỷ lệ hộ nghèo giảm còn 0,43%". One target is a paragraph; several are a "-" list
// whose items end with ";" and the last with ".".

import type { SpecPath } from "../diagnostics/types.js";
import type { Block, List, Paragraph } from "../document/types.js";
import {
  capitalizeFirst,
  endWith,
  formatDecimal,
  formatPeriod,
  lowerFirst,
} from "../format/index.js";
import type { TargetSpec } from "../spec/types.js";
import { type Ctx, label, renderTemplate, report, withPadding } from "./context.js";
import { applyMarks, markText } from "./marks.js";
import { parseInline } from "./markup.js";
import { baseView, count, groupView, rate } from "./views.js";

export interface TargetView {
  lead: string | null;
  /** The lead already names the rate ("Tỷ lệ hộ nghèo … thực hiện mức"): the phrase goes on from it. */
  leadHasRate: boolean;
  /** The lead already names the count ("Phấn đấu số hộ nghèo toàn xã"): count_to goes on from it. */
  leadHasCount: boolean;
  /** rate_to, count_to: which way the figure goes: down "giảm còn", up "tăng lên", reach "đạt". */
  down: boolean;
  up: boolean;
  reach: boolean;
  /** count_to: the count "1.200" and its unit "hồ sơ". */
  count: string | null;
  unit: string | null;
  /** The target's own year ("2027"), already put at the head of the lead; null otherwise. */
  targetYear: string | null;
  tail: string | null;
  group: ReturnType<typeof groupView> | null;
  /** rate_to: the end-of-period rate "0,43" */
  rate: string | null;
  /** reduce: percentage points "1,11" */
  points: string | null;
  /** reduce, reduce_share: households "16" */
  households: string | null;
  /** reduce_share, coverage: "35", "100" */
  percent: string | null;
  subject: string | null;
  outcome: string | null;
  qualifier: string | null;
  /** The qualifier capitalised, for when it starts the sentence: "Ít nhất". */
  Qualifier: string | null;
  text: string | null;
}

function findTarget(ctx: Ctx, id: string, path: SpecPath): TargetSpec | undefined {
  const t = ctx.spec.targets?.find((x) => x.id === id);
  if (!t) report(ctx, "model.unknown-target", { target: id }, path);
  return t;
}

/** The phrase of one target, inline markup without final punctuation. */
/**
 * The target's phrase. `marked`: in a draft, its figures carry the marks of the group's figures that
 * disagree (marks.ts), to be applied once the phrase is parsed.
 */
export function targetPhrase(
  ctx: Ctx,
  id: string,
  path: SpecPath,
  marked = false,
): string | undefined {
  const target = findTarget(ctx, id, path);
  if (!target) return undefined;
  // "02 hộ" in this phrase, or "2 hộ", whatever format.pad_small_counts says
  return withPadding(ctx, target.pad_small_counts, () => phrase(ctx, id, target, path, marked));
}

function phrase(
  ctx: Ctx,
  id: string,
  target: TargetSpec,
  path: SpecPath,
  marked: boolean,
): string | undefined {
  const group = "group" in target ? target.group : undefined;
  const m = (text: string) =>
    marked && group !== undefined ? markText(ctx, text, { unit: null, group, figure: "*" }) : text;
  const yearLead =
    target.year !== undefined ? label(ctx, "targetYear", { year: String(target.year) }) : "";
  // after "Năm 2027," the lead goes on the sentence: "Năm 2027, phấn đấu …" (an acronym keeps its case)
  const ownLead =
    yearLead !== "" && /^\p{Lu}\p{Ll}/u.test(target.lead ?? "")
      ? lowerFirst(target.lead ?? "")
      : (target.lead ?? "");
  const lead = [yearLead, ownLead].filter((s) => s !== "").join(" ");
  const view: TargetView = {
    lead: lead !== "" ? lead : null,
    leadHasRate: /(^|\s)tỷ lệ(\s|$)/iu.test(target.lead ?? ""),
    leadHasCount: /(^|\s)số(\s|$)/iu.test(target.lead ?? ""),
    down: false,
    up: false,
    reach: false,
    count: null,
    unit: null,
    targetYear: target.year !== undefined ? String(target.year) : null,
    tail: target.tail ?? null,
    group: null,
    rate: null,
    points: null,
    households: null,
    percent: null,
    subject: null,
    outcome: null,
    qualifier: null,
    Qualifier: null,
    text: null,
  };
  if (target.type === "coverage") {
    view.percent = formatDecimal(target.percent);
    view.subject = target.subject;
    view.outcome = target.outcome;
    view.qualifier = target.qualifier ?? null;
    view.Qualifier = target.qualifier ? capitalizeFirst(target.qualifier) : null;
  } else if (target.type === "text") {
    view.text = target.text;
  } else {
    const fig = ctx.computed.targets[id];
    const stats = ctx.computed.statistics;
    const byGroup = target.group !== undefined;
    if (!fig || fig.type !== target.type || (byGroup && !stats)) {
      report(ctx, "model.target-figures-missing", { target: id }, path);
      return undefined;
    }
    if (stats && target.group !== undefined) {
      const group = groupView(ctx, stats, target.group, path);
      if (!group) return undefined;
      view.group = group;
    }
    if ((target.type === "rate_to" || target.type === "count_to") && !byGroup) {
      view.subject = target.subject ?? null;
    }
    if (fig.type === "rate_to" || fig.type === "count_to") {
      view.down = fig.direction === "down";
      view.up = fig.direction === "up";
      view.reach = fig.direction === "reach";
    }
    if (fig.type === "rate_to") {
      // a figure printed as declared keeps the official's digits: "đạt 90%", not "90,00%"
      view.rate =
        fig.asDeclared && target.type === "rate_to" && target.rate !== undefined
          ? formatDecimal(target.rate)
          : m(rate(fig.rate));
    }
    if (fig.type === "count_to") {
      view.count = m(count(ctx, fig.count));
      view.unit = fig.unit;
    }
    if (fig.type === "reduce" || fig.type === "increase") {
      view.points = m(rate(fig.points));
      view.households = m(count(ctx, fig.households));
    }
    if (fig.type === "reduce_share") {
      view.percent = formatDecimal(fig.percent);
      view.households = m(count(ctx, fig.households));
    }
  }
  const base = baseView(ctx);
  // A target of one year speaks of the standard in force that year (a period may span two).
  const era =
    target.year !== undefined
      ? ctx.computed.statistics?.eras.find(
          (e) => e.from <= (target.year ?? 0) && (target.year ?? 0) <= e.to,
        )
      : undefined;
  if (era && base.standard) {
    base.standard = {
      name: era.standard.name,
      title: era.standard.title,
      period: formatPeriod(era.standard.period),
    };
  }
  const out = renderTemplate(ctx, `chi-tieu-${target.type}`, { ...base, ...view }, path);
  return out?.replace(/[ \t\r\n]+/gu, " ").trim();
}

export function targetParagraph(ctx: Ctx, id: string, path: SpecPath): Block[] {
  const phrase = targetPhrase(ctx, id, path, true);
  if (phrase === undefined) return [];
  const p: Paragraph = {
    type: "paragraph",
    style: "body",
    content: parseInline(endWith(phrase, ".")),
  };
  return applyMarks(ctx, [p]);
}

export function targetList(ctx: Ctx, ids: string[] | "all", path: SpecPath): Block[] {
  const list =
    ids === "all"
      ? (ctx.spec.targets ?? []).map((t, i) => ({ id: t.id, path: ["targets", i] as SpecPath }))
      : ids.map((id, i) => ({ id, path: [...path, i] as SpecPath }));
  const phrases = list
    .map((t) => targetPhrase(ctx, t.id, t.path, true))
    .filter((p): p is string => p !== undefined);
  if (phrases.length === 0) return [];
  const out: List = {
    type: "list",
    marker: "-",
    items: phrases.map((p, i) => ({
      content: parseInline(endWith(p, i === phrases.length - 1 ? "." : ";")),
    })),
  };
  return applyMarks(ctx, [out]);
}
