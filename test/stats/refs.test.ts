import { describe, expect, it } from "vitest";
import { codes, makeSpec, makeStats, run } from "./helpers.js";

const UNIT = { name: "Thôn 1", households: 100, groups: { poor: { households: 5 } } };

describe("declarations", () => {
  it("unknown standard lists the known ones and skips indicator checks", () => {
    const { diagnostics, computed } = run(
      makeSpec({
        statistics: makeStats({
          standard: "nd-99-2030",
          units: [{ ...UNIT, groups: { poor: { households: 5, deprivation: { khong_co: 1 } } } }],
        }),
      }),
    );
    expect(diagnostics).toMatchObject([
      {
        code: "stats.unknown-standard",
        severity: "error",
        path: ["statistics", "standard"],
        params: { standard: "nd-99-2030", known: "nd-07-2021, nd-351-2025" },
      },
    ]);
    expect(computed.statistics?.total.households).toBe(100);
  });

  it("a standard that does not cover the plan's period", () => {
    const spec = makeSpec({ statistics: makeStats({ standard: "nd-351-2025", units: [UNIT] }) });
    expect(codes(run(spec).diagnostics)).toEqual(["stats.standard-period"]);
    spec.document.period = { from: 2026, to: 2030 };
    // 2026 falls under nd-07-2021: the change of standard is said, not an error
    expect(run(spec).diagnostics).toMatchObject([
      { code: "stats.standards-change", severity: "info" },
    ]);
  });

  it("duplicate group, breakdown, part ids and unit names", () => {
    const { diagnostics, computed } = run(
      makeSpec({
        statistics: makeStats({
          groups: [
            { id: "poor", name: "hộ nghèo" },
            { id: "poor", name: "hộ nghèo (2)" },
          ],
          breakdowns: [
            {
              id: "b",
              group: "poor",
              label: "x",
              parts: [
                { id: "p", label: "p" },
                { id: "p", label: "q" },
              ],
            },
            { id: "b", group: "poor", label: "y", parts: [] },
          ],
          units: [UNIT, UNIT],
        }),
      }),
    );
    expect(diagnostics).toMatchObject([
      {
        code: "stats.duplicate-id",
        path: ["statistics", "groups", 1, "id"],
        params: { id: "poor" },
      },
      {
        code: "stats.duplicate-id",
        path: ["statistics", "breakdowns", 0, "parts", 1, "id"],
        params: { kind: "phần", kindEn: "part" },
      },
      { code: "stats.duplicate-id", path: ["statistics", "breakdowns", 1, "id"] },
      // a unit listed twice is the loader's error now (test/spec/mistakes.test.ts)
    ]);
    expect(computed.statistics?.groups).toEqual([{ id: "poor", name: "hộ nghèo" }]);
  });

  it("ids that would shadow Object.prototype", () => {
    const { diagnostics, computed } = run(
      makeSpec({
        statistics: makeStats({
          groups: [
            { id: "poor", name: "hộ nghèo" },
            { id: "constructor", name: "x" },
          ],
          breakdowns: [{ id: "__proto__", group: "poor", label: "x", parts: [] }],
          units: [UNIT],
        }),
        targets: [{ id: "toString", type: "text", text: "x" }],
      }),
    );
    expect(diagnostics).toMatchObject([
      { code: "stats.reserved-id", path: ["statistics", "groups", 1, "id"] },
      { code: "stats.reserved-id", path: ["statistics", "breakdowns", 0, "id"] },
      { code: "stats.reserved-id", path: ["targets", 0, "id"] },
    ]);
    expect(Object.keys(computed.statistics?.total.groups ?? {})).toEqual(["poor"]);
  });

  it("unit label defaults from the kind of locality", () => {
    const label = (unit_kind: "xã" | "phường" | "tỉnh") => {
      const spec = makeSpec({ statistics: makeStats({ units: [UNIT] }) });
      spec.document.unit_kind = unit_kind;
      return run(spec).computed.statistics?.unitLabel;
    };
    expect(label("phường")).toBe("tổ dân phố");
    expect(label("xã")).toBe("thôn");
    expect(label("tỉnh")).toBe("xã, phường");
  });
});

