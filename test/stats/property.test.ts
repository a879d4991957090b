import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { GroupCounts, StatisticsSpec, TargetSpec, UnitStats } from "../../src/spec/types.js";
import { rate } from "../../src/stats/rate.js";
import { makeSpec, makeStats, run } from "./helpers.js";

const count = fc.nat(3000);
const small = fc.nat(60);

const groupCounts: fc.Arbitrary<GroupCounts> = fc.record(
  {
    households: small,
    persons: fc.nat(200),
    exits: small,
    entries: small,
    actual_end: small,
    breakdowns: fc.record({ kn: fc.record({ a: small, b: small }, { requiredKeys: [] }) }),
    deprivation: fc.record(
      { viec_lam: small, nha_tieu: small, khong_co: small },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["households"] },
);

const unit: fc.Arbitrary<UnitStats> = fc.record(
  {
    name: fc.string({ minLength: 1, maxLength: 8 }),
    households: count,
    persons: fc.nat(10000),
    groups: fc.record({ poor: groupCounts, near_poor: groupCounts }, { requiredKeys: [] }),
  },
  { requiredKeys: ["name", "households", "groups"] },
);

const statistics: fc.Arbitrary<StatisticsSpec> = fc
  .record({
    units: fc.array(unit, { maxLength: 8 }),
    totals: fc.option(
      fc.record({
        households: count,
        groups: fc.record({ poor: groupCounts, near_poor: groupCounts }, { requiredKeys: [] }),
      }),
      { nil: undefined },
    ),
    exhaustive: fc.boolean(),
  })
  .map(({ units, totals, exhaustive }) =>
    makeStats({
      breakdowns: [
        {
          id: "kn",
          group: "poor",
          label: "theo khả năng thoát nghèo",
          exhaustive,
          parts: [
            { id: "a", label: "a" },
            { id: "b", label: "b" },
          ],
        },
      ],
      units,
      ...(totals ? { totals } : {}),
    }),
  );

const targets: fc.Arbitrary<TargetSpec[]> = fc
  .array(
    fc.oneof(
      fc.record({
        type: fc.constant("rate_to" as const),
        group: fc.constantFrom("poor", "near_poor"),
        rate: fc.integer({ min: 0, max: 10000 }).map((x) => x / 100),
      }),
      fc.record(
        {
          type: fc.constant("reduce" as const),
          group: fc.constantFrom("poor", "near_poor"),
          households: small,
          points: fc.integer({ min: 0, max: 500 }).map((x) => x / 100),
        },
        { requiredKeys: ["type", "group"] },
      ),
      fc.record({
        type: fc.constant("reduce_share" as const),
        group: fc.constantFrom("poor", "near_poor"),
        percent: fc.integer({ min: 0, max: 1000 }).map((x) => x / 10),
      }),
    ),
    { maxLength: 4 },
  )
  .map((ts) => ts.map((t, i) => ({ ...t, id: `t${i}` }) as TargetSpec));

describe("computeStats on random statistics", () => {
  it("never throws, and the totals are the sums of the units", () => {
    fc.assert(
      fc.property(statistics, targets, (stats, ts) => {
        const { computed } = run(makeSpec({ statistics: stats, targets: ts }));
        const s = computed.statistics;
        expect(s).toBeDefined();
        if (!s || s.units.length === 0) return;
        const total = s.total;
        expect(total.households).toBe(s.units.reduce((a, u) => a + u.households, 0));
        for (const g of ["poor", "near_poor"]) {
          const t = total.groups[g];
          if (!t) throw new Error(`no totals for ${g}`);
          if (!(stats.units ?? []).some((u) => u.groups[g])) continue;
          const sum = (f: (x: NonNullable<typeof t>) => number) =>
            s.units.reduce((a, u) => a + f(u.groups[g] as typeof t), 0);
          expect(t.households).toBe(sum((x) => x.households));
          // Exits and entries come from the totals only when no unit gives them.
          for (const key of ["exits", "entries"] as const) {
            const given = (stats.units ?? []).some((u) => u.groups[g]?.[key] !== undefined);
            expect(t[key]).toBe(given ? sum((x) => x[key]) : (stats.totals?.groups[g]?.[key] ?? 0));
          }
          expect(t.end).toBe(t.households - t.exits + t.entries);
          expect(t.rate).toEqual(rate(t.households, total.households));
          expect(t.endRate).toEqual(rate(t.end, total.households));
          if (s.units.every((u) => u.groups[g]?.breakdowns.kn)) {
            expect(t.breakdowns.kn?.a).toBe(sum((x) => x.breakdowns.kn?.a ?? 0));
          }
          if (s.units.every((u) => Object.keys(u.groups[g]?.deprivation ?? {}).length > 0)) {
            expect(t.deprivation.viec_lam?.count).toBe(
              sum((x) => x.deprivation.viec_lam?.count ?? 0),
            );
            expect(t.deprivation.viec_lam?.share).toEqual(
              rate(t.deprivation.viec_lam?.count ?? 0, t.households),
            );
          }
          if (s.units.every((u) => u.groups[g]?.persons !== undefined)) {
            expect(t.persons).toBe(sum((x) => x.persons ?? 0));
          }
        }
        for (const u of s.units) {
          for (const f of Object.values(u.groups)) {
            expect(f.rate).toEqual(rate(f.households, u.households));
            for (const d of Object.values(f.deprivation)) {
              expect(d.share).toEqual(rate(d.count, f.households));
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
