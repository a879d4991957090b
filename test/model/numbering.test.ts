import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import type { Heading } from "../../src/document/types.js";
import { localize } from "../../src/edge/catalog.js";
import { numberOf, styleAt } from "../../src/model/numbering.js";
import type { SectionSpec } from "../../src/spec/types.js";
import { body, bodyText, build, onlySections } from "./helpers.js";

describe("styles and numbers", () => {
  it("defaults to roman, decimal, letter, then the marks -, +, • (the last repeats)", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((l) => styleAt(undefined, l))).toEqual([
      "roman",
      "decimal",
      "letter",
      "dash",
      "plus",
      "bullet",
      "bullet",
    ]);
  });

  it("past a short list: levels 1–3 repeat its last style, 4–6 take the default marks", () => {
    expect([1, 2, 3, 4, 5].map((l) => styleAt(["roman", "decimal"], l))).toEqual([
      "roman",
      "decimal",
      "decimal",
      "dash",
      "plus",
    ]);
    expect(styleAt(["roman", "decimal", "letter"], 4)).toBe("dash");
    expect(styleAt(["roman", "decimal", "letter", "decimal", "letter"], 6)).toBe("bullet");
  });

  it("a nested last style goes on nesting", () => {
    expect(styleAt(["roman", "decimal", "nested"], 4)).toBe("nested");
  });

  it("levels 4 to 6 can be set like the first three", () => {
    const list = ["roman", "decimal", "nested", "letter", "dash", "plus"] as const;
    expect([1, 2, 3, 4, 5, 6].map((l) => styleAt(list, l))).toEqual([...list]);
  });

  it.each([
    [[{ style: "roman", ordinal: 4 }], "IV."],
    [
      [
        { style: "roman", ordinal: 1 },
        { style: "decimal", ordinal: 2 },
      ],
      "2.",
    ],
    [
      [
        { style: "roman", ordinal: 1 },
        { style: "decimal", ordinal: 2 },
        { style: "nested", ordinal: 1 },
      ],
      "2.1.",
    ],
    [
      [
        { style: "roman", ordinal: 1 },
        { style: "decimal", ordinal: 2 },
        { style: "nested", ordinal: 1 },
        { style: "nested", ordinal: 3 },
      ],
      "2.1.3.",
    ],
    [
      [
        { style: "decimal", ordinal: 3 },
        { style: "nested", ordinal: 1 },
        { style: "nested", ordinal: 2 },
      ],
      "3.1.2.",
    ],
    [
      [
        { style: "roman", ordinal: 1 },
        { style: "letter", ordinal: 5 },
      ],
      "đ)",
    ],
    [
      [
        { style: "letter", ordinal: 2 },
        { style: "nested", ordinal: 1 },
      ],
      "1.",
    ],
  ] as const)("%j → %s", (chain, out) => {
    expect(numberOf(chain)).toBe(out);
  });
});

function outline(sections: SectionSpec[], numbering?: SectionSpec["numbering"][]) {
  const { model, diagnostics } = build((spec) => {
    onlySections(spec, sections);
    if (numbering) spec.format = { numbering: numbering as never };
    else delete spec.format;
    delete spec.appendices;
  });
  // the outlines' leaves are titles alone: empty sections, warned of (tested below)
  expect(diagnostics.filter((d) => d.code !== "model.empty-section")).toEqual([]);
  return bodyText(model).filter((l) => /^([IVX]+\.|\d|[a-zđ]\)|[-+•] )/u.test(l));
}

