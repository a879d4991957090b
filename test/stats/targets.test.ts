import { describe, expect, it } from "vitest";
import type { TargetSpec } from "../../src/spec/types.js";
import { codes, makeSpec, makeStats, run, seed000 } from "./helpers.js";

/** Seed 001: 1.441 households; the plan gives only totals. */
function seed001(targets: TargetSpec[], exits?: { poor?: number; near_poor?: number }) {
  return run(
    makeSpec({
      statistics: makeStats({
        totals: {
          households: 1441,
          groups: {
            poor: { households: 40, ...(exits?.poor !== undefined ? { exits: exits.poor } : {}) },
            near_poor: {
              households: 30,
              ...(exits?.near_poor !== undefined ? { exits: exits.near_poor } : {}),
            },
          },
        },
      }),
      targets,
    }),
  );
}

describe("reduce", () => {
  it("derives points from households (seed 001: 16 households ↔ 1,11%)", () => {
    const { computed, diagnostics } = seed001([
      { id: "giam_ngheo", type: "reduce", group: "poor", households: 16 },
    ]);
    expect(diagnostics).toEqual([]);
    expect(computed.targets.giam_ngheo).toEqual({
      id: "giam_ngheo",
      type: "reduce",
      group: "poor",
      households: 16,
      points: { num: 16, den: 1441, bp: 111 },
    });
  });

  it("derives households from points, exactly on the decimal", () => {
    const { computed, diagnostics } = seed001([
      { id: "giam_ngheo", type: "reduce", group: "poor", points: 1.11 },
    ]);
    expect(diagnostics).toEqual([]);
    expect(computed.targets.giam_ngheo).toMatchObject({ households: 16, points: { bp: 111 } });
  });

  it("accepts both when they agree", () => {
    const { diagnostics } = seed001([
      { id: "giam_ngheo", type: "reduce", group: "poor", households: 16, points: 1.11 },
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("names the right figure when both disagree (seed 001: 5 households is not 0,3%)", () => {
    const { computed, diagnostics } = seed001([
      { id: "giam_can_ngheo", type: "reduce", group: "near_poor", households: 5, points: 0.3 },
    ]);
    expect(computed.targets.giam_can_ngheo).toMatchObject({ households: 5, points: { bp: 35 } });
    expect(diagnostics).toMatchObject([
      {
        code: "stats.target-points-mismatch",
        severity: "warning",
        path: ["targets", 0, "points"],
        params: {
          households: 5,
          total: 1441,
          declared: "0,3",
          declaredEn: "0.3",
          right: "0,35",
          rightEn: "0.35",
          alt: 4,
        },
      },
    ]);
  });

  it("says when points alone do not give a whole number of households", () => {
    const { computed, diagnostics } = seed001([
      { id: "giam_can_ngheo", type: "reduce", group: "near_poor", points: 0.3 },
    ]);
    expect(computed.targets.giam_can_ngheo).toMatchObject({ households: 4, points: { bp: 28 } });
    expect(codes(diagnostics)).toEqual(["stats.target-points-rounded"]);
  });

  it("takes the figure from the statistics when neither is given", () => {
    const { computed, diagnostics } = seed001([{ id: "giam", type: "reduce", group: "poor" }], {
      poor: 16,
    });
    expect(diagnostics).toEqual([]);
    expect(computed.targets.giam).toMatchObject({ households: 16, points: { bp: 111 } });
  });

  it("warns when neither is given and the statistics have no exits", () => {
    const { computed, diagnostics } = seed001([{ id: "giam", type: "reduce", group: "poor" }]);
    expect(codes(diagnostics)).toEqual(["stats.target-no-flows"]);
    expect(computed.targets.giam).toMatchObject({ households: 0 });
  });

  it("reports a target the statistics contradict", () => {
    const { diagnostics } = seed001(
      [{ id: "giam", type: "reduce", group: "poor", households: 16 }],
      { poor: 12 },
    );
    expect(diagnostics).toMatchObject([
      {
        code: "stats.target-contradicts",
        path: ["targets", 0, "households"],
        params: { households: 16, expected: 12, exits: 12, entries: 0 },
      },
    ]);
  });

  it("reports a reduction larger than the group", () => {
    const { diagnostics } = seed001([
      { id: "giam", type: "reduce", group: "poor", households: 41 },
    ]);
    expect(codes(diagnostics)).toEqual(["stats.target-exceeds-group"]);
  });
});

describe("groups the statistics do not count", () => {
  // pho-minh-2024: only the total households are known (1.441), the groups are not counted.
  function uncounted(targets: TargetSpec[]) {
    return run(
      makeSpec({ statistics: makeStats({ totals: { households: 1441, groups: {} } }), targets }),
    );
  }

  it("reduce with households needs only the total households", () => {
    const { computed, diagnostics } = uncounted([
      { id: "a", type: "reduce", group: "poor", households: 16 },
      { id: "b", type: "reduce", group: "near_poor", households: 5, points: 0.3 },
    ]);
    expect(codes(diagnostics)).toEqual(["stats.target-points-mismatch"]);
    expect(computed.targets.a).toMatchObject({ households: 16, points: { bp: 111 } });
  });

  it("a figure that rests on the group's households is an error", () => {
    const { diagnostics } = uncounted([
      { id: "a", type: "rate_to", group: "poor" },
      { id: "b", type: "reduce", group: "poor" },
      { id: "c", type: "reduce_share", group: "poor", percent: 35 },
    ]);
    expect(diagnostics).toMatchObject([
      { code: "stats.target-group-not-counted", severity: "error", path: ["targets", 0] },
      { code: "stats.target-group-not-counted", path: ["targets", 1] },
      { code: "stats.target-group-not-counted", path: ["targets", 2] },
    ]);
  });
});

describe("rate_to", () => {
  it("checks a declared rate against the statistics", () => {
    const spec = seed000();
    spec.targets = [{ id: "ty_le", type: "rate_to", group: "poor", rate: 0.4 }];
    const { computed, diagnostics } = run(spec);
    expect(computed.targets.ty_le).toMatchObject({ rate: { bp: 43 }, declaredBp: 40 });
    expect(diagnostics).toMatchObject([
      {
        code: "stats.target-rate-mismatch",
        path: ["targets", 0, "rate"],
        params: { declared: "0,4", right: "0,43", rightEn: "0.43", end: 13, total: 2991 },
      },
    ]);
  });

  it("computes the rate when none is declared", () => {
    const spec = seed000();
    spec.targets = [{ id: "ty_le", type: "rate_to", group: "near_poor" }];
    const { computed, diagnostics } = run(spec);
    expect(diagnostics).toEqual([]);
    expect(computed.targets.ty_le).toEqual({
      id: "ty_le",
      type: "rate_to",
      group: "near_poor",
      direction: "down",
      rate: { num: 29, den: 2991, bp: 97 },
    });
  });
});

describe("other targets", () => {
  it("reduce_share: a share of the group's households, rounded half up", () => {
    const { computed, diagnostics } = seed001([
      { id: "giam_35", type: "reduce_share", group: "poor", percent: 35 },
      { id: "giam_12_5", type: "reduce_share", group: "near_poor", percent: 12.5 },
    ]);
    expect(diagnostics).toEqual([]);
    expect(computed.targets.giam_35).toEqual({
      id: "giam_35",
      type: "reduce_share",
      group: "poor",
      percent: 35,
      households: 14,
    });
    expect(computed.targets.giam_12_5).toMatchObject({ households: 4 }); // 3,75
  });

  it("coverage and text pass through, without statistics", () => {
    const { computed, diagnostics } = run(
      makeSpec({
        targets: [
          { id: "bhyt", type: "coverage", percent: 100, subject: "hộ nghèo", outcome: "có thẻ" },
          { id: "hoc_phi", type: "text", text: "Miễn học phí" },
        ],
      }),
    );
    expect(diagnostics).toEqual([]);
    expect(computed.targets).toEqual({
      bhyt: { id: "bhyt", type: "coverage", percent: 100 },
      hoc_phi: { id: "hoc_phi", type: "text" },
    });
    expect(computed.statistics).toBeUndefined();
  });

  it("a target that needs statistics when there are none", () => {
    const { computed, diagnostics } = run(
      makeSpec({
        targets: [
          { id: "a", type: "rate_to", group: "poor", rate: 0.5 },
          { id: "b", type: "reduce", group: "poor", households: 3 },
          { id: "c", type: "reduce_share", group: "poor", percent: 35 },
        ],
      }),
    );
    expect(diagnostics).toMatchObject([
      { code: "stats.target-needs-statistics", severity: "error", path: ["targets", 0] },
      { code: "stats.target-needs-statistics", path: ["targets", 1] },
      { code: "stats.target-needs-statistics", path: ["targets", 2] },
    ]);
    expect(computed.targets.b).toMatchObject({ households: 3, points: { bp: null } });
  });

  it("unknown groups and duplicate ids", () => {
    const { diagnostics } = seed001([
      { id: "a", type: "rate_to", group: "ho_ngheo" },
      { id: "a", type: "text", text: "x" },
    ]);
    expect(diagnostics).toMatchObject([
      { code: "stats.unknown-group", path: ["targets", 0, "group"], params: { group: "ho_ngheo" } },
      { code: "stats.duplicate-id", path: ["targets", 1, "id"], params: { kind: "chỉ tiêu" } },
    ]);
  });
});

describe("budget", () => {
  it("totals the sources", () => {
    const { computed } = run(
      makeSpec({
        budget: {
          unit: "triệu đồng",
          sources: [
            { name: "Ngân sách phường", amount: 150 },
            { name: "Xã hội hóa", amount: 50.5 },
          ],
        },
      }),
    );
    expect(computed.budget).toEqual({
      unit: "triệu đồng",
      sources: [
        { name: "Ngân sách phường", amount: 150 },
        { name: "Xã hội hóa", amount: 50.5 },
      ],
      total: 200.5,
    });
  });
});
