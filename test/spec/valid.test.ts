// Whole plans: the fixture, a plan written as a typed TypeScript value, a large generated plan, and
// the example plans of plans/ — each must load without a single diagnostic.

import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadSpec, loadSpecFile } from "../../src/spec/load.js";
import { schemaErrors } from "../../src/spec/schema-validator.js";
import type { PlanSpec } from "../../src/spec/types.js";
import { bigPlan } from "./big-plan.js";

const FIXTURE = new URL("fixtures/valid-plan.yaml", import.meta.url).pathname;
const PLANS = new URL("../../plans/", import.meta.url).pathname;

describe("valid plans", () => {
  it("the fixture loads, every string NFC, and every part where it was written", () => {
    const r = loadSpecFile(FIXTURE);
    expect(r.diagnostics).toEqual([]);
    const spec = r.spec as PlanSpec;
    expect(spec.document.date).toBe("2024-02-22");
    expect(spec.statistics?.units?.[1]?.groups.near_poor?.actual_end).toBe(15);
    expect(spec.targets?.map((t) => t.type)).toEqual([
      "rate_to",
      "reduce",
      "reduce_share",
      "coverage",
      "text",
    ]);
    const lines = r.text.split("\n");
    const lineOf = (s: string) => lines.findIndex((l) => l.includes(s)) + 1;
    const end = lineOf("actual_end: 15");
    expect(r.locate(["statistics", "units", 1, "groups", "near_poor", "actual_end"])).toMatchObject(
      {
        line: end,
        col: (lines[end - 1]?.indexOf("actual_end") ?? 0) + 1,
      },
    );
    expect(r.locate(["signature", "signer"])).toMatchObject({
      line: lineOf("signer: Nguyễn"),
      col: 3,
    });
  });

  it("a plan typed as PlanSpec in TypeScript passes the schema", () => {
    const plan: PlanSpec = {
      kehoach: 1,
      document: {
        issuing_body: "Ủy ban nhân dân xã Tân Lập",
        unit_kind: "xã",
        locality: "Tân Lập",
        symbol: "KH-UBND",
        place: "Tân Lập",
        date: 2026,
        summary: "Giảm nghèo bền vững giai đoạn 2026 - 2030",
        period: { from: 2026, to: 2030 },
        draft: true,
        implements: ["Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh"],
      },
      statistics: {
        baseline_year: 2025,
        standard: "nd-351-2025",
        totals: { households: 3000, groups: { poor: { households: 40, exits: 10, entries: 2 } } },
      },
      targets: [{ id: "t", type: "reduce", group: "poor", points: 0.5 }],
      sections: [
        { title: "Mục tiêu", content: [{ targets: ["t"] }, { table: { generate: "poverty" } }] },
      ],
      budget: { sources: [{ name: "Ngân sách xã", amount: 1_000_000 }] },
      closing: "Trên đây là Kế hoạch",
      recipients: [{ text: "UBND tỉnh", report: true }],
      archive: "VT",
      signature: {
        authority: "KT.",
        on_behalf_of: "Chủ tịch",
        title: "Phó Chủ tịch",
        signer: "Lê Thị B",
      },
      appendices: [
        {
          title: "Biểu 01",
          table: { header: [["A", 1]], rows: [[null, { text: 2, bold: true }]] },
        },
      ],
    };
    expect(schemaErrors(plan)).toEqual([]);
  });

  it("a generated plan of 2,000 units loads", () => {
    const text = bigPlan(2000);
    const r = loadSpec(text, "big.yaml");
    expect(r.diagnostics).toEqual([]);
    expect(r.spec?.statistics?.units).toHaveLength(2000);
    expect(r.locate(["statistics", "units", 1999, "groups", "poor", "exits"])?.line).toBe(
      text.split("\n").length - 3,
    );
  });

  const plans = readdirSync(PLANS).filter((f) => f.endsWith(".yaml"));
  it.skipIf(plans.length === 0).each(plans)("plans/%s loads without diagnostics", (name) => {
    const r = loadSpecFile(`${PLANS}${name}`);
    expect(r.diagnostics).toEqual([]);
    expect(r.spec).toBeDefined();
  });
});
