// Generated tables choose their columns (issue 13, point 1): each column kind and setting as a data
// table, and goldens of a district-style table and a village table (test/fixtures/plans).

import { describe, expect, it } from "vitest";
import { loadStandards } from "../../src/data/standards.js";
import type { Block, Paragraph, Table } from "../../src/document/types.js";
import { buildModel } from "../../src/model/build.js";
import { runPipeline } from "../../src/pipeline.js";
import { loadSpecFile } from "../../src/spec/load.js";
import type { GeneratedTableSpec, PlanSpec, TableColumnSpec } from "../../src/spec/types.js";
import { computeStats } from "../../src/stats/compute.js";
import { expectGolden } from "../plans/golden.js";
import { builtin } from "./helpers.js";
import { tableGrid, tablesOf } from "./table-grid.js";

function model(file: string) {
  const r = runPipeline(file);
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  if (!r.model) throw new Error("no model");
  return r.model;
}

const allBlocks = (file: string): Block[] => model(file).sections.flatMap((s) => s.children);

describe("goldens", () => {
  it.each([
    ["huyen-2022-2025", "district"],
    ["thon-2024", "village"],
  ])("%s (%s table)", (name) => {
    const tables = tablesOf(allBlocks(`test/fixtures/plans/${name}.yaml`));
    expectGolden(`test/golden/tables/${name}.txt`, tables.map(tableGrid).join("\n"));
  });
});

/** The district fixture with its first appendix's table replaced: the grid of the new table. */
function districtTable(table: GeneratedTableSpec, edit: (spec: PlanSpec) => void = () => {}) {
  const loaded = loadSpecFile("test/fixtures/plans/huyen-2022-2025.yaml");
  const spec = loaded.spec;
  if (!spec?.appendices?.[0]) throw new Error("fixture");
  spec.appendices[0].table = table;
  edit(spec);
  const stats = computeStats(spec, loadStandards());
  const built = buildModel({ spec, computed: stats.computed, templates: builtin });
  const t = built.model.sections[1]?.children.find((b): b is Table => b.type === "table");
  if (!t) throw new Error(JSON.stringify(built.diagnostics));
  const rows = t.rows.map((r) =>
    r.cells.map((c) => c.content.map((i) => (i.type === "text" ? i.text : "/")).join("")),
  );
  return { table: t, rows, diagnostics: [...stats.diagnostics, ...built.diagnostics] };
}

const poverty = (columns: TableColumnSpec[], extra: object = {}): GeneratedTableSpec => ({
  generate: "poverty",
  columns,
  ...extra,
});

describe("column kinds", () => {
  it.each<{
    name: string;
    columns: TableColumnSpec[];
    header: string[][];
    first: string[];
    total: string[];
  }>([
    {
      name: "the unit's households",
      columns: [{ unit: "households" }],
      header: [["TT", "Xã", "Tổng số hộ dân cư"]],
      first: ["1", "Xã Sơn Hạ", "2.104"],
      total: ["", "Cộng", "7.385"],
    },
    {
      name: "the unit's households under the plan's heading",
      columns: [{ unit: "households", heading: "Số hộ" }],
      header: [["TT", "Xã", "Số hộ"]],
      first: ["1", "Xã Sơn Hạ", "2.104"],
      total: ["", "Cộng", "7.385"],
    },
    {
      name: "a group that is not a poverty group: its households and rate only",
      columns: [{ group: "dtts" }],
      header: [
        ["TT", "Xã", "HỘ DÂN TỘC THIỂU SỐ"],
        ["Số hộ", "Tỷ lệ %"],
      ],
      first: ["1", "Xã Sơn Hạ", "1.650", "78,42"],
      total: ["", "Cộng", "3.642", "49,32"],
    },
    {
      name: "a declared count of the unit as one column",
      columns: [{ group: "dtts", figures: ["count"], heading: "Hộ DTTS" }],
      header: [["TT", "Xã", "Hộ DTTS"]],
      first: ["1", "Xã Sơn Hạ", "1.650"],
      total: ["", "Cộng", "3.642"],
    },
    {
      name: "a poverty group: start, exits (its able-to-exit part) and end by default",
      columns: [{ group: "poor", figures: ["count"] }],
      header: [
        ["TT", "Xã", "HỘ NGHÈO"],
        ["Phê duyệt cuối năm 2021", "Có khả năng thoát nghèo giai đoạn 2022-2025", "Cuối năm 2025"],
      ],
      first: ["1", "Xã Sơn Hạ", "312", "180", "132"],
      total: ["", "Cộng", "565", "292", "273"],
    },
    {
      name: "phases chosen, rates only",
      columns: [{ group: "poor", phases: ["end"], figures: ["rate"] }],
      header: [["TT", "Xã", "HỘ NGHÈO"]],
      first: ["1", "Xã Sơn Hạ", "6,27"],
      total: ["", "Cộng", "3,70"],
    },
    {
      name: "rates against the group",
      columns: [
        { group: "poor", phases: ["start", "exits"], figures: ["rate"], rate_base: "group" },
      ],
      header: [
        ["TT", "Xã", "HỘ NGHÈO"],
        ["Phê duyệt cuối năm 2021", "Có khả năng thoát nghèo giai đoạn 2022-2025"],
      ],
      first: ["1", "Xã Sơn Hạ", "100,00", "57,69"],
      total: ["", "Cộng", "100,00", "51,68"],
    },
    {
      name: "breakdown parts chosen, counts and rates against the unit",
      columns: [
        {
          breakdown: "trong_do",
          parts: ["btxh"],
          headings: { btxh: "BTXH", count: "Hộ", rate: "%" },
        },
      ],
      header: [["TT", "Xã", "Trong đó"], ["BTXH"], ["Hộ", "%"]],
      first: ["1", "Xã Sơn Hạ", "41", "1,95"],
      total: ["", "Cộng", "89", "1,21"],
    },
    {
      name: "breakdown parts, rates against the group",
      columns: [
        {
          breakdown: "trong_do",
          parts: ["dtts"],
          figures: ["rate"],
          rate_base: "group",
          heading: "Tỷ lệ hộ nghèo DTTS",
        },
      ],
      header: [["TT", "Xã", "Tỷ lệ hộ nghèo DTTS"]],
      first: ["1", "Xã Sơn Hạ", "95,51"],
      total: ["", "Cộng", "86,37"],
    },
  ])("$name", ({ columns, header, first, total }) => {
    const { table, rows } = districtTable(poverty(columns));
    expect(rows.slice(0, table.headerRows - 1)).toEqual(header);
    expect(rows[table.headerRows]).toEqual(first);
    expect(rows[rows.length - 1]).toEqual(total);
  });
});

