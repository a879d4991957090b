// Tasks as data end to end on the fixture test/fixtures/plans/tasks-2026.yaml (2 groups, 5 tasks,
// 4 agencies, one not directed, some costs): goldens of the whole model and HTML; the task table,
// the tasks in the body and Tổ chức thực hiện per agency; and the parts (tasks, budget,
// assignments, reporting) that no section places, which still appear, with an info diagnostic.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadStandards } from "../../src/data/standards.js";
import type { Table } from "../../src/document/types.js";
import { buildModel } from "../../src/model/build.js";
import { runPipeline } from "../../src/pipeline.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { renderHtml } from "../../src/render/html/index.js";
import { renderPdf } from "../../src/render/pdf/index.js";
import { loadSpec } from "../../src/spec/load.js";
import type { PlanSpec } from "../../src/spec/types.js";
import { computeStats } from "../../src/stats/compute.js";
import { expectGolden } from "../plans/golden.js";
import { unzip, part as xmlPart } from "../render-docx/helpers.js";
import { bodyText, builtin, md } from "./helpers.js";

const FIXTURE = "test/fixtures/plans/tasks-2026.yaml";

function fixture(): PlanSpec {
  const loaded = loadSpec(readFileSync(FIXTURE, "utf8"), FIXTURE);
  if (!loaded.spec) throw new Error("fixture does not load");
  return loaded.spec;
}

function build(edit: (spec: PlanSpec) => void = () => {}) {
  const spec = fixture();
  edit(spec);
  const stats = computeStats(spec, loadStandards());
  const built = buildModel({ spec, computed: stats.computed, templates: builtin });
  return { ...built, diagnostics: [...stats.diagnostics, ...built.diagnostics] };
}

function cells(table: Table | undefined): string[][] {
  return (table?.rows ?? []).map((r) => r.cells.map((c) => md(c.content)));
}

function appendixTable(model: ReturnType<typeof build>["model"]): Table | undefined {
  return model.sections[1]?.children.find((b): b is Table => b.type === "table");
}

/** The lines of the body from the heading that starts with `from` up to the closing sentence. */
function part(text: string[], from: string): string[] {
  const start = text.findIndex((l) => l.startsWith(from));
  const end = text.findIndex((l, i) => i > start && /\.\/\.$/u.test(l));
  return text.slice(start, end);
}

