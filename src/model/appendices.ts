// One landscape or portrait run of pages per appendix: "Phụ lục" (Roman numbered when there are
// several), the title in capitals, the line tying it to the plan, then intro, table and note.

import { toRoman, upperVi } from "../format/index.js";
import type { AppendixSpec } from "../spec/types.js";
import { guarded } from "./blocks.js";
import { type Ctx, label } from "./context.js";
import { attachedToText } from "./header.js";
import { parseMarkup } from "./markup.js";
import { buildTable, isGenerated } from "./tables/index.js";
import type { Block, PageSection } from "./types.js";

export function appendixSections(ctx: Ctx): PageSection[] {
  const list = ctx.spec.appendices ?? [];
  return list.map((a, i) => appendix(ctx, a, i, list.length));
}

function appendix(ctx: Ctx, a: AppendixSpec, index: number, count: number): PageSection {
  const path = ["appendices", index];
  const children: Block[] = [
    {
      type: "appendix-heading",
      label: label(ctx, "appendixLabel", { roman: count > 1 ? toRoman(index + 1) : "" }),
      title: upperVi(a.title.trim()),
      attachedTo: attachedToText(ctx),
    },
  ];
  if (a.intro) children.push(...parseMarkup(a.intro, "note"));
  children.push(
    ...guarded(ctx, [...path, "table"], () => {
      const table = buildTable(ctx, a.table, [...path, "table"]);
      return table ? [table] : [];
    }),
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