describe("section numbering in a plan", () => {
  it("numbers by position: I., 1., a) by default, level-1 titles in capitals", () => {
    expect(
      outline([
        { title: "Mục đích, yêu cầu", sections: [{ title: "Mục đích" }, { title: "Yêu cầu" }] },
        {
          title: "Nhiệm vụ",
          sections: [
            { title: "Tuyên truyền", sections: [{ title: "Ở phường" }, { title: "Ở tổ" }] },
          ],
        },
      ]),
    ).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Mục đích",
      "2. Yêu cầu",
      "II. NHIỆM VỤ",
      "1. Tuyên truyền",
      "a) Ở phường",
      "b) Ở tổ",
    ]);
  });

  it("numbers levels 1 to 6 each its own way: I. / 1. / a) / - / + / •", () => {
    const deep = (titles: string[]): SectionSpec[] => {
      const [first, ...rest] = titles;
      return [
        {
          title: first ?? "",
          ...(rest.length > 0 ? { sections: deep(rest) } : { content: ["Nội dung."] }),
        },
      ];
    };
    const lines = outline(
      deep(["Nhiệm vụ", "Tuyên truyền", "Ở phường", "Báo chí", "Báo in", "Số"]),
    );
    expect(lines).toEqual([
      "I. NHIỆM VỤ",
      "1. Tuyên truyền",
      "a) Ở phường",
      "- Báo chí",
      "+ Báo in",
      "• Số",
    ]);
    const { model } = build((spec) => {
      onlySections(spec, deep(["A", "B", "C", "D", "E", "F"]));
      delete spec.format;
    });
    const headings = body(model).filter((b): b is Heading => b.type === "heading");
    expect(headings.map((h) => [h.level, h.numbering, h.number])).toEqual([
      [1, "roman", "I."],
      [2, "decimal", "1."],
      [3, "letter", "a)"],
      [4, "dash", "-"],
      [5, "plus", "+"],
      [6, "bullet", "•"],
    ]);
  });

  it("levels 4 to 6 follow format.numbering", () => {
    const sections: SectionSpec[] = [
      {
        title: "A",
        sections: [
          {
            title: "B",
            sections: [
              {
                title: "C",
                sections: [{ title: "D", sections: [{ title: "E", content: ["x"] }] }],
              },
            ],
          },
        ],
      },
    ];
    expect(outline(sections, ["roman", "decimal", "nested", "nested", "letter"])).toEqual([
      "I. A",
      "1. B",
      "1.1. C",
      "1.1.1. D",
      "a) E",
    ]);
  });

  it("warns of an empty section, with its path; content, subsections or a placed part are not empty", () => {
    const { diagnostics } = build((spec) => {
      spec.sections = [
        { title: "Mục đích", content: ["Nội dung."] },
        { title: "Nhiệm vụ", sections: [{ title: "Tuyên truyền" }, { content: [] }] },
        { title: "Báo cáo", reporting: true },
      ];
    });
    expect(
      diagnostics
        .filter((d) => d.code === "model.empty-section")
        .map((d) => [d.severity, d.path, d.params.heading]),
    ).toEqual([
      ["warning", ["sections", 1, "sections", 0], "1. Tuyên truyền"],
      ["warning", ["sections", 1, "sections", 1], "2."],
    ]);
    const d = diagnostics.find((x) => x.code === "model.empty-section");
    expect(localize(d as Diagnostic, "vi").message).toBe(
      "Mục “1. Tuyên truyền” trống: không có nội dung, mục con, phân công hay chế độ báo cáo.",
    );
    expect(localize(d as Diagnostic, "en").message).toBe(
      "Section “1. Tuyên truyền” is empty: no content, subsections, assignments or reporting.",
    );
  });

  it("follows format.numbering: nested third level 2.1., 2.2.", () => {
    expect(
      outline(
        [
          {
            title: "Chỉ tiêu",
            sections: [
              { title: "A" },
              { title: "B", sections: [{ title: "B1" }, { title: "B2" }] },
            ],
          },
        ],
        ["roman", "decimal", "nested"],
      ),
    ).toEqual(["I. CHỈ TIÊU", "1. A", "2. B", "2.1. B1", "2.2. B2"]);
  });

  it("lets a section choose its children's numbering", () => {
    expect(
      outline([
        {
          title: "Mục tiêu",
          sections: [
            { title: "Chỉ tiêu", numbering: "letter", sections: [{ title: "x" }, { title: "y" }] },
          ],
        },
        { title: "Giải pháp", numbering: "letter", sections: [{ title: "p" }] },
      ]),
    ).toEqual(["I. MỤC TIÊU", "1. Chỉ tiêu", "a) x", "b) y", "II. GIẢI PHÁP", "a) p"]);
  });

  it("numbers untitled items on their first paragraph, or alone before a list", () => {
    const { model } = build((spec) => {
      delete spec.format;
      spec.sections = [
        {
          title: "Nhiệm vụ",
          sections: [
            { content: ["Đẩy mạnh tuyên truyền.", "Đoạn thứ hai."] },
            { content: ["- một ý;\n- ý khác."] },
            { sections: [{ content: ["Con."] }] },
            {},
          ],
        },
      ];
    });
    const blocks = body(model);
    const start = blocks.findIndex((b) => b.type === "heading");
    const items = blocks
      .slice(start, start + 8)
      .map((b) =>
        b.type === "paragraph"
          ? { number: b.number, kind: b.content.length > 0 ? "text" : "empty" }
          : { type: b.type },
      );
    expect(items).toEqual([
      { type: "heading" },
      { number: "1.", kind: "text" },
      { number: undefined, kind: "text" },
      { number: "2.", kind: "empty" },
      { type: "list" },
      { number: "3.", kind: "empty" },
      { number: "a)", kind: "text" },
      { number: "4.", kind: "empty" },
    ]);
  });

  it("generates one numbered subsection per assignment, after the section's own", () => {
    const { model } = build((spec) => {
      spec.sections = [
        { title: "Tổ chức thực hiện", sections: [{ title: "Chung" }], assignments: true },
      ];
    });
    expect(bodyText(model).filter((l) => /^\d+\. /u.test(l))).toEqual([
      "1. Chung",
      "2. Công chức Văn hóa - Xã hội",
      "3. Đề nghị Ủy ban Mặt trận Tổ quốc phường và các đoàn thể",
      "4. Đề nghị Hội Nông dân phường",
      // the fixture's reporting regime, which no section places: its own item after the agencies
      "5. Chế độ báo cáo",
    ]);
  });

  it("cannot repeat or skip a number (seeds 001 and 002): siblings are numbered 1..n at every level", () => {
    const tree: fc.Memo<SectionSpec[]> = fc.memo((depth) =>
      depth <= 1
        ? fc.array(fc.record({ title: fc.constant("x") }), { maxLength: 4 })
        : fc.array(fc.record({ title: fc.constant("x"), sections: tree(depth - 1) }), {
            maxLength: 4,
          }),
    );
    fc.assert(
      fc.property(tree(4), (sections) => {
        const { model } = build((spec) => {
          spec.sections = sections;
          delete spec.format;
        });
        const headings = body(model).filter((b): b is Heading => b.type === "heading");
        // walk the headings: each one's ordinal is its predecessor at the same level plus one,
        // or 1 right after a shallower heading
        const last: number[] = [];
        for (const h of headings) {
          const expected = (last[h.level] ?? 0) + 1;
          last[h.level] = expected;
          last.length = h.level + 1;
          const style = styleAt(undefined, h.level);
          expect(h.number).toBe(numberOf([{ style, ordinal: expected }]));
        }
      }),
      { numRuns: 50 },
    );
  });
});
