import { describe, expect, it } from "vitest";
import type { GroupFigures } from "../../src/stats/types.js";
import { run, seed000 } from "./helpers.js";

/** [households, rate, exits, exitRate, end, endRate] of one group, rates in bp. */
function row(g: GroupFigures | undefined) {
  if (!g) throw new Error("missing group");
  return [g.households, g.rate.bp, g.exits, g.exitRate.bp, g.end, g.endRate.bp];
}

describe("seed 000 (phường Quảng Minh, 2024)", () => {
  const { computed, diagnostics } = run(seed000());
  const stats = computed.statistics;
  if (!stats) throw new Error("no statistics");

  it("finds nothing wrong", () => {
    expect(diagnostics).toEqual([]);
  });

  it("computes the totals row from the sums", () => {
    const t = stats.total;
    expect(t.households).toBe(2991);
    expect(row(t.groups.poor)).toEqual([17, 57, 4, 13, 13, 43]);
    expect(row(t.groups.near_poor)).toEqual([44, 147, 15, 50, 29, 97]);
  });

  it("computes every unit's rates", () => {
    const rows = stats.units.map((u) => [
      u.name,
      u.households,
      ...row(u.groups.poor),
      ...row(u.groups.near_poor),
    ]);
    expect(rows).toEqual([
      ["TDP Khả Lý Thượng", 1011, 7, 69, 1, 10, 6, 59, 15, 148, 4, 40, 11, 109],
      ["TDP Khả Lý Hạ", 494, 0, 0, 0, 0, 0, 0, 2, 40, 0, 0, 2, 40],
      ["TDP Đông Long", 802, 7, 87, 1, 12, 6, 75, 19, 237, 8, 100, 11, 137],
      ["TDP Đình Cả", 430, 2, 47, 2, 47, 0, 0, 4, 93, 2, 47, 2, 47],
      ["TDP Kẽ", 254, 1, 39, 0, 0, 1, 39, 4, 157, 1, 39, 3, 118],
    ]);
  });

  it("computes deprivation shares against the group's households", () => {
    const share = (group: string, id: string) => {
      const d = stats.total.groups[group]?.deprivation[id];
      return [d?.count, d?.share.bp];
    };
    expect(share("poor", "viec_lam")).toEqual([3, 1765]); // the seed says 58,8%
    expect(share("poor", "nguoi_phu_thuoc")).toEqual([16, 9412]);
    expect(share("poor", "chat_luong_nha_o")).toEqual([4, 2353]); // seed: 57,14%
    expect(share("poor", "dien_tich_nha_o")).toEqual([2, 1176]); // seed: 28,57%
    expect(share("poor", "nha_tieu")).toEqual([3, 1765]); // seed: 42,86%
    expect(share("poor", "vien_thong")).toEqual([12, 7059]);
    expect(share("poor", "dinh_duong")).toEqual([0, 0]);
    expect(share("near_poor", "viec_lam")).toEqual([4, 909]); // seed: 0,10%
    expect(share("near_poor", "nguoi_phu_thuoc")).toEqual([33, 7500]); // seed: 73,81%
    expect(share("near_poor", "chat_luong_nha_o")).toEqual([2, 455]);
    expect(share("near_poor", "dien_tich_nha_o")).toEqual([3, 682]);
    expect(share("near_poor", "vien_thong")).toEqual([7, 1591]);
    expect(share("near_poor", "tiep_can_thong_tin")).toEqual([6, 1364]);
  });

  it("keeps the standard's indicator order", () => {
    expect(Object.keys(stats.total.groups.poor?.deprivation ?? {})).toEqual(
      stats.standard?.indicators.map((i) => i.id),
    );
    expect(stats.units[0]?.groups.poor?.deprivation).toEqual({});
  });

  it("takes what only the ward gives from the declared totals", () => {
    expect(stats.total.groups.poor?.persons).toBe(29);
    expect(stats.total.groups.near_poor?.persons).toBe(141);
    expect(stats.total.groups.poor?.breakdowns).toEqual({
      kha_nang_thoat_ngheo: { bao_tro_xa_hoi: 13, co_kha_nang: 4 },
    });
    expect(stats.total.persons).toBeUndefined();
  });

  it("computes the targets from the totals", () => {
    expect(computed.targets.ty_le_ngheo).toEqual({
      id: "ty_le_ngheo",
      type: "rate_to",
      group: "poor",
      direction: "down",
      rate: { num: 13, den: 2991, bp: 43 },
      declaredBp: 43,
    });
    expect(computed.targets.ty_le_can_ngheo).toMatchObject({
      rate: { num: 29, den: 2991, bp: 97 },
    });
  });

  it("fills the defaults", () => {
    expect(stats.groups).toEqual([
      { id: "poor", name: "hộ nghèo" },
      { id: "near_poor", name: "hộ cận nghèo" },
    ]);
    expect(stats.unitLabel).toBe("tổ dân phố");
    expect(stats.standard?.id).toBe("nd-07-2021");
    expect(stats.countUnit).toBe("hộ");
    expect(stats.eras.map((e) => [e.standard.id, e.from, e.to])).toEqual([
      ["nd-07-2021", 2024, 2024],
    ]);
    expect(stats.baselineYear).toBe(2023);
  });
});
