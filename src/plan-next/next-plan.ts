// kehoach new: next year's plan from this year's, as edits on the YAML text so that everything the
// official wrote and did not change (comments, order, line folding) stays byte for byte.
//
// Decisions (README of the command):
// - Period: a year becomes the new year; a range keeps its length and starts at the new year
//   (2022-2025 → 2026-2029 with --year 2026). The new year must come after the old period.
// - Baseline: baseline_year = the old period's end; per unit and group, households = the recorded
//   actual end (actual_end) or else the planned end; exits, entries and actual_end are removed, to
//   be planned anew. Persons, breakdowns and deprivation of a group described the old baseline's
//   households: they are removed, with a "NHẬP MỚI" comment asking for the new survey's figures.
//   A unit's total households and persons are kept (they are not a group's).
// - Document: number removed, date = the new year, draft: true.
// - Years: in the summary, lead-in, closing, section and appendix titles and the targets' lead and
//   tail, each standalone year of the old period moves by the shift and the old baseline year becomes
//   the new one. Body text is left alone: it names deadlines and programme periods.
// - Legal bases, implemented plans and targets are kept, each under a "# XEM LẠI: …" comment; so is
//   the budget, and the poverty standard when it does not cover the new period.
// - Tasks: each deadline that names a year moves by the period's shift (one year for an annual plan):
//   2026 → 2027, "2026-06" → "2027-06", "2026-06-30" → "2027-06-30", "Quý II/2026" → "Quý II/2027";
//   recurring terms ("thường xuyên", "hằng quý" …) stay. Each task gets a "# XEM LẠI" comment
//   saying what its deadline was. Group names move their years like titles.
// - A plan without statistics gets no word about households: its notes and messages are neutral.

import { isScalar, parseDocument } from "yaml";
import type { StandardRegistry } from "../data/standards.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { hasErrors } from "../diagnostics/types.js";
import { loadSpec } from "../spec/load.js";
import type { PlanSpec } from "../spec/types.js";
import { type GroupBaseline, planBaseline } from "./baseline.js";
import { applyEdits, commentLine, type Edit } from "./edits.js";
import { notes, yearsText } from "./notes.js";
import {
  type AnyPair,
  asMap,
  asSeq,
  commentBeforeItem,
  commentBeforeKey,
  insertAfter,
  keyText,
  pairOf,
  removePair,
  replaceValue,
  reviewEach,
  rewriteValue,
  trailingComment,
  valueSpan,
} from "./yaml-doc.js";
import { shiftDeadline, shiftYears, type YearMap, yearMap } from "./years.js";

export const DEFAULT_SCHEMA_REF = "../schemas/plan.schema.json";
const SCHEMA_LINE = /^#[ \t]*yaml-language-server:[ \t]*\$schema=.*(\r?\n|$)/;

export interface NextPlanOptions {
  /** First year of the new period; default: the year after the old period. */
  year?: number;
  /** File name for diagnostics. */
  file?: string;
  /** Where the first line points the YAML language server; default: the plan's own, or ../schemas/. */
  schemaRef?: string;
  /** The poverty standards, to flag one that does not cover the new period. */
  standards?: StandardRegistry;
}

export interface NextPlanResult {
  /** Absent when the old plan cannot be read or the year is wrong: see diagnostics. */
  text?: string;
  diagnostics: Diagnostic[];
  period?: { from: number; to: number };
  /** The old period's end, the new baseline year: only for a plan with statistics. */
  baselineYear?: number;
  /** Whether the plan has statistics, whose new figures the official must enter ("NHẬP MỚI"). */
  figures: boolean;
  /** The new starting households, per unit and group, and of the totals row. */
  baselines: GroupBaseline[];
  /** How many "XEM LẠI" comments were written. */
  reviews: number;
}

const FLOW_KEYS = ["exits", "entries", "actual_end"] as const;
const SURVEY_KEYS = ["persons", "breakdowns", "deprivation"] as const;

