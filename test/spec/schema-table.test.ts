// Schema behaviour as data: a plan (BASE with some lines changed or added) → the diagnostics expected,
// as [code, line, col]. BASE is 16 lines; appended keys start on line 17. A column may be given as
// the text it points at on that line ("txt"): it stands for the 1-based column where the text starts.

import { describe, expect, it } from "vitest";
import { load, plan, where } from "./helpers.js";

type Expect = [code: string, line: number, col: number | string];

function resolve(text: string, expected: Expect[]): [string, number, number][] {
  const lines = text.split("\n");
  return expected.map(([code, line, col]) => {
    if (typeof col === "number") return [code, line, col];
    const at = lines[line - 1]?.indexOf(col) ?? -1;
    if (at < 0) throw new Error(`"${col}" is not on line ${line}`);
    return [code, line, at + 1];
  });
}

const STATS = "statistics:\n  baseline_year: 2023\n  standard: nd-07-2021\n";

const VALID: [name: string, text: string][] = [
  ["the base plan", plan()],
  ["a month as date", plan({ 8: "  date: 2024-02" })],
  ["a year as date", plan({ 8: "  date: 2024" })],
  ["29 February of a leap year", plan({ 8: "  date: 2024-02-29" })],
  ["a period of years", plan({ 10: "  period: { from: 2022, to: 2025 }" })],
  ["a number as text", plan({ 6: '  number: "05"\n  symbol: KH-UBND' })],
  [
    "legal bases as text and as parts",
    plan({ 10: "  period: 2024\n  legal_bases: [Luật A, { kind: Nghị định, date: 2021-01-27 }]" }),
  ],
  [
    "totals without units",
    plan({}, `${STATS}  totals: { households: 2991, groups: { poor: { households: 17 } } }\n`),
  ],
  [
    "units without totals",
    plan({}, `${STATS}  units:\n    - { name: Thôn A, households: 10, groups: {} }\n`),
  ],
  [
    "every target type",
    plan(
      {},
      [
        "targets:",
        "  - { id: a, type: rate_to, group: poor, rate: 0.43 }",
        "  - { id: b, type: reduce, group: poor, households: 16, points: 1.11 }",
        "  - { id: c, type: reduce_share, group: poor, percent: 35 }",
        "  - { id: d, type: coverage, percent: 100, subject: hộ nghèo, outcome: được cấp thẻ }",
        "  - { id: e, type: text, text: Xóa nhà tạm }",
        "",
      ].join("\n"),
    ),
  ],
  [
    "every block kind",
    plan({
      12: [
        "  - content:",
        "      - Đoạn văn",
        "      - bullets: [a, { text: b, bullets: [c] }]",
        "      - target: a",
        "      - targets: all",
        "      - targets: [a, b]",
        "      - { template: poverty-summary, group: poor }",
        "      - table: { generate: poverty }",
        "      - table: { header: [[A, { text: B, colspan: 2 }]], rows: [[1, null, 2.5]] }",
      ].join("\n"),
    }),
  ],
  [
    "agencies, tasks in a group and alone, the blocks and the table that place them",
    plan(
      {
        12: [
          "  - content:",
          "      - tasks: all",
          "      - { tasks: [g, t2], style: numbered }",
          "      - table: { generate: tasks }",
        ].join("\n"),
      },
      [
        "agencies:",
        "  - { id: vp, name: Văn phòng, short: VP }",
        "  - { id: mttq, name: Ủy ban MTTQ xã, directed: false }",
        "tasks:",
        "  - group: Chính quyền số",
        "    id: g",
        "    tasks:",
        "      - { id: t1, content: A, lead: vp, support: [mttq], deadline: Quý II/2024, cost: 5 }",
        "  - { id: t2, content: B, lead: vp, deadline: 2024, output: C, source: Ngân sách xã }",
        "assignments:",
        "  - { agency: vp, tasks: [x] }",
        "",
      ].join("\n"),
    ),
  ],
  [
    "a margin at its bounds",
    plan({}, "page: { margins: { top: 25, bottom: 20, left: 35, right: 15 }, font_size: 13 }\n"),
  ],
];

