// layout/table-widths.ts: a data table's column widths, one decision for DOCX, PDF and HTML. The
// rule as data tables, then its promises checked with the PDF's line breaker and Tinos' own
// metrics (the breaks LibreOffice makes in the DOCX, line-breaks.ts): "10" never wraps, and no
// header word is cut when the table has room for all of them.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RowKind, Table } from "../../src/document/types.js";
import { mmToTwips, portraitTextWidthTwips, splitTwips, TABLE } from "../../src/layout/rules.js";
import {
  columnNeeds,
  splitWithMinimums,
  tableColumnsTwips,
} from "../../src/layout/table-widths.js";
import { tableXml } from "../../src/render/docx/table.js";
import { htmlStyles } from "../../src/render/html/index.js";
import { fitLines } from "../../src/render/pdf/line-breaks.js";
import { tinosMeasure } from "../../src/render/pdf/measure.js";
import { gridWidths } from "../../src/render/pdf/table.js";
import { sampleModel } from "../fixtures/sample-model.js";
import { fifteenColumnTable } from "../parity/edge-models.js";

const PORTRAIT = portraitTextWidthTwips({ left: 30, right: 15 }); // 9354
const MARGINS = 2 * mmToTwips(TABLE.cellPaddingMm);

function table(weights: number[], rows: [RowKind, string[]][]): Table {
  return {
    type: "table",
    columns: weights.map((width) => ({ width, align: "left" })),
    headerRows: rows.filter(([kind]) => kind === "header" || kind === "index").length,
    rows: rows.map(([kind, cells]) => ({
      kind,
      cells: cells.map((s) => ({ content: [{ type: "text" as const, text: s }] })),
    })),
  };
}

describe("splitWithMinimums", () => {
  const cases: [string, number, number[], number[], number[]][] = [
    ["no minimum binds: the proportional split", 100, [1, 1, 2], [0, 0, 0], [25, 25, 50]],
    ["a column raised, the others share the rest", 100, [1, 1, 2], [40, 0, 0], [40, 20, 40]],
    ["raising one pushes another under its own", 100, [1, 1, 8], [30, 30, 0], [30, 30, 40]],
    ["zero weights take only their minimum", 100, [0, 1, 1], [10, 0, 0], [10, 45, 45]],
    ["every column fixed: the last takes the rest", 100, [1, 1], [60, 30], [60, 40]],
  ];
  it.each(cases)("%s", (_, total, weights, mins, want) => {
    expect(splitWithMinimums(total, weights, mins)).toEqual(want);
  });
});

describe("columnNeeds", () => {
  it("measures each column's widest word at its row's font, cell margins included", () => {
    const t = table(
      [1, 3],
      [
        ["header", ["TT", "Phương tiện"]],
        ["index", ["A", "B"]],
        ["body", ["10", "Thôn 1"]],
      ],
    );
    const [tt, name] = columnNeeds(t, 14);
    // "Phương" in 12 pt bold: 6916 font units, 40.5 pt, plus margins and a half-point spare.
    expect(name?.minTwips).toBe(Math.ceil((6916 * 12 * 20) / 2048) + MARGINS + 10);
    // Only numbers and index labels make a column's floor.
    expect(name?.floorTwips).toBe(Math.ceil((1366 * 12 * 20) / 2048) + MARGINS + 10); // "B"
    // "TT" in bold is wider than "10" regular.
    expect(tt?.minTwips).toBe(Math.ceil((2 * 1366 * 12 * 20) / 2048) + MARGINS + 10);
    // A header word as short as "TT" is kept whole as numbers are.
    expect(tt?.floorTwips).toBe(tt?.minTwips);
  });

  it("leaves out cells spanning columns, and finds a cell's column past spans from above", () => {
    const t: Table = {
      type: "table",
      columns: [1, 1, 1].map((width) => ({ width, align: "left" })),
      headerRows: 2,
      rows: [
        {
          kind: "header",
          cells: [
            { content: [{ type: "text", text: "TT" }], rowSpan: 2 },
            { content: [{ type: "text", text: "Nghiêmtrọngquá" }], colSpan: 2 },
          ],
        },
        {
          kind: "header",
          cells: [{ content: [{ type: "text", text: "Số" }] }, { content: [] }],
        },
      ],
    };
    const needs = columnNeeds(t, 14).map((n) => n.minTwips);
    // "Số" lands in column 1 (column 0 is spanned from above); the spanning word counts nowhere.
    expect(needs[1]).toBeGreaterThan(MARGINS + 10);
    expect(needs[2]).toBe(MARGINS);
  });
});

