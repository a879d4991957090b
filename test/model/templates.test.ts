import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { localize } from "../../src/edge/catalog.js";
import { buildModel } from "../../src/model/build.js";
import { MODEL_MESSAGES } from "../../src/model/messages.js";
import { builtinTemplatesDir, loadTemplates } from "../../src/model/templates.js";
import type { PlanSpec } from "../../src/spec/types.js";
import { seed000Computed, seed000Spec } from "./fixtures.js";
import { bodyText, build, builtin, onlySections } from "./helpers.js";

const dirs: string[] = [];
function localityDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-templates-"));
  dirs.push(dir);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const onlySection = (content: PlanSpec["sections"][number]["content"]) => (s: PlanSpec) => {
  onlySections(s, [{ title: "Tình hình", content }]);
  // a plan of this one section: the appendices the fixture's text refers to go with the text
  delete s.appendices;
};

describe("built-in templates", () => {
  it("are found from the package root and all compile", () => {
    expect(builtinTemplatesDir()).toMatch(/templates[\\/]$/u);
    expect([...builtin.templates.keys()].sort()).toEqual([
      "chi-tieu-count_to",
      "chi-tieu-coverage",
      "chi-tieu-increase",
      "chi-tieu-rate_to",
      "chi-tieu-reduce",
      "chi-tieu-reduce_share",
      "chi-tieu-text",
      "chuan-ngheo",
      "kinh-phi",
      "mo-dau",
      "phan-loai",
      "thieu-hut",
      "tinh-hinh",
    ]);
    expect([...builtin.templates.values()].filter((t) => !t.render)).toEqual([]);
    expect([...builtin.labels.values()].filter((t) => !t.render)).toEqual([]);
    expect(builtin.problems).toEqual([]);
  });

  it("say phường from unit_kind (seed 000 wrongly says thị xã) and compute every share", () => {
    const { model, diagnostics } = build();
    expect(diagnostics).toEqual([]);
    const text = bodyText(model);
    expect(text).toContain(
      "1. Hộ nghèo năm 2023 theo chuẩn nghèo đa chiều giai đoạn 2022-2025 trên địa bàn phường có 17 hộ nghèo với 29 nhân khẩu, chiếm tỷ lệ 0,57%.",
    );
    expect(text).toContain(
      "- Hộ nghèo thuộc diện bảo trợ xã hội và các đối tượng khó thoát nghèo: 13 hộ; Hộ nghèo có khả năng thoát nghèo: 04 hộ.",
    );
    const deprivation = text.find((l) => l.startsWith("- Kết quả đo lường"));
    expect(deprivation?.split("\n")).toEqual([
      "- Kết quả đo lường về mức độ thiếu hụt các dịch vụ xã hội cơ bản của hộ nghèo:",
      "  + Thiếu hụt chỉ số việc làm: 03 hộ, tỷ lệ 17,65%;",
      "  + Thiếu hụt chỉ số người phụ thuộc trong hộ gia đình: 16 hộ, tỷ lệ 94,12%;",
      "  + Thiếu hụt chỉ số dinh dưỡng: 00 hộ, tỷ lệ 0,00%;",
      "  + Thiếu hụt chỉ số bảo hiểm y tế: 00 hộ, tỷ lệ 0,00%;",
      "  + Thiếu hụt chỉ số trình độ giáo dục của người lớn: 00 hộ, tỷ lệ 0,00%;",
      "  + Thiếu hụt chỉ số tình trạng đi học của trẻ em: 00 hộ, tỷ lệ 0,00%;",
      "  + Thiếu hụt chỉ số chất lượng nhà ở: 04 hộ, tỷ lệ 23,53%;",
      "  + Thiếu hụt chỉ số diện tích nhà ở bình quân đầu người: 02 hộ, tỷ lệ 11,76%;",
      "  + Thiếu hụt chỉ số nguồn nước sinh hoạt: 00 hộ, tỷ lệ 0,00%;",
      "  + Thiếu hụt chỉ số nhà tiêu hợp vệ sinh: 03 hộ, tỷ lệ 17,65%;",
      "  + Thiếu hụt chỉ số sử dụng dịch vụ viễn thông: 12 hộ, tỷ lệ 70,59%;",
      "  + Thiếu hụt chỉ số phương tiện phục vụ tiếp cận thông tin: 12 hộ, tỷ lệ 70,59%.",
    ]);
    expect(text).toContain("Tổng kinh phí thực hiện: dự kiến 383 triệu đồng từ Ngân sách tỉnh.");
  });

  it("leave persons out when they are not known", () => {
    const computed = seed000Computed();
    const poor = computed.statistics?.total.groups.poor;
    if (poor) delete poor.persons;
    const { model } = build(onlySection([{ template: "tinh-hinh", group: "poor" }]), { computed });
    expect(bodyText(model)).toContain(
      "Hộ nghèo năm 2023 theo chuẩn nghèo đa chiều giai đoạn 2022-2025 trên địa bàn phường có 17 hộ nghèo, chiếm tỷ lệ 0,57%.",
    );
  });

  it("write several budget sources and the plan's note", () => {
    const computed = seed000Computed();
    computed.budget = {
      unit: "triệu đồng",
      sources: [
        { name: "Ngân sách tỉnh", amount: 300 },
        { name: "Ngân sách phường", amount: 83.5 },
      ],
      total: 383.5,
    };
    const { model } = build(
      (s) => {
        onlySection([{ template: "kinh-phi" }])(s);
        s.budget = { sources: [], note: "Nguồn *xã hội hóa* vận động thêm." };
      },
      { computed },
    );
    expect(bodyText(model).slice(-4, -2)).toEqual([
      "Tổng kinh phí thực hiện: dự kiến 383,5 triệu đồng, gồm: Ngân sách tỉnh 300 triệu đồng; Ngân sách phường 83,5 triệu đồng.",
      "Nguồn *xã hội hóa* vận động thêm.",
    ]);
  });
});

