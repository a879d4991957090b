// Issue 11, points 5 and 6 in the document: the phrases of the new targets, the unit of count in
// phrases and table headings, the sentence on the poverty standards of a period, neutral budget
// wording; and a plan beyond poverty renders to DOCX, PDF and HTML.

import { describe, expect, it } from "vitest";
import { loadStandards } from "../../src/data/standards.js";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import type { DocumentModel, List } from "../../src/document/types.js";
import { buildModel } from "../../src/model/build.js";
import { runPipeline } from "../../src/pipeline.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { renderHtml } from "../../src/render/html/index.js";
import { renderPdf } from "../../src/render/pdf/index.js";
import type { BlockSpec, PlanSpec, TargetSpec } from "../../src/spec/types.js";
import { computeStats } from "../../src/stats/compute.js";
import { makeSpec } from "../stats/helpers.js";
import { body, bodyText, builtin, grid, md, tables } from "./helpers.js";

const ONLINE = "test/fixtures/chuyen-doi-so-2026.yaml";
const TWO_STANDARDS = "test/fixtures/giam-ngheo-2026-2030.yaml";

function pipeline(file: string): { model: DocumentModel; diagnostics: Diagnostic[] } {
  const r = runPipeline(file);
  if (!r.model) throw new Error(JSON.stringify(r.diagnostics));
  return { model: r.model, diagnostics: r.diagnostics };
}

/** Builds a spec through stats and model; the phrases of its targets, in order. */
function build(spec: PlanSpec, content: BlockSpec[] = [{ targets: "all" }]) {
  spec.sections = [{ title: "Mục tiêu", content }];
  const stats = computeStats(spec, loadStandards());
  const { model, diagnostics } = buildModel({
    spec,
    computed: stats.computed,
    templates: builtin,
  });
  return { model, diagnostics: [...stats.diagnostics, ...diagnostics] };
}

function onlineSpec(targets: TargetSpec[], period: PlanSpec["document"]["period"] = 2026) {
  const spec = makeSpec({
    statistics: {
      baseline_year: 2025,
      count_unit: "hồ sơ",
      groups: [{ id: "tt", name: "hồ sơ trực tuyến" }],
      totals: { households: 2000, groups: { tt: { households: 850, entries: 750 } } },
    },
    targets,
  });
  spec.document.period = period;
  return spec;
}

function phrase(spec: PlanSpec): string[] {
  const { model, diagnostics } = build(spec);
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const list = body(model).find((b): b is List => b.type === "list");
  return list?.items.map((i) => md(i.content)) ?? [];
}

