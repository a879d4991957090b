import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadStandards } from "../../src/data/standards.js";
import { loadTemplates } from "../../src/model/templates.js";
import { diffPlans } from "../../src/plan-diff/diff.js";
import { compareParagraphs, textParagraphs } from "../../src/plan-diff/paragraphs.js";
import { targetPhrases } from "../../src/plan-diff/phrases.js";
import type { PlanSide } from "../../src/plan-diff/types.js";
import { loadSpec } from "../../src/spec/load.js";
import { computeStats } from "../../src/stats/compute.js";

/** The sample plan that kehoach init wrote in 2025: the edits below are made to its lines. */
const SAMPLE_PLAN = readFileSync(
  new URL("../fixtures/plans/binh-an-2025.yaml", import.meta.url),
  "utf8",
);

function side(text: string): PlanSide {
  const loaded = loadSpec(text, "plan.yaml");
  if (!loaded.spec) throw new Error(JSON.stringify(loaded.diagnostics));
  const stats = computeStats(loaded.spec, loadStandards());
  return {
    spec: loaded.spec,
    computed: stats.computed,
    phrases: targetPhrases(loaded.spec, stats.computed, loadTemplates([])),
  };
}

function edit(text: string, pairs: [string, string][]): string {
  let out = text;
  for (const [from, to] of pairs) {
    if (!out.includes(from)) throw new Error(`not in the plan: ${from}`);
    out = out.replace(from, to);
  }
  return out;
}

