// Hand-made inputs of the model builder: a spec and its Computed figures after seed 000 (phường
// Quảng Minh, 2024), written out by hand so these tests do not depend on src/stats.

import type { PlanSpec } from "../../src/spec/types.js";
import type {
  Computed,
  GroupFigures,
  PovertyStandard,
  Rate,
  UnitFigures,
} from "../../src/stats/types.js";

/** num / den × 100 in hundredths, half up, in integers: what src/stats gives. */
export function r(num: number, den: number): Rate {
  return { num, den, bp: den === 0 ? null : Math.floor((num * 20000 + den) / (2 * den)) };
}

export const ND07: PovertyStandard = {
  id: "nd-07-2021",
  name: "Nghị định số 07/2021/NĐ-CP",
  title: "chuẩn nghèo đa chiều giai đoạn 2022-2025",
  period: { from: 2022, to: 2026 },
  thresholds: { rural: 1500000, urban: 2000000 },
  poorMinDeprivations: 3,
  dimensions: [
    { id: "viec_lam", name: "Việc làm" },
    { id: "y_te", name: "Y tế" },
    { id: "giao_duc", name: "Giáo dục" },
    { id: "nha_o", name: "Nhà ở" },
    { id: "nuoc_ve_sinh", name: "Nước sinh hoạt và vệ sinh" },
    { id: "thong_tin", name: "Thông tin" },
  ],
  indicators: [
    { id: "viec_lam", name: "việc làm", dimension: "viec_lam" },
    { id: "nguoi_phu_thuoc", name: "người phụ thuộc trong hộ gia đình", dimension: "viec_lam" },
    { id: "dinh_duong", name: "dinh dưỡng", dimension: "y_te" },
    { id: "bao_hiem_y_te", name: "bảo hiểm y tế", dimension: "y_te" },
    { id: "trinh_do_giao_duc", name: "trình độ giáo dục của người lớn", dimension: "giao_duc" },
    { id: "tinh_trang_di_hoc", name: "tình trạng đi học của trẻ em", dimension: "giao_duc" },
    { id: "chat_luong_nha_o", name: "chất lượng nhà ở", dimension: "nha_o" },
    { id: "dien_tich_nha_o", name: "diện tích nhà ở bình quân đầu người", dimension: "nha_o" },
    { id: "nguon_nuoc", name: "nguồn nước sinh hoạt", dimension: "nuoc_ve_sinh" },
    { id: "nha_tieu", name: "nhà tiêu hợp vệ sinh", dimension: "nuoc_ve_sinh" },
    { id: "vien_thong", name: "sử dụng dịch vụ viễn thông", dimension: "thong_tin" },
    {
      id: "tiep_can_thong_tin",
      name: "phương tiện phục vụ tiếp cận thông tin",
      dimension: "thong_tin",
    },
  ],
};

function group(
  total: number,
  households: number,
  exits: number,
  extra: Partial<GroupFigures> = {},
): GroupFigures {
  const end = households - exits;
  return {
    households,
    exits,
    entries: 0,
    end,
    rate: r(households, total),
    exitRate: r(exits, total),
    entryRate: r(0, total),
    endRate: r(end, total),
    breakdowns: {},
    deprivation: {},
    ...extra,
  };
}

function unit(
  name: string,
  households: number,
  poor: [number, number],
  nearPoor: [number, number],
): UnitFigures {
  return {
    name,
    households,
    groups: {
      poor: group(households, ...poor),
      near_poor: group(households, ...nearPoor),
    },
  };
}

function deprivation(
  households: number,
  counts: Record<string, number>,
): Record<string, { count: number; share: Rate }> {
  return Object.fromEntries(
    Object.entries(counts).map(([id, n]) => [id, { count: n, share: r(n, households) }]),
  );
}

