// kehoach diff on decimal amounts, on tasks and agencies, and on free tables.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderDiff } from "../../src/cli/diff-report.js";
import { loadStandards } from "../../src/data/standards.js";
import { diffPlans } from "../../src/plan-diff/diff.js";
import type { PlanSide } from "../../src/plan-diff/types.js";
import { loadSpec } from "../../src/spec/load.js";
import { computeStats } from "../../src/stats/compute.js";
import { kehoach } from "../cli/run.js";

const PLAN = readFileSync("test/fixtures/plans/son-trung-cds-2026.yaml", "utf8");
const dir = mkdtempSync(join(tmpdir(), "kehoach-diff-tasks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function side(text: string): PlanSide {
  const loaded = loadSpec(text, "plan.yaml");
  if (!loaded.spec) throw new Error(JSON.stringify(loaded.diagnostics));
  return { spec: loaded.spec, computed: computeStats(loaded.spec, loadStandards()).computed };
}

function edit(text: string, pairs: [string, string][]): string {
  let out = text;
  for (const [from, to] of pairs) {
    if (!out.includes(from)) throw new Error(`not in the plan: ${from}`);
    out = out.replace(from, to);
  }
  return out;
}

function diff(pairs: [string, string][]) {
  return diffPlans(side(PLAN), side(edit(PLAN, pairs)));
}

const labels = { file: "", from: "a.yaml", to: "b.yaml" };

describe("diff on decimal amounts", () => {
  it("compares and prints amounts with decimals exactly, with a decimal comma", () => {
    const d = diff([
      ["{ name: Ngân sách xã, amount: 150.5 }", "{ name: Ngân sách xã, amount: 150.75 }"],
    ]);
    expect(d.budget).toEqual([
      { field: "total", before: "170,5 triệu đồng", after: "170,75 triệu đồng" },
      { field: "source", before: "Ngân sách xã: 150,5", after: "Ngân sách xã: 150,75" },
    ]);
    expect(renderDiff(d, "vi", labels)).toContain(
      '  ~ Tổng kinh phí: "170,5 triệu đồng" → "170,75 triệu đồng"',
    );
  });

  it("sums without float error (0,1 + 0,2 = 0,3) and finds no change where there is none", () => {
    const d = diff([
      ["amount: 150.5 }", "amount: 0.1 }"],
      ["amount: 20 }", "amount: 0.2 }"],
    ]);
    expect(d.budget[0]).toEqual({
      field: "total",
      before: "170,5 triệu đồng",
      after: "0,3 triệu đồng",
    });
    expect(diffPlans(side(PLAN), side(PLAN)).same).toBe(true);
  });

  it("kehoach diff no longer stops on a decimal amount", () => {
    writeFileSync(join(dir, "a.yaml"), PLAN);
    writeFileSync(join(dir, "b.yaml"), PLAN.replace("amount: 150.5 }", "amount: 1250.25 }"));
    const r = kehoach(["diff", "a.yaml", "b.yaml"], {}, dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('~ Tổng kinh phí: "170,5 triệu đồng" → "1.270,25 triệu đồng"');
    expect(r.stdout).toContain('~ Nguồn: "Ngân sách xã: 150,5" → "Ngân sách xã: 1.250,25"');
  });
});

describe("diff on tasks", () => {
  it("reports each field of a task that changed, agencies by their short name", () => {
    const d = diff([
      ["        content: Cung cấp 100%", "        content: Cung cấp toàn bộ"],
      [
        "      - id: dvc-truc-tuyen\n        content",
        "      - id: dvc-truc-tuyen\n        content",
      ],
      [
        "        lead: vp\n        support: [vhxh]",
        "        lead: vhxh\n        support: [vhxh, mttq]",
      ],
      ["deadline: Quý II/2026 #", "deadline: Quý III/2026 #"],
      ["output: Báo cáo kết quả", "output: Báo cáo tổng kết"],
      ["cost: 50.5", "cost: 60"],
      ["        source: Ngân sách xã\n", "        source: Nguồn xã hội hóa\n"],
    ]);
    expect(d.tasks).toEqual([
      {
        id: "dvc-truc-tuyen",
        kind: "changed",
        group: "Phát triển chính quyền số",
        fields: [
          {
            field: "content",
            before: "Cung cấp 100% dịch vụ công trực tuyến toàn trình đủ điều kiện",
            after: "Cung cấp toàn bộ dịch vụ công trực tuyến toàn trình đủ điều kiện",
          },
          { field: "lead", before: "Văn phòng", after: "Phòng VH-XH" },
          { field: "support", before: "Phòng VH-XH", after: "Phòng VH-XH, UBMTTQ xã" },
          { field: "deadline", before: "Quý II/2026", after: "Quý III/2026" },
          { field: "output", before: "Báo cáo kết quả", after: "Báo cáo tổng kết" },
          { field: "cost", before: "50,5 triệu đồng", after: "60 triệu đồng" },
          { field: "source", before: "Ngân sách xã", after: "Nguồn xã hội hóa" },
        ],
      },
    ]);
    const vi = renderDiff(d, "vi", labels);
    expect(vi).toEqual(
      expect.arrayContaining([
        "Nhiệm vụ:",
        "  ~ dvc-truc-tuyen",
        '      Chủ trì: "Văn phòng" → "Phòng VH-XH"',
        '      Phối hợp: "Phòng VH-XH" → "Phòng VH-XH, UBMTTQ xã"',
        '      Thời hạn: "Quý II/2026" → "Quý III/2026"',
        '      Kinh phí: "50,5 triệu đồng" → "60 triệu đồng"',
        '      Nguồn kinh phí: "Ngân sách xã" → "Nguồn xã hội hóa"',
      ]),
    );
    const en = renderDiff(d, "en", labels);
    expect(en).toEqual(
      expect.arrayContaining([
        "Tasks:",
        '      Lead: "Văn phòng" → "Phòng VH-XH"',
        '      Deadline: "Quý II/2026" → "Quý III/2026"',
        '      Output: "Báo cáo kết quả" → "Báo cáo tổng kết"',
      ]),
    );
  });

  it("reports tasks added and removed, with their group, content, lead and deadline", () => {
    const d = diff([
      [
        "      - id: nhuan-nam\n        content: Rà soát dữ liệu dân cư\n        lead: vp\n        deadline: 2026-02-28\n",
        "",
      ],
      [
        "      - id: bao-cao\n",
        "      - { id: moi, content: Nhiệm vụ mới, lead: mttq, deadline: 2026-12 }\n      - id: bao-cao\n",
      ],
    ]);
    expect(d.tasks.map((t) => [t.id, t.kind])).toEqual([
      ["moi", "added"],
      ["nhuan-nam", "removed"],
    ]);
    expect(renderDiff(d, "vi", labels)).toEqual(
      expect.arrayContaining([
        "  + moi (Phát triển xã hội số): Nhiệm vụ mới; chủ trì: UBMTTQ xã; thời hạn: 2026-12",
        "  - nhuan-nam (Phát triển chính quyền số): Rà soát dữ liệu dân cư; chủ trì: Văn phòng; thời hạn: 2026-02-28",
      ]),
    );
    expect(renderDiff(d, "en", labels)).toContain(
      "  + moi (Phát triển xã hội số): Nhiệm vụ mới; lead: UBMTTQ xã; deadline: 2026-12",
    );
  });

  it("reports a task moved to another group; a renamed group with an id moves nothing", () => {
    const moved = diff([
      [
        "      - id: nhuan-nam\n        content: Rà soát dữ liệu dân cư\n        lead: vp\n        deadline: 2026-02-28\n",
        "",
      ],
      [
        "      - id: bao-cao\n",
        "      - { id: nhuan-nam, content: Rà soát dữ liệu dân cư, lead: vp, deadline: 2026-02-28 }\n      - id: bao-cao\n",
      ],
    ]);
    expect(moved.tasks).toEqual([
      {
        id: "nhuan-nam",
        kind: "changed",
        group: "Phát triển xã hội số",
        fields: [
          { field: "group", before: "Phát triển chính quyền số", after: "Phát triển xã hội số" },
        ],
      },
    ]);
    const renamed = diff([["group: Phát triển chính quyền số", "group: Chính quyền số"]]);
    expect(renamed.tasks).toEqual([]);
  });

  it("reports an agency renamed, or given a new id, once: not on each of its tasks", () => {
    const renamed = diff([["name: Phòng Văn hóa - Xã hội,", "name: Phòng Văn hóa và Thông tin,"]]);
    expect(renamed.agencies).toEqual([
      {
        id: "vhxh",
        kind: "changed",
        name: "Phòng Văn hóa và Thông tin",
        fields: [
          { field: "name", before: "Phòng Văn hóa - Xã hội", after: "Phòng Văn hóa và Thông tin" },
        ],
      },
    ]);
    expect(renamed.tasks).toEqual([]);
    expect(renderDiff(renamed, "vi", labels)).toContain(
      '  ~ vhxh (Phòng Văn hóa và Thông tin): đổi tên, trước là "Phòng Văn hóa - Xã hội"',
    );

    const newId = diffPlans(side(PLAN), side(PLAN.replaceAll("vhxh", "vh-xh")));
    expect(newId.agencies.map((a) => [a.id, a.kind, a.fields])).toEqual([
      ["vh-xh", "changed", [{ field: "id", before: "vhxh", after: "vh-xh" }]],
    ]);
    expect(newId.tasks.filter((t) => t.fields.some((f) => f.field === "lead"))).toEqual([]);
  });

  it("reports agencies added and removed, and one no longer directed", () => {
    const d = diff([
      ["  - { id: vp, name: Văn phòng HĐND và UBND xã, short: Văn phòng }\n", ""],
      ["lead: vp", "lead: vhxh"],
      ["directed: false }", "directed: false }\n  - { id: cand, name: Công an xã }"],
      ["short: Phòng VH-XH }", "short: Phòng VH-XH, directed: false }"],
    ]);
    expect(d.agencies.map((a) => [a.id, a.kind])).toEqual([
      ["vhxh", "changed"],
      ["cand", "added"],
      ["vp", "removed"],
    ]);
    expect(renderDiff(d, "vi", labels)).toEqual(
      expect.arrayContaining([
        "Cơ quan, đơn vị:",
        "  ~ vhxh (Phòng Văn hóa - Xã hội): Thuộc quyền chỉ đạo: có → không",
        "  + cand: Công an xã",
        "  - vp: Văn phòng HĐND và UBND xã",
      ]),
    );
    expect(renderDiff(d, "en", labels)).toContain(
      "  ~ vhxh (Phòng Văn hóa - Xã hội): Directed by the issuer: yes → no",
    );
  });
});

describe("diff on assignments naming a declared agency", () => {
  const byId = edit(PLAN, [["  - agency: Văn phòng HĐND và UBND xã\n", "  - agency: vp\n"]]);

  it("finds no change between an agency named in full and by its id", () => {
    expect(diffPlans(side(PLAN), side(byId)).same).toBe(true);
  });

  it("tells an agency renamed once, among the agencies, not among the assignments", () => {
    const renamed = byId.replace("name: Văn phòng HĐND và UBND xã,", "name: Văn phòng UBND xã,");
    const d = diffPlans(side(byId), side(renamed));
    expect(d.assignments).toEqual([]);
    expect(d.agencies.map((a) => [a.id, a.kind])).toEqual([["vp", "changed"]]);
    // A changed task list is still shown under the agency's name
    const more = renamed.replace(
      "      - Tham mưu Ủy ban nhân dân xã",
      "      - Theo dõi, đôn đốc.\n      - Tham mưu Ủy ban nhân dân xã",
    );
    expect(diffPlans(side(byId), side(more)).assignments).toEqual([
      {
        agency: "Văn phòng UBND xã",
        kind: "changed",
        tasks: { added: 1, removed: 0, changed: 0 },
      },
    ]);
  });
});

describe("diff on free tables", () => {
  it("shows rows added, removed and changed cell by cell, in appendices and sections", () => {
    const d = diff([
      [
        "        - [2, Thôn thông minh, Thôn Tây, 85]\n",
        "        - [2, Thôn thông minh, Thôn Tây, 90]\n",
      ],
      [
        "        - [3, Ví điện tử, Thôn Nam, 60]\n",
        "        - [3, Ví điện tử, Thôn Nam, 60]\n        - [4, Chợ đêm, Thôn Bắc, 30.5]\n",
      ],
      ["        - [1, Chợ số, Thôn Đông, 120]\n", ""],
      ["            - [1, Hồ sơ trực tuyến, 80%]\n", ""],
      ["header: [[TT, Nội dung, Chỉ tiêu]]", "header: [[TT, Nội dung, Chỉ tiêu năm 2026]]"],
    ]);
    expect(d.tables).toEqual([
      {
        section: [{ number: "II.", title: "Nhiệm vụ, giải pháp" }],
        kind: "changed",
        header: {
          before: [["TT", "Nội dung", "Chỉ tiêu"]],
          after: [["TT", "Nội dung", "Chỉ tiêu năm 2026"]],
        },
        rowChanges: [{ kind: "removed", row: 1, cells: ["1", "Hồ sơ trực tuyến", "80%"] }],
      },
      {
        appendix: { number: "", title: "Danh mục mô hình số năm 2026" },
        kind: "changed",
        rowChanges: [
          { kind: "removed", row: 1, cells: ["1", "Chợ số", "Thôn Đông", "120"] },
          { kind: "changed", row: 1, changes: [{ column: "Số hộ", before: "85", after: "90" }] },
          { kind: "added", row: 3, cells: ["4", "Chợ đêm", "Thôn Bắc", "30,5"] },
        ],
      },
    ]);
    const vi = renderDiff(d, "vi", labels);
    const at = vi.indexOf("Bảng:");
    expect(vi.slice(at)).toEqual([
      "Bảng:",
      "  ~ II. Nhiệm vụ, giải pháp",
      "      ~ tiêu đề: TT | Nội dung | Chỉ tiêu → TT | Nội dung | Chỉ tiêu năm 2026",
      "      - dòng 1: 1 | Hồ sơ trực tuyến | 80%",
      '  ~ Phụ lục "Danh mục mô hình số năm 2026"',
      "      - dòng 1: 1 | Chợ số | Thôn Đông | 120",
      "      ~ dòng 1: Số hộ: 85 → 90",
      "      + dòng 3: 4 | Chợ đêm | Thôn Bắc | 30,5",
    ]);
    const en = renderDiff(d, "en", labels);
    expect(en).toContain('  ~ Appendix "Danh mục mô hình số năm 2026"');
    expect(en).toContain("      ~ row 1: Số hộ: 85 → 90");
  });

  it("names columns by number under a header of several rows, and tells a table added", () => {
    const d = diff([
      [
        "header: [[TT, Mô hình, Thôn, Số hộ]]",
        "header: [[TT, Mô hình, Địa bàn], [A, B, Thôn, Số hộ]]",
      ],
      ["Thôn Tây, 85]", "Thôn Tây, 86]"],
      [
        "      - { targets: all }\n",
        "      - { targets: all }\n      - table: { header: [[A, B]], rows: [[1, 2], [3, 4]] }\n",
      ],
    ]);
    const appendix = d.tables.find((t) => t.appendix);
    expect(appendix?.rowChanges).toEqual([
      { kind: "changed", row: 2, changes: [{ column: "#4", before: "85", after: "86" }] },
    ]);
    expect(d.tables.find((t) => t.section)).toEqual({
      section: [{ number: "I.", title: "Mục đích, yêu cầu" }],
      kind: "added",
      rows: 2,
      rowChanges: [],
    });
    const vi = renderDiff(d, "vi", labels);
    expect(vi).toContain("  + I. Mục đích, yêu cầu: bảng mới, 2 dòng");
    expect(vi).toContain("      ~ dòng 2: cột 4: 85 → 86");
    expect(renderDiff(d, "en", labels)).toContain("      ~ row 2: column 4: 85 → 86");
  });
});
