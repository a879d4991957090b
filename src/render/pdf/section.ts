// The blocks of one section as layout nodes, kept together as the DOCX's paragraph properties keep
// them in Word and LibreOffice, so both break their pages in the same places:
// - a heading stays with the first line of what follows (keep with next): pagination.ts moves a
//   heading run left at the foot of a page to the next one;
// - a short closing paragraph (or list item) goes whole with the sign-off (keep with next and keep
//   lines together in the DOCX): one unbreakable block, with which the headings right before it are
//   kept by its height (pagination.ts);
// - a data table, and two tables in a row, are followed by the height of the DOCX's spacer paragraph.

import type { Block } from "../../document/types.js";
import { keptWithSignOff, lineHeightPt, PARAGRAPH, SPACING } from "../../layout/rules.js";
import { isWordTable, spacerBefore } from "../../layout/word-tables.js";
import { blockNodes, signOffHeight } from "./blocks.js";
import type { BlockContext } from "./context.js";
import type { LayoutNode, StackNode } from "./nodes.js";
import { keyOf, type Pagination } from "./pagination.js";
import { lineOfStyle } from "./styles.js";
import { tableLeadHeight } from "./table.js";

export interface SectionPlan {
  /** The section's index in the model. */
  index: number;
  /** What the section's bottom margin gave back to running text (definition.ts). */
  overhang: number;
  /** LibreOffice's guessed pages of each block's paragraphs (guessed-pages.ts). */
  guessed: readonly (readonly number[])[];
  pagination: Pagination;
}

interface Built {
  block: Block;
  nodes: LayoutNode[];
}

/** The blocks (their indices in the section) each top-level node of a section was built from. */
const BLOCKS_OF = new WeakMap<object, number[]>();

export function blocksOfNode(node: object): readonly number[] {
  return BLOCKS_OF.get(node) ?? [];
}

export function sectionContent(
  blocks: readonly Block[],
  ctx: BlockContext,
  plan?: SectionPlan,
): LayoutNode[] {
  const built: Built[] = blocks.map((block) => ({ block, nodes: blockNodes(block, ctx) }));
  const signoff = built.findIndex((b) => b.block.type === "signoff");
  // The blocks that go whole with the sign-off: a short closing block, and the headings before it.
  let groupFrom = signoff < 0 ? built.length : signoff;
  if (signoff > 0 && keptWithSignOff(blocks[signoff - 1] as Block, blocks[signoff])) groupFrom--;

  const out: LayoutNode[] = [];
  const grouped = new Set<LayoutNode>();
  let group: LayoutNode[] | undefined;
  let groupNode: StackNode | undefined;
  const inGroup = (nodes: LayoutNode[], block: number) => {
    if (!group || !groupNode) {
      group = [];
      groupNode = { stack: group, unbreakable: true };
      out.push(groupNode);
    }
    group.push(...nodes);
    for (const node of nodes) grouped.add(node);
    BLOCKS_OF.set(groupNode, [...blocksOfNode(groupNode), block]);
  };
  const from = (block: number, nodes: LayoutNode[]) => {
    for (const node of nodes) BLOCKS_OF.set(node as object, [block]);
    return nodes;
  };

  built.forEach((b, i) => {
    if (spacerBefore(blocks, i)) {
      out.push({ space: true, margin: [0, SPACING.afterTablePt, 0, 0] });
    }
    if (signoff < 0 || i < groupFrom || i > signoff) {
      out.push(...from(i, b.nodes));
      return;
    }
    if (i < signoff) {
      // A kept closing list keeps only its last item with the sign-off.
      out.push(...from(i, b.nodes.slice(0, -1)));
      inGroup(b.nodes.slice(-1), i);
      return;
    }
    // The sign-off must fit whole: it takes back what the margin gave running text.
    const overhang = plan?.overhang ?? 0;
    const tail: LayoutNode[] = overhang > 0 ? [{ space: true, margin: [0, overhang, 0, 0] }] : [];
    inGroup([...b.nodes, ...tail], i);
  });
  if (plan) register(built, grouped, ctx, plan);
  return out;
}

/**
 * Whether LibreOffice's first guess at the pages (guessed-pages.ts) broke the page between block i
 * and block i + 1. Where it did, and the next block's first lines do not fit under block i on its
 * page, LibreOffice leaves a heading there even though it is kept with the next: the next block
 * was never on that page to be kept with (measured). A table is kept with all the same.
 */
function guessedBreak(
  blocks: readonly Block[],
  guessed: SectionPlan["guessed"],
  i: number,
): boolean {
  const next = blocks[i + 1];
  if (next === undefined || isWordTable(next)) return false;
  const last = guessed[i]?.at(-1);
  const first = guessed[i + 1]?.[0];
  return last !== undefined && first !== undefined && first > last;
}

