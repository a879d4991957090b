import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Block, DocumentModel, TableRow } from "../../src/document/types.js";
import { lineHeightPt, splitTwips } from "../../src/layout/rules.js";
import { documentDate } from "../../src/render/pdf/date.js";
import { guessPages, paragraphsPerPage } from "../../src/render/pdf/guessed-pages.js";
import { placeCells } from "../../src/render/pdf/table.js";
import { sampleModel } from "../fixtures/sample-model.js";

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

describe("lineHeightPt (rules.ts), as LibreOffice lays out the DOCX", () => {
  it("makes a single line 1.15 em in whole twips, and a 1.15-spaced line a cut multiple", () => {
    expect(lineHeightPt(14)).toBe(16.1);
    expect(lineHeightPt(14, 1.15)).toBe(18.5);
    expect(lineHeightPt(13)).toBe(14.95);
    // 299 twips × 1.15 = 343.85: LibreOffice cuts it to 343.
    expect(lineHeightPt(13, 1.15)).toBe(17.15);
    expect(lineHeightPt(12)).toBe(13.8);
    expect(lineHeightPt(11)).toBe(12.65);
  });
});

describe("splitTwips (rules.ts)", () => {
  it("splits a width into whole twips in proportion, summing exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20000 }),
        fc.array(fc.double({ min: -1, max: 100, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const parts = splitTwips(total, weights);
          expect(parts).toHaveLength(weights.length);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          for (const p of parts) expect(Number.isInteger(p) && p >= 0).toBe(true);
        },
      ),
    );
  });
});

describe("guessPages: LibreOffice's first guess at the pages", () => {
  const para = (text: string): Block => ({
    type: "paragraph",
    style: "body",
    content: [{ type: "text", text }],
  });
  const model = (blocks: Block[], more: Block[] = []): DocumentModel => {
    const m = sampleModel();
    m.sections = [
      {
        type: "section",
        orientation: "portrait",
        pageNumbers: { show: true, showOnFirstPage: false },
        children: blocks,
      },
      ...(more.length
        ? [
            {
              type: "section" as const,
              orientation: "landscape" as const,
              pageNumbers: { show: true, showOnFirstPage: false, restartAt: 1 },
              children: more,
            },
          ]
        : []),
    ];
    return m;
  };

  it("puts 25 paragraphs on a page of a small document, 20 on a page of a larger one", () => {
    const small = Array.from({ length: 60 }, (_, i) => para(`${i}`));
    expect(paragraphsPerPage(model(small))).toBe(25);
    // The 26th paragraph opens page 2 and is not counted there: page 2 holds 26.
    const pages = guessPages(model(small))[0]?.map((p) => p[0]);
    expect(pages?.slice(24, 27)).toEqual([1, 2, 2]);
    expect(pages?.slice(50, 53)).toEqual([2, 3, 3]);
    const large = Array.from({ length: 150 }, (_, i) => para(`${i}`));
    expect(paragraphsPerPage(model(large))).toBe(20);
  });

  it("counts a table's rows, a list's items, and starts each section on a page of its own", () => {
    const list: Block = {
      type: "list",
      marker: "-",
      items: Array.from({ length: 30 }, (_, i) => ({
        content: [{ type: "text" as const, text: `${i}` }],
      })),
    };
    const guessed = guessPages(model([list], [para("Phụ lục")]));
    expect(guessed[0]?.[0]?.slice(24, 27)).toEqual([1, 2, 2]);
    expect(guessed[1]?.[0]).toEqual([1]);
  });
});
