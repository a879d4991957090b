import { describe, expect, it } from "vitest";
import type { AppendixHeading, Table } from "../../src/document/types.js";
import { BLANK } from "../../src/format/index.js";
import type { AppendixSpec } from "../../src/spec/types.js";
import { sumExact } from "../../src/stats/decimal.js";
import { seed000Computed } from "./fixtures.js";
import { build, grid, md, tables } from "./helpers.js";

function withAppendices(appendices: AppendixSpec[], opts: Parameters<typeof build>[1] = {}) {
  return build((s) => {
    s.appendices = appendices;
  }, opts);
}

function heading(model: ReturnType<typeof build>["model"], i: number): AppendixHeading {
  const h = model.sections[i + 1]?.children[0];
  if (h?.type !== "appendix-heading") throw new Error("no appendix heading");
  return h;
}

const POVERTY: AppendixSpec = {
  title: "Kế hoạch giảm nghèo năm 2024",
  table: { generate: "poverty" },
};

describe("appendix pages", () => {
  it("labels a single appendix 'Phụ lục' and ties it to the plan's number and date", () => {
    const { model } = withAppendices([POVERTY]);
    expect(heading(model, 0)).toEqual({
      type: "appendix-heading",
      label: "Phụ lục",
      title: "KẾ HOẠCH GIẢM NGHÈO NĂM 2024",
      attachedTo:
        "(Kèm theo Kế hoạch số 05/KH-UBND ngày 22 tháng 02 năm 2024 của UBND phường Quảng Minh)",
    });
  });

  it("numbers several appendices I, II, III", () => {
    const { model } = withAppendices([POVERTY, POVERTY, POVERTY]);
    expect([0, 1, 2].map((i) => heading(model, i).label)).toEqual([
      "Phụ lục I",
      "Phụ lục II",
      "Phụ lục III",
    ]);
  });

  it("leaves the same blanks as the header in a draft, and uses the plan's short name", () => {
    const { model } = build(
      (s) => {
        s.document.issuing_body_short = "UBND P. Quảng Minh";
      },
      { draft: true },
    );
    expect(heading(model, 0).attachedTo).toBe(
      `(Kèm theo Kế hoạch số ${BLANK}/KH-UBND ngày ${BLANK} tháng 02 năm 2024 của UBND P. Quảng Minh)`,
    );
  });

  it("restarts page numbers and picks the orientation from the table", () => {
    const { model } = build();
    expect(model.sections.map((s) => [s.orientation, s.pageNumbers])).toEqual([
      ["portrait", { show: true, showOnFirstPage: false }],
      ["landscape", { show: true, showOnFirstPage: false, restartAt: 1 }],
      ["portrait", { show: true, showOnFirstPage: false, restartAt: 1 }],
    ]);
    const turned = withAppendices([{ ...POVERTY, orientation: "portrait" }]);
    expect(turned.model.sections[1]?.orientation).toBe("portrait");
  });

  it("puts intro and note around the table", () => {
    const { model } = build();
    const kids = model.sections[2]?.children ?? [];
    expect(
      kids.map((b) => (b.type === "paragraph" ? `${b.style}:${md(b.content)}` : b.type)),
    ).toEqual([
      "appendix-heading",
      "note:Danh sách *tạm thời*.",
      "table",
      "note:Ghi chú: số hộ tính đến 31/12/2023.",
    ]);
  });
});

