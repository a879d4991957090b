import { describe, expect, it } from "vitest";
import { localize } from "../../src/edge/catalog.js";
import type { AgencySpec, PlanSpec, TaskSpec } from "../../src/spec/types.js";
import { codes, makeSpec, run } from "./helpers.js";

const AGENCIES: AgencySpec[] = [
  { id: "vp", name: "Văn phòng HĐND và UBND xã", short: "Văn phòng" },
  { id: "vhxh", name: "Phòng Văn hóa - Xã hội" },
  { id: "mttq", name: "Ủy ban MTTQ Việt Nam xã", directed: false },
];

function task(extra: Partial<TaskSpec> = {}): TaskSpec {
  return { id: "t1", content: "Nhiệm vụ", lead: "vp", deadline: "Quý II/2024", ...extra };
}

function withTasks(extra: Partial<PlanSpec>) {
  return run(makeSpec({ agencies: AGENCIES, ...extra }));
}

describe("agencies and tasks", () => {
  it("accept a plan whose references all resolve", () => {
    const { diagnostics, computed } = withTasks({
      tasks: [
        { group: "Chính quyền số", id: "cqs", tasks: [task({ support: ["vhxh", "mttq"] })] },
        task({ id: "t2", lead: "vhxh", deadline: "thường xuyên" }),
      ],
      sections: [{ title: "Nhiệm vụ", content: [{ tasks: ["cqs", "t2"] }] }],
    });
    expect(diagnostics).toEqual([]);
    expect(computed.tasks).toEqual({ entryCosts: [null, null], total: null });
  });

  it("an unknown lead is an error with did you mean and the declared ids", () => {
    const { diagnostics } = withTasks({ tasks: [task({ lead: "vhx" })] });
    expect(diagnostics).toEqual([
      {
        code: "stats.unknown-agency-suggest",
        severity: "error",
        params: { agency: "vhx", suggestion: "vhxh", known: "vp, vhxh, mttq" },
        path: ["tasks", 0, "lead"],
      },
    ]);
    const vi = localize(diagnostics[0] as never, "vi");
    expect(vi.message).toBe('Không có cơ quan mã "vhx". Có phải ý bạn là "vhxh"?');
    expect(vi.hint).toBe('Sửa thành "vhxh". Các cơ quan đã khai ở agencies: vp, vhxh, mttq.');
    expect(localize(diagnostics[0] as never, "en").message).toBe(
      'Unknown agency "vhx". Did you mean "vhxh"?',
    );
  });

  it("an unknown supporter far from every id lists the declared ids", () => {
    const { diagnostics } = withTasks({ tasks: [task({ support: ["cong-an"] })] });
    expect(diagnostics).toMatchObject([
      {
        code: "stats.unknown-agency",
        params: { agency: "cong-an", known: "vp, vhxh, mttq" },
        path: ["tasks", 0, "support", 0],
      },
    ]);
    expect(localize(diagnostics[0] as never, "vi").message).toBe(
      'Không có cơ quan mã "cong-an". Các cơ quan đã khai ở agencies: vp, vhxh, mttq.',
    );
  });

  it("ids are unique: agencies, and tasks together with groups", () => {
    const { diagnostics } = run(
      makeSpec({
        agencies: [...AGENCIES, { id: "vp", name: "Văn phòng khác" }],
        tasks: [
          { group: "Nhóm", id: "t1", tasks: [task()] },
          task({ id: "t2" }),
          task({ id: "t2" }),
        ],
      }),
    );
    expect(diagnostics.map((d) => [d.code, d.params.id, d.path])).toEqual([
      ["stats.duplicate-id", "vp", ["agencies", 3, "id"]],
      ["stats.duplicate-id", "t1", ["tasks", 0, "tasks", 0, "id"]],
      ["stats.duplicate-id", "t2", ["tasks", 2, "id"]],
    ]);
  });

  it("a lead also listed as supporter is a warning", () => {
    const { diagnostics } = withTasks({ tasks: [task({ support: ["vhxh", "vp"] })] });
    expect(diagnostics).toMatchObject([
      {
        code: "stats.lead-also-supports",
        severity: "warning",
        params: { agency: "vp", task: "t1" },
        path: ["tasks", 0, "support", 1],
      },
    ]);
  });

  it("an unreadable deadline is an error that lists the accepted forms", () => {
    const { diagnostics } = withTasks({ tasks: [task({ deadline: "cuối năm" })] });
    expect(codes(diagnostics)).toEqual(["stats.bad-deadline"]);
    expect(diagnostics[0]?.path).toEqual(["tasks", 0, "deadline"]);
    const vi = localize(diagnostics[0] as never, "vi");
    expect(vi.message).toBe('Nhiệm vụ "t1": không đọc được thời gian hoàn thành "cuối năm".');
    expect(vi.hint).toContain('quý "Quý II/2026" hoặc "Quý 2/2026"');
    expect(vi.hint).toContain('"thường xuyên", "hằng tháng", "hằng quý", "hằng năm"');
  });

  it("a deadline outside the plan's period is a warning; recurring terms never are", () => {
    const { diagnostics } = withTasks({
      tasks: [
        task({ id: "a", deadline: "Quý I/2025" }),
        task({ id: "b", deadline: "hằng quý" }),
        task({ id: "c", deadline: 2024 }),
        task({ id: "d", deadline: "2023-12-31" }),
      ],
    });
    expect(diagnostics.map((d) => [d.code, d.severity, d.params.deadline, d.path])).toEqual([
      ["stats.deadline-outside-period", "warning", "Quý I/2025", ["tasks", 0, "deadline"]],
      ["stats.deadline-outside-period", "warning", "31/12/2023", ["tasks", 3, "deadline"]],
    ]);
    expect(localize(diagnostics[0] as never, "vi").message).toBe(
      'Nhiệm vụ "a": thời gian hoàn thành Quý I/2025 nằm ngoài thời gian thực hiện kế hoạch (2024).',
    );
  });

  it("a multi-year period takes every year from..to", () => {
    const spec = makeSpec({
      agencies: AGENCIES,
      tasks: [task({ deadline: "2027-06" }), task({ id: "t2", deadline: 2031 })],
    });
    spec.document.period = { from: 2026, to: 2030 };
    const { diagnostics } = run(spec);
    expect(diagnostics.map((d) => [d.code, d.params.period])).toEqual([
      ["stats.deadline-outside-period", "2026-2030"],
    ]);
  });

  it("a { tasks } block naming an unknown task or group: did you mean", () => {
    const { diagnostics } = withTasks({
      tasks: [{ group: "Nhóm", id: "chinh-quyen-so", tasks: [task()] }],
      sections: [
        { title: "A", content: [{ tasks: ["chinh-quyen-s", "khong-co"] }] },
        { title: "B", content: [{ tasks: "all" }] },
      ],
    });
    expect(diagnostics.map((d) => [d.code, d.params, d.path])).toEqual([
      [
        "stats.unknown-task-suggest",
        { task: "chinh-quyen-s", suggestion: "chinh-quyen-so", known: "chinh-quyen-so, t1" },
        ["sections", 0, "content", 0, "tasks", 0],
      ],
      [
        "stats.unknown-task",
        { task: "khong-co", known: "chinh-quyen-so, t1" },
        ["sections", 0, "content", 0, "tasks", 1],
      ],
    ]);
  });

  it("a { tasks } block or a task table without tasks is an error", () => {
    const { diagnostics } = run(
      makeSpec({
        sections: [{ title: "A", content: [{ tasks: "all" }] }],
        appendices: [{ title: "Nhiệm vụ", table: { generate: "tasks" } }],
      }),
    );
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["stats.no-tasks", ["sections", 0, "content", 0, "tasks"]],
      ["stats.no-tasks", ["appendices", 0, "table", "generate"]],
    ]);
  });

  it("an assignment may name a declared agency without role; a name needs its role", () => {
    const { diagnostics } = withTasks({
      assignments: [
        { agency: "vhxh", tasks: ["Tham mưu."] },
        { agency: "Phòng Văn hóa - Xã hội", tasks: ["Theo dõi."] },
        { agency: "Các thôn", role: "phoi_hop", tasks: ["Phối hợp."] },
        { agency: "Công an xã", tasks: ["Bảo đảm an ninh."] },
        { agency: "vhx", tasks: ["Gõ nhầm."] },
      ],
    });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["stats.assignment-needs-role", ["assignments", 3]],
      ["stats.unknown-agency-suggest", ["assignments", 4, "agency"]],
    ]);
  });

  it("sums the costs exactly, per group and in all", () => {
    const { computed } = withTasks({
      tasks: [
        {
          group: "A",
          tasks: [task({ cost: 0.1 }), task({ id: "t2", cost: 0.2 })],
        },
        task({ id: "t3" }),
        task({ id: "t4", cost: 1_000_000.35 }),
      ],
    });
    expect(computed.tasks).toEqual({ entryCosts: [0.3, null, 1_000_000.35], total: 1_000_000.65 });
  });
});
