// The page view: the document as the PDF's pages, from the page of every block that the PDF's layout
// decided (pdfLayout(model).blockPages and pageNumbers, handed in as layout input). Each page is a box of A4
// proportions (landscape pages turned) with its number at the top centre where the PDF prints one.
// A block goes whole into the page it starts on: a block that runs over (a long paragraph, a long
// table) is followed by a marker "— hết trang N —" saying the page ends inside it, and its box grows
// with it; a page that only continues such a block shows a note naming the page it starts on.

import type { DocumentModel, PageSection } from "../../document/types.js";
import { type RenderContext, renderBlock } from "./blocks.js";

export interface PageMap {
  /** Per section of the model, per block of the section, the pages (from 1) the block is on. */
  blocks: readonly (readonly (readonly number[])[])[];
  /** How many pages the document has. */
  count: number;
  /** The number the PDF prints at the top of each page (index 0: page 1), undefined where none. */
  numbers: readonly (number | undefined)[];
}

interface Sheet {
  orientation: PageSection["orientation"];
  parts: string[];
  /** The block it continues from an earlier page, when no block starts on it. */
  from?: number;
  signoff: boolean;
}

/** The words of the page view: the document's language (the PDF's). */
const WORDS = {
  pageEnd: (first: number, last: number) =>
    last === first + 1
      ? `— hết trang ${first} —`
      : `— hết trang ${first} — (khối này kéo dài đến trang ${last})`,
  continued: (from: number) => `(tiếp theo của trang ${from})`,
  signoff: "Khối chữ ký ở trang này",
  page: (n: number) => `Trang ${n}`,
};

export function renderPages(model: DocumentModel, pages: PageMap, ctx: RenderContext): string[] {
  const sheets: Sheet[] = [];
  const sheet = (page: number, orientation: PageSection["orientation"]): Sheet => {
    let s = sheets[page - 1];
    if (!s) {
      s = { orientation, parts: [], signoff: false };
      sheets[page - 1] = s;
    }
    return s;
  };
  model.sections.forEach((section, si) => {
    const map = pages.blocks[si] ?? [];
    section.children.forEach((block, bi) => {
      const on = map[bi] ?? [];
      const first = on[0];
      if (first === undefined) return;
      const last = on[on.length - 1] ?? first;
      const home = sheet(first, section.orientation);
      home.parts.push(renderBlock(block, ctx));
      if (block.type === "signoff") home.signoff = true;
      if (last > first) {
        home.parts.push(`<p class="pg-end">${WORDS.pageEnd(first, last)}</p>`);
        for (let p = first + 1; p <= last; p++) {
          const next = sheet(p, section.orientation);
          if (next.parts.length === 0 && next.from === undefined) next.from = first;
        }
      }
    });
  });
  const out: string[] = [];
  for (let page = 1; page <= pages.count; page++) {
    const s = sheets[page - 1] ?? { orientation: "portrait", parts: [], signoff: false };
    const number = pages.numbers[page - 1];
    out.push(
      `<section class="sheet ${s.orientation}${s.signoff ? " has-signoff" : ""}" data-page="${page}" aria-label="${WORDS.page(page)}">`,
      number === undefined ? "" : `<div class="pg-number">${number}</div>`,
      s.signoff ? `<div class="pg-sign">${WORDS.signoff}</div>` : "",
      s.from !== undefined && s.parts.length === 0
        ? `<p class="pg-cont">${WORDS.continued(s.from)}</p>`
        : "",
      ...s.parts,
      "</section>",
    );
  }
  return out.filter((line) => line !== "");
}
