// Where the PDF's pages may not break, decided as Word and LibreOffice decide for the DOCX. flow.ts
// asks about each node in order, described by the pages it is on, where it starts and what else is
// on its page; a yes moves the node to the next page and flow.ts stacks on from there, so the rules
// only fire where a page ends:
// - a heading (keep with next, keep lines together) never ends a page and never splits: with the
//   headings run it opens, it goes over unless the first line of what follows is on its page (or
//   the sign-off's block fits under it), as far as LibreOffice keeps it (guessed-pages.ts);
// - a paragraph whose first line alone fits at a page's foot goes over whole when LibreOffice's
//   first guess put it on a later page (guessed-pages.ts).
// The rules only look at nodes registered here, which are never inside an unbreakable block.

import type { LayoutNode } from "./nodes.js";

/** The style of the page number in the top margin. */
export const PAGE_NUMBER_STYLE = "pageNumber";

/** A node as flow.ts has placed it so far. */
export interface NodeView {
  /** The node's key (keyOf). */
  key: object;
  /** The pages its content is on. */
  pageNumbers: number[];
  /** Where its first content starts. */
  startPosition: {
    pageNumber: number;
    /** Height of the page's text area. */
    pageInnerHeight: number;
    /** How far down the text area it starts, 0 at the top, 1 at the bottom. */
    verticalRatio: number;
    /** Its y, from the paper's top edge. */
    top: number;
  };
}

/** What else stands on a node's page. */
export interface NodeQueries {
  /** Content stands above the node on its page. */
  hasContentBefore(): boolean;
  /** The nodes after it on its page, in order. */
  getFollowingNodesOnPage(): NodeView[];
}

export interface TextMeta {
  kind: "text";
  section: number;
  /** Height of one of its lines, and the space under it. */
  line: number;
  /** LibreOffice's guessed page, from the section's first page. */
  guessedPage: number;
}

export interface HeadingMeta {
  kind: "heading";
  section: number;
  /** Lines of the headings run it opens, with their spaces: the run's height. */
  runHeight: number;
  /** What must share the run's page: the first node after the run, or the height it needs. */
  next: { key: object } | { height: number } | undefined;
  /** What the section's bottom margin gave back to running text (definition.ts). */
  overhang: number;
  /**
   * LibreOffice's first guess broke the page after the run, which it guessed on `guessedPage`
   * (from the section's first): when the run is on that page, it keeps the run with what follows
   * only if `firstUnit` points of that fit under the run (guessed-pages.ts).
   */
  guessedBreak?: { firstUnit: number; guessedPage: number };
}

export type Meta = TextMeta | HeadingMeta;

/** The object by which the rules know a node: a text's lines, a group's columns. */
export function keyOf(node: LayoutNode): object | undefined {
  if ("lines" in node) return node.lines;
  if ("columns" in node) return node.columns;
  return undefined;
}

/** Nodes and their rules for one document; `pageBreakBefore` is what flow.ts asks. */
export class Pagination {
  private readonly metas = new WeakMap<object, Meta>();
  private readonly starts = new Map<number, number>();

  /** Section `section` of the model starts on `page` (flow.ts says so as it opens it). */
  startSection(section: number, page: number): void {
    this.starts.set(section, page);
  }

  register(node: LayoutNode, meta: Meta): void {
    const key = keyOf(node);
    if (key) this.metas.set(key, meta);
  }

  readonly pageBreakBefore = (node: NodeView, queries: NodeQueries): boolean => {
    const meta = this.metaOf(node);
    if (meta === undefined) return false;
    const page = node.pageNumbers[0] ?? 1;
    if (!queries.hasContentBefore()) return false;
    return meta.kind === "heading"
      ? this.headingGoesOver(node, meta, queries)
      : this.paragraphGoesOver(node, meta, page);
  };

  private metaOf(node: NodeView): Meta | undefined {
    return this.metas.get(node.key);
  }

  private headingGoesOver(node: NodeView, meta: HeadingMeta, queries: NodeQueries): boolean {
    if (node.pageNumbers.length > 1) return true;
    const next = meta.next;
    if (next === undefined) return false;
    const guess = meta.guessedBreak;
    const page = node.pageNumbers[0] ?? 1;
    if (guess && page - (this.starts.get(meta.section) ?? 1) + 1 === guess.guessedPage) {
      const at = node.startPosition;
      const room = at.pageInnerHeight * (1 - at.verticalRatio);
      if (meta.runHeight + guess.firstUnit > room + 0.01) return false;
    }
    if ("key" in next) {
      const after = queries
        .getFollowingNodesOnPage()
        .find((n) => n.key === next.key && n.pageNumbers[0] === page);
      if (after === undefined) return true;
      // What follows is on the page, unless it is about to go over itself, taking the run along:
      // a paragraph moved whole, or the next run of headings (kept by its own rules).
      const meta = this.metaOf(after);
      if (meta?.kind === "text") return this.paragraphGoesOver(after, meta, page);
      if (meta?.kind !== "heading") return false;
      const following = queries.getFollowingNodesOnPage();
      const rest = following.slice(following.indexOf(after) + 1);
      return this.headingGoesOver(after, meta, {
        hasContentBefore: () => true,
        getFollowingNodesOnPage: () => rest,
      });
    }
    const at = node.startPosition;
    const bottom = at.top + at.pageInnerHeight * (1 - at.verticalRatio) - meta.overhang;
    return at.top + meta.runHeight + next.height > bottom + 0.01;
  }

  private paragraphGoesOver(node: NodeView, meta: TextMeta, page: number): boolean {
    if (node.pageNumbers.length < 2) return false;
    const at = node.startPosition;
    const room = at.pageInnerHeight * (1 - at.verticalRatio);
    const linesOnPage = Math.floor((room + 0.01) / meta.line);
    if (linesOnPage !== 1) return false;
    const start = this.starts.get(meta.section) ?? 1;
    return meta.guessedPage > page - start + 1;
  }
}