const INVALID: [name: string, text: string, expected: Expect[]][] = [
  // unknown keys, with and without a suggestion
  [
    "misspelt key",
    plan({ 9: "  sumary: Thực hiện" }),
    // one mistake, one diagnostic: the "missing summary" echo of the typo is dropped
    [["spec.unknown-key-suggest", 9, 3]],
  ],
  ["unknown top-level key", plan({}, "ghi_chu: x\n"), [["spec.unknown-key", 17, 1]]],
  [
    "misspelt key in a target",
    plan({}, "targets:\n  - { id: a, type: text, txt: b }\n"),
    [["spec.unknown-key-suggest", 18, "txt"]],
  ],
  // missing keys: placed on the mapping that should hold them
  ["missing top-level key", plan({ 13: null }), [["spec.missing-key", 1, 1]]],
  ["missing document key", plan({ 7: null }), [["spec.missing-key", 2, 1]]],
  [
    "missing key in a list item",
    plan({ 16: "signature: { title: Chủ tịch }" }),
    [["spec.missing-key", 16, 1]],
  ],
  ["statistics without units or totals", plan({}, STATS), [["spec.missing-one-of", 17, 1]]],
  // types
  [
    "text for a count",
    plan({}, `${STATS}  totals: { households: mười bảy, groups: {} }\n`),
    [["spec.type", 20, "mười"]],
  ],
  [
    "thousands dot in a count",
    plan({}, `${STATS}  totals: { households: 2.991, groups: {} }\n`),
    [["spec.count-thousands", 20, "2.991"]],
  ],
  [
    "decimals in a count",
    plan({}, `${STATS}  totals: { households: 2.5, groups: {} }\n`),
    [["spec.not-integer", 20, "2.5"]],
  ],
  [
    "decimal comma",
    plan({}, "targets:\n  - { id: a, type: rate_to, group: poor, rate: '0,43' }\n"),
    [["spec.decimal-comma", 18, "'0,43'"]],
  ],
  ["empty value", plan({ 3: "  issuing_body:" }), [["spec.type", 3, "issuing_body"]]],
  ["list for a text", plan({ 15: "archive: [VT]" }), [["spec.type", 15, "[VT]"]]],
  ["text for a list", plan({ 14: "recipients: Như trên" }), [["spec.type", 14, "Như"]]],
  ["text for a boolean", plan({ 10: "  period: 2024\n  draft: có" }), [["spec.type", 11, "có"]]],
  // ranges
  [
    "margin out of range",
    plan({}, "page:\n  margins: { top: 30, left: 2.5 }\n"),
    [
      ["spec.range", 18, "30"],
      ["spec.range", 18, "2.5"],
    ],
  ],
  [
    "percent over 100",
    plan({}, "targets:\n  - { id: c, type: reduce_share, group: poor, percent: 130 }\n"),
    [["spec.range", 18, "130"]],
  ],
  [
    "negative count",
    plan({}, `${STATS}  totals: { households: -1, groups: {} }\n`),
    [["spec.range", 20, "-1"]],
  ],
  ["year out of range", plan({ 10: "  period: 1900" }), [["spec.range", 10, "1900"]]],
  [
    "zero width",
    plan({ 12: "  - content: [{ table: { header: [[A]], rows: [], widths: [0] } }]" }),
    [["spec.above", 12, "0]"]],
  ],
  ["empty text", plan({ 9: '  summary: ""' }), [["spec.empty-text", 9, '"']]],
  ["blank text", plan({ 9: '  summary: "   "' }), [["spec.empty-text", 9, '"']]],
  ["empty list", plan({ 14: "recipients: []" }), [["spec.empty-list", 14, "[]"]]],
  // enums
  ["font size", plan({}, "page: { font_size: 12 }\n"), [["spec.enum", 17, "12"]]],
  [
    "unit kind without tone marks",
    plan({ 4: "  unit_kind: phuong" }),
    [["spec.enum-suggest", 4, "phuong"]],
  ],
  [
    "authority without its dot",
    plan({ 16: "signature: { authority: TM, title: Chủ tịch, signer: A }" }),
    [["spec.enum-suggest", 16, "TM"]],
  ],
  [
    "role in Vietnamese",
    plan({}, "assignments:\n  - { agency: A, role: chủ trì, tasks: [x] }\n"),
    [["spec.enum-suggest", 18, "chủ trì"]],
  ],
  [
    "a task group written with title instead of group",
    plan(
      {},
      "tasks:\n  - { title: Nhóm, tasks: [{ id: a, content: A, lead: vp, deadline: 2024 }] }\n",
    ),
    [
      ["spec.missing-key", 18, 5],
      ["spec.unknown-key", 18, "title"],
    ],
  ],
  [
    "a task without its deadline",
    plan({}, "tasks:\n  - { id: a, content: A, lead: vp }\n"),
    [["spec.missing-key", 18, 5]],
  ],
  [
    "an agency id with a space",
    plan({}, "agencies:\n  - { id: van phong, name: Văn phòng }\n"),
    [["spec.bad-id", 18, "van"]],
  ],
  [
    "tasks and targets in one block",
    plan({ 12: "  - content: [{ targets: all, tasks: all }]" }),
    [["spec.block-mixed", 12, "tasks"]],
  ],
  ["version", plan({ 1: "kehoach: 2" }), [["spec.version", 1, "2"]]],
  // dates and periods
  ["month 13", plan({ 8: "  date: 2024-13-01" }), [["spec.bad-date", 8, "20"]]],
  [
    "date written the Vietnamese way",
    plan({ 8: "  date: 22/02/2024" }),
    [["spec.bad-date-dmy", 8, "22/"]],
  ],
  ["30 February", plan({ 8: "  date: 2024-02-30" }), [["spec.date-invalid", 8, "20"]]],
  [
    "29 February of a common year",
    plan({ 8: "  date: 2023-02-29" }),
    [["spec.date-invalid", 8, "20"]],
  ],
  [
    "31 April in a legal basis",
    plan({ 10: "  period: 2024\n  legal_bases: [{ kind: Luật, date: 2015-04-31 }]" }),
    [["spec.date-invalid", 11, "2015"]],
  ],
  [
    "period backwards",
    plan({ 10: "  period: { from: 2025, to: 2022 }" }),
    [["spec.period-order", 10, "{"]],
  ],
  [
    "period without its end",
    plan({ 10: "  period: { from: 2022 }" }),
    [["spec.missing-key", 10, "period"]],
  ],
  // targets: one wrong target, one message
  [
    "target type misspelt",
    plan({}, "targets:\n  - { id: a, type: rate, group: poor }\n"),
    [["spec.enum-suggest", 18, "rate"]],
  ],
  [
    "target type missing",
    plan({}, "targets:\n  - { id: a, group: poor }\n"),
    [["spec.missing-key", 18, "{"]],
  ],
  [
    "target type not a word",
    plan({}, "targets:\n  - { id: a, type: 7 }\n"),
    [["spec.enum", 18, "7"]],
  ],
  [
    "target missing its own key",
    plan({}, "targets:\n  - { id: d, type: coverage, percent: 100, outcome: x }\n"),
    [["spec.missing-key", 18, "{"]],
  ],
  // content blocks
  [
    "block key misspelt",
    plan({ 12: "  - content: [{ bulets: [a] }]" }),
    [["spec.unknown-key-suggest", 12, "bulets"]],
  ],
  ["empty block", plan({ 12: "  - content: [{}]" }), [["spec.block-kind", 12, "{}"]]],
  [
    "two kinds in one block",
    plan({ 12: "  - content: [{ target: a, targets: all }]" }),
    [["spec.block-mixed", 12, "targets"]],
  ],
  [
    "targets neither list nor all",
    plan({ 12: "  - content: [{ targets: some }]" }),
    [["spec.enum", 12, "some"]],
  ],
  [
    "bullet of the wrong type",
    plan({ 12: "  - content: [{ bullets: [1] }]" }),
    [["spec.type", 12, "1]"]],
  ],
  [
    "generated table misspelt",
    plan({ 12: "  - content: [{ table: { generate: povrty } }]" }),
    [["spec.enum-suggest", 12, "povrty"]],
  ],
  [
    "generated table missing its group",
    plan({ 12: "  - content: [{ table: { generate: deprivation } }]" }),
    [["spec.missing-key", 12, "table"]],
  ],
  [
    "free table key misspelt",
    plan({ 12: "  - content: [{ table: { heder: [[A]], rows: [] } }]" }),
    [["spec.unknown-key-suggest", 12, "heder"]],
  ],
  [
    "cell with a bad span",
    plan({ 12: "  - content: [{ table: { header: [[{ text: A, colspan: 0 }]], rows: [] } }]" }),
    [["spec.range", 12, "0 }"]],
  ],
  // sections
  [
    "section key misspelt",
    plan({ 12: "  - tittle: Mục tiêu" }),
    [["spec.unknown-key-suggest", 12, "tittle"]],
  ],
  [
    "numbering style",
    plan({ 12: "  - { title: A, numbering: roman_upper }" }),
    [["spec.enum-suggest", 12, "roman_upper"]],
  ],
  ["no sections", plan({ 11: "sections: []", 12: null }), [["spec.empty-list", 11, "[]"]]],
];

describe("schema: valid plans", () => {
  it.each(VALID)("%s", (_name, text) => {
    const r = load(text);
    expect(where(r.diagnostics)).toEqual([]);
    expect(r.spec).toBeDefined();
  });
});

describe("schema: invalid plans", () => {
  it.each(INVALID)("%s", (_name, text, expected) => {
    const r = load(text);
    expect(where(r.diagnostics)).toEqual(resolve(text, expected));
    expect(r.spec).toBeUndefined();
  });
});
