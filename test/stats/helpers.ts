// Spec objects built in code: the smallest valid PlanSpec, with statistics merged in.

import { loadStandards } from "../../src/data/standards.js";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import type { BreakdownDef, PlanSpec, StatisticsSpec, UnitStats } from "../../src/spec/types.js";
import { computeStats } from "../../src/stats/compute.js";

/** The poor households by their ability to leave poverty: two parts, exhaustive. */
export const KHA_NANG: BreakdownDef = {
  id: "kha_nang",
  group: "poor",
  label: "theo khả năng thoát nghèo",
  exhaustive: true,
  parts: [
    { id: "bao_tro", label: "bảo trợ xã hội" },
    { id: "co_kha_nang", label: "có khả năng thoát nghèo" },
  ],
};

export function makeSpec(extra: Partial<PlanSpec> = {}): PlanSpec {
  return {
    kehoach: 1,
    document: {
      issuing_body: "Ủy ban nhân dân phường Quảng Minh",
      unit_kind: "phường",
      locality: "Quảng Minh",
      symbol: "KH-UBND",
      place: "Quảng Minh",
      date: 2024,
      summary: "Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024",
      period: 2024,
    },
    sections: [{ title: "MỤC TIÊU", content: ["Giảm nghèo bền vững."] }],
    closing: "Trên đây là Kế hoạch",
    recipients: ["Như trên"],
    archive: "VT, LĐ",
    signature: { authority: "KT.", on_behalf_of: "Chủ tịch", title: "Phó Chủ tịch", signer: "A" },
    ...extra,
  };
}

export function makeStats(extra: Partial<StatisticsSpec> = {}): StatisticsSpec {
  return { baseline_year: 2023, standard: "nd-07-2021", ...extra };
}

export function run(spec: PlanSpec) {
  return computeStats(spec, loadStandards());
}

export function codes(diags: readonly Diagnostic[]): string[] {
  return diags.map((d) => d.code);
}

/** The appendix of seed 000: five tổ dân phố of phường Quảng Minh. */
export const SEED_000_UNITS: UnitStats[] = [
  unit("TDP Khả Lý Thượng", 1011, [7, 1], [15, 4]),
  unit("TDP Khả Lý Hạ", 494, [0, 0], [2, 0]),
  unit("TDP Đông Long", 802, [7, 1], [19, 8]),
  unit("TDP Đình Cả", 430, [2, 2], [4, 2]),
  unit("TDP Kẽ", 254, [1, 0], [4, 1]),
];

function unit(
  name: string,
  households: number,
  poor: [number, number],
  nearPoor: [number, number],
): UnitStats {
  return {
    name,
    households,
    groups: {
      poor: { households: poor[0], exits: poor[1] },
      near_poor: { households: nearPoor[0], exits: nearPoor[1] },
    },
  };
}

export const SEED_000_DEPRIVATION = {
  poor: {
    viec_lam: 3,
    nguoi_phu_thuoc: 16,
    dinh_duong: 0,
    bao_hiem_y_te: 0,
    trinh_do_giao_duc: 0,
    tinh_trang_di_hoc: 0,
    chat_luong_nha_o: 4,
    dien_tich_nha_o: 2,
    nguon_nuoc: 0,
    nha_tieu: 3,
    vien_thong: 12,
    tiep_can_thong_tin: 12,
  },
  near_poor: {
    viec_lam: 4,
    nguoi_phu_thuoc: 33,
    dinh_duong: 0,
    bao_hiem_y_te: 0,
    trinh_do_giao_duc: 0,
    tinh_trang_di_hoc: 0,
    chat_luong_nha_o: 2,
    dien_tich_nha_o: 3,
    nguon_nuoc: 0,
    nha_tieu: 0,
    vien_thong: 7,
    tiep_can_thong_tin: 6,
  },
};

/** Seed 000 as the example plan writes it: units, and totals with what only the ward has. */
export function seed000(): PlanSpec {
  return makeSpec({
    statistics: makeStats({
      unit_label: "tổ dân phố",
      breakdowns: [
        {
          id: "kha_nang_thoat_ngheo",
          group: "poor",
          label: "theo khả năng thoát nghèo",
          exhaustive: true,
          parts: [
            { id: "bao_tro_xa_hoi", label: "Hộ nghèo thuộc diện bảo trợ xã hội" },
            { id: "co_kha_nang", label: "Hộ nghèo có khả năng thoát nghèo" },
          ],
        },
      ],
      units: structuredClone(SEED_000_UNITS),
      totals: {
        households: 2991,
        groups: {
          poor: {
            households: 17,
            persons: 29,
            breakdowns: { kha_nang_thoat_ngheo: { bao_tro_xa_hoi: 13, co_kha_nang: 4 } },
            deprivation: { ...SEED_000_DEPRIVATION.poor },
          },
          near_poor: {
            households: 44,
            persons: 141,
            deprivation: { ...SEED_000_DEPRIVATION.near_poor },
          },
        },
      },
    }),
    targets: [
      { id: "ty_le_ngheo", type: "rate_to", group: "poor", rate: 0.43 },
      { id: "ty_le_can_ngheo", type: "rate_to", group: "near_poor", rate: 0.97 },
    ],
  });
}
