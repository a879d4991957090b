// Templates see every figure and can be chosen per plan (issue 13, point 4); small counts padded per
// phrase (point 5). End to end through the pipeline, on copies of test/fixtures/plans/thon-2024.yaml.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Block } from "../../src/document/types.js";
import { runPipeline } from "../../src/pipeline.js";
import { line } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-template-figures-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SOURCE = readFileSync("test/fixtures/plans/thon-2024.yaml", "utf8");

/** A copy of the village plan in its own folder, with extra YAML and template files. */
function plan(name: string, edit: (yaml: string) => string, files: Record<string, string> = {}) {
  const root = join(dir, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  mkdirSync(root, { recursive: true });
  const file = join(root, "plan.yaml");
  writeFileSync(file, edit(SOURCE));
  return runPipeline(file);
}

const body = (r: ReturnType<typeof runPipeline>) =>
  (r.model?.sections[0]?.children ?? []).map((b: Block) => line(b)).join("\n");

describe("a plan's own templates", () => {
  it("the plan's folder overrides the templates/ beside the plans, and sees sums and groups", () => {
    const r = plan("own", (y) => `${y}\ntemplates: mau-xa\n`, {
      "templates/tinh-hinh.hbs": "Mẫu của thư mục.",
      "mau-xa/tinh-hinh.hbs":
        "Toàn xã có {{sums.[poor+near_poor].households}} hộ nghèo và hộ cận nghèo ({{sums.[poor+near_poor].rate}}%), trong đó {{groups.near_poor.households}} hộ cận nghèo; giai đoạn {{years.from}}-{{years.to}}.",
    });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(body(r)).toContain(
      "Toàn xã có 38 hộ nghèo và hộ cận nghèo (5,92%), trong đó 27 hộ cận nghèo; giai đoạn 2024-2024.",
    );
    expect(body(r)).not.toContain("Mẫu của thư mục.");
  });

  it("a folder that does not exist is an error at the key", () => {
    const r = plan("missing", (y) => `${y}\ntemplates: khong-co\n`);
    expect(r.model).toBeUndefined();
    expect(r.diagnostics).toMatchObject([
      { code: "model.templates-folder", severity: "error", params: { folder: "khong-co" } },
    ]);
    expect(r.diagnostics[0]?.pos?.line).toBe(SOURCE.split("\n").length + 1);
  });

  it("a value that does not exist is an error at its line in the template", () => {
    const r = plan("unknown", (y) => `${y}\ntemplates: mau\n`, {
      "mau/tinh-hinh.hbs": "{{!-- dòng 1 --}}\nCó {{groups.poor.househods}} hộ.",
    });
    expect(r.diagnostics).toMatchObject([
      {
        code: "model.template-unknown-value",
        severity: "error",
        params: { name: "househods", line: 2, template: "tinh-hinh" },
      },
    ]);
  });
});

describe("small counts per phrase", () => {
  it.each([
    ["format pads", "", "04 hộ nghèo"],
    ["the block says no", "        pad_small_counts: false\n", "4 hộ nghèo"],
  ])("%s", (_name, extra, expected) => {
    const r = plan(`pad-${extra.length}`, (y) =>
      // four poor households in all: Thôn 3 has none
      y
        .replace("poor: { households: 7, exits: 3 }", "poor: { households: 0, exits: 0 }")
        .replace(
          "      - template: tinh-hinh\n        group: poor\n",
          `      - template: tinh-hinh\n        group: poor\n${extra}`,
        ),
    );
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(body(r)).toContain(`có ${expected}`);
  });

  it.each([
    ["format pads", "", "02 hộ"],
    ["the target says no", "    pad_small_counts: false\n", "2 hộ"],
  ])("a target: %s", (_name, extra, expected) => {
    const r = plan(`target-${extra.length}`, (y) =>
      y
        .replace("poor: { households: 7, exits: 3 }", "poor: { households: 0, exits: 0 }")
        .replace(
          "sections:\n",
          `targets:\n  - id: con_lai\n    type: count_to\n    group: poor\n    lead: Cuối năm 2024 số hộ nghèo còn\n${extra}\nsections:\n`,
        )
        .replace("    content:\n", "    content:\n      - target: con_lai\n"),
    );
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(body(r)).toContain(expected);
    expect(body(r)).not.toContain(expected === "2 hộ" ? "02 hộ" : " 2 hộ");
  });
});