describe("settings", () => {
  it.each<{ name: string; extra: object; edit?: (s: PlanSpec) => void; cells: string[] }>([
    {
      name: "0 printed by default (padded, as format says by default)",
      extra: {},
      cells: ["00", "0,00"],
    },
    { name: "blank_zero leaves 0 blank", extra: { blank_zero: true }, cells: ["", ""] },
    {
      name: "unpadded when format says so",
      extra: {},
      edit: (s) => {
        s.format = { pad_small_counts: false };
      },
      cells: ["0", "0,00"],
    },
  ])("$name", ({ extra, edit, cells }) => {
    const { rows } = districtTable(
      poverty([{ breakdown: "trong_do", parts: ["co_kha_nang"] }], extra),
      edit,
    );
    // Thị trấn Di Lăng has no able-to-exit household
    expect(rows.find((r) => r[1] === "Thị trấn Di Lăng")?.slice(2)).toEqual(cells);
  });

  it.each<{ name: string; pad?: boolean; format?: boolean; cell: string }>([
    { name: "format pads by default", cell: "09" },
    { name: "the table says no", pad: false, cell: "9" },
    { name: "the table says yes where format says no", pad: true, format: false, cell: "09" },
  ])("small counts: $name", ({ pad, format, cell }) => {
    const { rows } = districtTable(
      {
        generate: "deprivation",
        group: "poor",
        ...(pad !== undefined ? { pad_small_counts: pad } : {}),
      },
      (s) => {
        if (format !== undefined) s.format = { pad_small_counts: format };
      },
    );
    expect(rows.find((r) => r[1] === "Thị trấn Di Lăng")?.[3]).toBe(cell);
  });

  it("indicator numbers as headers, with a legend under the table", () => {
    const loaded = loadSpecFile("test/fixtures/plans/huyen-2022-2025.yaml");
    if (!loaded.spec) throw new Error("fixture");
    const stats = computeStats(loaded.spec, loadStandards());
    const built = buildModel({ spec: loaded.spec, computed: stats.computed, templates: builtin });
    const children = built.model.sections[2]?.children ?? [];
    const i = children.findIndex((b) => b.type === "table");
    const legend = children[i + 1] as Paragraph;
    expect(legend.type).toBe("paragraph");
    const text = legend.content.map((r) => (r.type === "text" ? r.text : "")).join("");
    expect(text).toMatch(
      /^Ghi chú: \(1\) Việc làm; \(2\) Người phụ thuộc .*; \(12\) Phương tiện phục vụ tiếp cận thông tin\.$/u,
    );
  });

  it("the default table is the one of a plan without columns", () => {
    const withDefault = districtTable({ generate: "poverty" });
    const listed = districtTable(
      poverty([
        { unit: "households" },
        { group: "poor", phases: ["start", "exits", "end"], figures: ["count", "rate"] },
        { group: "dtts", phases: ["start", "exits", "end"], figures: ["count", "rate"] },
      ]),
    );
    expect(listed.table).toEqual(withDefault.table);
  });
});

describe("the fixtures end to end", () => {
  it("the district plan: appendices numbered 1, 2 and referred to as such, no warning", () => {
    const r = runPipeline("test/fixtures/plans/huyen-2022-2025.yaml");
    expect(r.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    const labels = (r.model?.sections ?? []).flatMap((s) =>
      s.children.flatMap((b) => (b.type === "appendix-heading" ? [b.label] : [])),
    );
    expect(labels).toEqual(["Phụ lục 1", "Phụ lục 2"]);
  });

  it("the village plan: its table labelled Biểu 01, no warning", () => {
    const r = runPipeline("test/fixtures/plans/thon-2024.yaml");
    expect(r.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    const body = r.model?.sections[0]?.children ?? [];
    const i = body.findIndex((b) => b.type === "table");
    expect(JSON.stringify(body[i - 1])).toContain("Biểu 01");
  });
});