export function nextPlan(text: string, opts: NextPlanOptions = {}): NextPlanResult {
  const file = opts.file ?? "plan.yaml";
  const src = text.replace(/^\uFEFF/, "").normalize("NFC");
  const loaded = loadSpec(src, file);
  if (!loaded.spec) {
    return { diagnostics: loaded.diagnostics, baselines: [], reviews: 0, figures: false };
  }
  const spec = loaded.spec;
  const old = periodOf(spec);
  const from = opts.year ?? old.to + 1;
  if (from <= old.to) {
    const diag: Diagnostic = {
      code: "plans.next-year",
      severity: "error",
      params: { year: from, end: old.to, next: old.to + 1 },
      path: ["document", "period"],
    };
    const pos = loaded.locate(["document", "period"]);
    if (pos) diag.pos = pos;
    return { diagnostics: [diag], baselines: [], reviews: 0, figures: false };
  }
  const period = { from, to: from + (old.to - old.from) };
  const years = yearMap(old, spec.statistics?.baseline_year, from);
  const b = new Builder(src, spec, old, period, years);
  b.document();
  b.statistics(opts.standards);
  b.targets();
  b.tasks();
  b.titles();
  b.budget();
  b.schemaLine(opts.schemaRef);
  const out = applyEdits(src, b.edits);
  return {
    text: out,
    diagnostics: [],
    period,
    ...(spec.statistics ? { baselineYear: old.to } : {}),
    figures: spec.statistics !== undefined,
    baselines: b.baselines,
    reviews: b.reviews,
  };
}

function periodOf(spec: PlanSpec): { from: number; to: number } {
  const p = spec.document.period;
  return typeof p === "number" ? { from: p, to: p } : { from: p.from, to: p.to };
}

class Builder {
  readonly edits: Edit[] = [];
  baselines: GroupBaseline[] = [];
  reviews = 0;
  /** How many "NHẬP MỚI" comments were written: the header names the marker only when there are. */
  private enters = 0;
  private readonly doc;
  private readonly oldYears: string;

  constructor(
    private readonly src: string,
    private readonly spec: PlanSpec,
    private readonly old: { from: number; to: number },
    private readonly period: { from: number; to: number },
    private readonly years: YearMap,
  ) {
    this.doc = parseDocument(src);
    this.oldYears = yearsText(old);
  }

  private add(...edits: (Edit | undefined)[]): void {
    for (const e of edits) if (e) this.edits.push(e);
  }

  private review(edits: Edit[]): void {
    this.reviews += edits.length;
    this.edits.push(...edits);
  }

  private moveYears(node: unknown): void {
    this.add(rewriteValue(this.src, node, (raw) => shiftYears(raw, this.years)));
  }

  private get root() {
    return asMap(this.doc.contents);
  }

  document(): void {
    const doc = asMap(pairOf(this.root, "document")?.value);
    if (!doc) return;
    const number = pairOf(doc, "number");
    if (number) this.add(...removePair(this.src, doc, number));
    const date = pairOf(doc, "date");
    if (date) {
      this.add(replaceValue(date, String(this.period.from)));
      this.add(trailingComment(this.src, date.value, notes.date()));
    }
    const draft = pairOf(doc, "draft");
    if (draft) this.add(replaceValue(draft, "true"));
    else if (date) this.add(insertAfter(this.src, doc, date, "draft", "true"));
    const period = pairOf(doc, "period");
    const range = asMap(period?.value);
    if (range) {
      this.add(replaceValue(pairOf(range, "from") as AnyPair, String(this.period.from)));
      this.add(replaceValue(pairOf(range, "to") as AnyPair, String(this.period.to)));
    } else if (period) {
      this.add(replaceValue(period, String(this.period.from)));
    }
    for (const key of ["summary", "lead_in"]) this.moveYears(pairOf(doc, key)?.value);
    this.review(reviewEach(this.src, pairOf(doc, "legal_bases"), notes.legalBasis(this.oldYears)));
    this.review(reviewEach(this.src, pairOf(doc, "implements"), notes.implements(this.oldYears)));
  }

