// Which blocks the DOCX writes as Word tables, and where it parts two tables with a paragraph (Word
// and LibreOffice join adjacent tables into one). Decided here once and read by the DOCX writer
// (render/docx/section.ts) and by the PDF layout that reproduces the DOCX's pages
// (render/pdf/section.ts, render/pdf/guessed-pages.ts), so the two cannot drift apart.

import type { Block, BlockType } from "../document/types.js";

/** Every block type, and whether it is a Word table: a new type fails to compile until decided. */
const WORD_TABLE: { readonly [K in BlockType]: boolean } = {
  header: true,
  "draft-mark": false,
  title: false,
  heading: false,
  paragraph: false,
  list: false,
  table: true,
  signoff: true,
  "appendix-heading": false,
};

/** Whether the DOCX writes the block as a Word table (the header block, a table, the sign-off). */
export function isWordTable(block: Block): boolean {
  return WORD_TABLE[block.type];
}

/** A list without items: the DOCX writes nothing for it. */
function writesNothing(block: Block): boolean {
  return block.type === "list" && block.items.length === 0;
}

/**
 * Whether the DOCX puts its spacer paragraph before blocks[i]: it is a Word table, and so is the
 * last block before it that writes anything in the section.
 */
export function spacerBefore(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i];
  if (block === undefined || !isWordTable(block)) return false;
  for (let j = i - 1; j >= 0; j--) {
    const before = blocks[j] as Block;
    if (!writesNothing(before)) return isWordTable(before);
  }
  return false;
}
