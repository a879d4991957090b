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
  ])("%s names %s: %s", (text, label, yes) => {
    expect(mentions(text, label)).toBe(yes);
  });
});