describe("a locality's templates", () => {
  it("override a built-in template of the same name", () => {
    const dir = localityDir({
      "tinh-hinh.hbs":
        "Toàn {{unitKind}} có {{group.households}} {{group.name}} ({{group.rate}}%).\n",
    });
    const { model, diagnostics } = build(onlySection([{ template: "tinh-hinh", group: "poor" }]), {
      templateDirs: [dir],
    });
    expect(diagnostics).toEqual([]);
    expect(bodyText(model)).toContain("Toàn phường có 17 hộ nghèo (0,57%).");
  });

  it("override single labels and keep the others", () => {
    const dir = localityDir({
      "labels.yaml": "totalRow: Tổng cộng\nappendixLabel: 'Biểu số {{roman}}'\n",
    });
    const { model } = build(undefined, { templateDirs: [dir] });
    const first = model.sections[1]?.children[0];
    expect(first).toMatchObject({ type: "appendix-heading", label: "Biểu số I" });
    const table = model.sections[1]?.children[1];
    expect(table?.type === "table" && table.rows.at(-1)?.cells[1]?.content).toEqual([
      { type: "text", text: "Tổng cộng" },
    ]);
    expect(table?.type === "table" && table.rows[0]?.cells[0]?.content).toEqual([
      { type: "text", text: "TT" },
    ]);
  });

  it("may add templates of their own, with the plan's figures", () => {
    const dir = localityDir({
      "ket-qua.hbs": "{{group.Name}} cuối năm {{year}} còn {{group.end}} hộ ({{group.endRate}}%).",
    });
    const { model } = build(onlySection([{ template: "ket-qua", group: "near_poor" }]), {
      templateDirs: [dir],
    });
    expect(bodyText(model)).toContain("Hộ cận nghèo cuối năm 2024 còn 29 hộ (0,97%).");
  });

  it("a missing variable is a diagnostic at its line in the template, and the block is left out", () => {
    const dir = localityDir({
      "tinh-hinh.hbs": "{{!-- a comment --}}\nCó {{group.households}} {{group.nameX}}.\n",
    });
    const { model, diagnostics } = build(
      onlySection(["Trước.", { template: "tinh-hinh", group: "poor" }, "Sau."]),
      { templateDirs: [dir] },
    );
    expect(diagnostics).toEqual([
      {
        code: "model.template-unknown-value",
        severity: "error",
        params: {
          template: "tinh-hinh",
          file: join(dir, "tinh-hinh.hbs"),
          name: "nameX",
          line: 2,
          col: 27,
        },
        path: ["sections", 0, "content", 1, "template"],
      },
    ]);
    const text = bodyText(model);
    expect(text).toContain("Trước.");
    expect(text).toContain("Sau.");
  });

  it("a syntax error is reported where the template is used", () => {
    const dir = localityDir({ "tinh-hinh.hbs": "{{#if group}}không đóng\n" });
    const { diagnostics } = build(onlySection([{ template: "tinh-hinh", group: "poor" }]), {
      templateDirs: [dir],
    });
    expect(diagnostics.map((d) => [d.code, d.params.template])).toEqual([
      ["model.template-syntax", "tinh-hinh"],
    ]);
  });

  it("a broken labels file or label is reported once", () => {
    const bad = localityDir({ "labels.yaml": "- not\n- a map\n" });
    expect(loadTemplates([bad]).problems.map((d) => d.code)).toEqual(["model.labels-invalid"]);
    const broken = localityDir({ "labels.yaml": "colRate: '{{nope}} %'\n" });
    const { diagnostics } = build(undefined, { templateDirs: [broken] });
    expect(diagnostics.map((d) => [d.code, d.params.label])).toEqual([
      ["model.label-failed", "colRate"],
    ]);
  });
});