describe("diffPlans", () => {
  it("finds nothing between a plan and itself", () => {
    const d = diffPlans(side(SAMPLE_PLAN), side(SAMPLE_PLAN));
    expect(d.same).toBe(true);
  });

  it("ignores reformatting: folding, key order, flow or block style", () => {
    const reformatted = edit(SAMPLE_PLAN, [
      ["poor: { households: 9, exits: 3 }", "poor:\n          exits: 3\n          households: 9"],
      [
        "    Ủy ban nhân dân xã Bình An xây dựng Kế hoạch",
        "    Ủy ban nhân dân xã Bình An\n    xây dựng Kế hoạch",
      ],
    ]);
    expect(diffPlans(side(SAMPLE_PLAN), side(reformatted)).same).toBe(true);
  });

  it("reports targets with their phrases, figures per unit, assignments, recipients, signer, text", () => {
    const after = edit(SAMPLE_PLAN, [
      ["poor: { households: 9, exits: 3 }", "poor: { households: 9, exits: 5 }"],
      ["lead: Cuối năm 2025 }", "lead: Đến cuối năm 2025 }"],
      ["      - Phối hợp tuyên truyền, vận động", "      - Chủ trì tuyên truyền, vận động"],
      ["    role: chu_tri", "    role: phoi_hop"],
      ["  - Các thôn\n", "  - Các thôn\n  - Đảng ủy xã\n"],
      ["signer: Nguyễn Văn An", "signer: Lê Thị Bình"],
      ["  - title: Nhiệm vụ, giải pháp", "  - title: Nhiệm vụ và giải pháp"],
      [
        "        - Thực hiện đầy đủ, kịp thời",
        "        - Tổ chức tập huấn cho cán bộ thôn.\n        - Thực hiện đầy đủ, kịp thời",
      ],
      [
        "    - name: Thôn Nam\n      households: 530\n      groups:\n        poor: { households: 4, exits: 1 }\n        near_poor: { households: 11, exits: 3 }\n",
        "",
      ],
    ]);
    const d = diffPlans(side(SAMPLE_PLAN), side(after));
    expect(d.same).toBe(false);

    const poorTarget = d.targets.find((t) => t.id === "ty_le_ngheo");
    expect(poorTarget).toMatchObject({ kind: "changed" });
    expect(poorTarget?.before).toMatch(/^Cuối năm 2025 tỷ lệ hộ nghèo giảm còn 0,80%$/);
    expect(poorTarget?.after).toMatch(/^Đến cuối năm 2025 tỷ lệ hộ nghèo giảm còn 0,73%$/);

    const dong = d.statistics.find((u) => u.unit === "Thôn Đông");
    expect(dong?.kind).toBe("changed");
    expect(dong?.groups.map((g) => g.group)).toEqual(["poor"]);
    expect(dong?.groups[0]?.before).toMatchObject({ households: 9, exits: 3, end: 6, endRate: 98 });
    expect(dong?.groups[0]?.after).toMatchObject({ households: 9, exits: 5, end: 4, endRate: 65 });
    expect(d.statistics.find((u) => u.unit === "Thôn Nam")?.kind).toBe("removed");
    expect(d.statistics.find((u) => u.unit === null)?.households).toEqual({
      before: 1629,
      after: 1099,
    });

    expect(d.assignments).toEqual([
      {
        agency: "Công chức Văn hóa - Xã hội",
        kind: "changed",
        tasks: { added: 0, removed: 0, changed: 0 },
        role: { before: "chu_tri", after: "phoi_hop" },
      },
      {
        agency: "Ủy ban Mặt trận Tổ quốc xã",
        kind: "changed",
        tasks: { added: 0, removed: 0, changed: 1 },
      },
    ]);
    expect(d.recipients).toEqual([{ field: "recipients", added: ["Đảng ủy xã"], removed: [] }]);
    expect(d.signature).toEqual([
      { field: "signer", before: "Nguyễn Văn An", after: "Lê Thị Bình" },
    ]);
    expect(d.sections).toEqual([
      {
        path: [{ number: "III.", title: "Nhiệm vụ và giải pháp" }],
        kind: "changed",
        renamedFrom: "Nhiệm vụ, giải pháp",
        paragraphs: { added: 1, removed: 0, changed: 0 },
      },
    ]);
  });

  it("reports a signature that comes to be signed KT. under a collective", () => {
    const after = edit(SAMPLE_PLAN, [
      [
        "  authority: TM.\n  on_behalf_of: Ủy ban nhân dân\n  title: Chủ tịch",
        "  authority: KT.\n  collective: Ủy ban nhân dân\n  on_behalf_of: Chủ tịch\n  title: Phó Chủ tịch",
      ],
    ]);
    expect(diffPlans(side(SAMPLE_PLAN), side(after)).signature).toEqual([
      { field: "authority", before: "TM.", after: "KT." },
      { field: "collective", before: null, after: "Ủy ban nhân dân" },
      { field: "on_behalf_of", before: "Ủy ban nhân dân", after: "Chủ tịch" },
      { field: "title", before: "Chủ tịch", after: "Phó Chủ tịch" },
    ]);
  });

  it("reports targets and assignments added and removed, and a renamed agency as one change", () => {
    const after = edit(SAMPLE_PLAN, [
      [
        "  - id: bhyt\n",
        "  - { id: moi, type: text, text: Hỗ trợ nhà ở cho hộ nghèo }\n  - id: bhyt_moi\n",
      ],
      ["  - agency: Ủy ban Mặt trận Tổ quốc xã", "  - agency: Ủy ban MTTQ Việt Nam xã"],
    ]);
    const d = diffPlans(side(SAMPLE_PLAN), side(after));
    expect(d.targets.map((t) => [t.id, t.kind])).toEqual([
      ["moi", "added"],
      ["bhyt_moi", "added"],
      ["bhyt", "removed"],
    ]);
    expect(d.targets[0]?.after).toBe("Hỗ trợ nhà ở cho hộ nghèo");
    expect(d.assignments).toEqual([
      {
        agency: "Ủy ban MTTQ Việt Nam xã",
        kind: "changed",
        renamedFrom: "Ủy ban Mặt trận Tổ quốc xã",
        tasks: { added: 0, removed: 0, changed: 0 },
      },
    ]);
  });
});

describe("paragraph counts", () => {
  it("splits on blank lines and list items, and pairs leftovers as changed", () => {
    expect(textParagraphs("a\nb\n\n- c\n- d\n+ e")).toEqual(["a b", "- c", "- d", "+ e"]);
    expect(compareParagraphs(["a", "b", "c"], ["a", "B", "c", "d"])).toEqual({
      added: 1,
      removed: 0,
      changed: 1,
    });
    expect(compareParagraphs(["a", "b"], [])).toEqual({ added: 0, removed: 2, changed: 0 });
  });
});
