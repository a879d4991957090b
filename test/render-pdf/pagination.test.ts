// pagination.ts: the page-break rules flow.ts asks about, on hand-made layout nodes and views of
// where flow.ts placed them.

import { describe, expect, it } from "vitest";
import type { ColumnsNode, TextNode } from "../../src/render/pdf/nodes.js";
import {
  keyOf,
  type NodeQueries,
  type NodeView,
  Pagination,
} from "../../src/render/pdf/pagination.js";

/** A paragraph of one line: its `lines` array is the key the rules know it by. */
const text = (s: string): TextNode => ({
  lines: [{ runs: [{ text: s }], width: 0, spaces: 0, last: true }],
});

/** A node as flow.ts describes it: on `pages`, starting `top` points down a page whose text area
 * runs from 50 to 800. */
function view(node: TextNode | ColumnsNode, pages: number[], top: number): NodeView {
  return {
    key: keyOf(node) as object,
    pageNumbers: pages,
    startPosition: {
      pageNumber: pages[0] as number,
      pageInnerHeight: 750,
      verticalRatio: (top - 50) / 750,
      top,
    },
  };
}

/** `before`: what stands above the node on its page; `after`: the nodes after it there. */
const queries = (before: NodeView[], after: NodeView[]): NodeQueries => ({
  hasContentBefore: () => before.length > 0,
  getFollowingNodesOnPage: () => after,
});

describe("keyOf", () => {
  it("knows a text by its lines and a group by its columns, and nothing else", () => {
    const t = text("a");
    const c: ColumnsNode = { columns: [{ width: "*", node: t }] };
    expect(keyOf(t)).toBe(t.lines);
    expect(keyOf(c)).toBe(c.columns);
    expect(keyOf({ stack: [t] })).toBeUndefined();
    expect(keyOf({ space: true })).toBeUndefined();
  });
});

describe("Pagination: headings", () => {
  const setup = () => {
    const p = new Pagination();
    const h = text("I. ");
    const para = text("Văn bản");
    p.register(h, {
      kind: "heading",
      section: 0,
      runHeight: 24.5,
      next: { key: para.lines },
      overhang: 2.4,
    });
    p.register(para, { kind: "text", section: 0, line: 18.5, guessedPage: 1 });
    return { p, h, para, other: view(text("x"), [3], 100) };
  };

  it("moves a heading whose next paragraph starts on the next page", () => {
    const { p, h, other } = setup();
    expect(p.pageBreakBefore(view(h, [3], 770), queries([other], []))).toBe(true);
  });

  it("leaves a heading followed on its page by the first line of what follows", () => {
    const { p, h, para, other } = setup();
    const after = view(para, [3, 4], 780);
    expect(p.pageBreakBefore(view(h, [3], 750), queries([other], [after]))).toBe(false);
  });

  it("knows what follows by the node itself, not by a node with the same text", () => {
    const { p, h, other } = setup();
    const lookalike = view(text("Văn bản"), [3, 4], 780);
    expect(p.pageBreakBefore(view(h, [3], 750), queries([other], [lookalike]))).toBe(true);
  });

  it("moves a heading split over two pages, and never one at the top of a page", () => {
    const { p, h } = setup();
    const other = view(text("x"), [3], 100);
    expect(p.pageBreakBefore(view(h, [3, 4], 790), queries([other], []))).toBe(true);
    expect(p.pageBreakBefore(view(h, [4], 50), queries([], []))).toBe(false);
  });

  it("moves a heading with the paragraph after it when that one goes over", () => {
    const p = new Pagination();
    const h = text("I. ");
    const para = text("Văn bản");
    p.register(h, {
      kind: "heading",
      section: 0,
      runHeight: 24.5,
      next: { key: para.lines },
      overhang: 2.4,
    });
    // Guessed on page 4 by LibreOffice, only its first line fits on page 3: it goes over whole.
    p.register(para, { kind: "text", section: 0, line: 18.5, guessedPage: 4 });
    const after = view(para, [3, 4], 770);
    const other = view(text("x"), [3], 100);
    expect(p.pageBreakBefore(view(h, [3], 745), queries([other], [after]))).toBe(true);
  });

  it("moves a heading with the next run of headings when that run goes over", () => {
    const p = new Pagination();
    const h1 = text("I. ");
    const h2 = text("1. ");
    const para = text("Văn bản");
    const heading = (next: TextNode) =>
      ({
        kind: "heading",
        section: 0,
        runHeight: 24.5,
        next: { key: next.lines },
        overhang: 2.4,
      }) as const;
    p.register(h1, heading(h2));
    p.register(h2, heading(para));
    p.register(para, { kind: "text", section: 0, line: 18.5, guessedPage: 1 });
    const other = view(text("x"), [3], 100);
    // h2 is on the page, its paragraph is not: h2 goes over, and h1 with it.
    const second = view(h2, [3], 755);
    expect(p.pageBreakBefore(view(h1, [3], 730), queries([other], [second]))).toBe(true);
    // The paragraph's first line is on the page too: both stay.
    const after = view(para, [3, 4], 780);
    expect(p.pageBreakBefore(view(h1, [3], 730), queries([other], [second, after]))).toBe(false);
  });

  it("keeps a heading with a group of columns (the sign-off) by the group's key", () => {
    const p = new Pagination();
    const h = text("Nơi nhận");
    const group: ColumnsNode = { columns: [{ width: "*", node: text("CHỦ TỊCH") }] };
    p.register(h, {
      kind: "heading",
      section: 0,
      runHeight: 24.5,
      next: { key: group.columns },
      overhang: 2.4,
    });
    const other = view(text("x"), [3], 100);
    expect(p.pageBreakBefore(view(h, [3], 740), queries([other], [view(group, [3], 765)]))).toBe(
      false,
    );
    expect(p.pageBreakBefore(view(h, [3], 770), queries([other], [view(group, [4], 50)]))).toBe(
      true,
    );
  });

  it("keeps a heading with a table's first rows, by their height", () => {
    const p = new Pagination();
    const h = text("I. ");
    p.register(h, {
      kind: "heading",
      section: 0,
      runHeight: 24.5,
      next: { height: 60 },
      overhang: 2.4,
    });
    const other = view(text("x"), [3], 100);
    // The page's real bottom is 800 − 2.4: 700 + 24.5 + 60 fits, 720 + 24.5 + 60 does not.
    expect(p.pageBreakBefore(view(h, [3], 700), queries([other], []))).toBe(false);
    expect(p.pageBreakBefore(view(h, [3], 720), queries([other], []))).toBe(true);
    // 713.2 + 24.5 + 60 = 797.7 would fit above 800, not above the bottom less the overhang.
    expect(p.pageBreakBefore(view(h, [3], 713.2), queries([other], []))).toBe(true);
  });

  it("leaves a heading with nothing to keep it with, and a node it does not know", () => {
    const p = new Pagination();
    const h = text("I. ");
    p.register(h, { kind: "heading", section: 0, runHeight: 24.5, next: undefined, overhang: 0 });
    const other = view(text("x"), [3], 100);
    expect(p.pageBreakBefore(view(h, [3], 790), queries([other], []))).toBe(false);
    expect(p.pageBreakBefore(view(text("I. "), [3, 4], 790), queries([other], []))).toBe(false);
  });
});

