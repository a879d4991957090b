// The content blocks of a section, an assignment or the reporting regime: markup strings, explicit
// bullets, targets, templates with the plan's figures, and tables.

import type { SpecPath } from "../diagnostics/types.js";
import type { Block, List, ListItem } from "../document/types.js";
import { formatCount } from "../format/index.js";
import type { BlockSpec, ListItemSpec, SectionSpec } from "../spec/types.js";
import { appendixRef } from "./appendices.js";
import { type Ctx, label, renderTemplate, report, withPadding } from "./context.js";
import { applyMarks } from "./marks.js";
import { parseInline, parseMarkup } from "./markup.js";
import { buildTable } from "./tables/index.js";
import { targetList, targetParagraph } from "./targets.js";
import { taskBlocks } from "./tasks.js";
import {
  type BaseView,
  type BreakdownView,
  baseView,
  breakdownView,
  budgetView,
  figuresView,
  type GroupView,
  groupView,
  needStatistics,
  standardsSentence,
} from "./views.js";

export function buildBlocks(
  ctx: Ctx,
  blocks: readonly BlockSpec[] | undefined,
  path: SpecPath,
): Block[] {
  return (blocks ?? []).flatMap((b, i) =>
    guarded(ctx, [...path, i], () => buildBlock(ctx, b, [...path, i])),
  );
}

/**
 * The last line of defence of "never throw on a validated spec": a bug in one block's builder costs
 * that block and a diagnostic, not the whole document.
 */
export function guarded<T>(ctx: Ctx, path: SpecPath, make: () => T[]): T[] {
  try {
    return make();
  } catch (e) {
    report(ctx, "model.internal", { message: e instanceof Error ? e.message : String(e) }, path);
    return [];
  }
}

export function buildBlock(ctx: Ctx, block: BlockSpec, path: SpecPath): Block[] {
  if (typeof block === "string") return parseMarkup(block);
  if ("bullets" in block) return [bulletList(block.bullets)];
  if ("target" in block) return targetParagraph(ctx, block.target, [...path, "target"]);
  if ("targets" in block) return targetList(ctx, block.targets, [...path, "targets"]);
  if ("template" in block) return templateBlocks(ctx, block, path);
  if ("tasks" in block) return taskBlocks(ctx, block);
  if ("appendix" in block) return appendixRef(ctx, block.appendix, [...path, "appendix"]);
  const table = buildTable(ctx, block.table, [...path, "table"]);
  if (!ctx.spec.format?.table_numbering || table.length === 0) return table;
  // "Biểu 01" above each table of the body (format.table_numbering)
  ctx.bodyTables += 1;
  const number = formatCount(ctx.bodyTables, { pad: true });
  return [...parseMarkup(label(ctx, "bodyTableLabel", { number }), "note"), ...table];
}

function bulletList(items: readonly ListItemSpec[]): List {
  return {
    type: "list",
    marker: "-",
    items: items.map((item): ListItem => {
      if (typeof item === "string") return { content: parseInline(item) };
      const out: ListItem = { content: parseInline(item.text) };
      if (item.bullets && item.bullets.length > 0) {
        out.children = {
          type: "list",
          marker: "+",
          items: item.bullets.map((b) => ({ content: parseInline(b) })),
        };
      }
      return out;
    }),
  };
}

/** What each standard template cannot do without. A locality's own templates need nothing. */
const NEEDS: Readonly<Record<string, "group" | "breakdown" | "budget">> = {
  "tinh-hinh": "group",
  "thieu-hut": "group",
  "phan-loai": "breakdown",
  "kinh-phi": "budget",
};

export interface TemplateBlockView {
  /** The block's group (`group:`, or the breakdown's group), or null. */
  group: GroupView | null;
  /** The block's breakdown (`breakdown:`), or null. */
  breakdown: BreakdownView | null;
  /** Every group by id, every breakdown by id, sums over groups; null without statistics. */
  groups: ReturnType<typeof figuresView>["groups"] | null;
  breakdowns: ReturnType<typeof figuresView>["breakdowns"] | null;
  sums: ReturnType<typeof figuresView>["sums"] | null;
  /** Each unit with its own groups (empty when the plan gives totals only); null without statistics. */
  units: ReturnType<typeof figuresView>["units"] | null;
  budget: ReturnType<typeof budgetView>;
  /**
   * tinh-hinh: the sentence saying which poverty standard applies to which years, when the period
   * spans several, the first time only and unless the plan places a chuan-ngheo block; chuan-ngheo:
   * that sentence always (one standard or several). Null otherwise.
   */
  standardsNote: string | null;
}