describe("phrases of the targets", () => {
  it.each<[string, TargetSpec, string]>([
    [
      "rate reached (computed)",
      { id: "t", type: "rate_to", group: "tt", direction: "reach" },
      "Tỷ lệ hồ sơ trực tuyến đạt 80,00%.",
    ],
    [
      "rate rising, with a lead",
      { id: "t", type: "rate_to", group: "tt", direction: "up", lead: "Cuối năm 2026" },
      "Cuối năm 2026 tỷ lệ hồ sơ trực tuyến tăng lên 80,00%.",
    ],
    [
      "rate of a subject, as declared",
      { id: "t", type: "rate_to", subject: "cán bộ có chữ ký số", direction: "reach", rate: 90 },
      "Tỷ lệ cán bộ có chữ ký số đạt 90%.",
    ],
    [
      "count reached (computed, in the plan's unit)",
      { id: "t", type: "count_to", group: "tt" },
      "Số hồ sơ trực tuyến đạt 1.600 hồ sơ.",
    ],
    [
      "count of a subject with its own unit",
      {
        id: "t",
        type: "count_to",
        subject: "tài khoản định danh điện tử",
        count: 1200,
        unit: "tài khoản",
        lead: "Phấn đấu",
      },
      "Phấn đấu số tài khoản định danh điện tử đạt 1.200 tài khoản.",
    ],
    [
      "increase (computed)",
      { id: "t", type: "increase", group: "tt" },
      "Tỷ lệ hồ sơ trực tuyến tăng 37,50% (tương ứng số hồ sơ trực tuyến tăng thêm 750 hồ sơ).",
    ],
    [
      "reduce share, in the plan's unit",
      { id: "t", type: "reduce_share", group: "tt", percent: 10 },
      "Giảm 10% số hồ sơ trực tuyến cuối năm 2025 (tương ứng 85 hồ sơ).",
    ],
  ])("%s", (_name, target, expected) => {
    expect(phrase(onlineSpec([target]))).toEqual([expected]);
  });

  it.each<[string, TargetSpec, string]>([
    [
      "a year of the period, figure as declared",
      { id: "t", type: "rate_to", group: "tt", direction: "reach", year: 2027, rate: 60 },
      "Năm 2027, tỷ lệ hồ sơ trực tuyến đạt 60%.",
    ],
    [
      "the last year, with a lead",
      { id: "t", type: "count_to", group: "tt", year: 2030, lead: "phấn đấu" },
      "Năm 2030, phấn đấu số hồ sơ trực tuyến đạt 1.600 hồ sơ.",
    ],
    [
      "a lead written as a sentence's start goes on after the year; an acronym keeps its case",
      { id: "t", type: "count_to", group: "tt", year: 2030, lead: "Phấn đấu" },
      "Năm 2030, phấn đấu số hồ sơ trực tuyến đạt 1.600 hồ sơ.",
    ],
    [
      "an acronym as the lead keeps its capitals",
      { id: "t", type: "count_to", group: "tt", year: 2030, lead: "UBND xã phấn đấu" },
      "Năm 2030, UBND xã phấn đấu số hồ sơ trực tuyến đạt 1.600 hồ sơ.",
    ],
    [
      "a coverage target of one year",
      {
        id: "t",
        type: "coverage",
        percent: 100,
        subject: "thôn",
        outcome: "có cáp quang",
        qualifier: "ít nhất",
        year: 2028,
      },
      "Năm 2028, ít nhất 100% thôn có cáp quang.",
    ],
  ])("%s", (_name, target, expected) => {
    expect(phrase(onlineSpec([target], { from: 2026, to: 2030 }))).toEqual([expected]);
  });

  it("count falling of a poverty group, in households", () => {
    const { model } = pipeline(TWO_STANDARDS);
    expect(bodyText(model)).toContain(
      [
        "- Năm 2027, tỷ lệ hộ nghèo giảm còn 2,5%;",
        "- Năm 2030, tỷ lệ hộ nghèo giảm còn 1,00%;",
        "- Năm 2026, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022-2025 giảm 0,50% (tương ứng số hộ nghèo phải giảm là 2.000 hộ);",
        "- Số hộ cận nghèo giảm còn 10.000 hộ.",
      ].join("\n"),
    );
  });

  it("a reduce target of a year under the next standard names that standard", () => {
    const spec = makeSpec({
      statistics: {
        baseline_year: 2025,
        standard: "nd-07-2021",
        totals: { households: 1000, groups: { poor: { households: 50, exits: 20 } } },
      },
      targets: [{ id: "t", type: "reduce", group: "poor", year: 2028, households: 5 }],
    });
    spec.document.period = { from: 2026, to: 2030 };
    expect(phrase(spec)).toEqual([
      "Năm 2028, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều quốc gia giai đoạn 2026-2030 giảm 0,50% (tương ứng số hộ nghèo phải giảm là 05 hộ).",
    ]);
  });
});

describe("a plan beyond poverty", () => {
  it("validates without warnings and names its unit of count in the table headings", () => {
    const { model, diagnostics } = pipeline(ONLINE);
    expect(diagnostics).toEqual([]);
    const table = tables(model)[0];
    if (!table) throw new Error("no table");
    expect(grid(table).slice(0, 3)).toEqual([
      ["TT", "Lĩnh vực", "Tổng số hồ sơ", "HỒ SƠ TRỰC TUYẾN"],
      ["Cuối năm 2025", "Dự kiến tăng thêm năm 2026", "Cuối năm 2026"],
      ["Số hồ sơ", "Tỷ lệ %", "Số hồ sơ", "Tỷ lệ %", "Số hồ sơ", "Tỷ lệ %"],
    ]);
    expect(grid(table).at(-1)).toEqual([
      "",
      "Cộng",
      "2.000",
      "850",
      "42,50",
      "750",
      "37,50",
      "1.600",
      "80,00",
    ]);
  });

  it("speaks of its own groups in the situation, and of its own budget", () => {
    const { model } = pipeline(ONLINE);
    const text = model.sections.flatMap((s) =>
      s.children.map((b) => md("content" in b && Array.isArray(b.content) ? b.content : [])),
    );
    expect(text).toContain(
      "Hồ sơ trực tuyến năm 2025 trên địa bàn xã có 850 hồ sơ trực tuyến, chiếm tỷ lệ 42,50%.",
    );
    expect(text).toContain("Tổng kinh phí thực hiện: dự kiến 150 triệu đồng từ Ngân sách xã.");
    expect(text.join("\n")).not.toMatch(/nghèo|hỗ trợ/u);
  });

  it("renders to DOCX, PDF and HTML", async () => {
    const { model } = pipeline(ONLINE);
    const docx = await renderDocx(model);
    const pdf = await renderPdf(model);
    const html = renderHtml(model);
    expect(docx.byteLength).toBeGreaterThan(1000);
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
    expect(html).toContain("Tổng số hồ sơ");
    expect(html).toContain("Số hồ sơ trực tuyến đạt 1.600 hồ sơ");
  });
});

