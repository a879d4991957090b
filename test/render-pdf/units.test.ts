import fc from "fast-check";
import type { Node, NodeQueries } from "pdfmake/interfaces.js";
import { describe, expect, it } from "vitest";
import type { TableRow } from "../../src/model/types.js";
import { documentDate } from "../../src/render/pdf/date.js";
import { keepHeadingsWithNext } from "../../src/render/pdf/keep.js";
import { PageNumberer } from "../../src/render/pdf/page-numbers.js";
import { placeCells } from "../../src/render/pdf/table.js";

describe("PageNumberer", () => {
  const body = { show: true, showOnFirstPage: false };
  const appendix = { show: true, showOnFirstPage: false, restartAt: 1 };

  it("hides page 1, restarts each appendix, and continues a section without restartAt", () => {
    const n = new PageNumberer([body, appendix, { show: true, showOnFirstPage: true }]);
    const seen = [
      n.numberOn(0, 1),
      n.numberOn(0, 2),
      n.numberOn(0, 3),
      n.numberOn(1, 4),
      n.numberOn(1, 5),
      n.numberOn(2, 6),
      n.numberOn(2, 7),
    ];
    expect(seen).toEqual([undefined, 2, 3, undefined, 2, 3, 4]);
  });

  it("shows nothing for a section that shows no numbers, but counts its pages", () => {
    const n = new PageNumberer([{ show: false, showOnFirstPage: false }, body]);
    expect([n.numberOn(0, 1), n.numberOn(0, 2), n.numberOn(1, 3), n.numberOn(1, 4)]).toEqual([
      undefined,
      undefined,
      undefined,
      4,
    ]);
  });

  it("starts over on each layout pass", () => {
    const n = new PageNumberer([body, appendix]);
    n.numberOn(0, 1);
    n.numberOn(1, 2);
    expect(n.numberOn(1, 3)).toBe(2);
    n.numberOn(0, 1);
    n.numberOn(0, 2);
    expect(n.numberOn(1, 3)).toBeUndefined();
    expect(n.numberOn(1, 4)).toBe(2);
  });
});

describe("keepHeadingsWithNext", () => {
  const node = (over: Partial<Node>): Node =>
    ({ pageNumbers: [1], pages: 2, stack: false, startPosition: {}, ...over }) as Node;
  const queries = (before: Node[], after: Node[], next: Node[]): NodeQueries => ({
    getPreviousNodesOnPage: () => before,
    getFollowingNodesOnPage: () => after,
    getNodesOnNextPage: () => next,
  });
  const text = node({ text: "x" });
  const heading = node({ text: "I.", headlineLevel: 1 });
  const pageNumber = node({ text: "2", style: "pageNumber" });

  it("breaks before a heading with only headings or the page number after it", () => {
    expect(keepHeadingsWithNext(heading, queries([text], [], [text]))).toBe(true);
    expect(keepHeadingsWithNext(heading, queries([text], [heading, pageNumber], [text]))).toBe(
      true,
    );
  });

  it("leaves a heading followed by text, at the top of a page, or at the very end", () => {
    expect(keepHeadingsWithNext(heading, queries([text], [text], [text]))).toBe(false);
    expect(keepHeadingsWithNext(heading, queries([pageNumber], [], [text]))).toBe(false);
    expect(keepHeadingsWithNext(heading, queries([text], [], [pageNumber]))).toBe(false);
    expect(keepHeadingsWithNext(text, queries([text], [], [text]))).toBe(false);
  });
});

describe("placeCells", () => {
  const row = (spans: [number, number][]): TableRow => ({
    kind: "body",
    cells: spans.map(([colSpan, rowSpan]) => ({ content: [], colSpan, rowSpan })),
  });

  it("always gives every row exactly one slot per column, whatever the spans", () => {
    const spans = fc.array(
      fc.tuple(fc.integer({ min: -1, max: 5 }), fc.integer({ min: -1, max: 4 })),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.array(spans, { maxLength: 8 }), (n, rows) => {
        const placed = placeCells(rows.map(row), n);
        expect(placed).toHaveLength(rows.length);
        for (const r of placed) expect(r).toHaveLength(n);
        // Covered slots are exactly those some cell's span reaches.
        const covered = placed.map((r) => r.map(() => false));
        placed.forEach((r, i) => {
          for (const slot of r) {
            if (typeof slot === "string") continue;
            for (let dr = 0; dr < slot.rowSpan; dr++) {
              for (let dc = 0; dc < slot.colSpan; dc++) {
                if (dr === 0 && dc === 0) continue;
                const line = covered[i + dr];
                expect(line?.[slot.col + dc]).toBe(false);
                if (line) line[slot.col + dc] = true;
              }
            }
          }
        });
        placed.forEach((r, i) => {
          r.forEach((slot, c) => {
            expect(slot === "covered").toBe(covered[i]?.[c]);
          });
        });
      }),
    );
  });
});

describe("documentDate", () => {
  it("reads the plan's date as midnight UTC", () => {
    expect(documentDate("2024-02-05").toISOString()).toBe("2024-02-05T00:00:00.000Z");
    expect(documentDate("2024-02-05T13:00:00+07:00").toISOString()).toBe(
      "2024-02-05T00:00:00.000Z",
    );
  });

  it("prefers SOURCE_DATE_EPOCH, and never depends on the clock", () => {
    expect(documentDate("2024-02-05", "86400").toISOString()).toBe("1970-01-02T00:00:00.000Z");
    expect(documentDate("2024-02-05", "").toISOString()).toBe("2024-02-05T00:00:00.000Z");
    expect(documentDate("not a date").getTime()).toBe(0);
  });
});