describe("poverty table (seed 000 figures)", () => {
  const table = (): Table => {
    const t = tables(withAppendices([POVERTY]).model)[0];
    if (!t) throw new Error("no table");
    return t;
  };

  it("has the seed's multi-level header and index row", () => {
    const t = table();
    expect(t.headerRows).toBe(4);
    expect(t.rows.slice(0, 4).map((r) => r.kind)).toEqual(["header", "header", "header", "index"]);
    expect(t.rows[0]?.cells.map((c) => [md(c.content), c.rowSpan ?? 1, c.colSpan ?? 1])).toEqual([
      ["TT", 3, 1],
      ["Tổ dân phố", 3, 1],
      ["Tổng số hộ dân cư", 3, 1],
      ["HỘ NGHÈO", 1, 6],
      ["HỘ CẬN NGHÈO", 1, 6],
    ]);
    expect(grid(t)[1]).toEqual([
      "Phê duyệt cuối năm 2023",
      "Có khả năng thoát nghèo năm 2024",
      "Cuối năm 2024",
      "Phê duyệt cuối năm 2023",
      "Có khả năng thoát cận nghèo năm 2024",
      "Cuối năm 2024",
    ]);
    expect(grid(t)[2]).toEqual(Array.from({ length: 6 }, () => ["Số hộ", "Tỷ lệ %"]).flat());
    expect(grid(t)[3]).toEqual(["A", "B", ...Array.from({ length: 13 }, (_, i) => String(i + 1))]);
    expect(t.columns).toHaveLength(15);
  });

  it("writes one row per unit and the totals, in Vietnamese number style", () => {
    expect(grid(table()).slice(4)).toEqual([
      [
        "1",
        "TDP Khả Lý Thượng",
        "1.011",
        "07",
        "0,69",
        "01",
        "0,10",
        "06",
        "0,59",
        "15",
        "1,48",
        "04",
        "0,40",
        "11",
        "1,09",
      ],
      [
        "2",
        "TDP Khả Lý Hạ",
        "494",
        "00",
        "0,00",
        "00",
        "0,00",
        "00",
        "0,00",
        "02",
        "0,40",
        "00",
        "0,00",
        "02",
        "0,40",
      ],
      [
        "3",
        "TDP Đông Long",
        "802",
        "07",
        "0,87",
        "01",
        "0,12",
        "06",
        "0,75",
        "19",
        "2,37",
        "08",
        "1,00",
        "11",
        "1,37",
      ],
      [
        "4",
        "TDP Đình Cả",
        "430",
        "02",
        "0,47",
        "02",
        "0,47",
        "00",
        "0,00",
        "04",
        "0,93",
        "02",
        "0,47",
        "02",
        "0,47",
      ],
      [
        "5",
        "TDP Kẽ",
        "254",
        "01",
        "0,39",
        "00",
        "0,00",
        "01",
        "0,39",
        "04",
        "1,57",
        "01",
        "0,39",
        "03",
        "1,18",
      ],
      [
        "",
        "Cộng",
        "2.991",
        "17",
        "0,57",
        "04",
        "0,13",
        "13",
        "0,43",
        "44",
        "1,47",
        "15",
        "0,50",
        "29",
        "0,97",
      ],
    ]);
  });

  it("aligns counts right and makes the total row bold", () => {
    const t = table();
    const total = t.rows.at(-1);
    expect(total?.kind).toBe("total");
    expect(total?.cells.slice(1).every((c) => c.bold)).toBe(true);
    expect(t.rows[4]?.cells.slice(2).every((c) => c.align === "right")).toBe(true);
    expect(t.columns.slice(2).every((c) => c.align === "right")).toBe(true);
  });

  it("writes small counts without zeros when the plan says so", () => {
    const { model } = build((s) => {
      s.format = { pad_small_counts: false };
    });
    expect(grid(tables(model)[0] as Table)[4]?.slice(3, 6)).toEqual(["7", "0,69", "1"]);
  });

  it("can show one group only", () => {
    const { model } = withAppendices([
      { title: "Hộ nghèo", table: { generate: "poverty", groups: ["poor"] } },
    ]);
    expect(tables(model)[0]?.columns).toHaveLength(9);
  });

  it("reports an unknown group with its path and leaves the table out", () => {
    const { model, diagnostics } = withAppendices([
      { title: "x", table: { generate: "poverty", groups: ["poor", "rich"] } },
    ]);
    expect(tables(model)).toHaveLength(0);
    expect(diagnostics).toEqual([
      {
        code: "model.unknown-group",
        severity: "error",
        params: { group: "rich" },
        path: ["appendices", 0, "table", "groups", 1],
      },
    ]);
  });
});

