import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadStandards } from "../../src/data/standards.js";
import { generatePlanYaml } from "../../src/fixtures/generate-plan.js";
import { runPipeline } from "../../src/pipeline.js";
import { nextPlan } from "../../src/plan-next/next-plan.js";
import { shiftYears } from "../../src/plan-next/years.js";
import { expectGolden } from "../plans/golden.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-next-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const standards = loadStandards();

/** The new plan written to a file and taken through every stage, as `kehoach validate` would. */
function validate(text: string, name = "next.yaml") {
  const file = join(dir, name);
  writeFileSync(file, text);
  return runPipeline(file);
}

function errors(r: ReturnType<typeof runPipeline>) {
  return r.diagnostics.filter((d) => d.severity === "error");
}

describe("kehoach new on the example plans", () => {
  for (const name of ["quang-minh", "pho-minh", "long-khanh"]) {
    it(`${name}: next year's plan matches its golden file and validates`, () => {
      const source = readFileSync(`plans/${name}-2024.yaml`, "utf8");
      const r = nextPlan(source, { year: 2025, file: `plans/${name}-2024.yaml`, standards });
      expect(r.diagnostics).toEqual([]);
      const text = r.text ?? "";
      expectGolden(`test/golden/plan-next/${name}-2025.yaml`, text);
      const checked = validate(text, `${name}-2025.yaml`);
      expect(errors(checked)).toEqual([]);
      expect(checked.spec?.document.period).toBe(2025);
      expect(checked.spec?.document.draft).toBe(true);
      expect(checked.spec?.document.number).toBeUndefined();
      expect(checked.spec?.document.date).toBe(2025);
      // The official's comments stay: every top-level comment line of the old plan is still there,
      // in the same order
      const comments = (s: string) => s.split("\n").filter((l) => l.startsWith("#"));
      const old = comments(source).slice(1); // the first is the schema line
      const kept = comments(text);
      let at = 0;
      for (const c of old) {
        at = kept.indexOf(c, at);
        expect(at, c).toBeGreaterThanOrEqual(0);
      }
      expect(text.startsWith("# yaml-language-server: $schema=../schemas/plan.schema.json\n")).toBe(
        true,
      );
    });
  }

  it("quang-minh: the baseline is last year's planned end, flows and survey figures are gone", () => {
    const source = readFileSync("plans/quang-minh-2024.yaml", "utf8");
    const r = nextPlan(source, { year: 2025, standards });
    const spec = validate(r.text ?? "").spec;
    expect(spec?.statistics?.baseline_year).toBe(2024);
    const first = spec?.statistics?.units?.[0];
    expect(first?.groups.poor).toEqual({ households: 6 });
    expect(first?.groups.near_poor).toEqual({ households: 11 });
    expect(spec?.statistics?.totals?.groups.poor).toEqual({ households: 13 });
    expect(spec?.statistics?.totals?.groups.near_poor).toEqual({ households: 29 });
    // Key order kept: document keys in the order they were written, draft where it was
    expect(Object.keys(spec?.document ?? {})).toEqual(
      Object.keys(validate(source, "old.yaml").spec?.document ?? {}),
    );
    expect(spec?.document.summary).toBe("Thực hiện công tác giảm nghèo và an sinh xã hội năm 2025");
    expect(spec?.sections[1]?.title).toBe("PHÂN TÍCH KẾT QUẢ HỘ NGHÈO NĂM 2024");
    expect(spec?.targets?.[0]?.lead).toBe("Phấn đấu hết năm 2025");
    // Every target, and the implemented plan, is marked for review
    const text = r.text ?? "";
    expect(text.match(/# XEM LẠI: chỉ tiêu/g)?.length).toBe(spec?.targets?.length);
    expect(text).toMatch(/# XEM LẠI: văn bản cấp trên/);
    expect(text).toMatch(/# NHẬP MỚI: số nhân khẩu/);
    // Body text keeps its own years: a deadline, a programme period
    expect(text).toContain("với mục tiêu xóa hộ nghèo vào năm 2025");
    expect(text).toContain("giai đoạn 2021-2025");
  });
});

describe("kehoach new: figures and periods", () => {
  const plan = (extra: string) => `kehoach: 1
document:
  issuing_body: Ủy ban nhân dân xã Thử
  unit_kind: xã
  locality: Thử
  number: 12
  symbol: KH-UBND
  place: Thử
  date: 2023-03-01
  summary: Giảm nghèo giai đoạn 2022-2025 và năm 2022
${extra}
sections:
  - title: Mục tiêu
    content: [{ targets: all }]
closing: Trên đây là Kế hoạch
recipients: [Các ngành]
archive: VT
signature: { title: Chủ tịch, signer: Nguyễn Văn A }
`;

  it("takes the actual end where it was recorded, the planned end elsewhere", () => {
    const text = plan(`  period: 2024
statistics:
  baseline_year: 2023
  standard: nd-07-2021
  units:
    - name: Thôn A
      households: 500
      groups:
        poor:
          households: 10
          exits: 4
          actual_end: 7
        near_poor: { households: 20, exits: 5, entries: 2, persons: 70 }
    - name: Thôn B
      households: 300
      groups:
        poor: { households: 5, exits: 1 }
        near_poor: { households: 8 }
targets:
  - { id: ngheo, type: rate_to, group: poor, lead: Cuối năm 2024 }`);
    const r = nextPlan(text, { year: 2025, standards });
    const out = r.text ?? "";
    expect(out).toContain("        poor:\n          households: 7  # thực tế cuối năm 2024\n");
    expect(out).toContain("near_poor: { households: 17 }  # dự kiến cuối năm 2024: 20 - 5 + 2");
    expect(out).toContain("poor: { households: 4 }  # dự kiến cuối năm 2024: 5 - 1");
    expect(out).not.toMatch(/^\s*(exits|entries|actual_end):|exits: \d|persons: 70/m);
    expect(out).toContain("lead: Cuối năm 2025");
    const spec = validate(out).spec;
    expect(errors(validate(out))).toEqual([]);
    expect(spec?.document.number).toBeUndefined();
    expect(spec?.document.draft).toBe(true);
    expect(r.baselines.map((b) => [b.unit, b.group, b.households, b.source])).toEqual([
      ["Thôn A", "poor", 7, "actual"],
      ["Thôn A", "near_poor", 17, "planned"],
      ["Thôn B", "poor", 4, "planned"],
      ["Thôn B", "near_poor", 8, "planned"],
    ]);
  });

  it("moves a range by its length from the new year (with a gap); a range in a title stays", () => {
    const text = plan(`  period: { from: 2022, to: 2025 }
statistics:
  baseline_year: 2021
  standard: nd-07-2021
  totals:
    households: 900
    groups:
      poor: { households: 30, exits: 12 }`);
    const r = nextPlan(text, { year: 2027, standards });
    expect(r.period).toEqual({ from: 2027, to: 2030 });
    const out = r.text ?? "";
    expect(out).toContain("period: { from: 2027, to: 2030 }");
    expect(out).toContain("baseline_year: 2025");
    expect(out).toContain("poor: { households: 18 }");
    // 2022 alone is a year of the old period (→ 2027); "2022-2025" is a range, left as written
    expect(out).toContain("summary: Giảm nghèo giai đoạn 2022-2025 và năm 2027");
    // nd-07-2021 applies until 2026: the standard is flagged for review
    expect(out).toMatch(/# XEM LẠI: chuẩn nghèo này không áp dụng cho giai đoạn 2027-2030/);
    expect(errors(validate(out))).toEqual([]);
  });

  it("refuses a year that is not after the old period", () => {
    const r = nextPlan(plan("  period: 2024"), { year: 2024, file: "x.yaml" });
    expect(r.text).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.params.next])).toEqual([["plans.next-year", 2025]]);
    expect(r.diagnostics[0]?.pos?.line).toBeGreaterThan(1);
  });

  it("defaults to the year after the old period, and adds the schema line when missing", () => {
    const r = nextPlan(plan("  period: 2024"), { schemaRef: "../schemas/plan.schema.json" });
    expect(r.period).toEqual({ from: 2025, to: 2025 });
    expect(r.text?.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../schemas/plan.schema.json",
    );
  });

  it("reports the old plan's errors instead of guessing", () => {
    const r = nextPlan("kehoach: 1\ndocument: {}\n", { file: "bad.yaml" });
    expect(r.text).toBeUndefined();
    expect(r.diagnostics.some((d) => d.severity === "error")).toBe(true);
  });

  it("works on generated plans (every key in block style, entries, a number)", () => {
    for (const seed of [1, 2, 3]) {
      const text = generatePlanYaml({ units: 5 + seed * 7, seed });
      const r = nextPlan(text, { year: 2025, standards });
      expect(r.diagnostics).toEqual([]);
      expect(errors(validate(r.text ?? "", `gen-${seed}.yaml`))).toEqual([]);
      expect(r.text).not.toMatch(/^\s*(exits|entries|number):/m);
    }
  });
});

describe("shiftYears", () => {
  const map = new Map([
    [2023, 2024],
    [2024, 2025],
  ]);
  it("moves standalone years, at once, and nothing else", () => {
    expect(shiftYears("năm 2023 và năm 2024.", map)).toBe("năm 2024 và năm 2025.");
    expect(shiftYears("NĂM 2024,", map)).toBe("NĂM 2025,");
    for (const same of [
      "ngày 19/02/2024",
      "2024-02-19",
      "giai đoạn 2021-2024",
      "2024 - 2026",
      "2023 – 2025",
      "số 2024/KH",
      "120245",
      "1.2024",
      "\\u2024",
    ]) {
      expect(shiftYears(same, map)).toBe(same);
    }
  });
});