describe("the task fixture", () => {
  it("validates without a diagnostic and matches its golden model and HTML", () => {
    const result = runPipeline(FIXTURE);
    expect(result.diagnostics).toEqual([]);
    if (!result.model) throw new Error("no model");
    expectGolden(
      "test/golden/plans/tasks-2026.model.json",
      `${JSON.stringify(result.model, null, 2)}\n`,
    );
    expectGolden("test/golden/plans/tasks-2026.html", renderHtml(result.model));
  });

  it("renders to DOCX and PDF with the renderers as they are", async () => {
    const { model } = build();
    const xml = xmlPart(unzip(await renderDocx(model)), "word/document.xml");
    for (const s of ["Chế độ báo cáo", "UBMTTQ xã, Văn phòng", "Quý II/2026", "75.500.000"]) {
      expect(xml).toContain(s);
    }
    const pdf = Buffer.from(await renderPdf(model));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page\b/gu)?.length).toBeGreaterThanOrEqual(3);
  });

  it("generates the task appendix: groups I, II, tasks 1, 2 … within each, short names, costs", () => {
    const { model } = build();
    expect(model.sections[1]?.orientation).toBe("landscape");
    const table = appendixTable(model);
    expect(table?.headerRows).toBe(1);
    expect(cells(table)).toEqual([
      [
        "TT",
        "Nội dung nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian hoàn thành",
        "Sản phẩm",
        "Kinh phí (đồng)",
        "Nguồn kinh phí",
      ],
      ["I", "Phát triển chính quyền số"],
      [
        "1",
        "Cung cấp 100% dịch vụ công trực tuyến toàn trình đủ điều kiện",
        "Văn phòng",
        "Phòng VH-XH",
        "Quý II/2026",
        "Báo cáo kết quả",
        "50.000.000",
        "Ngân sách xã",
      ],
      [
        "2",
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
        "Văn phòng",
        "",
        "30/6/2026",
        "Cơ sở dữ liệu hồ sơ",
        "25.500.000",
        "Ngân sách xã",
      ],
      ["II", "Phát triển kinh tế số, xã hội số"],
      [
        "1",
        "Tuyên truyền, hướng dẫn Nhân dân sử dụng các nền tảng số",
        "Phòng VH-XH",
        "UBMTTQ xã, Văn phòng",
        "Thường xuyên",
        "",
        "",
        "",
      ],
      [
        "2",
        "Vận động hộ kinh doanh sử dụng thanh toán không dùng tiền mặt",
        "Phòng KT",
        "UBMTTQ xã",
        "Tháng 9/2026",
        "Danh sách hộ kinh doanh tham gia",
        "",
        "",
      ],
      [
        "3",
        "Tổng hợp, báo cáo kết quả thực hiện chuyển đổi số",
        "Phòng VH-XH",
        "",
        "Hằng quý",
        "Báo cáo quý",
        "",
        "",
      ],
      ["", "Cộng", "75.500.000", ""],
    ]);
    expect(table?.rows[1]?.cells.map((c) => [c.bold, c.colSpan])).toEqual([
      [true, undefined],
      [true, 7],
    ]);
    expect(table?.rows.at(-1)?.cells[1]?.colSpan).toBe(5);
  });

  it("leaves out the cost columns and the totals row when no task has a cost", () => {
    const { model } = build((spec) => {
      for (const entry of spec.tasks ?? []) {
        for (const t of "group" in entry ? entry.tasks : [entry]) {
          delete t.cost;
          delete t.source;
        }
      }
    });
    const table = appendixTable(model);
    expect(cells(table)[0]).toEqual([
      "TT",
      "Nội dung nhiệm vụ",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Thời gian hoàn thành",
      "Sản phẩm",
    ]);
    expect(table?.rows.some((r) => r.kind === "total")).toBe(false);
  });

  it("phrases each task in the body, a group's title in bold before its tasks", () => {
    const text = part(bodyText(build().model), "II. NHIỆM VỤ");
    expect(text.slice(0, 3)).toEqual([
      "II. NHIỆM VỤ, GIẢI PHÁP",
      "**Phát triển chính quyền số**",
      "- Cung cấp 100% dịch vụ công trực tuyến toàn trình đủ điều kiện. Cơ quan chủ trì: Văn phòng HĐND và UBND xã; phối hợp: Phòng Văn hóa - Xã hội. Thời gian hoàn thành: Quý II/2026. Sản phẩm: Báo cáo kết quả.\n- Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực. Cơ quan chủ trì: Văn phòng HĐND và UBND xã. Thời gian hoàn thành: 30/6/2026. Sản phẩm: Cơ sở dữ liệu hồ sơ.",
    ]);
  });

  it("a block placing one group alone prints no title: the section's heading says it", () => {
    const { model } = build((spec) => {
      spec.sections.splice(1, 1, {
        title: "Phát triển chính quyền số",
        content: [{ tasks: ["chinh-quyen-so"] }],
      });
    });
    const text = part(bodyText(model), "II. PHÁT TRIỂN");
    expect(text[0]).toBe("II. PHÁT TRIỂN CHÍNH QUYỀN SỐ");
    expect(text[1]).toMatch(/^- Cung cấp 100% dịch vụ công trực tuyến/u);
  });

  it("numbers the tasks 1., 2. … with style: numbered", () => {
    const { model } = build((spec) => {
      const s = spec.sections[1];
      if (s) s.content = [{ tasks: ["thanh-toan", "bao-cao"], style: "numbered" }];
    });
    expect(part(bodyText(model), "II. NHIỆM VỤ").slice(0, 3)).toEqual([
      "II. NHIỆM VỤ, GIẢI PHÁP",
      "1. Vận động hộ kinh doanh sử dụng thanh toán không dùng tiền mặt. Cơ quan chủ trì: Phòng Kinh tế; phối hợp: Ủy ban MTTQ Việt Nam xã. Thời gian hoàn thành: tháng 9/2026. Sản phẩm: Danh sách hộ kinh doanh tham gia.",
      "2. Tổng hợp, báo cáo kết quả thực hiện chuyển đổi số. Cơ quan chủ trì: Phòng Văn hóa - Xã hội. Thời gian hoàn thành: Hằng quý. Sản phẩm: Báo cáo quý.",
    ]);
  });

  it("generates Tổ chức thực hiện per agency, then free assignments, then Chế độ báo cáo", () => {
    expect(part(bodyText(build().model), "IV. TỔ CHỨC")).toEqual([
      "IV. TỔ CHỨC THỰC HIỆN",
      "1. Văn phòng HĐND và UBND xã",
      "Tham mưu UBND xã theo dõi, đôn đốc việc thực hiện Kế hoạch.",
      "Chủ trì thực hiện các nhiệm vụ:",
      "- Cung cấp 100% dịch vụ công trực tuyến toàn trình đủ điều kiện;\n- Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực.",
      "Phối hợp thực hiện nhiệm vụ:",
      "- Tuyên truyền, hướng dẫn Nhân dân sử dụng các nền tảng số.",
      "2. Phòng Văn hóa - Xã hội",
      "Chủ trì thực hiện các nhiệm vụ:",
      "- Tuyên truyền, hướng dẫn Nhân dân sử dụng các nền tảng số;\n- Tổng hợp, báo cáo kết quả thực hiện chuyển đổi số.",
      "Phối hợp thực hiện nhiệm vụ:",
      "- Cung cấp 100% dịch vụ công trực tuyến toàn trình đủ điều kiện.",
      "3. Phòng Kinh tế",
      "Chủ trì thực hiện nhiệm vụ:",
      "- Vận động hộ kinh doanh sử dụng thanh toán không dùng tiền mặt.",
      "4. Đề nghị Ủy ban MTTQ Việt Nam xã",
      "Phối hợp thực hiện các nhiệm vụ:",
      "- Tuyên truyền, hướng dẫn Nhân dân sử dụng các nền tảng số;\n- Vận động hộ kinh doanh sử dụng thanh toán không dùng tiền mặt.",
      "5. Các thôn",
      "Phổ biến Kế hoạch đến từng hộ gia đình.",
      "6. Chế độ báo cáo",
      "Các cơ quan, đơn vị báo cáo kết quả thực hiện về UBND xã (qua Văn phòng) trước ngày 15/12/2026.",
    ]);
  });

  it("a malformed task is the schema's error alone: the figures' checks do not read it", () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-tasks-"));
    try {
      const file = join(dir, "plan.yaml");
      const text = readFileSync(FIXTURE, "utf8")
        .replace("        lead: ktht\n", '        lead: ""\n')
        .replace("      - id: bao-cao\n", "      - id: bao cao\n");
      writeFileSync(file, text);
      const result = runPipeline(file);
      expect(result.diagnostics.every((d) => d.code.startsWith("spec."))).toBe(true);
      expect(result.diagnostics.map((d) => d.path)).toEqual([
        ["tasks", 1, "tasks", 1, "lead"],
        ["tasks", 1, "tasks", 2, "id"],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("an agency that neither leads, supports nor has an assignment gets no item", () => {
    const { model } = build((spec) => {
      spec.agencies?.push({ id: "ca", name: "Công an xã" });
    });
    expect(bodyText(model)).not.toContain("5. Công an xã");
  });
});

describe("nothing silently lost", () => {
  const infos = (d: ReturnType<typeof build>["diagnostics"]) =>
    d
      .filter((x) => x.severity !== "info" || true)
      .map((x) => [x.code, x.severity, x.params, x.path]);

  it("tasks placed nowhere: a section NHIỆM VỤ, GIẢI PHÁP before Tổ chức thực hiện", () => {
    const { model, diagnostics } = build((spec) => {
      spec.sections.splice(1, 1);
      delete spec.appendices;
    });
    expect(infos(diagnostics)).toEqual([
      ["model.placed-tasks", "info", { number: "III.", title: "NHIỆM VỤ, GIẢI PHÁP" }, ["tasks"]],
    ]);
    const text = bodyText(model).filter((l) => /^[IVX]+\. /u.test(l));
    expect(text).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "II. KINH PHÍ THỰC HIỆN",
      "III. NHIỆM VỤ, GIẢI PHÁP",
      "IV. TỔ CHỨC THỰC HIỆN",
    ]);
    expect(bodyText(model)).toContain("**Phát triển kinh tế số, xã hội số**");
  });

  it("tasks some blocks place and others not: the rest after them, in the plan's own section on tasks", () => {
    const { model, diagnostics } = build((spec) => {
      const s = spec.sections[1];
      if (s) s.content = [{ tasks: ["chinh-quyen-so", "tuyen-truyen"] }];
      delete spec.appendices;
    });
    expect(infos(diagnostics)).toEqual([
      ["model.placed-tasks", "info", { number: "II.", title: "Nhiệm vụ, giải pháp" }, ["tasks"]],
    ]);
    const headings = bodyText(model).filter((l) => /^[IVX]+\. /u.test(l));
    // no second section on tasks
    expect(headings).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "II. NHIỆM VỤ, GIẢI PHÁP",
      "III. KINH PHÍ THỰC HIỆN",
      "IV. TỔ CHỨC THỰC HIỆN",
    ]);
    const text = part(bodyText(model), "II. NHIỆM VỤ").join("\n");
    expect(text.indexOf("Chính quyền số")).toBeLessThan(text.indexOf("Phát triển kinh tế số"));
    expect(text).toMatch(/- Vận động hộ kinh doanh.*\n- Tổng hợp, báo cáo/su);
  });

  it("an own section on tasks with nothing placed takes every task, under its own text", () => {
    const { model, diagnostics } = build((spec) => {
      const s = spec.sections[1];
      if (s) s.content = ["Tập trung vào các nhiệm vụ sau:"];
      delete spec.appendices;
    });
    expect(diagnostics.map((d) => d.code)).toEqual(["model.placed-tasks"]);
    const text = part(bodyText(model), "II. NHIỆM VỤ");
    expect(text[1]).toBe("Tập trung vào các nhiệm vụ sau:");
    expect(bodyText(model).filter((l) => l.includes("NHIỆM VỤ, GIẢI PHÁP"))).toHaveLength(1);
  });

  it("a task table alone places every task", () => {
    const { diagnostics } = build((spec) => {
      spec.sections.splice(1, 1);
    });
    expect(diagnostics).toEqual([]);
  });

  it("budget placed nowhere: a section KINH PHÍ before the section with assignments: true", () => {
    const { model, diagnostics } = build((spec) => {
      spec.sections.splice(2, 1);
    });
    expect(infos(diagnostics)).toEqual([
      ["model.placed-budget", "info", { number: "III.", title: "KINH PHÍ" }, ["budget"]],
    ]);
    const text = bodyText(model);
    const at = text.indexOf("III. KINH PHÍ");
    expect(text.slice(at, at + 3)).toEqual([
      "III. KINH PHÍ",
      "Tổng kinh phí thực hiện: dự kiến 75.500.000 đồng từ Ngân sách xã.",
      "IV. TỔ CHỨC THỰC HIỆN",
    ]);
  });

  it("budget placed nowhere and no Tổ chức thực hiện section: KINH PHÍ at the end", () => {
    const { model, diagnostics } = build((spec) => {
      spec.sections.splice(2, 2);
      delete spec.assignments;
      delete spec.reporting;
    });
    expect(diagnostics.map((d) => [d.code, d.params.number])).toEqual([
      ["model.placed-budget", "III."],
    ]);
    expect(
      bodyText(model)
        .filter((l) => /^[IVX]+\. /u.test(l))
        .at(-1),
    ).toBe("III. KINH PHÍ");
  });

  it("assignments placed nowhere: a section TỔ CHỨC THỰC HIỆN at the end, reporting its last item", () => {
    const { model, diagnostics } = build((spec) => {
      spec.sections.splice(3, 1);
    });
    expect(infos(diagnostics)).toEqual([
      [
        "model.placed-assignments",
        "info",
        { number: "IV.", title: "TỔ CHỨC THỰC HIỆN" },
        ["assignments"],
      ],
      ["model.placed-reporting", "info", { number: "6.", title: "Chế độ báo cáo" }, ["reporting"]],
    ]);
    const text = part(bodyText(model), "IV. TỔ CHỨC");
    expect(text.filter((l) => /^\d+\. /u.test(l))).toEqual([
      "1. Văn phòng HĐND và UBND xã",
      "2. Phòng Văn hóa - Xã hội",
      "3. Phòng Kinh tế",
      "4. Đề nghị Ủy ban MTTQ Việt Nam xã",
      "5. Các thôn",
      "6. Chế độ báo cáo",
    ]);
  });

  it("reporting placed nowhere, with assignments: true: its own item after the agencies", () => {
    const { model, diagnostics } = build((spec) => {
      const s = spec.sections[3];
      if (s) delete s.reporting;
    });
    expect(infos(diagnostics)).toEqual([
      ["model.placed-reporting", "info", { number: "6.", title: "Chế độ báo cáo" }, ["reporting"]],
    ]);
    expect(part(bodyText(model), "6. Chế độ báo cáo")).toEqual([
      "6. Chế độ báo cáo",
      "Các cơ quan, đơn vị báo cáo kết quả thực hiện về UBND xã (qua Văn phòng) trước ngày 15/12/2026.",
    ]);
  });

  it("reporting placed nowhere and no assignments at all: a section CHẾ ĐỘ BÁO CÁO at the end", () => {
    const { model, diagnostics } = build((spec) => {
      spec.sections.splice(3, 1);
      delete spec.assignments;
    });
    expect(infos(diagnostics)).toEqual([
      ["model.placed-reporting", "info", { number: "IV.", title: "CHẾ ĐỘ BÁO CÁO" }, ["reporting"]],
    ]);
    expect(part(bodyText(model), "IV. CHẾ ĐỘ")).toEqual([
      "IV. CHẾ ĐỘ BÁO CÁO",
      "Các cơ quan, đơn vị báo cáo kết quả thực hiện về UBND xã (qua Văn phòng) trước ngày 15/12/2026.",
    ]);
  });

  it("reporting: true beside assignments: true is an item of its own, never under the last agency", () => {
    const { model, diagnostics } = build();
    expect(diagnostics).toEqual([]);
    const text = bodyText(model);
    const last = text.indexOf("5. Các thôn");
    expect(text.slice(last, last + 4)).toEqual([
      "5. Các thôn",
      "Phổ biến Kế hoạch đến từng hộ gia đình.",
      "6. Chế độ báo cáo",
      "Các cơ quan, đơn vị báo cáo kết quả thực hiện về UBND xã (qua Văn phòng) trước ngày 15/12/2026.",
    ]);
  });

  it("reporting: true without assignments: true stays the section's closing text", () => {
    const { model } = build((spec) => {
      spec.sections[3] = {
        title: "Tổ chức thực hiện",
        content: ["Các cơ quan thực hiện."],
        reporting: true,
      };
      delete spec.assignments;
      delete spec.tasks;
      delete spec.agencies;
      delete spec.appendices;
      spec.sections.splice(1, 1);
    });
    expect(part(bodyText(model), "III. TỔ CHỨC")).toEqual([
      "III. TỔ CHỨC THỰC HIỆN",
      "Các cơ quan thực hiện.",
      "Các cơ quan, đơn vị báo cáo kết quả thực hiện về UBND xã (qua Văn phòng) trước ngày 15/12/2026.",
    ]);
  });
});