  statistics(standards: StandardRegistry | undefined): void {
    const stats = asMap(pairOf(this.root, "statistics")?.value);
    if (!stats || !this.spec.statistics) return;
    const baselineYear = this.old.to;
    const baselineYearPair = pairOf(stats, "baseline_year");
    if (baselineYearPair) this.add(replaceValue(baselineYearPair, String(baselineYear)));
    const standardId = this.spec.statistics.standard;
    const standard = standardId !== undefined ? standards?.get(standardId) : undefined;
    const standardPair = pairOf(stats, "standard");
    if (
      standard &&
      standardPair &&
      (this.period.to < standard.period.from || this.period.from > standard.period.to)
    ) {
      this.review(
        [commentBeforeKey(this.src, standardPair, notes.standard(yearsText(this.period)))].filter(
          (e): e is Edit => e !== undefined,
        ),
      );
    }

    const plan = planBaseline(this.spec);
    this.baselines = [...plan.units, ...plan.totals.values()];
    const unitsPair = pairOf(stats, "units");
    const unitsSeq = asSeq(unitsPair?.value);
    const anchor = unitsPair ?? pairOf(stats, "totals");
    if (anchor && this.baselines.length > 0) {
      const e = commentBeforeKey(
        this.src,
        anchor,
        notes.units(baselineYear, yearsText(this.period)),
      );
      if (e) this.enters++;
      this.add(e);
    }
    unitsSeq?.items.forEach((item, unitIndex) => {
      const groups = asMap(pairOf(asMap(item), "groups")?.value);
      for (const pair of groups?.items ?? []) {
        const id = keyText(pair);
        this.group(
          pair,
          plan.units.find((b) => b.unitIndex === unitIndex && b.group === id),
        );
      }
    });
    const totalGroups = asMap(pairOf(asMap(pairOf(stats, "totals")?.value), "groups")?.value);
    for (const pair of totalGroups?.items ?? []) this.group(pair, plan.totals.get(keyText(pair)));
  }

  /** One group's counts: the new households, flows and old survey figures removed. */
  private group(pair: AnyPair, b: GroupBaseline | undefined): void {
    const counts = asMap(pair.value);
    if (!counts) return;
    const baselineYear = this.old.to;
    const survey = SURVEY_KEYS.filter((key) => pairOf(counts, key));
    const provenance = b
      ? b.source === "actual"
        ? notes.actual(baselineYear)
        : notes.planned(baselineYear, b.was.households, b.was.exits, b.was.entries)
      : undefined;
    if (survey.length > 0) {
      const what = survey.map((key) =>
        key === "persons"
          ? notes.surveyPersons
          : key === "breakdowns"
            ? notes.surveyBreakdowns
            : notes.surveyDeprivation,
      );
      const e = commentBeforeKey(this.src, pair, notes.survey(what, baselineYear));
      if (e) this.enters++;
      this.add(e);
    }
    if (counts.flow) {
      const body = b ? `{ households: ${b.households} }` : "{}";
      const comment = provenance ? trailingComment(this.src, counts, provenance) : undefined;
      this.add(replaceValue(pair, `${body}${comment?.text ?? ""}`));
      return;
    }
    const households = pairOf(counts, "households");
    if (households && b) {
      this.add(replaceValue(households, String(b.households)));
      if (provenance) this.add(trailingComment(this.src, households.value, provenance));
    }
    for (const key of [...FLOW_KEYS, ...SURVEY_KEYS]) {
      const p = pairOf(counts, key);
      if (p) this.add(...removePair(this.src, counts, p));
    }
  }

  targets(): void {
    const targets = pairOf(this.root, "targets");
    const note = this.spec.statistics ? notes.target : notes.targetPlain;
    this.review(reviewEach(this.src, targets, note(this.oldYears)));
    for (const item of asSeq(targets?.value)?.items ?? []) {
      for (const key of ["lead", "tail"]) this.moveYears(pairOf(asMap(item), key)?.value);
    }
  }

