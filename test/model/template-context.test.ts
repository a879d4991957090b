// The reference of what a template sees (docs/template-context.md) is generated from a real view and
// the descriptions of src/model/template-context.ts: it fails when either drifts from the code.

import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadStandards } from "../../src/data/standards.js";
import { templateView } from "../../src/model/blocks.js";
import { createContext } from "../../src/model/context.js";
import {
  contextPaths,
  TEMPLATE_CONTEXT,
  templateContextPage,
} from "../../src/model/template-context.js";
import { loadSpecFile } from "../../src/spec/load.js";
import { computeStats } from "../../src/stats/compute.js";
import { builtin } from "./helpers.js";

const PAGE = new URL("../../docs/template-context.md", import.meta.url);

function sampleView() {
  const spec = loadSpecFile("plans/quang-minh-2024.yaml").spec;
  if (!spec) throw new Error("fixture");
  spec.budget = {
    unit: "triệu đồng",
    sources: [
      { name: "Ngân sách tỉnh", amount: 383 },
      { name: "Ngân sách phường", amount: 20 },
    ],
  };
  const { computed } = computeStats(spec, loadStandards());
  const ctx = createContext({ spec, computed, templates: builtin });
  const view = templateView(ctx, { template: "phan-loai", breakdown: "kha_nang_thoat_ngheo" }, [
    "sections",
    0,
  ]);
  if (!view) throw new Error(JSON.stringify(ctx.diagnostics));
  return view;
}

describe("template context reference", () => {
  const view = sampleView();
  const paths = [...contextPaths(view).keys()];

  it("describes every value of the view", () => {
    expect(paths.filter((p) => TEMPLATE_CONTEXT[p] === undefined)).toEqual([]);
  });

  it("describes no value the view does not have", () => {
    expect(Object.keys(TEMPLATE_CONTEXT).filter((p) => !paths.includes(p))).toEqual([]);
  });

  it("docs/template-context.md is up to date", () => {
    const expected = templateContextPage(view);
    if (process.env.UPDATE) writeFileSync(PAGE, expected);
    expect(
      readFileSync(PAGE, "utf8") === expected,
      "run: UPDATE=1 npx vitest run test/model/template-context.test.ts",
    ).toBe(true);
  });

  it("gives templates every figure: part rates, groups by id, sums, years, units", () => {
    expect(view.breakdown?.part.co_kha_nang).toEqual({
      id: "co_kha_nang",
      label: "Hộ nghèo có khả năng thoát nghèo",
      count: "04",
      rate: "0,13",
      groupRate: "23,53",
    });
    expect(view.groups?.near_poor?.households).toBe("44");
    expect(view.sums?.["poor+near_poor"]?.households).toBe("61");
    expect(view.sums?.all?.rate).toBe("2,04");
    expect(view.years).toEqual({ from: "2024", to: "2024", all: ["2024"] });
    // each unit with its own figures, rates against its own households
    expect(view.units?.[0]?.name).toBe("TDP Khả Lý Thượng");
    expect(view.units?.[0]?.groups.poor?.households).toBe("07");
    expect(view.units?.[0]?.groups.poor?.rate).toBe("0,69");
  });
});
