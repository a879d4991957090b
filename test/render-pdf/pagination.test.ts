// pagination.ts: the page-break rules pdfmake asks about, on hand-made node descriptions.

import type { Node, NodeQueries } from "pdfmake/interfaces.js";
import { describe, expect, it } from "vitest";
import { Pagination } from "../../src/render/pdf/pagination.js";

/** A node description as pdfmake gives it: on `pages`, starting `top` points down a page whose
 * text area runs from 50 to 800. */
function node(key: object, pages: number[], top: number): Node {
  return {
    text: key,
    pageNumbers: pages,
    pages: 10,
    stack: false,
    startPosition: {
      pageNumber: pages[0],
      pageInnerHeight: 750,
      verticalRatio: (top - 50) / 750,
      top,
    },
  } as unknown as Node;
}

const queries = (before: Node[], after: Node[], next: Node[]): NodeQueries => ({
  getPreviousNodesOnPage: () => before,
  getFollowingNodesOnPage: () => after,
  getNodesOnNextPage: () => next,
});

describe("Pagination: headings", () => {
  const setup = () => {
    const p = new Pagination();
    const h = [{ text: "I. " }];
    const para = [{ text: "Văn bản" }];
    const other = [{ text: "x" }];
    p.register(
      { text: h },
      { kind: "heading", section: 0, runHeight: 24.5, next: { key: para }, overhang: 2.4 },
    );
    p.register({ text: para }, { kind: "text", section: 0, line: 18.5, guessedPage: 1 });
    return { p, h, para, other: node(other, [3], 100) };
  };

  it("moves a heading whose next paragraph starts on the next page", () => {
    const { p, h, para, other } = setup();
    expect(p.pageBreakBefore(node(h, [3], 770), queries([other], [], [node(para, [4], 50)]))).toBe(
      true,
    );
  });

  it("leaves a heading followed on its page by the first line of what follows", () => {
    const { p, h, para, other } = setup();
    const after = node(para, [3, 4], 780);
    expect(p.pageBreakBefore(node(h, [3], 750), queries([other], [after], [after]))).toBe(false);
  });

  it("moves a heading split over two pages, and never one at the top of a page", () => {
    const { p, h, para, other } = setup();
    const next = [node(para, [4], 80)];
    expect(p.pageBreakBefore(node(h, [3, 4], 790), queries([other], [], next))).toBe(true);
    expect(p.pageBreakBefore(node(h, [4], 50), queries([], [], next))).toBe(false);
  });

  it("moves a heading with the paragraph after it when that one goes over", () => {
    const p = new Pagination();
    const h = [{ text: "I. " }];
    const para = [{ text: "Văn bản" }];
    p.register(
      { text: h },
      { kind: "heading", section: 0, runHeight: 24.5, next: { key: para }, overhang: 2.4 },
    );
    // Guessed on page 4 by LibreOffice, only its first line fits on page 3: it goes over whole.
    p.register({ text: para }, { kind: "text", section: 0, line: 18.5, guessedPage: 4 });
    const after = node(para, [3, 4], 770);
    const other = node([{ text: "x" }], [3], 100);
    expect(p.pageBreakBefore(node(h, [3], 745), queries([other], [after], [after]))).toBe(true);
  });

  it("keeps a heading with a table's first rows, by their height", () => {
    const p = new Pagination();
    const h = [{ text: "I. " }];
    p.register(
      { text: h },
      { kind: "heading", section: 0, runHeight: 24.5, next: { height: 60 }, overhang: 2.4 },
    );
    const other = node([{ text: "x" }], [3], 100);
    const next = [other];
    // The page's real bottom is 800 − 2.4: 700 + 24.5 + 60 fits, 720 + 24.5 + 60 does not.
    expect(p.pageBreakBefore(node(h, [3], 700), queries([other], [], next))).toBe(false);
    expect(p.pageBreakBefore(node(h, [3], 720), queries([other], [], next))).toBe(true);
  });
});

describe("Pagination: where LibreOffice's first guess broke the page after a heading", () => {
  const setup = (guessedPage: number) => {
    const p = new Pagination();
    const h = [{ text: "I. " }];
    const para = [{ text: "Văn bản" }];
    p.register(
      { text: h },
      {
        kind: "heading",
        section: 0,
        runHeight: 24.5,
        next: { key: para },
        overhang: 2.4,
        guessedBreak: { firstUnit: 37, guessedPage },
      },
    );
    return { p, h, para, other: node([{ text: "x" }], [3], 100) };
  };

  it("leaves the heading at the foot when what follows never fitted under it", () => {
    const { p, h, para, other } = setup(3);
    // 750 + 24.5 + 37 > 800: the next paragraph's first two lines do not fit under the heading.
    expect(p.pageBreakBefore(node(h, [3], 750), queries([other], [], [node(para, [4], 50)]))).toBe(
      false,
    );
  });

  it("keeps them together as usual when they fit, or when the heading is not on its guessed page", () => {
    const { p, h, para, other } = setup(3);
    expect(p.pageBreakBefore(node(h, [3], 700), queries([other], [], [node(para, [4], 50)]))).toBe(
      true,
    );
    const late = setup(2);
    expect(
      late.p.pageBreakBefore(
        node(late.h, [3], 750),
        queries([late.other], [], [node(late.para, [4], 50)]),
      ),
    ).toBe(true);
  });
});

describe("Pagination: a paragraph's first line alone at a page's foot", () => {
  const setup = (guessedPage: number) => {
    const p = new Pagination();
    const para = [{ text: "Văn bản" }];
    p.register({ text: para }, { kind: "text", section: 0, line: 18.5, guessedPage });
    const other = node([{ text: "x" }], [3], 100);
    return { p, para, other };
  };

  it("goes over whole when LibreOffice's guess put it on a later page", () => {
    const { p, para, other } = setup(4);
    expect(p.pageBreakBefore(node(para, [3, 4], 770), queries([other], [], []))).toBe(true);
  });

  it("stays when the guess put it on its page or before", () => {
    const { p, para, other } = setup(3);
    expect(p.pageBreakBefore(node(para, [3, 4], 770), queries([other], [], []))).toBe(false);
  });

  it("stays when two of its lines fit, or when it fits whole", () => {
    const { p, para, other } = setup(4);
    expect(p.pageBreakBefore(node(para, [3, 4], 760), queries([other], [], []))).toBe(false);
    expect(p.pageBreakBefore(node(para, [3], 770), queries([other], [], []))).toBe(false);
  });
});