/**
 * Tells pagination.ts about the section's headings and paragraphs, but for those in the sign-off's
 * unbreakable block (`grouped`), which flow.ts puts whole and asks no rule about.
 */
function register(
  built: readonly Built[],
  grouped: ReadonlySet<LayoutNode>,
  ctx: BlockContext,
  plan: SectionPlan,
): void {
  const blocks = built.map((b) => b.block);
  const { pagination, index: section } = plan;
  const bodyLine = lineHeightPt(ctx.bodySize, PARAGRAPH.lineHeight);

  built.forEach((b, i) => {
    const guessed = plan.guessed[i] ?? [];
    if (b.block.type === "paragraph" || b.block.type === "list") {
      const style = b.block.type === "paragraph" ? b.block.style : "body";
      b.nodes.forEach((node, n) => {
        if (grouped.has(node)) return;
        pagination.register(node, {
          kind: "text",
          section,
          line: lineOfStyle(style, ctx.bodySize),
          guessedPage: guessed[n] ?? 1,
        });
      });
      return;
    }
    const head = b.nodes[0];
    if (b.block.type !== "heading" || head === undefined || grouped.has(head)) return;
    // A run of headings opens here unless the one before keeps with this one, or the guess broke
    // the page between them (then this one may have to go over on its own).
    const broken = (j: number) => guessedBreak(blocks, plan.guessed, j);
    if (built[i - 1]?.block.type === "heading" && !broken(i - 1)) return;
    let end = i;
    let runHeight = 0;
    for (;;) {
      runHeight += linesOf(built[end]?.nodes[0]) * bodyLine + PARAGRAPH.spaceAfterPt;
      if (built[end + 1]?.block.type !== "heading" || broken(end)) break;
      end++;
    }
    const following = built[end + 1];
    const firstNode = following?.nodes[0];
    let next: { key: object } | { height: number } | undefined;
    // What of the next block must fit under the run for LibreOffice to keep them together, when
    // its guess broke the page between them: a heading whole, two lines of a paragraph.
    let firstUnit = following ? firstUnitHeight(following, ctx, bodyLine) : 0;
    if (following && firstNode && grouped.has(firstNode)) {
      // The sign-off's unbreakable block: kept with by its height (it goes whole, so the nodes
      // inside it are not asked about).
      const signoff = built.find((x) => x.block.type === "signoff");
      const closing = following.block.type === "signoff" ? 0 : closingHeight(following, ctx);
      const height = signoff?.block.type === "signoff" ? signOffHeight(signoff.block, ctx) : 0;
      next = { height: closing + height };
      firstUnit = closing > 0 ? closing : height;
    } else if (firstNode && keyOf(firstNode)) {
      next = { key: keyOf(firstNode) as object };
    } else if (following?.block.type === "table") {
      next = { height: tableLeadHeight(following.block, ctx) };
    }
    const guessedPage = plan.guessed[end]?.at(-1);
    pagination.register(head, {
      kind: "heading",
      section,
      runHeight,
      next,
      overhang: plan.overhang,
      ...(broken(end) && guessedPage !== undefined
        ? { guessedBreak: { firstUnit, guessedPage } }
        : {}),
    });
  });
}

/**
 * The height a block's first lines need to come back to a page (guessed-pages.ts): a heading's
 * lines, a closing paragraph's (kept whole), or a paragraph's (or list's first item's) first two.
 */
function firstUnitHeight(b: Built, ctx: BlockContext, bodyLine: number): number {
  const node = b.nodes[0];
  if (b.block.type === "heading") return linesOf(node) * bodyLine + PARAGRAPH.spaceAfterPt;
  if (b.block.type === "signoff") return 0;
  const style = b.block.type === "paragraph" ? b.block.style : "body";
  const line = lineOfStyle(style, ctx.bodySize);
  const lines = Math.min(2, b.block.type === "list" ? linesOf(textOf(node)) : linesOf(node));
  return lines * line;
}

/** A list item's text node (its second column). */
function textOf(node: LayoutNode | undefined): LayoutNode | undefined {
  return node && "columns" in node ? node.columns[1]?.node : node;
}

/** Lines of a text node; 1 for anything else (a short fixed text). */
function linesOf(node: LayoutNode | undefined): number {
  return node && "lines" in node ? node.lines.length : 1;
}

/** A closing block kept whole with the sign-off: its lines and the space after them. */
function closingHeight(b: Built, ctx: BlockContext): number {
  const node = b.nodes.at(-1);
  const style = b.block.type === "paragraph" ? b.block.style : "body";
  const lines = b.block.type === "list" ? linesOf(textOf(node)) : linesOf(node);
  return lines * lineOfStyle(style, ctx.bodySize) + PARAGRAPH.spaceAfterPt;
}