function templateBlocks(
  ctx: Ctx,
  block: { template: string; group?: string; breakdown?: string; pad_small_counts?: boolean },
  path: SpecPath,
): Block[] {
  return withPadding(ctx, block.pad_small_counts, () => {
    const view = templateView(ctx, block, path);
    if (!view) return [];
    const out = renderTemplate(ctx, block.template, view, [...path, "template"]);
    return out === undefined ? [] : applyMarks(ctx, parseMarkup(out));
  });
}

/**
 * What a template block's template sees: the base view (baseView), the block's group and
 * breakdown, every group, breakdown and sum, the budget, the standards' sentence. Undefined after
 * reporting why the block cannot be made. docs/template-context.md lists it (template-context.ts).
 */
export function templateView(
  ctx: Ctx,
  block: { template: string; group?: string; breakdown?: string },
  path: SpecPath,
): (BaseView & TemplateBlockView) | undefined {
  const name = block.template;
  const need = NEEDS[name];
  if ((need === "group" && !block.group) || (need === "breakdown" && !block.breakdown)) {
    report(ctx, "model.template-needs", { template: name, field: need }, path);
    return undefined;
  }
  const stats = ctx.computed.statistics;
  const all = stats ? figuresView(ctx, stats) : undefined;
  const extra: TemplateBlockView = {
    group: null,
    breakdown: null,
    groups: all?.groups ?? null,
    breakdowns: all?.breakdowns ?? null,
    sums: all?.sums ?? null,
    units: all?.units ?? null,
    budget: budgetView(ctx),
    standardsNote: null,
  };
  if (name === "chuan-ngheo") {
    extra.standardsNote = standardsSentence(ctx);
    if (!extra.standardsNote) {
      report(ctx, "model.no-standard", { template: name }, path);
      return undefined;
    }
  } else if (
    name === "tinh-hinh" &&
    !ctx.saidStandards &&
    (ctx.computed.statistics?.eras.length ?? 0) > 1 &&
    !placesTemplate(ctx, "chuan-ngheo")
  ) {
    extra.standardsNote = standardsSentence(ctx);
    ctx.saidStandards = true;
  }
  if (need === "budget" && !extra.budget) {
    report(ctx, "model.no-budget", { template: name }, path);
    return undefined;
  }
  if (block.group || block.breakdown) {
    const stats = needStatistics(ctx, `template: ${name}`, path);
    if (!stats) return undefined;
    if (block.breakdown) {
      extra.breakdown =
        breakdownView(ctx, stats, block.breakdown, [...path, "breakdown"], true) ?? null;
      if (!extra.breakdown) return undefined;
    }
    const groupId = block.group ?? extra.breakdown?.group;
    if (groupId) {
      const gPath = block.group ? [...path, "group"] : [...path, "breakdown"];
      extra.group = groupView(ctx, stats, groupId, gPath, true) ?? null;
      if (!extra.group) return undefined;
    }
  }
  if (name === "thieu-hut" && extra.group && extra.group.indicators.length === 0) {
    report(ctx, "model.no-deprivation", { group: extra.group.name }, path, "warning");
    return undefined;
  }
  return { ...baseView(ctx), ...extra };
}

/** Whether a section, assignment or the reporting regime places a block of this template. */
function placesTemplate(ctx: Ctx, name: string): boolean {
  const has = (blocks: readonly BlockSpec[] | undefined): boolean =>
    (blocks ?? []).some((b) => typeof b === "object" && "template" in b && b.template === name);
  const inSection = (s: SectionSpec): boolean =>
    has(s.content) || (s.sections ?? []).some(inSection);
  return (
    ctx.spec.sections.some(inSection) ||
    (ctx.spec.assignments ?? []).some((a) => has(a.tasks)) ||
    has(ctx.spec.reporting)
  );
}
