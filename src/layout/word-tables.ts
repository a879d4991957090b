// Which blocks the DOCX writes as Word tables, and where it puts a spacer paragraph: under a data
// table, and between two tables (Word and LibreOffice join adjacent tables into one). Decided here once and read by the DOCX writer
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
 * Whether the DOCX puts its spacer paragraph (SPACING.afterTablePt) before blocks[i], which writes
 * something: the last block before it that writes anything in the section is a data table (a
 * heading or a paragraph would touch its bottom border), or both are Word tables (Word would join
 * them). A table that ends its section gets none: the next section starts a page.
 */
export function spacerBefore(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i];
  if (block === undefined || writesNothing(block)) return false;
  for (let j = i - 1; j >= 0; j--) {
    const before = blocks[j] as Block;
    if (!writesNothing(before)) {
      return before.type === "table" || (isWordTable(block) && isWordTable(before));
    }
  }
  return false;
}
