// Nghị định 30/2020 asks the text to refer to each appendix: a { appendix: id } block writes the
// sentence, and an appendix the body never names gets a warning.

import { describe, expect, it } from "vitest";
import { mentions } from "../../src/model/appendices.js";
import type { AppendixSpec, PlanSpec } from "../../src/spec/types.js";
import { bodyText, build, onlySections } from "./helpers.js";

const TABLE = { header: [["TT", "Nội dung"]], rows: [[1, "x"]] };
const two: AppendixSpec[] = [
  { id: "ho-ngheo", title: "Danh sách hộ nghèo", table: TABLE },
  { id: "phan-cong", title: "Phân công giúp đỡ", table: TABLE },
];

function withBody(content: PlanSpec["sections"][number]["content"], appendices = two) {
  return build((s) => {
    onlySections(s, [{ title: "Nhiệm vụ", content }]);
    s.appendices = appendices;
  });
}

describe("appendix references", () => {
  it("a block { appendix: id } writes the referring sentence with the appendix's label", () => {
    const { model, diagnostics } = withBody([
      "Rà soát hộ nghèo (Phụ lục I).",
      { appendix: "phan-cong" },
    ]);
    expect(diagnostics).toEqual([]);
    expect(bodyText(model)).toContain("(Chi tiết tại Phụ lục II kèm theo Kế hoạch này)");
  });

  it("names a single appendix 'Phụ lục'", () => {
    const { model, diagnostics } = withBody([{ appendix: "ho-ngheo" }], [two[0] as AppendixSpec]);
    expect(diagnostics).toEqual([]);
    expect(bodyText(model)).toContain("(Chi tiết tại Phụ lục kèm theo Kế hoạch này)");
  });

  it("an unknown id is an error with the closest id", () => {
    const { diagnostics } = withBody(["Phụ lục I, Phụ lục II.", { appendix: "phan-con" }]);
    expect(diagnostics).toEqual([
      {
        code: "model.unknown-appendix-suggest",
        severity: "error",
        params: { appendix: "phan-con", suggestion: "phan-cong", known: "ho-ngheo, phan-cong" },
        path: ["sections", 0, "content", 1, "appendix"],
      },
    ]);
  });

  it("warns about each appendix the text never names, at its path", () => {
    const { diagnostics } = withBody(["Chi tiết tại Phụ lục II."]);
    expect(diagnostics).toEqual([
      {
        code: "model.appendix-unreferenced",
        severity: "warning",
        params: { label: "Phụ lục I", title: "Danh sách hộ nghèo", id: "ho-ngheo" },
        path: ["appendices", 0],
      },
    ]);
  });

  it.each([
    ["(Có Phụ lục I kèm theo)", "Phụ lục I", true],
    ["theo phụ lục I.", "Phụ lục I", true],
    ["(Phụ lục II)", "Phụ lục I", false],
    ["Phụ lục IV", "Phụ lục I", false],
    ["(phụ lục kèm theo)", "Phụ lục", true],
    ["Phụ lục I", "Phụ lục", true],
    ["không có", "Phụ lục", false],
    ["(Chi tiết tại Phụ lục 1)", "Phụ lục 1", true],
    ["tại phụ lục 01 kèm theo", "Phụ lục 1", true],
    ["Phụ lục 12", "Phụ lục 1", false],
    ["Phụ lục 2", "Phụ lục 1", false],
  ])("%s names %s: %s", (text, label, yes) => {
    expect(mentions(text, label)).toBe(yes);
  });
});

describe("appendix numbering (format.appendix_numbering)", () => {
  it.each<{ style?: "roman" | "decimal"; text: string; labels: string[]; sentence: string }>([
    { text: "Phụ lục I.", labels: ["Phụ lục I", "Phụ lục II"], sentence: "Phụ lục II" },
    {
      style: "roman",
      text: "Phụ lục 1.",
      labels: ["Phụ lục I", "Phụ lục II"],
      sentence: "Phụ lục II",
    },
    {
      style: "decimal",
      text: "Phụ lục 1.",
      labels: ["Phụ lục 1", "Phụ lục 2"],
      sentence: "Phụ lục 2",
    },
    {
      style: "decimal",
      text: "Phụ lục I.",
      labels: ["Phụ lục 1", "Phụ lục 2"],
      sentence: "Phụ lục 2",
    },
  ])(
    "$style: labels $labels; the text's $text refers to the first",
    ({ style, text, labels, sentence }) => {
      const { model, diagnostics } = build((s) => {
        onlySections(s, [{ title: "Nhiệm vụ", content: [text, { appendix: "phan-cong" }] }]);
        s.appendices = two;
        if (style) s.format = { appendix_numbering: style };
      });
      expect(diagnostics).toEqual([]);
      const heads = model.sections.flatMap((sec) =>
        sec.children.flatMap((b) => (b.type === "appendix-heading" ? [b.label] : [])),
      );
      expect(heads).toEqual(labels);
      expect(bodyText(model)).toContain(`(Chi tiết tại ${sentence} kèm theo Kế hoạch này)`);
    },
  );
});

describe("tables of the body numbered (format.table_numbering)", () => {
  it.each<{ numbering?: boolean; labels: string[] }>([
    { labels: [] },
    { numbering: false, labels: [] },
    { numbering: true, labels: ["Biểu 01", "Biểu 02"] },
  ])("table_numbering $numbering: $labels", ({ numbering, labels }) => {
    const { model } = build((s) => {
      onlySections(s, [
        { title: "Số liệu", content: [{ table: TABLE }, "Giữa hai bảng.", { table: TABLE }] },
      ]);
      delete s.appendices;
      if (numbering !== undefined) s.format = { table_numbering: numbering };
    });
    const body = model.sections[0]?.children ?? [];
    const found = body.flatMap((b) =>
      b.type === "paragraph"
        ? b.content.flatMap((r) => (r.type === "text" && /^Biểu/u.test(r.text) ? [r.text] : []))
        : [],
    );
    expect(found).toEqual(labels);
    if (numbering) {
      // the label stands right above its table
      const i = body.findIndex((b) => b.type === "table");
      expect(body[i - 1]?.type).toBe("paragraph");
    }
  });
});
