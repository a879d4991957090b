// Shared helpers of the model tests: build from the hand-made fixtures, and read text back out.

import type { Block, DocumentModel, Inline, Table } from "../../src/document/types.js";
import { buildModel } from "../../src/model/build.js";
import { loadTemplates } from "../../src/model/templates.js";
import type { PlanSpec } from "../../src/spec/types.js";
import type { Computed } from "../../src/stats/types.js";
import { seed000Computed, seed000Spec } from "./fixtures.js";

export const builtin = loadTemplates([]);

export function build(
  edit: (spec: PlanSpec) => void = () => {},
  opts: { draft?: boolean; computed?: Computed; templateDirs?: string[] } = {},
) {
  const spec = seed000Spec();
  edit(spec);
  return buildModel({
    spec,
    computed: opts.computed ?? seed000Computed(),
    templates: opts.templateDirs ? loadTemplates(opts.templateDirs) : builtin,
    ...(opts.draft !== undefined ? { draft: opts.draft } : {}),
  });
}

/**
 * Replaces the fixture's sections and drops the parts they no longer place (assignments, budget,
 * reporting), which the model would otherwise add at their conventional places.
 */
export function onlySections(spec: PlanSpec, sections: PlanSpec["sections"]): void {
  spec.sections = sections;
  delete spec.assignments;
  delete spec.budget;
  delete spec.reporting;
}

/** Inline runs as markup again: bold **…**, italic *…*. */
export function md(content: readonly Inline[]): string {
  return content
    .map((r) => {
      if (r.type === "break") return "\n";
      if (r.bold && r.italic) return `***${r.text}***`;
      if (r.bold) return `**${r.text}**`;
      if (r.italic) return `*${r.text}*`;
      return r.text;
    })
    .join("");
}

/** A block as one line of text, to compare the reading order with a seed. */
export function line(b: Block): string {
  switch (b.type) {
    case "paragraph":
      return `${b.number ? `${b.number} ` : ""}${md(b.content)}`;
    case "heading":
      return `${b.number} ${md(b.content)}`;
    case "list":
      return b.items
        .map(
          (i) =>
            `${b.marker} ${md(i.content)}${(i.children?.items ?? []).map((c) => `\n  + ${md(c.content)}`).join("")}`,
        )
        .join("\n");
    default:
      return `[${b.type}]`;
  }
}

export function body(model: DocumentModel): Block[] {
  return model.sections[0]?.children ?? [];
}

export function bodyText(model: DocumentModel): string[] {
  return body(model).map(line);
}

export function tables(model: DocumentModel): Table[] {
  return model.sections.flatMap((s) => s.children.filter((b): b is Table => b.type === "table"));
}

/** A table as rows of cell texts. */
export function grid(t: Table): string[][] {
  return t.rows.map((r) => r.cells.map((c) => md(c.content)));
}