describe("deprivation and breakdown tables", () => {
  it("uses the totals row alone when no unit has deprivation counts", () => {
    const { model, diagnostics } = withAppendices([
      { title: "Thiếu hụt", table: { generate: "deprivation", group: "poor" } },
    ]);
    expect(diagnostics).toEqual([]);
    const g = grid(tables(model)[0] as Table);
    expect(g[0]).toEqual([
      "TT",
      "Tổ dân phố",
      "Tổng số hộ nghèo",
      "Số hộ nghèo thiếu hụt theo chỉ số",
    ]);
    expect(g[1]).toEqual([
      "Việc làm",
      "Y tế",
      "Giáo dục",
      "Nhà ở",
      "Nước sinh hoạt và vệ sinh",
      "Thông tin",
    ]);
    expect(g[2]?.[0]).toBe("Việc làm");
    expect(g[2]).toHaveLength(12);
    expect(g.slice(4)).toEqual([
      ["", "Cộng", "17", "03", "16", "00", "00", "00", "00", "04", "02", "00", "03", "12", "12"],
    ]);
  });

  it("lists units when they have deprivation counts", () => {
    const computed = seed000Computed();
    const unit = computed.statistics?.units[0]?.groups.poor;
    if (unit) unit.deprivation = { viec_lam: { count: 2, share: { num: 2, den: 7, bp: 2857 } } };
    const { model } = withAppendices(
      [{ title: "Thiếu hụt", table: { generate: "deprivation", group: "poor" } }],
      { computed },
    );
    const g = grid(tables(model)[0] as Table);
    expect(g.slice(4).map((r) => r.slice(0, 4))).toEqual([
      ["1", "TDP Khả Lý Thượng", "07", "02"],
      ["2", "TDP Khả Lý Hạ", "00", "-"],
      ["3", "TDP Đông Long", "07", "-"],
      ["4", "TDP Đình Cả", "02", "-"],
      ["5", "TDP Kẽ", "01", "-"],
      ["", "Cộng", "17", "03"],
    ]);
  });

  it("splits a group by a breakdown", () => {
    const { model } = withAppendices([
      { title: "Phân loại", table: { generate: "breakdown", breakdown: "kha_nang_thoat_ngheo" } },
    ]);
    const g = grid(tables(model)[0] as Table);
    expect(g[0]).toEqual(["TT", "Tổ dân phố", "Tổng số hộ nghèo", "Trong đó"]);
    expect(g[1]).toEqual([
      "Hộ nghèo thuộc diện bảo trợ xã hội và các đối tượng khó thoát nghèo",
      "Hộ nghèo có khả năng thoát nghèo",
    ]);
    expect(g.slice(3)).toEqual([["", "Cộng", "17", "13", "04"]]);
  });
});

describe("free tables", () => {
  it("keeps spans, adds the index row and sums numeric columns exactly", () => {
    const { model } = withAppendices([
      {
        title: "Vốn",
        table: {
          header: [
            [
              { text: "TT", rowspan: 2 },
              { text: "Nguồn", rowspan: 2 },
              { text: "Kinh phí (triệu đồng)", colspan: 2 },
            ],
            ["Năm 2024", 2025],
          ],
          rows: [
            [1, "Ngân sách *tỉnh*", 0.1, 1200],
            [2, "Xã hội hóa", 0.2, 35],
            [3, { text: "Khác", bold: true }, null, 7],
          ],
          widths: [1, 6, 2, 2],
          index_row: true,
          total_label: "Tổng cộng",
        },
      },
    ]);
    const t = tables(model)[0] as Table;
    expect(t.headerRows).toBe(3);
    expect(t.rows[0]?.cells.map((c) => [c.rowSpan, c.colSpan, c.bold, c.align])).toEqual([
      [2, undefined, true, "center"],
      [2, undefined, true, "center"],
      [undefined, 2, true, "center"],
    ]);
    expect(grid(t)).toEqual([
      ["TT", "Nguồn", "Kinh phí (triệu đồng)"],
      ["Năm 2024", "2025"],
      ["A", "B", "1", "2"],
      ["1", "Ngân sách *tỉnh*", "0,1", "1.200"],
      ["2", "Xã hội hóa", "0,2", "35"],
      ["3", "Khác", "", "07"],
      ["", "Tổng cộng", "0,3", "1.242"],
    ]);
    expect(t.rows[5]?.cells[1]?.bold).toBe(true);
    expect(t.rows[6]?.cells.map((c) => c.bold ?? false)).toEqual([false, true, true, true]);
    expect(t.columns).toEqual([
      { width: 1, align: "center" },
      { width: 6, align: "left" },
      { width: 2, align: "right" },
      { width: 2, align: "right" },
    ]);
  });

  it("warns when widths do not match the columns", () => {
    const { diagnostics } = withAppendices([
      { title: "x", table: { header: [["a", "b"]], rows: [["x", 1]], widths: [1] } },
    ]);
    expect(diagnostics).toEqual([
      {
        code: "model.table-widths",
        severity: "warning",
        params: { given: 1, columns: 2 },
        path: ["appendices", 0, "table", "widths"],
      },
    ]);
  });

  it.each([
    [[0.1, 0.2], 0.3],
    [[1, 2, 3], 6],
    [[1.25, -0.5], 0.75],
    [[], 0],
  ])("sumExact(%j) = %s", (values, out) => {
    expect(sumExact(values)).toBe(out);
  });
});
