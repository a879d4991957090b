// Figures that disagree are shown, not refused: a warning and a record of where the figure sits (for
// a draft's mark), or an error with strict (--strict, statistics.strict). Exits typed once, as the
// breakdown part that stands for them.

import { describe, expect, it } from "vitest";
import { loadStandards } from "../../src/data/standards.js";
import type { BreakdownDef, StatisticsSpec, UnitStats } from "../../src/spec/types.js";
import { computeStats } from "../../src/stats/compute.js";
import { KHA_NANG, makeSpec, makeStats } from "./helpers.js";

function run(
  units: UnitStats[],
  extra: Partial<StatisticsSpec> = {},
  opts: { strict?: boolean } = {},
  breakdown: BreakdownDef = KHA_NANG,
) {
  const spec = makeSpec({
    statistics: makeStats({ breakdowns: [breakdown], units, ...extra }),
  });
  return computeStats(spec, loadStandards(), opts);
}

const poor = (households: number, parts?: Record<string, number>, exits?: number) => ({
  poor: {
    households,
    ...(exits !== undefined ? { exits } : {}),
    ...(parts ? { breakdowns: { kha_nang: parts } } : {}),
  },
});

interface Case {
  name: string;
  units: UnitStats[];
  extra: Partial<StatisticsSpec>;
  code: string;
  where: object;
}

describe("figures that disagree", () => {
  it.each<Case>([
    {
      name: "parts of a unit that do not add up",
      units: [{ name: "A", households: 100, groups: poor(17, { bao_tro: 13, co_kha_nang: 3 }) }],
      extra: {},
      code: "stats.breakdown-sum",
      where: { unit: 0, group: "poor", figure: "breakdowns.kha_nang" },
    },
    {
      name: "a declared group total that is not the units' sum",
      units: [{ name: "A", households: 100, groups: poor(17) }],
      extra: { totals: { households: 100, groups: { poor: { households: 18 } } } },
      code: "stats.total-mismatch",
      where: { unit: null, group: "poor", figure: "households" },
    },
    {
      name: "a declared unit total that is not the units' sum",
      units: [{ name: "A", households: 100, groups: poor(17) }],
      extra: { totals: { households: 101, groups: {} } },
      code: "stats.total-mismatch",
      where: { unit: null, figure: "households" },
    },
    {
      name: "a declared part that is not the units' sum",
      units: [{ name: "A", households: 100, groups: poor(17, { bao_tro: 13, co_kha_nang: 4 }) }],
      extra: {
        totals: {
          households: 100,
          groups: { poor: { households: 17, breakdowns: { kha_nang: { bao_tro: 12 } } } },
        },
      },
      code: "stats.total-mismatch",
      where: { unit: null, group: "poor", figure: "breakdowns.kha_nang.bao_tro" },
    },
  ])("$name: a warning by default, an error when strict", ({ units, extra, code, where }) => {
    const loose = run(units, extra);
    expect(loose.diagnostics.map((d) => [d.code, d.severity])).toEqual([[code, "warning"]]);
    expect(loose.computed.statistics?.disagreements).toEqual([
      expect.objectContaining({ code, ...where }),
    ]);
    const byFlag = run(units, extra, { strict: true });
    expect(byFlag.diagnostics.map((d) => [d.code, d.severity])).toEqual([[code, "error"]]);
    const bySpec = run(units, { ...extra, strict: true });
    expect(bySpec.diagnostics.map((d) => [d.code, d.severity])).toEqual([[code, "error"]]);
  });

  it("the units' sum is used where a declared total differs", () => {
    const { computed } = run([{ name: "A", households: 100, groups: poor(17) }], {
      totals: { households: 100, groups: { poor: { households: 18 } } },
    });
    expect(computed.statistics?.total.groups.poor?.households).toBe(17);
  });

  it("a part larger than its whole stays an error: it cannot be true", () => {
    const partial = { ...KHA_NANG, exhaustive: false };
    const { diagnostics } = run(
      [{ name: "A", households: 100, groups: poor(3, { bao_tro: 5 }) }],
      {},
      {},
      partial,
    );
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["stats.breakdown-part-exceeds", "error"],
    ]);
  });
});

describe("exits typed once, as a breakdown part", () => {
  const withExits: BreakdownDef = { ...KHA_NANG, exits: "co_kha_nang" };

  it.each([
    {
      name: "exits from the part",
      g: poor(17, { bao_tro: 13, co_kha_nang: 4 }),
      exits: 4,
      codes: [],
    },
    {
      name: "exits and the part agree",
      g: poor(17, { bao_tro: 13, co_kha_nang: 4 }, 4),
      exits: 4,
      codes: [],
    },
    {
      name: "exits and the part disagree: exits win",
      g: poor(17, { bao_tro: 13, co_kha_nang: 4 }, 5),
      exits: 5,
      codes: ["stats.exits-part"],
    },
    { name: "no part, no exits", g: poor(17), exits: 0, codes: [] },
  ])("$name", ({ g, exits, codes }) => {
    const { diagnostics, computed } = run(
      [{ name: "A", households: 100, groups: g }],
      {},
      {},
      withExits,
    );
    expect(diagnostics.map((d) => d.code)).toEqual(codes);
    expect(computed.statistics?.units[0]?.groups.poor?.exits).toBe(exits);
    expect(computed.statistics?.total.groups.poor?.exits).toBe(exits);
    expect(computed.statistics?.total.groups.poor?.end).toBe(17 - exits);
  });

  it("exits and the part disagree in the totals of a group no unit has: a warning too", () => {
    const { diagnostics } = run(
      [{ name: "A", households: 100, groups: {} }],
      { totals: { households: 100, groups: poor(17, { bao_tro: 13, co_kha_nang: 4 }, 5) } },
      {},
      withExits,
    );
    expect(diagnostics.map((d) => d.code)).toContain("stats.exits-part");
  });

  it("an exits part the breakdown does not have is an error at its place", () => {
    const { diagnostics } = run(
      [{ name: "A", households: 100, groups: poor(17) }],
      {},
      {},
      { ...KHA_NANG, exits: "khong_co" },
    );
    expect(diagnostics).toMatchObject([
      {
        code: "stats.unknown-part",
        severity: "error",
        path: ["statistics", "breakdowns", 0, "exits"],
      },
    ]);
  });
});