describe("a breakdown in the plan's unit of count", () => {
  it("phan-loai counts its parts in hồ sơ", () => {
    const spec = onlineSpec([]);
    if (spec.statistics) {
      spec.statistics.breakdowns = [
        {
          id: "muc_do",
          group: "tt",
          label: "theo mức độ",
          parts: [
            { id: "mot_phan", label: "Một phần" },
            { id: "toan_trinh", label: "Toàn trình" },
          ],
        },
      ];
      const tt = spec.statistics.totals?.groups.tt;
      if (tt) tt.breakdowns = { muc_do: { mot_phan: 300, toan_trinh: 550 } };
    }
    const { model, diagnostics } = build(spec, [{ template: "phan-loai", breakdown: "muc_do" }]);
    expect(diagnostics).toEqual([]);
    expect(bodyText(model)).toContain("- Một phần: 300 hồ sơ; Toàn trình: 550 hồ sơ.");
  });
});

describe("the poverty standards of a period", () => {
  const SENTENCE =
    "Trong giai đoạn 2026-2030, năm 2026 áp dụng chuẩn nghèo đa chiều giai đoạn 2022-2025 theo Nghị định số 07/2021/NĐ-CP; từ năm 2027 đến năm 2030 áp dụng chuẩn nghèo đa chiều quốc gia giai đoạn 2026-2030 theo Nghị định số 351/2025/NĐ-CP.";

  it("are said once, after the first situation, with an info diagnostic", () => {
    const { model, diagnostics } = pipeline(TWO_STANDARDS);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["stats.standards-change", "info"],
    ]);
    const text = bodyText(model);
    expect(text).toContain(
      `Hộ nghèo năm 2025 theo chuẩn nghèo đa chiều giai đoạn 2022-2025 trên địa bàn tỉnh có 12.000 hộ nghèo, chiếm tỷ lệ 3,00%. ${SENTENCE}`,
    );
    expect(text).toContain(
      "Hộ cận nghèo năm 2025 theo chuẩn nghèo đa chiều giai đoạn 2022-2025 trên địa bàn tỉnh có 16.000 hộ cận nghèo, chiếm tỷ lệ 4,00%.",
    );
    expect(text.filter((l) => l.includes("Trong giai đoạn 2026-2030")).length).toBe(1);
  });

  function twoStandards(content: BlockSpec[]) {
    const spec = makeSpec({
      statistics: {
        baseline_year: 2025,
        standard: "nd-07-2021",
        totals: { households: 1000, groups: { poor: { households: 50, exits: 20 } } },
      },
    });
    spec.document.period = { from: 2026, to: 2030 };
    return build(spec, content);
  }

  it("go where a chuan-ngheo block is placed, and then not into the situation", () => {
    const { model } = twoStandards([
      { template: "tinh-hinh", group: "poor" },
      { template: "chuan-ngheo" },
    ]);
    const text = bodyText(model);
    const at = text.findIndex((l) => l.startsWith("Hộ nghèo năm 2025"));
    expect(text.slice(at, at + 2)).toEqual([
      "Hộ nghèo năm 2025 theo chuẩn nghèo đa chiều giai đoạn 2022-2025 trên địa bàn phường có 50 hộ nghèo, chiếm tỷ lệ 5,00%.",
      SENTENCE,
    ]);
  });

  it("a chuan-ngheo block names the one standard of a one-year plan", () => {
    const spec = makeSpec({
      statistics: {
        baseline_year: 2023,
        standard: "nd-07-2021",
        totals: { households: 10, groups: {} },
      },
    });
    const { model } = build(spec, [{ template: "chuan-ngheo" }]);
    expect(bodyText(model), JSON.stringify(bodyText(model))).toContain(
      "Năm 2024 áp dụng chuẩn nghèo đa chiều giai đoạn 2022-2025 theo Nghị định số 07/2021/NĐ-CP.",
    );
  });

  it("a chuan-ngheo block without a standard is an error", () => {
    const { diagnostics } = build(onlineSpec([]), [{ template: "chuan-ngheo" }]);
    expect(diagnostics.map((d) => d.code)).toEqual(["model.no-standard"]);
  });
});

describe("the budget sentence", () => {
  it.each<[string, { name: string; amount: number }[], string]>([
    [
      "the body's own budget",
      [{ name: "Ngân sách xã", amount: 150 }],
      "Tổng kinh phí thực hiện: dự kiến 150 triệu đồng từ Ngân sách xã.",
    ],
    [
      "own and outside sources",
      [
        { name: "Ngân sách xã", amount: 100 },
        { name: "Ngân sách tỉnh hỗ trợ", amount: 250 },
        { name: "Nguồn xã hội hóa", amount: 12.5 },
      ],
      "Tổng kinh phí thực hiện: dự kiến 362,5 triệu đồng, gồm: Ngân sách xã 100 triệu đồng; Ngân sách tỉnh hỗ trợ 250 triệu đồng; Nguồn xã hội hóa 12,5 triệu đồng.",
    ],
  ])("%s", (_name, sources, expected) => {
    const spec = onlineSpec([]);
    spec.budget = { unit: "triệu đồng", sources };
    const { model, diagnostics } = build(spec, [{ template: "kinh-phi" }]);
    expect(diagnostics).toEqual([]);
    expect(bodyText(model)).toContain(expected);
  });
});