export function seed000Computed(): Computed {
  const total: UnitFigures = {
    name: "Cộng",
    households: 2991,
    groups: {
      poor: group(2991, 17, 4, {
        persons: 29,
        breakdowns: { kha_nang_thoat_ngheo: { bao_tro_xa_hoi: 13, co_kha_nang: 4 } },
        deprivation: deprivation(17, {
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
        }),
      }),
      near_poor: group(2991, 44, 15, {
        persons: 141,
        deprivation: deprivation(44, {
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
        }),
      }),
    },
  };
  return {
    statistics: {
      baselineYear: 2023,
      standard: ND07,
      eras: [{ standard: ND07, from: 2024, to: 2024 }],
      disagreements: [],
      sums: {},
      countUnit: "hộ",
      groups: [
        { id: "poor", name: "hộ nghèo" },
        { id: "near_poor", name: "hộ cận nghèo" },
      ],
      breakdowns: [
        {
          id: "kha_nang_thoat_ngheo",
          group: "poor",
          label: "theo khả năng thoát nghèo",
          exhaustive: true,
          parts: [
            {
              id: "bao_tro_xa_hoi",
              label: "Hộ nghèo thuộc diện bảo trợ xã hội và các đối tượng khó thoát nghèo",
            },
            { id: "co_kha_nang", label: "Hộ nghèo có khả năng thoát nghèo" },
          ],
        },
      ],
      unitLabel: "tổ dân phố",
      units: [
        unit("TDP Khả Lý Thượng", 1011, [7, 1], [15, 4]),
        unit("TDP Khả Lý Hạ", 494, [0, 0], [2, 0]),
        unit("TDP Đông Long", 802, [7, 1], [19, 8]),
        unit("TDP Đình Cả", 430, [2, 2], [4, 2]),
        unit("TDP Kẽ", 254, [1, 0], [4, 1]),
      ],
      total,
    },
    targets: {
      ty_le_ngheo: {
        id: "ty_le_ngheo",
        type: "rate_to",
        group: "poor",
        direction: "down",
        rate: r(13, 2991),
        declaredBp: 43,
      },
      ty_le_can_ngheo: {
        id: "ty_le_can_ngheo",
        type: "rate_to",
        group: "near_poor",
        direction: "down",
        rate: r(29, 2991),
      },
      giam_ngheo: {
        id: "giam_ngheo",
        type: "reduce",
        group: "poor",
        households: 16,
        points: r(16, 1446),
      },
      giam_35: {
        id: "giam_35",
        type: "reduce_share",
        group: "near_poor",
        percent: 35,
        households: 15,
      },
      the_bhyt: { id: "the_bhyt", type: "coverage", percent: 100 },
      nha_tieu: { id: "nha_tieu", type: "coverage", percent: 70 },
      hoc_phi: { id: "hoc_phi", type: "text" },
    },
    budget: {
      unit: "triệu đồng",
      sources: [{ name: "Ngân sách tỉnh", amount: 383 }],
      total: 383,
    },
  };
}

