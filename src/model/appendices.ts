// One landscape or portrait run of pages per appendix: "Phụ lục" (Roman numbered when there are
// several), the title in capitals, the line tying it to the plan, then intro, table and note.

import type { SpecPath } from "../diagnostics/types.js";
import type { Block, PageSection } from "../document/types.js";
import { inlineText, toRoman, upperVi } from "../format/index.js";
import { suggest } from "../spec/did-you-mean.js";
import type { AppendixSpec } from "../spec/types.js";
import { guarded } from "./blocks.js";
import { type Ctx, label, report } from "./context.js";
import { attachedToText } from "./header.js";
import { parseMarkup } from "./markup.js";
import { buildTable, isGenerated } from "./tables/index.js";

export function appendixSections(ctx: Ctx): PageSection[] {
  const list = ctx.spec.appendices ?? [];
  return list.map((a, i) => appendix(ctx, a, i, list.length));
}

/**
 * "Phụ lục", or "Phụ lục II" when the plan has several ("Phụ lục 2" with format.appendix_numbering:
 * decimal). `style` names the other style, for recognising a reference written in it.
 */
function appendixLabel(
  ctx: Ctx,
  index: number,
  count: number,
  style = ctx.spec.format?.appendix_numbering ?? "roman",
): string {
  const number = count > 1 ? (style === "decimal" ? String(index + 1) : toRoman(index + 1)) : "";
  // {{roman}} is the number in the plan's style: labels.yaml of localities written before name it so
  return label(ctx, "appendixLabel", { roman: number, number });
}

/** The appendix's label in either style: "Phụ lục II" and "Phụ lục 2" both refer to it. */
function appendixNames(ctx: Ctx, index: number, count: number): string[] {
  const own = ctx.spec.format?.appendix_numbering ?? "roman";
  const other = own === "roman" ? "decimal" : "roman";
  return [appendixLabel(ctx, index, count, own), appendixLabel(ctx, index, count, other)];
}

/**
 * A content block { appendix: id }: "(Chi tiết tại Phụ lục I kèm theo Kế hoạch này)", the label as
 * the appendix's own. An unknown id is an error, with the closest id declared.
 */
export function appendixRef(ctx: Ctx, id: string, path: SpecPath): Block[] {
  const list = ctx.spec.appendices ?? [];
  const index = list.findIndex((a) => a.id === id);
  if (index < 0) {
    const ids = list.flatMap((a) => (a.id ? [a.id] : []));
    const near = suggest(id, ids);
    report(
      ctx,
      near ? "model.unknown-appendix-suggest" : "model.unknown-appendix",
      { appendix: id, suggestion: near ?? "", known: ids.join(", ") || "—" },
      path,
    );
    return [];
  }
  const text = label(ctx, "appendixRef", {
    label: appendixLabel(ctx, index, list.length),
    kind: label(ctx, "documentKindText"),
  });
  return parseMarkup(text);
}

/**
 * Whether `text` names the appendix of this label: "Phụ lục I" but not "Phụ lục II"; "Phụ lục 1" (or
 * "Phụ lục 01") but not "Phụ lục 12"; any case.
 */
export function mentions(text: string, appendixLabelText: string): boolean {
  const escaped = appendixLabelText
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\s+/g, "\\s+")
    // a decimal number may be written with a leading zero
    .replace(/\\s\+(?=\d)/u, (gap) => `${gap}0?`);
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(text);
}

function blockText(b: Block): string[] {
  switch (b.type) {
    case "paragraph":
    case "heading":
      return [inlineText(b.content)];
    case "list":
      return b.items.flatMap((item) => [
        inlineText(item.content),
        ...(item.children ? blockText(item.children) : []),
      ]);
    case "table":
      return b.rows.flatMap((r) => r.cells.map((c) => inlineText(c.content)));
    default:
      return [];
  }
}

/**
 * Nghị định 30/2020 asks the text to refer to each appendix: one the body never names ("Phụ lục I",
 * or "Phụ lục" when there is only one; a { appendix: id } block writes it) gets a warning.
 */
export function checkAppendixRefs(ctx: Ctx, body: readonly Block[]): void {
  const list = ctx.spec.appendices ?? [];
  if (list.length === 0) return;
  const text = body.flatMap(blockText).join("\n").normalize("NFC");
  list.forEach((a, i) => {
    const name = appendixLabel(ctx, i, list.length);
    if (appendixNames(ctx, i, list.length).some((n) => mentions(text, n))) return;
    report(
      ctx,
      "model.appendix-unreferenced",
      { label: name, title: a.title.trim(), id: a.id ?? "" },
      ["appendices", i],
      "warning",
    );
  });
}

function appendix(ctx: Ctx, a: AppendixSpec, index: number, count: number): PageSection {
  const path = ["appendices", index];
  const children: Block[] = [
    {
      type: "appendix-heading",
      label: appendixLabel(ctx, index, count),
      title: upperVi(a.title.trim()),
      attachedTo: attachedToText(ctx),
    },
  ];
  if (a.intro) children.push(...parseMarkup(a.intro, "note"));
  children.push(
    ...guarded(ctx, [...path, "table"], () => buildTable(ctx, a.table, [...path, "table"])),
  );
  if (a.note) children.push(...parseMarkup(a.note, "note"));
  return {
    type: "section",
    // generated tables are wide (a pair of columns per figure); a typed table is usually narrow
    orientation: a.orientation ?? (isGenerated(a.table) ? "landscape" : "portrait"),
    pageNumbers: { show: true, showOnFirstPage: false, restartAt: 1 },
    children,
  };
}
