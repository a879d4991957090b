// The numbered body of the plan. Titled sections become headings, untitled ones numbered paragraphs;
// `assignments: true` adds one numbered subsection per agency, `reporting: true` the reporting
// regime. Numbers come from positions only (numbering.ts).

import type { SpecPath } from "../diagnostics/types.js";
import { upperVi } from "../format/index.js";
import type { AssignmentSpec, SectionSpec } from "../spec/types.js";
import { buildBlocks } from "./blocks.js";
import { type Ctx, label, report } from "./context.js";
import { parseInline } from "./markup.js";
import { numberOf, type Position, styleAt } from "./numbering.js";
import type { Block, Heading } from "./types.js";

export function buildBody(ctx: Ctx): Block[] {
  return children(ctx, ctx.spec.sections, [], ["sections"], undefined);
}

type Child =
  | { kind: "section"; spec: SectionSpec; path: SpecPath }
  | { kind: "assignment"; spec: AssignmentSpec; path: SpecPath };

function children(
  ctx: Ctx,
  sections: readonly SectionSpec[],
  assignments: readonly AssignmentSpec[],
  sectionsPath: SpecPath,
  override: SectionSpec["numbering"],
  chain: readonly Position[] = [],
): Block[] {
  const list: Child[] = [
    ...sections.map((spec, i): Child => ({ kind: "section", spec, path: [...sectionsPath, i] })),
    ...assignments.map(
      (spec, i): Child => ({ kind: "assignment", spec, path: ["assignments", i] }),
    ),
  ];
  const style = override ?? styleAt(ctx.spec.format?.numbering, chain.length + 1);
  return list.flatMap((child, i) => {
    const here = [...chain, { style, ordinal: i + 1 }];
    return child.kind === "section"
      ? section(ctx, child.spec, child.path, here)
      : assignment(ctx, child.spec, child.path, here);
  });
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

function section(ctx: Ctx, s: SectionSpec, path: SpecPath, chain: readonly Position[]): Block[] {
  const body: Block[] = buildBlocks(ctx, s.content, [...path, "content"]);
  if (s.assignments && !(ctx.spec.assignments && ctx.spec.assignments.length > 0)) {
    report(ctx, "model.no-assignments", {}, [...path, "assignments"], "warning");
  }
  body.push(
    ...children(
      ctx,
      s.sections ?? [],
      s.assignments ? (ctx.spec.assignments ?? []) : [],
      [...path, "sections"],
      s.numbering,
      chain,
    ),
  );
  if (s.reporting) {
    if (!ctx.spec.reporting || ctx.spec.reporting.length === 0) {
      report(ctx, "model.no-reporting", {}, [...path, "reporting"], "warning");
    }
    body.push(...buildBlocks(ctx, ctx.spec.reporting, ["reporting"]));
  }
  if (isEmpty(s)) {
    const heading = `${numberOf(chain)} ${s.title ?? ""}`.trim();
    report(ctx, "model.empty-section", { heading }, path, "warning");
  }
  if (s.title !== undefined) return [heading(ctx, s.title, chain), ...body];
  return numberFirstParagraph(body, numberOf(chain));
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

function assignment(
  ctx: Ctx,
  a: AssignmentSpec,
  path: SpecPath,
  chain: readonly Position[],
): Block[] {
  const title =
    a.role === "de_nghi" && !/^đề nghị\s/iu.test(a.agency.trim())
      ? label(ctx, "deNghi", { agency: a.agency.trim() })
      : a.agency.trim();
  return [heading(ctx, title, chain), ...buildBlocks(ctx, a.tasks, [...path, "tasks"])];
}