export function seed000Spec(): PlanSpec {
  return {
    kehoach: 1,
    document: {
      parent_body: "UBND thị xã Việt Yên",
      issuing_body: "Ủy ban nhân dân phường Quảng Minh",
      unit_kind: "phường",
      locality: "Quảng Minh",
      number: 5,
      symbol: "KH-UBND",
      place: "Quảng Minh",
      date: "2024-02-22",
      summary: "Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024",
      period: 2024,
      legal_bases: [
        "Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
        {
          kind: "Nghị định",
          number: "07/2021/NĐ-CP",
          date: "2021-01-27",
          issuer: "Chính phủ",
          about: "quy định chuẩn nghèo đa chiều giai đoạn 2021-2025",
        },
      ],
      implements: [
        {
          kind: "Kế hoạch",
          number: "67/KH-UBND",
          date: "2024-02-19",
          issuer: "UBND thị xã Việt Yên",
          about: "về việc thực hiện công tác giảm nghèo và an sinh xã hội năm 2024",
        },
      ],
      lead_in:
        "Ủy ban nhân dân phường Quảng Minh xây dựng Kế hoạch thực hiện công tác giảm nghèo và an sinh\nxã hội năm 2024 như sau:",
    },
    format: { numbering: ["roman", "decimal", "nested"] },
    targets: [
      {
        id: "ty_le_ngheo",
        type: "rate_to",
        group: "poor",
        rate: 0.43,
        lead: "Cuối năm 2024",
        tail: "trên địa bàn phường",
      },
      { id: "ty_le_can_ngheo", type: "rate_to", group: "near_poor" },
      { id: "giam_ngheo", type: "reduce", group: "poor", households: 16 },
      { id: "giam_35", type: "reduce_share", group: "near_poor", percent: 35, lead: "Phấn đấu" },
      {
        id: "the_bhyt",
        type: "coverage",
        lead: "Đảm bảo",
        percent: 100,
        subject: "hộ nghèo, hộ cận nghèo",
        outcome: "được cấp thẻ Bảo hiểm y tế",
      },
      {
        id: "nha_tieu",
        type: "coverage",
        qualifier: "ít nhất",
        percent: 70,
        subject: "hộ nghèo, hộ cận nghèo",
        outcome: "sử dụng nhà tiêu hợp vệ sinh",
      },
      { id: "hoc_phi", type: "text", text: "Học sinh là con em hộ nghèo được miễn, giảm học phí" },
    ],
    sections: [
      {
        title: "Mục tiêu, chỉ tiêu",
        sections: [
          {
            title: "Mục tiêu",
            content: ["Nâng cao ý thức trách nhiệm của người dân.", { target: "ty_le_ngheo" }],
          },
          {
            title: "Chỉ tiêu",
            sections: [
              { title: "Chỉ tiêu chung", content: [{ targets: "all" }] },
              { title: "Chỉ tiêu cụ thể", content: ["(Có Phụ lục I kèm theo)."] },
            ],
          },
        ],
      },
      {
        title: "Phân tích kết quả hộ nghèo năm 2023",
        sections: [
          { content: [{ template: "tinh-hinh", group: "poor" }] },
          {
            content: [
              { template: "tinh-hinh", group: "near_poor" },
              "Trong đó:",
              { template: "phan-loai", breakdown: "kha_nang_thoat_ngheo" },
              { template: "thieu-hut", group: "poor" },
            ],
          },
        ],
      },
      {
        title: "Kinh phí",
        content: [{ template: "kinh-phi" }],
      },
      { title: "Tổ chức thực hiện", assignments: true, reporting: true },
    ],
    assignments: [
      {
        agency: "Công chức Văn hóa - Xã hội",
        role: "chu_tri",
        tasks: ["- Chủ trì tham mưu xây dựng kế hoạch;\n- Tổng hợp báo cáo kết quả."],
      },
      {
        agency: "Ủy ban Mặt trận Tổ quốc phường và các đoàn thể",
        role: "de_nghi",
        tasks: ["Vận động các tầng lớp Nhân dân tham gia giúp đỡ hộ nghèo (Phụ lục II)."],
      },
      { agency: "Đề nghị Hội Nông dân phường", role: "de_nghi", tasks: ["Phối hợp thực hiện."] },
    ],
    reporting: ["Báo cáo kết quả thực hiện về UBND phường trước ngày 15/12/2024."],
    closing:
      "Trên đây là Kế hoạch thực hiện công tác giảm nghèo và an sinh xã hội năm 2024, đề nghị các ngành nghiêm túc triển khai thực hiện",
    recipients: [
      { text: "Phòng Lao động - TB&XH", report: true },
      { text: "Thường trực Đảng ủy, HĐND phường", report: true },
      "Các ngành liên quan;",
      { text: "Các tổ dân phố", execute: true },
    ],
    archive: "LĐ",
    signature: {
      authority: "KT.",
      on_behalf_of: "Chủ tịch",
      title: "Phó Chủ tịch",
      signer: "Nguyễn Thị Hương",
    },
    appendices: [
      { title: "Kế hoạch giảm nghèo năm 2024", table: { generate: "poverty" } },
      {
        title: "Phân công giúp đỡ hộ nghèo",
        intro: "Danh sách *tạm thời*.",
        table: {
          header: [["TT", "Đoàn thể", "Số hộ"]],
          rows: [
            [1, "Hội Phụ nữ", 3],
            [2, "Đoàn Thanh niên", 2],
          ],
          index_row: true,
          total_label: "Cộng",
        },
        note: "Ghi chú: số hộ tính đến 31/12/2023.",
      },
    ],
  };
}
