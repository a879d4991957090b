// Issue 11, point 5: figures beyond poverty. Statistics without a standard, a unit of count, targets
// that rise, are reached or count, targets of one year, and a period spanning two standards.

import { describe, expect, it } from "vitest";
import type { PlanSpec, StatisticsSpec, TargetSpec } from "../../src/spec/types.js";
import { codes, makeSpec, makeStats, run } from "./helpers.js";

/** Online files of a commune: 2.000 files, 850 online at the start, 750 more expected. */
function online(extra: Partial<StatisticsSpec> = {}): StatisticsSpec {
  return {
    baseline_year: 2025,
    count_unit: "hồ sơ",
    groups: [{ id: "tt", name: "hồ sơ trực tuyến" }],
    totals: { households: 2000, groups: { tt: { households: 850, entries: 750 } } },
    ...extra,
  };
}

function plan(targets: TargetSpec[], stats: StatisticsSpec | undefined = online()): PlanSpec {
  const spec = makeSpec({ targets });
  spec.document.period = 2026;
  if (stats) spec.statistics = stats;
  return spec;
}

describe("statistics without a poverty standard", () => {
  it("is valid with declared groups, and has no standard and no eras", () => {
    const { computed, diagnostics } = run(plan([]));
    expect(diagnostics).toEqual([]);
    expect(computed.statistics?.standard).toBeUndefined();
    expect(computed.statistics?.eras).toEqual([]);
    expect(computed.statistics?.countUnit).toBe("hồ sơ");
    expect(computed.statistics?.total.groups.tt).toMatchObject({ households: 850, end: 1600 });
  });

  it.each<[string, (s: PlanSpec) => void, string[]]>([
    [
      "no groups: there are no default poverty groups",
      (s) => {
        if (s.statistics) delete s.statistics.groups;
      },
      ["stats.groups-required", "stats.unknown-group"],
    ],
    [
      "deprivation counts",
      (s) => {
        const g = s.statistics?.totals?.groups.tt;
        if (g) g.deprivation = { viec_lam: 3 };
      },
      ["stats.deprivation-needs-standard"],
    ],
    [
      "a deprivation table",
      (s) => {
        s.appendices = [{ title: "Thiếu hụt", table: { generate: "deprivation", group: "tt" } }];
      },
      ["stats.deprivation-needs-standard"],
    ],
    [
      "a thieu-hut block",
      (s) => {
        s.sections = [{ title: "Tình hình", content: [{ template: "thieu-hut", group: "tt" }] }];
      },
      ["stats.deprivation-needs-standard"],
    ],
  ])("%s is an error", (_name, edit, expected) => {
    const spec = plan([]);
    edit(spec);
    expect(codes(run(spec).diagnostics)).toEqual(expected);
  });

  it("keeps poor and near_poor as the default groups of a plan with a standard", () => {
    const { computed } = run(
      makeSpec({ statistics: makeStats({ totals: { households: 10, groups: {} } }) }),
    );
    expect(computed.statistics?.groups.map((g) => g.id)).toEqual(["poor", "near_poor"]);
    expect(computed.statistics?.countUnit).toBe("hộ");
  });
});

describe("targets that rise, are reached, or count", () => {
  // [name, target, figures expected (subset), diagnostic codes]
  it.each<[string, TargetSpec, object, string[]]>([
    [
      "rate reached, computed",
      { id: "t", type: "rate_to", group: "tt", direction: "reach" },
      { direction: "reach", rate: { num: 1600, den: 2000, bp: 8000 } },
      [],
    ],
    [
      "rate reached, declared and right",
      { id: "t", type: "rate_to", group: "tt", direction: "reach", rate: 80 },
      { declaredBp: 8000, rate: { bp: 8000 } },
      [],
    ],
    [
      "rate reached, declared and wrong: the computed one wins",
      { id: "t", type: "rate_to", group: "tt", direction: "reach", rate: 75 },
      { declaredBp: 7500, rate: { bp: 8000 } },
      ["stats.target-rate-mismatch"],
    ],
    [
      "rate rising",
      { id: "t", type: "rate_to", group: "tt", direction: "up" },
      { direction: "up", rate: { bp: 8000 } },
      [],
    ],
    [
      "rate said to fall while the figures rise",
      { id: "t", type: "rate_to", group: "tt" },
      { direction: "down" },
      ["stats.target-direction"],
    ],
    [
      "rate of a subject, as declared",
      { id: "t", type: "rate_to", subject: "cán bộ có chữ ký số", direction: "up", rate: 100 },
      { asDeclared: true, declaredBp: 10000 },
      [],
    ],
    [
      "rate of a subject without its rate",
      { id: "t", type: "rate_to", subject: "cán bộ có chữ ký số" },
      {},
      ["stats.target-needs-subject"],
    ],
    [
      "rate of a group with a subject too: the subject is not used",
      { id: "t", type: "rate_to", group: "tt", subject: "hồ sơ", direction: "reach" },
      { group: "tt", rate: { bp: 8000 } },
      ["stats.target-subject-ignored"],
    ],
    [
      "count reached, computed",
      { id: "t", type: "count_to", group: "tt" },
      { direction: "reach", count: 1600, unit: "hồ sơ" },
      [],
    ],
    [
      "count declared and right",
      { id: "t", type: "count_to", group: "tt", count: 1600 },
      { count: 1600, declared: 1600 },
      [],
    ],
    [
      "count declared and wrong: the computed one wins",
      { id: "t", type: "count_to", group: "tt", count: 1500 },
      { count: 1600, declared: 1500 },
      ["stats.target-count-mismatch"],
    ],
    [
      "count of a subject, with its own unit",
      { id: "t", type: "count_to", subject: "tài khoản định danh", count: 3500, unit: "tài khoản" },
      { count: 3500, unit: "tài khoản" },
      [],
    ],
    [
      "count of a subject without its count",
      { id: "t", type: "count_to", subject: "tài khoản định danh" },
      {},
      ["stats.target-needs-subject"],
    ],
    [
      "increase from the statistics",
      { id: "t", type: "increase", group: "tt" },
      { type: "increase", households: 750, points: { num: 750, den: 2000, bp: 3750 } },
      [],
    ],
    [
      "increase declared and right",
      { id: "t", type: "increase", group: "tt", households: 750, points: 37.5 },
      { households: 750, points: { bp: 3750 } },
      [],
    ],
    [
      "increase the statistics contradict",
      { id: "t", type: "increase", group: "tt", households: 700 },
      { households: 700 },
      ["stats.target-increase-contradicts"],
    ],
  ])("%s", (_name, target, figures, expected) => {
    const { computed, diagnostics } = run(plan([target]));
    expect(codes(diagnostics)).toEqual(expected);
    expect(computed.targets.t).toMatchObject(figures);
  });

  it("puts the plan's unit of count in the messages", () => {
    const { diagnostics } = run(plan([{ id: "t", type: "count_to", group: "tt", count: 1500 }]));
    expect(diagnostics[0]?.params).toMatchObject({
      countUnit: "hồ sơ",
      declared: 1500,
      computed: 1600,
    });
  });

  it("rejects a rate target about a group without statistics, as before", () => {
    const { diagnostics } = run(
      makeSpec({ targets: [{ id: "t", type: "rate_to", group: "poor" }] }),
    );
    expect(codes(diagnostics)).toEqual(["stats.target-needs-statistics"]);
  });
});