describe("unknown ids in the counts", () => {
  it("groups, breakdowns, parts and indicators", () => {
    const { diagnostics } = run(
      makeSpec({
        statistics: makeStats({
          breakdowns: [
            { id: "kn", group: "near_poor", label: "x", parts: [{ id: "a", label: "a" }] },
            { id: "kp", group: "poor", label: "y", parts: [{ id: "a", label: "a" }] },
          ],
          units: [
            {
              name: "Thôn 1",
              households: 100,
              groups: {
                ho_ngheo: { households: 1 },
                poor: {
                  households: 5,
                  breakdowns: { khong: { a: 1 }, kn: { a: 1 }, kp: { b: 1 } },
                  deprivation: { viec_lam: 1, viec_lam_2: 1 },
                },
              },
            },
          ],
          totals: { households: 100, groups: { khac: { households: 1 } } },
        }),
      }),
    );
    expect(diagnostics).toMatchObject([
      { code: "stats.unknown-group", path: ["statistics", "units", 0, "groups", "ho_ngheo"] },
      {
        code: "stats.unknown-breakdown",
        path: ["statistics", "units", 0, "groups", "poor", "breakdowns", "khong"],
        params: { known: "kn, kp" },
      },
      {
        code: "stats.breakdown-wrong-group",
        params: { breakdown: "kn", group: "poor", breakdownGroup: "near_poor" },
      },
      {
        code: "stats.unknown-part",
        path: ["statistics", "units", 0, "groups", "poor", "breakdowns", "kp", "b"],
      },
      {
        code: "stats.unknown-indicator",
        path: ["statistics", "units", 0, "groups", "poor", "deprivation", "viec_lam_2"],
        params: { standard: "nd-07-2021" },
      },
      { code: "stats.unknown-group", path: ["statistics", "totals", "groups", "khac"] },
    ]);
  });

  it("a breakdown declared for an unknown group", () => {
    const { diagnostics } = run(
      makeSpec({
        statistics: makeStats({
          breakdowns: [{ id: "b", group: "moi_thoat_ngheo", label: "x", parts: [] }],
          units: [UNIT],
        }),
      }),
    );
    expect(diagnostics).toMatchObject([
      { code: "stats.unknown-group", path: ["statistics", "breakdowns", 0, "group"] },
    ]);
  });
});

describe("references from the text", () => {
  it("targets named in sections, assignments and reporting", () => {
    const { diagnostics } = run(
      makeSpec({
        targets: [{ id: "t1", type: "text", text: "x" }],
        sections: [
          {
            title: "A",
            content: [{ target: "t1" }, { targets: "all" }],
            sections: [{ content: [{ targets: ["t1", "t2"] }] }],
          },
        ],
        assignments: [{ agency: "Phòng Kinh tế", role: "chu_tri", tasks: [{ target: "t3" }] }],
        reporting: [{ target: "t4" }],
      }),
    );
    expect(diagnostics).toMatchObject([
      {
        code: "stats.unknown-target",
        path: ["sections", 0, "sections", 0, "content", 0, "targets", 1],
        params: { target: "t2", known: "t1" },
      },
      { code: "stats.unknown-target", path: ["assignments", 0, "tasks", 0, "target"] },
      { code: "stats.unknown-target", path: ["reporting", 0, "target"] },
    ]);
  });

  it("groups and breakdowns named by templates and generated tables", () => {
    const { diagnostics } = run(
      makeSpec({
        statistics: makeStats({
          breakdowns: [{ id: "kn", group: "poor", label: "x", parts: [] }],
          units: [UNIT],
        }),
        sections: [
          {
            content: [
              { template: "phan-tich", group: "poor", breakdown: "kn" },
              { template: "phan-tich", group: "khac", breakdown: "khong" },
              { table: { generate: "deprivation", group: "khac" } },
            ],
          },
        ],
        appendices: [
          { title: "Biểu 01", table: { generate: "poverty", groups: ["poor", "x"] } },
          { title: "Biểu 02", table: { generate: "breakdown", breakdown: "y" } },
        ],
      }),
    );
    expect(diagnostics).toMatchObject([
      { code: "stats.unknown-group", path: ["sections", 0, "content", 1, "group"] },
      { code: "stats.unknown-breakdown", path: ["sections", 0, "content", 1, "breakdown"] },
      { code: "stats.unknown-group", path: ["sections", 0, "content", 2, "table", "group"] },
      { code: "stats.unknown-group", path: ["appendices", 0, "table", "groups", 1] },
      { code: "stats.unknown-breakdown", path: ["appendices", 1, "table", "breakdown"] },
    ]);
  });

  it("a generated table without statistics", () => {
    const { diagnostics } = run(
      makeSpec({ appendices: [{ title: "Biểu 01", table: { generate: "poverty" } }] }),
    );
    expect(diagnostics).toMatchObject([
      { code: "stats.needs-statistics", path: ["appendices", 0, "table", "generate"] },
    ]);
  });
});