describe("Pagination: where LibreOffice's first guess broke the page after a heading", () => {
  const setup = (guessedPage: number) => {
    const p = new Pagination();
    const h = text("I. ");
    const para = text("Văn bản");
    p.register(h, {
      kind: "heading",
      section: 0,
      runHeight: 24.5,
      next: { key: para.lines },
      overhang: 2.4,
      guessedBreak: { firstUnit: 37, guessedPage },
    });
    return { p, h, para, other: view(text("x"), [3], 100) };
  };

  it("leaves the heading at the foot when what follows never fitted under it", () => {
    const { p, h, other } = setup(3);
    // 750 + 24.5 + 37 > 800: the next paragraph's first two lines do not fit under the heading.
    expect(p.pageBreakBefore(view(h, [3], 750), queries([other], []))).toBe(false);
  });

  it("keeps them together as usual when they fit, or when the heading is not on its guessed page", () => {
    const { p, h, other } = setup(3);
    expect(p.pageBreakBefore(view(h, [3], 700), queries([other], []))).toBe(true);
    const late = setup(2);
    expect(late.p.pageBreakBefore(view(late.h, [3], 750), queries([late.other], []))).toBe(true);
  });
});

describe("Pagination: a paragraph's first line alone at a page's foot", () => {
  const setup = (guessedPage: number) => {
    const p = new Pagination();
    const para = text("Văn bản");
    p.register(para, { kind: "text", section: 0, line: 18.5, guessedPage });
    const other = view(text("x"), [3], 100);
    return { p, para, other };
  };

  it("goes over whole when LibreOffice's guess put it on a later page", () => {
    const { p, para, other } = setup(4);
    expect(p.pageBreakBefore(view(para, [3, 4], 770), queries([other], []))).toBe(true);
  });

  it("stays when the guess put it on its page or before", () => {
    const { p, para, other } = setup(3);
    expect(p.pageBreakBefore(view(para, [3, 4], 770), queries([other], []))).toBe(false);
  });

  it("stays when two of its lines fit, when it fits whole, or at the top of a page", () => {
    const { p, para, other } = setup(4);
    expect(p.pageBreakBefore(view(para, [3, 4], 760), queries([other], []))).toBe(false);
    expect(p.pageBreakBefore(view(para, [3], 770), queries([other], []))).toBe(false);
    expect(p.pageBreakBefore(view(para, [3, 4], 770), queries([], []))).toBe(false);
  });

  it("counts the guessed page from its section's first page", () => {
    const p = new Pagination();
    const para = text("Văn bản");
    p.register(para, { kind: "text", section: 1, line: 18.5, guessedPage: 3 });
    const other = view(text("x"), [7], 100);
    // flow.ts says the section starts on page 5: page 7 is its third page.
    p.startSection(1, 5);
    expect(p.pageBreakBefore(view(para, [7, 8], 770), queries([other], []))).toBe(false);
    expect(p.pageBreakBefore(view(para, [6, 7], 770), queries([other], []))).toBe(true);
  });
});