describe("targets of one year of a multi-year plan", () => {
  function multi(targets: TargetSpec[]) {
    const spec = plan(targets);
    spec.document.period = { from: 2026, to: 2030 };
    return run(spec);
  }

  it.each<[string, TargetSpec, object, string[]]>([
    [
      "a year inside the period, with its figure: printed as declared",
      { id: "t", type: "rate_to", group: "tt", direction: "reach", year: 2027, rate: 60 },
      { year: 2027, asDeclared: true, declaredBp: 6000 },
      [],
    ],
    [
      "the last year: computed from the statistics",
      { id: "t", type: "rate_to", group: "tt", direction: "reach", year: 2030 },
      { year: 2030, rate: { bp: 8000 } },
      [],
    ],
    [
      "a year before the end without its figure",
      { id: "t", type: "count_to", group: "tt", year: 2028 },
      { year: 2028 },
      ["stats.target-year-needs-figure"],
    ],
    [
      "a year outside the period",
      { id: "t", type: "coverage", percent: 100, subject: "xã", outcome: "có mạng", year: 2031 },
      { year: 2031 },
      ["stats.target-year-outside"],
    ],
    [
      "a year before the period",
      { id: "t", type: "text", text: "Hoàn thành", year: 2025 },
      {},
      ["stats.target-year-outside"],
    ],
  ])("%s", (_name, target, figures, expected) => {
    const { computed, diagnostics } = multi([target]);
    expect(codes(diagnostics)).toEqual(expected);
    expect(computed.targets.t).toMatchObject(figures);
  });

  it("says where the year is wrong", () => {
    const { diagnostics } = multi([{ id: "t", type: "text", text: "x", year: 2031 }]);
    expect(diagnostics[0]).toMatchObject({
      path: ["targets", 0, "year"],
      params: { year: 2031, planPeriod: "2026-2030" },
    });
  });
});

describe("a period spanning two poverty standards", () => {
  function eras(standard: string, period: PlanSpec["document"]["period"]) {
    const spec = makeSpec({
      statistics: makeStats({ standard, totals: { households: 100, groups: {} } }),
    });
    spec.document.period = period;
    const { computed, diagnostics } = run(spec);
    return {
      eras: computed.statistics?.eras.map((e) => [e.standard.id, e.from, e.to]),
      diagnostics: diagnostics.map((d) => [d.code, d.severity]),
    };
  }

  it.each<[string, PlanSpec["document"]["period"], unknown[], unknown[]]>([
    [
      "nd-07-2021",
      { from: 2026, to: 2030 },
      [
        ["nd-07-2021", 2026, 2026],
        ["nd-351-2025", 2027, 2030],
      ],
      [["stats.standards-change", "info"]],
    ],
    [
      "nd-351-2025",
      { from: 2026, to: 2030 },
      [
        ["nd-07-2021", 2026, 2026],
        ["nd-351-2025", 2027, 2030],
      ],
      [["stats.standards-change", "info"]],
    ],
    ["nd-07-2021", 2024, [["nd-07-2021", 2024, 2024]], []],
    ["nd-07-2021", { from: 2022, to: 2025 }, [["nd-07-2021", 2022, 2025]], []],
    ["nd-351-2025", { from: 2027, to: 2030 }, [["nd-351-2025", 2027, 2030]], []],
  ])("%s over %j", (standard, period, expectedEras, expectedDiags) => {
    const got = eras(standard, period);
    expect(got.eras).toEqual(expectedEras);
    expect(got.diagnostics).toEqual(expectedDiags);
  });
});
