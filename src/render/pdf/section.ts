// The blocks of one section as pdfmake nodes, with the groupings that keep things together without
// another layout pass (pdfmake lays the whole document out again for every break pageBreakBefore
// adds, which doubles the time of a render):
// - a heading, or a run of headings, goes in one unbreakable stack with the first node of what
//   follows when that is short (a paragraph, a list's first item); otherwise pageBreakBefore
//   (keep.ts) still moves a heading left alone at the foot of a page;
// - a sign-off goes with the closing paragraph before it, unless that paragraph is long.

import type { Content } from "pdfmake/interfaces.js";
import { LIST, PARAGRAPH } from "../../layout/rules.js";
import type { Block, Inline } from "../../model/types.js";
import { blockNodes } from "./blocks.js";
import type { BlockContext } from "./context.js";
import { pt } from "./geometry.js";
import { plain } from "./text.js";

/** Lines of text that may be kept with a heading before it or a signature after it. */
const KEPT_LINES = 8;

export function sectionContent(blocks: readonly Block[], ctx: BlockContext): Content[] {
  const out: Content[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i] as Block;
    if (block.type === "heading") {
      const group: Content[] = [];
      while (blocks[i]?.type === "heading") group.push(...blockNodes(blocks[i++] as Block, ctx));
      const next = blocks[i];
      if (next && firstNodeIsShort(next, ctx)) {
        const rest = blockNodes(next, ctx);
        const first = rest.shift();
        if (first !== undefined) group.push(first);
        out.push({ stack: group, unbreakable: true }, ...rest);
        i++;
      } else {
        out.push({ stack: group, unbreakable: true });
      }
      continue;
    }
    const nodes = blockNodes(block, ctx);
    const before = blocks[i - 1];
    const closing = out[out.length - 1];
    if (
      block.type === "signoff" &&
      before?.type === "paragraph" &&
      closing !== undefined &&
      linesOf(before.content, ctx, ctx.geometry.textWidth) <= KEPT_LINES
    ) {
      out[out.length - 1] = { stack: [closing, ...nodes], unbreakable: true };
    } else {
      out.push(...nodes);
    }
    i++;
  }
  return out;
}

function firstNodeIsShort(block: Block, ctx: BlockContext): boolean {
  const width = ctx.geometry.textWidth;
  switch (block.type) {
    case "paragraph":
      return linesOf(block.content, ctx, width) <= KEPT_LINES;
    case "list": {
      const first = block.items[0];
      const room = width - pt(PARAGRAPH.firstLineIndentMm) - pt(LIST.hangingMm);
      return first !== undefined && linesOf(first.content, ctx, room) <= KEPT_LINES;
    }
    default:
      return false;
  }
}

function linesOf(content: readonly Inline[], ctx: BlockContext, room: number): number {
  return ctx.measure.lines(plain(content), ctx.bodySize, room);
}