describe("template blocks that cannot be built", () => {
  it.each<[string, PlanSpec["sections"][number]["content"], string, (s: PlanSpec) => void]>([
    ["unknown template", [{ template: "khong-co" }], "model.template-missing", () => {}],
    ["tinh-hinh without group", [{ template: "tinh-hinh" }], "model.template-needs", () => {}],
    ["phan-loai without breakdown", [{ template: "phan-loai" }], "model.template-needs", () => {}],
    ["unknown group", [{ template: "tinh-hinh", group: "rich" }], "model.unknown-group", () => {}],
    [
      "unknown breakdown",
      [{ template: "phan-loai", breakdown: "x" }],
      "model.unknown-breakdown",
      () => {},
    ],
  ])("%s → %s", (_name, content, code, edit) => {
    const { diagnostics } = build((s) => {
      onlySection(content)(s);
      edit(s);
    });
    expect(diagnostics.map((d) => d.code)).toEqual([code]);
  });

  it("kinh-phi without a budget, statistics templates without statistics", () => {
    const { diagnostics } = build(
      (s) => {
        onlySection([{ template: "kinh-phi" }, { template: "tinh-hinh", group: "poor" }])(s);
        delete s.appendices;
      },
      { computed: { targets: {} } },
    );
    expect(diagnostics.map((d) => d.code)).toEqual(["model.no-budget", "model.no-statistics"]);
  });

  it("thieu-hut without deprivation counts is a warning", () => {
    const computed = seed000Computed();
    const poor = computed.statistics?.total.groups.poor;
    if (poor) poor.deprivation = {};
    const { diagnostics } = build(onlySection([{ template: "thieu-hut", group: "poor" }]), {
      computed,
    });
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["model.no-deprivation", "warning"],
    ]);
  });
});

describe("the builder", () => {
  it("is pure: frozen inputs, the same model twice", () => {
    const freeze = <T>(o: T): T => {
      if (o && typeof o === "object") {
        for (const v of Object.values(o)) freeze(v);
        Object.freeze(o);
      }
      return o;
    };
    const input = {
      spec: freeze(seed000Spec()),
      computed: freeze(seed000Computed()),
      templates: builtin,
    };
    const a = buildModel(input);
    const b = buildModel(input);
    expect(a).toEqual(b);
    expect(JSON.stringify(a.model)).toBe(JSON.stringify(b.model));
  });

  it("turns a bug in one block into a diagnostic and goes on", () => {
    const computed = seed000Computed();
    const poor = computed.statistics?.total.groups.poor;
    // malformed on purpose: src/stats always gives a deprivation map
    if (poor) poor.deprivation = undefined as never;
    const { model, diagnostics } = build(
      (s) => {
        // the appendices stay, referred to by the text
        onlySections(s, [
          {
            title: "Tình hình",
            content: [{ template: "tinh-hinh", group: "poor" }, "Sau (Phụ lục I, Phụ lục II)."],
          },
        ]);
      },
      { computed },
    );
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["model.internal", ["sections", 0, "content", 0]],
      ["model.internal", ["appendices", 0, "table"]],
    ]);
    expect(bodyText(model)).toContain("Sau (Phụ lục I, Phụ lục II).");
    expect(model.sections[1]?.children.map((b) => b.type)).toEqual(["appendix-heading"]);
  });

  it("has a message in both languages for every diagnostic it can emit", () => {
    const codes = Object.keys(MODEL_MESSAGES);
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) {
      const d: Diagnostic = {
        code,
        severity: "error",
        params: {
          template: "t",
          file: "f",
          message: "m",
          label: "l",
          what: "w",
          group: "g",
          breakdown: "b",
          target: "x",
          field: "group",
          given: 1,
          columns: 2,
          number: "IV.",
          title: "KINH PHÍ",
          value: "v",
          column: 3,
          sep: ".",
          whole_vi: "1.250",
          whole_en: "1,250",
          decimal_vi: "1,25",
          decimal_en: "1.25",
          total: "Cộng",
          heading: "h",
          appendix: "a",
          suggestion: "b",
          known: "c",
          id: "i",
          folder: "mau",
          name: "n",
          line: 1,
          col: 2,
        },
      };
      for (const lang of ["vi", "en"] as const) {
        const out = localize(d, lang);
        expect(out.message).not.toMatch(/\{\w+\}/u);
        expect(out.hint).toBeTruthy();
      }
    }
  });
});