  /** Every task under review; a deadline that names a year moves by the period's shift. */
  tasks(): void {
    const shift = this.period.from - this.old.from;
    const unquote = (raw: string) => raw.replace(/^(["'])(.*)\1$/su, "$2");
    /** The deadline moved if it names a year; the note for the task's review comment. */
    const task = (item: unknown): string => {
      const deadline = pairOf(asMap(item), "deadline");
      const span = deadline && isScalar(deadline.value) ? valueSpan(deadline.value) : undefined;
      if (!span) return notes.tasks(this.oldYears);
      const raw = this.src.slice(span[0], span[1]);
      const moved = shiftDeadline(raw, shift);
      if (moved === undefined) return notes.taskKept(this.oldYears, unquote(raw));
      this.add({ start: span[0], end: span[1], text: moved });
      return notes.taskMoved(this.oldYears, unquote(raw), unquote(moved));
    };
    /** A list of tasks (or of groups, at the top): a comment on each item, or one on the list. */
    const list = (pair: AnyPair | undefined, top: boolean): Edit[] => {
      const seq = asSeq(pair?.value);
      if (!pair || !seq) return [];
      const comments: Edit[] = [];
      for (const item of seq.items) {
        const group = asMap(item);
        const inner = top ? pairOf(group, "tasks") : undefined;
        if (inner && pairOf(group, "group")) {
          this.moveYears(pairOf(group, "group")?.value);
          const edits = list(inner, false);
          // A group written inline: one comment above it
          if (edits.length === 0 && asSeq(inner.value)?.items.length) {
            const e = commentBeforeItem(this.src, item, notes.tasks(this.oldYears));
            if (e && !seq.flow) comments.push(e);
          }
          comments.push(...edits);
          continue;
        }
        const note = task(item);
        if (!seq.flow) {
          const e = commentBeforeItem(this.src, item, note);
          if (e) comments.push(e);
        }
      }
      if (seq.flow && seq.items.length > 0) {
        const e = commentBeforeKey(this.src, pair, notes.tasks(this.oldYears));
        if (e) comments.push(e);
      }
      return comments;
    };
    this.review(list(pairOf(this.root, "tasks"), true));
  }

  /** Section and appendix titles and the closing sentence name the plan's year. */
  titles(): void {
    const walk = (seq: unknown) => {
      for (const item of asSeq(seq)?.items ?? []) {
        const section = asMap(item);
        this.moveYears(pairOf(section, "title")?.value);
        walk(pairOf(section, "sections")?.value);
      }
    };
    walk(pairOf(this.root, "sections")?.value);
    for (const item of asSeq(pairOf(this.root, "appendices")?.value)?.items ?? []) {
      this.moveYears(pairOf(asMap(item), "title")?.value);
    }
    this.moveYears(pairOf(this.root, "closing")?.value);
  }

  budget(): void {
    const budget = pairOf(this.root, "budget");
    if (!budget) return;
    const e = commentBeforeKey(this.src, budget, notes.budget(this.oldYears));
    if (e) this.review([e]);
  }

  /** The first line points the YAML language server at the schema; a note on how this plan began follows. */
  schemaLine(schemaRef: string | undefined): void {
    const m = SCHEMA_LINE.exec(this.src);
    const ref = schemaRef ?? (m ? undefined : DEFAULT_SCHEMA_REF);
    const header = commentLine(0, notes.header(this.oldYears, this.period.from, this.enters > 0));
    if (m) {
      const end = m[0].length;
      const line = ref ? `# yaml-language-server: $schema=${ref}\n` : m[0].replace(/\r?\n?$/, "\n");
      this.add({ start: 0, end, text: `${line}${header}` });
    } else {
      this.add({ start: 0, end: 0, text: `# yaml-language-server: $schema=${ref}\n${header}` });
    }
  }
}

export function isNextPlanOk(r: NextPlanResult): r is NextPlanResult & { text: string } {
  return r.text !== undefined && !hasErrors(r.diagnostics);
}
