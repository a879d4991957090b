import { describe, expect, it } from "vitest";
import type { StatisticsSpec, UnitStats } from "../../src/spec/types.js";
import { codes, KHA_NANG, makeSpec, makeStats, run, seed000 } from "./helpers.js";

function withUnits(units: UnitStats[], extra: Partial<StatisticsSpec> = {}) {
  return run(makeSpec({ statistics: makeStats({ breakdowns: [KHA_NANG], units, ...extra }) }));
}

describe("consistency checks", () => {
  it("breakdown parts that do not add up to the group", () => {
    const { diagnostics } = withUnits([
      { name: "A", households: 100, groups: { poor: { households: 17 } } },
      { name: "TDP Kẽ", households: 100, groups: { poor: { households: 17 } } },
      {
        name: "TDP Đông Long",
        households: 100,
        groups: {
          poor: { households: 17, breakdowns: { kha_nang: { bao_tro: 13, co_kha_nang: 3 } } },
        },
      },
    ]);
    const d = diagnostics.find((x) => x.code === "stats.breakdown-sum");
    // shown, not refused: a warning unless strict (test/stats/disagreements.test.ts)
    expect(d).toMatchObject({
      severity: "warning",
      path: ["statistics", "units", 2, "groups", "poor", "breakdowns", "kha_nang"],
      params: {
        breakdown: "theo khả năng thoát nghèo",
        sum: 16,
        group: "hộ nghèo",
        unit: "TDP Đông Long",
        households: 17,
      },
    });
  });

  it("missing parts of an exhaustive breakdown count as 0", () => {
    const { diagnostics, computed } = withUnits([
      {
        name: "A",
        households: 100,
        groups: { poor: { households: 4, breakdowns: { kha_nang: { co_kha_nang: 4 } } } },
      },
    ]);
    expect(diagnostics).toEqual([]);
    expect(computed.statistics?.units[0]?.groups.poor?.breakdowns.kha_nang).toEqual({
      bao_tro: 0,
      co_kha_nang: 4,
    });
  });

  it("a part of a non-exhaustive breakdown larger than the group", () => {
    const { diagnostics } = withUnits(
      [
        {
          name: "A",
          households: 100,
          groups: { poor: { households: 4, breakdowns: { kha_nang: { co_kha_nang: 5 } } } },
        },
      ],
      { breakdowns: [{ ...KHA_NANG, exhaustive: false }] },
    );
    expect(diagnostics).toMatchObject([
      {
        code: "stats.breakdown-part-exceeds",
        path: ["statistics", "units", 0, "groups", "poor", "breakdowns", "kha_nang", "co_kha_nang"],
        params: { count: 5, households: 4 },
      },
    ]);
  });

  it("deprivation above the group's households", () => {
    const { diagnostics } = withUnits([
      {
        name: "A",
        households: 100,
        groups: { poor: { households: 3, deprivation: { viec_lam: 4, nha_tieu: 3 } } },
      },
    ]);
    expect(diagnostics).toMatchObject([
      {
        code: "stats.deprivation-exceeds",
        severity: "error",
        path: ["statistics", "units", 0, "groups", "poor", "deprivation", "viec_lam"],
        params: { indicator: "việc làm", count: 4, households: 3, unit: "A" },
      },
    ]);
  });

  it("exits above the group's households", () => {
    const { diagnostics, computed } = withUnits([
      { name: "A", households: 100, groups: { poor: { households: 3, exits: 5 } } },
    ]);
    expect(codes(diagnostics)).toEqual(["stats.exits-exceed"]);
    expect(diagnostics[0]?.path).toEqual(["statistics", "units", 0, "groups", "poor", "exits"]);
    expect(computed.statistics?.units[0]?.groups.poor?.end).toBe(-2);
  });

  it("group households above the unit's households", () => {
    const { diagnostics } = withUnits([
      { name: "A", households: 10, groups: { near_poor: { households: 11 } } },
    ]);
    expect(diagnostics).toMatchObject([
      {
        code: "stats.group-exceeds-unit",
        path: ["statistics", "units", 0, "groups", "near_poor", "households"],
        params: { group: "hộ cận nghèo", households: 11, total: 10 },
      },
    ]);
  });

  it("declared totals that differ from the units' sum", () => {
    const spec = seed000();
    const totals = spec.statistics?.totals;
    if (!totals?.groups.poor) throw new Error("fixture");
    totals.households = 2990;
    totals.groups.poor.households = 18;
    const { diagnostics, computed } = run(spec);
    expect(diagnostics).toMatchObject([
      {
        code: "stats.total-mismatch",
        severity: "warning",
        path: ["statistics", "totals", "households"],
        params: { declared: 2990, sum: 2991, what: "tổng số hộ" },
      },
      {
        code: "stats.total-mismatch",
        path: ["statistics", "totals", "groups", "poor", "households"],
        params: { declared: 18, sum: 17, what: "số hộ nghèo" },
      },
    ]);
    // The units win.
    expect(computed.statistics?.total.households).toBe(2991);
    expect(computed.statistics?.total.groups.poor?.households).toBe(17);
  });

  it("checks declared-only figures against the summed group", () => {
    const spec = seed000();
    const poor = spec.statistics?.totals?.groups.poor;
    if (!poor?.deprivation || !poor.breakdowns) throw new Error("fixture");
    poor.deprivation.viec_lam = 18;
    poor.breakdowns.kha_nang_thoat_ngheo = { bao_tro_xa_hoi: 13, co_kha_nang: 5 };
    const { diagnostics } = run(spec);
    expect(diagnostics).toMatchObject([
      {
        code: "stats.breakdown-sum",
        path: ["statistics", "totals", "groups", "poor", "breakdowns", "kha_nang_thoat_ngheo"],
        params: { sum: 18, households: 17, unit: "phường Quảng Minh" },
      },
      {
        code: "stats.deprivation-exceeds",
        path: ["statistics", "totals", "groups", "poor", "deprivation", "viec_lam"],
      },
    ]);
  });

  it("sums figures every unit gives and compares them with the declared ones", () => {
    const { diagnostics, computed } = withUnits(
      [
        {
          name: "A",
          households: 100,
          persons: 400,
          groups: { poor: { households: 2, persons: 5, deprivation: { viec_lam: 1 } } },
        },
        {
          name: "B",
          households: 50,
          persons: 200,
          groups: { poor: { households: 0 }, near_poor: { households: 1 } },
        },
      ],
      {
        totals: { households: 150, persons: 600, groups: { poor: { households: 2, persons: 6 } } },
      },
    );
    const total = computed.statistics?.total;
    expect(total?.persons).toBe(600);
    expect(total?.groups.poor?.persons).toBe(5);
    expect(total?.groups.poor?.deprivation.viec_lam).toEqual({
      count: 1,
      share: { num: 1, den: 2, bp: 5000 },
    });
    // B has no poor households: its deprivation and persons are zeros, not gaps.
    expect(computed.statistics?.units[1]?.groups.poor?.persons).toBe(0);
    expect(computed.statistics?.units[1]?.groups.poor?.deprivation.viec_lam?.count).toBe(0);
    expect(diagnostics).toMatchObject([
      {
        code: "stats.total-mismatch",
        path: ["statistics", "totals", "groups", "poor", "persons"],
        params: { declared: 6, sum: 5 },
      },
    ]);
  });

  it("takes exits from the totals when no unit gives them", () => {
    const units: UnitStats[] = [
      { name: "A", households: 100, groups: { poor: { households: 2 } } },
      { name: "B", households: 50, groups: { poor: { households: 3 } } },
    ];
    const ok = withUnits(units, {
      totals: { households: 150, groups: { poor: { households: 5, exits: 4 } } },
    });
    expect(ok.diagnostics).toEqual([]);
    expect(ok.computed.statistics?.total.groups.poor).toMatchObject({
      exits: 4,
      end: 1,
      endRate: { num: 1, den: 150, bp: 67 },
    });
    const bad = withUnits(units, {
      totals: { households: 150, groups: { poor: { exits: 6, households: 5 } } },
    });
    expect(bad.diagnostics).toMatchObject([
      { code: "stats.exits-exceed", path: ["statistics", "totals", "groups", "poor", "exits"] },
    ]);
    // Once a unit gives exits, the others' are 0 and the sum wins.
    const first = units[0]?.groups.poor;
    if (first) first.exits = 1;
    const summed = withUnits(units, {
      totals: { households: 150, groups: { poor: { households: 5, exits: 4 } } },
    });
    expect(summed.computed.statistics?.total.groups.poor?.exits).toBe(1);
    expect(summed.diagnostics).toMatchObject([
      { code: "stats.total-mismatch", params: { declared: 4, sum: 1 } },
    ]);
  });

  it("warns when only some units give a figure", () => {
    const { diagnostics, computed } = withUnits(
      [
        { name: "A", households: 100, persons: 400, groups: { poor: { households: 2 } } },
        { name: "B", households: 50, groups: { poor: { households: 1 } } },
      ],
      { totals: { households: 150, persons: 610, groups: {} } },
    );
    expect(diagnostics).toMatchObject([
      {
        code: "stats.incomplete-units",
        path: ["statistics", "units", 1],
        params: { given: 1, count: 2, what: "số nhân khẩu" },
      },
    ]);
    expect(computed.statistics?.total.persons).toBe(610);
  });

  it("reports statistics with no figures at all", () => {
    const { diagnostics, computed } = run(makeSpec({ statistics: makeStats() }));
    expect(codes(diagnostics)).toEqual(["stats.no-figures"]);
    expect(computed.statistics?.total.groups.poor?.rate.bp).toBeNull();
  });

  it("uses declared totals when there are no units, and checks them", () => {
    const { diagnostics, computed } = run(
      makeSpec({
        statistics: makeStats({
          totals: { households: 1441, groups: { poor: { households: 30, exits: 31 } } },
        }),
      }),
    );
    expect(computed.statistics?.units).toEqual([]);
    expect(computed.statistics?.total.groups.poor?.rate.bp).toBe(208);
    expect(diagnostics).toMatchObject([
      {
        code: "stats.exits-exceed",
        path: ["statistics", "totals", "groups", "poor", "exits"],
        params: { unit: "phường Quảng Minh" },
      },
    ]);
  });

  it("zero households give null rates and no diagnostics", () => {
    const { diagnostics, computed } = withUnits([
      { name: "A", households: 0, groups: { poor: { households: 0 } } },
    ]);
    expect(diagnostics).toEqual([]);
    expect(computed.statistics?.total.groups.poor?.rate).toEqual({ num: 0, den: 0, bp: null });
  });
});
