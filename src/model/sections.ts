// The numbered body of the plan. Titled sections become headings, untitled ones numbered paragraphs;
// `assignments: true` adds one numbered subsection per agency, `reporting: true` the reporting
// regime. Numbers come from positions only (numbering.ts).
//
// Nothing the plan declares is lost: a top-level part that no section places lands at its
// conventional place, with an info diagnostic saying where (placement.ts): unplaced tasks under the
// plan's own top-level section on tasks (its title starting as the label "Nhiệm vụ, giải pháp"
// does: "Nhiệm vụ", "NHIỆM VỤ VÀ GIẢI PHÁP"), after its own text, else in a section "Nhiệm vụ, giải
// pháp"; the budget in a section "Kinh phí"; both just before the section with `assignments: true`
// (else at the end); assignments in a section "Tổ chức thực hiện" at the
// end; the reporting regime as an item "Chế độ báo cáo" after the agencies, or as its own section.

import type { SpecPath } from "../diagnostics/types.js";
import type { Block, Heading } from "../document/types.js";
import { upperVi } from "../format/index.js";
import { withoutMarks } from "../format/text.js";
import type { SectionSpec } from "../spec/types.js";
import { type AgencyItem, agencyBlocks, agencyItems } from "./agency-items.js";
import { buildBlocks } from "./blocks.js";
import { type Ctx, label, report } from "./context.js";
import { parseInline, plainText } from "./markup.js";
import { numberOf, type Position, styleAt } from "./numbering.js";
import { type Placement, placement } from "./placement.js";
import { piecesBlocks } from "./tasks.js";

type Child =
  | { kind: "section"; spec: SectionSpec; path: SpecPath }
  | { kind: "agency"; item: AgencyItem }
  /** A section or item kehoach adds: its title is a label, its info diagnostic says where it went. */
  | {
      kind: "generated";
      titleLabel: string;
      info?: { code: string; path: SpecPath };
      content: () => Block[];
      children: Child[];
    };

interface Body {
  ctx: Ctx;
  place: Placement;
  agencies: AgencyItem[];
  /** The plan's own top-level section on tasks, which takes the tasks no block places. */
  tasksHome: SectionSpec | undefined;
}

export function buildBody(ctx: Ctx): Block[] {
  const place = placement(ctx.spec);
  const topic = firstWords(label(ctx, "sectionTasks"));
  const tasksHome =
    place.unplacedTasks.length > 0
      ? ctx.spec.sections.find((s) => s.title !== undefined && firstWords(s.title) === topic)
      : undefined;
  const body: Body = { ctx, place, agencies: agencyItems(ctx), tasksHome };
  const top = sectionChildren(body, ctx.spec.sections, ["sections"]);
  if (!place.anchor) top.push(...beforeAnchor(body));
  const hasReporting = (ctx.spec.reporting ?? []).length > 0;
  if (!place.anchor && place.assignmentsUnplaced) {
    top.push({
      kind: "generated",
      titleLabel: "sectionAssignments",
      info: { code: "model.placed-assignments", path: ["assignments"] },
      content: () => [],
      children: [
        ...body.agencies.map((item): Child => ({ kind: "agency", item })),
        ...(place.reportingUnplaced && hasReporting ? [reportingItem(body)] : []),
      ],
    });
  } else if (!place.anchor && place.reportingUnplaced && hasReporting) {
    top.push(reportingItem(body));
  }
  return children(body, top, undefined);
}

/** The children of a list of sections, with the generated sections before the anchor among them. */
function sectionChildren(body: Body, sections: readonly SectionSpec[], path: SpecPath): Child[] {
  return sections.flatMap((spec, i): Child[] => {
    const own: Child = { kind: "section", spec, path: [...path, i] };
    return spec === body.place.anchor ? [...beforeAnchor(body), own] : [own];
  });
}

/** Unplaced tasks, then the unplaced budget. */
function beforeAnchor(body: Body): Child[] {
  const out: Child[] = [];
  const { place } = body;
  if (place.unplacedTasks.length > 0 && !body.tasksHome) {
    out.push({
      kind: "generated",
      titleLabel: "sectionTasks",
      info: { code: "model.placed-tasks", path: ["tasks"] },
      content: () => piecesBlocks(body.ctx, place.unplacedTasks, "bullets"),
      children: [],
    });
  }
  if (place.budgetUnplaced) {
    out.push({
      kind: "generated",
      titleLabel: "sectionBudget",
      info: { code: "model.placed-budget", path: ["budget"] },
      content: () => buildBlocks(body.ctx, [{ template: "kinh-phi" }], ["budget"]),
      children: [],
    });
  }
  return out;
}

