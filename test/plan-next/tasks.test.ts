// kehoach new on a plan with tasks and without statistics: deadlines move to the new year and each
// task is marked for review; nothing speaks of households.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadStandards } from "../../src/data/standards.js";
import { runPipeline } from "../../src/pipeline.js";
import { nextPlan } from "../../src/plan-next/next-plan.js";
import { shiftDeadline } from "../../src/plan-next/years.js";
import type { TaskGroupSpec, TaskSpec } from "../../src/spec/types.js";
import { kehoach } from "../cli/run.js";
import { expectGolden } from "../plans/golden.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-next-tasks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SOURCE = "test/fixtures/plans/son-trung-cds-2026.yaml";
const standards = loadStandards();

function validate(text: string, name: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return runPipeline(file);
}

function flat(tasks: (TaskSpec | TaskGroupSpec)[] | undefined): TaskSpec[] {
  return (tasks ?? []).flatMap((t) => ("group" in t ? t.tasks : [t]));
}

/** Households, poverty, exits, the figures' marker: none belongs in a plan without statistics. */
const HOUSEHOLD_TALK = /NHẬP MỚI|số hộ|hộ nghèo|thoát nghèo|ra khỏi diện|exits|households/i;

describe("kehoach new on a plan with tasks", () => {
  const source = readFileSync(SOURCE, "utf8");
  const r = nextPlan(source, { year: 2027, file: SOURCE, standards });
  const text = r.text ?? "";

  it("matches its golden file and validates", () => {
    expect(r.diagnostics).toEqual([]);
    expectGolden("test/golden/plan-next/son-trung-cds-2027.yaml", text);
    const checked = validate(text, "son-trung-cds-2027.yaml");
    expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("moves every dated deadline a year and keeps recurring terms", () => {
    const spec = validate(text, "deadlines.yaml").spec;
    const deadlines = Object.fromEntries(flat(spec?.tasks).map((t) => [t.id, t.deadline]));
    expect(deadlines).toEqual({
      "dvc-truc-tuyen": "Quý II/2027",
      "so-hoa": "2027-06-30",
      "nhuan-nam": "2027-02-28",
      "tuyen-truyen": "thường xuyên",
      "to-cong-nghe": 2027,
      "bao-cao": "hằng quý",
      "tap-huan": "2027-09",
    });
    // Everything else of a task as written: content, agencies, output, cost
    const before = flat(validate(source, "old.yaml").spec?.tasks);
    const after = flat(spec?.tasks);
    expect(after.map(({ deadline: _, ...t }) => t)).toEqual(
      before.map(({ deadline: _, ...t }) => t),
    );
  });

  it("marks each task for review, saying what its deadline was; comments and order kept", () => {
    expect(text).toContain(
      "      # XEM LẠI: nhiệm vụ của kế hoạch năm 2026; thời hạn chuyển từ Quý II/2026 sang Quý II/2027.\n      - id: dvc-truc-tuyen\n",
    );
    expect(text).toContain(
      '      # XEM LẠI: nhiệm vụ của kế hoạch năm 2026; thời hạn "thường xuyên" giữ nguyên.\n      - { id: tuyen-truyen,',
    );
    expect(text.match(/# XEM LẠI: nhiệm vụ/g)?.length).toBe(7);
    // The official's comment on the deadline line, the quotes, the key order stay
    expect(text).toContain("        deadline: Quý II/2027 # theo kế hoạch của tỉnh\n");
    expect(text).toContain('        deadline: "2027-06-30"\n');
    expect(text).toContain("  # Nhóm nhiệm vụ: mỗi nhóm là một dòng I, II … của phụ lục.\n");
    // 1 legal basis, 1 target, 7 tasks, the budget
    expect(r.reviews).toBe(10);
  });

  it("says nothing of households when the plan has no statistics", () => {
    expect(r.figures).toBe(false);
    expect(r.baselineYear).toBeUndefined();
    const written = text.split("\n").filter((l) => !source.includes(l));
    expect(written.join("\n")).not.toMatch(HOUSEHOLD_TALK);
    expect(text).toContain('tìm "XEM LẠI" để biết chỗ cần sửa.');
    expect(text).toContain(
      "  # XEM LẠI: chỉ tiêu của kế hoạch năm 2026; sửa lại mức chỉ tiêu cho năm mới.\n",
    );
  });

  it("handles a list written inline, and a group written inline", () => {
    const inline = source.replace(
      /^tasks:\n[\s\S]*?\n\nsections:/m,
      `tasks:
  - { group: Nhóm năm 2026, tasks: [{ id: a, content: A, lead: vp, deadline: 2026 }] }
  - group: Nhóm khác
    tasks: [{ id: b, content: B, lead: vp, deadline: Quý 4/2026 }]

sections:`,
    );
    expect(inline).not.toBe(source);
    const out = nextPlan(inline, { year: 2027, standards }).text ?? "";
    expect(out).toContain(
      "  # XEM LẠI: các nhiệm vụ của kế hoạch năm 2026; thời hạn có ghi năm đã chuyển sang năm mới.\n  - { group: Nhóm năm 2027, tasks: [{ id: a, content: A, lead: vp, deadline: 2027 }] }\n",
    );
    expect(out).toContain(
      "  - group: Nhóm khác\n    # XEM LẠI: các nhiệm vụ của kế hoạch năm 2026; thời hạn có ghi năm đã chuyển sang năm mới.\n    tasks: [{ id: b, content: B, lead: vp, deadline: Quý 4/2027 }]\n",
    );
    expect(validate(out, "inline.yaml").diagnostics.filter((d) => d.severity === "error")).toEqual(
      [],
    );
  });
});

describe("shiftDeadline", () => {
  it("moves the year of a date, a month, a year, a quarter; keeps quotes", () => {
    expect(shiftDeadline("2026-06-30", 1)).toBe("2027-06-30");
    expect(shiftDeadline('"2026-06"', 1)).toBe('"2027-06"');
    expect(shiftDeadline("2026", 1)).toBe("2027");
    expect(shiftDeadline("Quý II/2026", 1)).toBe("Quý II/2027");
    expect(shiftDeadline("'quý 3 / 2026'", 4)).toBe("'quý 3 / 2030'");
    // 29 February has no day in a common year: the last day of February
    expect(shiftDeadline("2028-02-29", 1)).toBe("2029-02-28");
    expect(shiftDeadline("29/2/2028", 1)).toBe("28/2/2029");
  });

  it("moves every form the deadline reader takes, in the official's own spelling", () => {
    expect(shiftDeadline("Tháng 6/2026", 1)).toBe("Tháng 6/2027");
    expect(shiftDeadline("30/6/2026", 1)).toBe("30/6/2027");
    expect(shiftDeadline("năm 2026", 2)).toBe("năm 2028");
    expect(shiftDeadline("quý II năm 2026", 1)).toBe("quý II năm 2027");
  });

  it("leaves recurring terms and what cannot be read as written", () => {
    for (const same of [
      "thường xuyên",
      "hằng tháng",
      "hằng quý",
      "hằng năm",
      "2027-02-29",
      "sớm",
    ]) {
      expect(shiftDeadline(same, 1)).toBeUndefined();
    }
  });
});

describe("kehoach new (command) on a plan without statistics", () => {
  it("says how many places to review, and nothing of households, in both languages", () => {
    writeFileSync(join(dir, "cds-2026.yaml"), readFileSync(SOURCE, "utf8"));
    const vi = kehoach(["new", "--from", "cds-2026.yaml", "--out", "cds-2027.yaml"], {}, dir);
    expect(vi.stderr).toBe("");
    expect(vi.status).toBe(0);
    expect(vi.stdout).toContain("Đã tạo cds-2027.yaml: kế hoạch 2027");
    expect(vi.stdout).toContain('10 chỗ cần xem lại (tìm "XEM LẠI").');
    expect(vi.stdout).not.toMatch(HOUSEHOLD_TALK);
    const en = kehoach(
      ["new", "--from", "cds-2026.yaml", "--out", "cds-en.yaml", "--lang", "en"],
      {},
      dir,
    );
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('10 place(s) to review (search for "XEM LẠI").');
    expect(en.stdout).not.toMatch(HOUSEHOLD_TALK);
    const json = kehoach(
      ["new", "--from", "cds-2026.yaml", "--out", "cds-j.yaml", "--json"],
      {},
      dir,
    );
    const report = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(report.baseline_year).toBeUndefined();
    expect(report.baselines).toEqual([]);
  });

  it("diff between the two years shows each deadline moved, and the rest of the tasks the same", () => {
    const r = kehoach(["diff", "cds-2026.yaml", "cds-2027.yaml"], {}, dir);
    expect(r.status).toBe(0);
    const tasks = r.stdout.slice(r.stdout.indexOf("Nhiệm vụ:")).split("\n\n")[0] ?? "";
    expect(tasks.split("\n")).toEqual([
      "Nhiệm vụ:",
      "  ~ dvc-truc-tuyen",
      '      Thời hạn: "Quý II/2026" → "Quý II/2027"',
      "  ~ so-hoa",
      '      Thời hạn: "2026-06-30" → "2027-06-30"',
      "  ~ nhuan-nam",
      '      Thời hạn: "2026-02-28" → "2027-02-28"',
      "  ~ to-cong-nghe",
      '      Thời hạn: "2026" → "2027"',
      "  ~ tap-huan",
      '      Thời hạn: "2026-09" → "2027-09"',
    ]);
  });
});
