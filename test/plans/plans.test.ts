// The example plans end to end: they validate, their models and HTML match the golden files,
// and where a seed printed a wrong figure kehoach prints the right one.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Inline, Table } from "../../src/document/types.js";
import { runPipeline } from "../../src/pipeline.js";
import { renderHtml } from "../../src/render/html/index.js";
import { PLANS } from "../parity/tools.js";
import { expectGolden } from "./golden.js";

function text(content: readonly Inline[]): string {
  return content.map((i) => (i.type === "text" ? i.text : "\n")).join("");
}

function build(name: string) {
  const result = runPipeline(`plans/${name}.yaml`);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  if (!result.model) throw new Error(`${name}: no model`);
  return result;
}

describe.each(PLANS)("%s", (name) => {
  it("validates without errors or warnings", () => {
    expect(build(name).diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it("matches its golden model and HTML", () => {
    const { model } = build(name);
    if (!model) throw new Error("no model");
    expectGolden(`test/golden/plans/${name}.model.json`, `${JSON.stringify(model, null, 2)}\n`);
    expectGolden(`test/golden/plans/${name}.html`, renderHtml(model));
  });
});

describe("quang-minh-2024 (seed 000)", () => {
  const { model } = build("quang-minh-2024");
  if (!model) throw new Error("no model");
  const appendix = model.sections[1];
  const table = appendix?.children.find((b): b is Table => b.type === "table");
  const rows = (table?.rows ?? []).map((r) => r.cells.map((c) => text(c.content)));
  const allText = JSON.stringify(model);

  it("prints every rate of the seed's appendix table", () => {
    expect(rows).toContainEqual(
      expect.arrayContaining([
        "TDP Khả Lý Thượng",
        "1.011",
        "0,69",
        "0,10",
        "0,59",
        "1,48",
        "0,40",
        "1,09",
      ]),
    );
    const total = rows.find((r) => r.includes("Cộng"));
    expect(total?.slice(-13)).toEqual([
      "2.991",
      "17",
      "0,57",
      "04",
      "0,13",
      "13",
      "0,43",
      "44",
      "1,47",
      "15",
      "0,50",
      "29",
      "0,97",
    ]);
  });

  it("prints the index row A, B, 1, 2 …", () => {
    expect(rows).toContainEqual(["A", "B", ...Array.from({ length: 13 }, (_, i) => String(i + 1))]);
  });

  it("computes the deprivation shares the seed got wrong", () => {
    expect(allText).toContain("Thiếu hụt chỉ số việc làm: 03 hộ, tỷ lệ 17,65%");
    expect(allText).not.toContain("58,8");
    expect(allText).toContain("Thiếu hụt chỉ số việc làm: 04 hộ, tỷ lệ 9,09%");
    expect(allText).toContain("16 hộ, tỷ lệ 94,12%");
    expect(allText).toContain("04 hộ, tỷ lệ 23,53%"); // seed: 57,14% (divided by 7)
    expect(allText).toContain("33 hộ, tỷ lệ 75,00%"); // seed: 73,81%
  });

  it("says phường, not the seed's thị xã, in the situation of a ward", () => {
    expect(allText).toMatch(
      /trên địa bàn phường có 17 hộ nghèo với 29 nhân khẩu, chiếm tỷ lệ 0,57%/,
    );
  });

  it("writes small counts without the leading zero when the plan says so", () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-pad-"));
    const file = join(dir, "plan.yaml");
    const source = readFileSync("plans/quang-minh-2024.yaml", "utf8");
    writeFileSync(file, source.replace("pad_small_counts: true", "pad_small_counts: false"));
    const unpadded = runPipeline(file).model;
    rmSync(dir, { recursive: true, force: true });
    const t = unpadded?.sections[1]?.children.find((b): b is Table => b.type === "table");
    const total = t?.rows.find((r) => r.kind === "total")?.cells.map((c) => text(c.content));
    expect(total?.slice(-13)).toEqual([
      "2.991",
      "17",
      "0,57",
      "4",
      "0,13",
      "13",
      "0,43",
      "44",
      "1,47",
      "15",
      "0,50",
      "29",
      "0,97",
    ]);
    expect(JSON.stringify(unpadded)).toContain("Thiếu hụt chỉ số việc làm: 3 hộ, tỷ lệ 17,65%");
  });
});

describe("numbering is automatic (seeds 001 and 002 broke it)", () => {
  it.each(["pho-minh-2024", "long-khanh-2024"])(
    "%s numbers its parts I, II, III … in order",
    (name) => {
      const { model } = build(name);
      const romans = (model?.sections[0]?.children ?? [])
        .filter((b) => b.type === "heading" && b.level === 1)
        .map((b) => (b.type === "heading" ? b.number : ""));
      expect(romans).toEqual(["I.", "II.", "III.", "IV.", "V."].slice(0, romans.length));
      expect(romans.length).toBeGreaterThanOrEqual(3);
    },
  );
});

describe("pho-minh-2024 (seed 001)", () => {
  it("derives the percentage points of the reduce targets from the households", () => {
    const text = JSON.stringify(build("pho-minh-2024").model);
    expect(text).toContain("1,11%");
    expect(text).toContain("0,35%"); // the seed printed 0,3% for 05 households
  });
});