function reportingItem(body: Body, info = true): Child {
  const child: Child = {
    kind: "generated",
    titleLabel: "reportingTitle",
    content: () => buildBlocks(body.ctx, body.ctx.spec.reporting, ["reporting"]),
    children: [],
  };
  if (info) child.info = { code: "model.placed-reporting", path: ["reporting"] };
  return child;
}

function children(
  body: Body,
  list: readonly Child[],
  override: SectionSpec["numbering"],
  chain: readonly Position[] = [],
): Block[] {
  const { ctx } = body;
  const style = override ?? styleAt(ctx.spec.format?.numbering, chain.length + 1);
  return list.flatMap((child, i) => {
    const here = [...chain, { style, ordinal: i + 1 }];
    if (child.kind === "section") return section(body, child.spec, child.path, here);
    if (child.kind === "agency") {
      return [heading(ctx, child.item.title, here), ...agencyBlocks(ctx, child.item)];
    }
    return generated(body, child, here);
  });
}

function generated(
  body: Body,
  g: Extract<Child, { kind: "generated" }>,
  chain: readonly Position[],
): Block[] {
  const { ctx } = body;
  const head = heading(ctx, label(ctx, g.titleLabel), chain);
  if (g.info) {
    report(
      ctx,
      g.info.code,
      { number: head.number, title: plainText(head.content) },
      g.info.path,
      "info",
    );
  }
  return [head, ...g.content(), ...children(body, g.children, undefined, chain)];
}

function heading(ctx: Ctx, title: string, chain: readonly Position[]): Heading {
  const level = chain.length;
  return {
    type: "heading",
    level,
    numbering: chain[chain.length - 1]?.style ?? styleAt(ctx.spec.format?.numbering, level),
    number: numberOf(chain),
    content: parseInline(level === 1 ? upperVi(title) : title),
  };
}

function section(body: Body, s: SectionSpec, path: SpecPath, chain: readonly Position[]): Block[] {
  const { ctx, place } = body;
  const content: Block[] = buildBlocks(ctx, s.content, [...path, "content"]);
  if (s.assignments && body.agencies.length === 0) {
    report(ctx, "model.no-assignments", {}, [...path, "assignments"], "warning");
  }
  const hasReporting = (ctx.spec.reporting ?? []).length > 0;
  if (s.reporting && !hasReporting) {
    report(ctx, "model.no-reporting", {}, [...path, "reporting"], "warning");
  }
  if (s === body.tasksHome) {
    report(
      ctx,
      "model.placed-tasks",
      { number: numberOf(chain), title: s.title ?? "" },
      ["tasks"],
      "info",
    );
    content.push(...piecesBlocks(ctx, place.unplacedTasks, "bullets"));
  }
  const list: Child[] = sectionChildren(body, s.sections ?? [], [...path, "sections"]);
  if (s.assignments) {
    list.push(...body.agencies.map((item): Child => ({ kind: "agency", item })));
    // after the agencies, the reporting regime is an item of its own, never text under the last one
    if (hasReporting && s.reporting) list.push(reportingItem(body, false));
    else if (hasReporting && s === place.anchor && place.reportingUnplaced) {
      list.push(reportingItem(body));
    }
  }
  content.push(...children(body, list, s.numbering, chain));
  if (s.reporting && !s.assignments) {
    content.push(...buildBlocks(ctx, ctx.spec.reporting, ["reporting"]));
  }
  if (isEmpty(s) && s !== body.tasksHome) {
    const title = `${numberOf(chain)} ${s.title ?? ""}`.trim();
    report(ctx, "model.empty-section", { heading: title }, path, "warning");
  }
  if (s.title !== undefined) return [heading(ctx, s.title, chain), ...content];
  return numberFirstParagraph(content, numberOf(chain));
}

/** The first two words of a title, without marks, case or punctuation: its topic ("nhiem vu"). */
function firstWords(title: string): string {
  return withoutMarks(title)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "")
    .slice(0, 2)
    .join(" ");
}

/**
 * Nothing written under a section: no content, no subsection, and nothing placed in it (assignments,
 * reporting, or any part a later key places). A forgotten part, warned of with its path. Content that
 * yields nothing (a template that failed) is reported by what failed, not as emptiness.
 */
function isEmpty(s: SectionSpec): boolean {
  return Object.entries(s).every(([key, value]) => {
    if (key === "title" || key === "numbering") return true;
    if (Array.isArray(value)) return value.length === 0;
    return value === undefined || value === false || value === null;
  });
}

/** An untitled item's number goes before its first paragraph, or stands alone before a list. */
function numberFirstParagraph(body: Block[], number: string): Block[] {
  const first = body[0];
  if (first && first.type === "paragraph" && first.style === "body" && first.number === undefined) {
    return [{ ...first, number }, ...body.slice(1)];
  }
  return [{ type: "paragraph", style: "body", number, content: [] }, ...body];
}