describe("tableColumnsTwips", () => {
  it("keeps the proportional split, twip for twip, when every column has room", () => {
    const t = table(
      [1, 6, 3, 3],
      [
        ["header", ["TT", "Đơn vị", "Số hộ", "Tỷ lệ"]],
        ["body", ["1", "Thôn Đông", "120", "3,45"]],
      ],
    );
    expect(tableColumnsTwips(t, PORTRAIT, 14)).toEqual(splitTwips(PORTRAIT, [1, 6, 3, 3]));
  });

  it("widens a TT column of two-digit numbers and the columns of long header words", () => {
    const t = fifteenColumnTable(12);
    const plain = splitTwips(
      PORTRAIT,
      t.columns.map((c) => c.width),
    );
    const widths = tableColumnsTwips(t, PORTRAIT, 14);
    const needs = columnNeeds(t, 14);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(PORTRAIT);
    widths.forEach((w, i) => {
      expect(w).toBeGreaterThanOrEqual(needs[i]?.minTwips ?? 0);
    });
    // Today's split was too narrow for "10" and for "Phương": both got wider, the rest gave way.
    expect(widths[0]).toBeGreaterThan(plain[0] ?? 0);
    expect(widths[2]).toBeGreaterThan(plain[2] ?? 0);
    expect(widths[3]).toBeLessThan(plain[3] ?? 0);
  });

  it("keeps numbers and index labels whole when the words cannot all fit, and shares the rest", () => {
    const words = Array.from({ length: 14 }, () => "Nghiêmtrọng");
    const t = table(Array(15).fill(1), [
      ["header", ["TT", ...words]],
      ["body", ["10", ...words.map(() => "x")]],
    ]);
    const needs = columnNeeds(t, 14);
    expect(needs.reduce((a, n) => a + n.minTwips, 0)).toBeGreaterThan(PORTRAIT);
    const widths = tableColumnsTwips(t, PORTRAIT, 14);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(PORTRAIT);
    expect(widths[0]).toBeGreaterThanOrEqual(needs[0]?.floorTwips ?? 0);
    // The text columns, alike in their needs, share the rest alike (to a twip).
    const rest = widths.slice(1);
    expect(Math.max(...rest) - Math.min(...rest)).toBeLessThanOrEqual(1);
  });

  it("keeps the proportional split when even the numbers cannot fit (a 300-digit word)", () => {
    const t = table(
      [1, 6, 3],
      [
        ["header", ["TT", "Nội dung", "Mã"]],
        ["body", ["1", "Hỗ trợ", "9".repeat(300)]],
      ],
    );
    expect(tableColumnsTwips(t, PORTRAIT, 14)).toEqual(splitTwips(PORTRAIT, [1, 6, 3]));
  });

  it("always sums to the text width, with no negative column", () => {
    const word = fc.constantFrom("TT", "10", "1.234", "Phương", "tiện", "Nghiêm", "x", "(2)", "");
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 30 }),
        fc.array(word, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1134, max: 15000 }),
        (weights, cells, width) => {
          const t = table(weights, [
            ["header", cells.slice(0, weights.length)],
            ["body", cells],
          ]);
          const widths = tableColumnsTwips(t, width, 14);
          expect(widths).toHaveLength(weights.length);
          expect(widths.reduce((a, b) => a + b, 0)).toBe(width);
          for (const w of widths) expect(w).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the promises, with LibreOffice's line breaks on Tinos", () => {
  const measure = tinosMeasure();
  /** Lines `word` takes alone in a column `twips` wide (cell margins included), at 12 pt. */
  const lines = (word: string, twips: number, bold: boolean, italics = false) => {
    const room = (twips - MARGINS) / 20;
    return fitLines([{ text: word }], { size: 12, first: room, rest: room, bold, italics }, measure)
      .length;
  };
  const longWords = ["Phương", "Nghiêm", "Trường", "nghèo", "DTTS", "Hưởng", "chuyển"];

  it("never wraps a TT column's number, nor an index, in a portrait table of 15 columns", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 120 }),
        fc.array(fc.constantFrom(...longWords, "Số", "Hộ", "Tỷ lệ"), {
          minLength: 14,
          maxLength: 14,
        }),
        (rows, headers) => {
          const t = table(
            [1, ...Array(14).fill(2)],
            [
              ["header", ["TT", ...headers]],
              ["index", ["A", ...headers.map((_, i) => String(i + 1))]],
              ...Array.from({ length: rows }, (_, r): [RowKind, string[]] => [
                "body",
                [String(r + 1), ...headers.map(() => "7")],
              ]),
            ],
          );
          const widths = tableColumnsTwips(t, PORTRAIT, 14);
          expect(lines(String(rows), widths[0] ?? 0, false)).toBe(1);
          expect(lines("TT", widths[0] ?? 0, true)).toBe(1);
          widths.slice(1).forEach((w, i) => {
            expect(lines(String(i + 1), w, false, true)).toBe(1);
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it("cuts no header word when the table has room for every column's longest word", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 15 }),
        fc.array(fc.constantFrom(...longWords, "Số hộ", "Tỷ lệ (%)", "Hộ nghèo", "Phương tiện"), {
          minLength: 15,
          maxLength: 15,
        }),
        fc.constantFrom(9354, 14741),
        (n, headers, width) => {
          const heads = headers.slice(0, n);
          const t = table(
            heads.map((_, i) => (i === 0 ? 1 : 2)),
            [
              ["header", heads],
              ["body", heads.map((_, i) => String(i + 10))],
            ],
          );
          const needs = columnNeeds(t, 14);
          if (needs.reduce((a, x) => a + x.minTwips, 0) > width) return;
          const widths = tableColumnsTwips(t, width, 14);
          heads.forEach((head, i) => {
            for (const word of head.split(" ")) expect(lines(word, widths[i] ?? 0, true)).toBe(1);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("the three renderers", () => {
  it("give a 15-column portrait table the same columns: DOCX's grid, PDF's widths, HTML's percents", () => {
    const t = fifteenColumnTable(12);
    const want = tableColumnsTwips(t, PORTRAIT, 14);
    const docx = [
      ...tableXml(t, { textWidth: PORTRAIT, bodySize: 14 }).matchAll(/<w:gridCol w:w="(\d+)"\/>/g),
    ];
    expect(docx.map((m) => Number(m[1]))).toEqual(want);
    expect(gridWidths(t, PORTRAIT / 20, 14).map((pt) => Math.round(pt * 20))).toEqual(want);
    const model = sampleModel();
    model.page.fontSize = 14;
    model.page.margins = { top: 20, bottom: 20, left: 30, right: 15 };
    const first = model.sections[0];
    if (first === undefined) throw new Error("sample has no section");
    model.sections = [{ ...first, orientation: "portrait", children: [t] }];
    const css = htmlStyles(model);
    const percents = [
      ...css.matchAll(/#tbl-1 > colgroup > col:nth-child\(\d+\) \{ width: ([\d.]+)%; \}/g),
    ];
    expect(percents.map((m) => Math.round((Number(m[1]) * PORTRAIT) / 100))).toEqual(want);
  });
});
