// kehoach diff on a git repository made here: two commits changing a target, a unit's figures and an
// assignment; then the working tree against HEAD; then two files outside git.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kehoach } from "../cli/run.js";
import { GIT_ENV, gitOk, newRepo } from "./git-helpers.js";

/** The sample plan that kehoach init wrote in 2025: the edits below are made to its lines. */
const SAMPLE_PLAN = readFileSync(
  new URL("../fixtures/plans/binh-an-2025.yaml", import.meta.url),
  "utf8",
);

const dir = mkdtempSync(join(tmpdir(), "kehoach-diff-"));
const repo = join(dir, "repo");
const plan = join(repo, "plans", "binh-an.yaml");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function edit(file: string, pairs: [string, string][]): void {
  let text = readFileSync(file, "utf8");
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`not in the plan: ${from}`);
    text = text.replace(from, to);
  }
  writeFileSync(file, text);
}

beforeAll(() => {
  mkdirSync(join(repo, "plans"), { recursive: true });
  newRepo(repo);
  writeFileSync(plan, SAMPLE_PLAN);
  gitOk(repo, "add", ".");
  gitOk(repo, "commit", "--quiet", "-m", "Kế hoạch 2025");
  edit(plan, [
    ["lead: Cuối năm 2025 }", "lead: Phấn đấu cuối năm 2025 }"],
    ["poor: { households: 6, exits: 2 }", "poor: { households: 7, exits: 4 }"],
    [
      "      - Phối hợp tuyên truyền, vận động các nguồn lực giúp đỡ hộ nghèo.",
      "      - Phối hợp tuyên truyền, vận động doanh nghiệp giúp đỡ hộ nghèo.",
    ],
  ]);
  gitOk(repo, "commit", "--quiet", "-am", "Sửa chỉ tiêu, số liệu Thôn Tây, nhiệm vụ MTTQ");
});

describe("kehoach diff FILE --from REV --to REV", () => {
  it("reports the target, the unit's figures and the assignment, in Vietnamese", () => {
    const r = kehoach(
      ["diff", "plans/binh-an.yaml", "--from", "HEAD~1", "--to", "HEAD"],
      GIT_ENV,
      repo,
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = r.stdout;
    expect(out).toContain("So sánh plans/binh-an.yaml: HEAD~1 → HEAD");
    expect(out).toContain("Chỉ tiêu:\n  ~ ty_le_ngheo\n");
    expect(out).toContain("trước: Cuối năm 2025 tỷ lệ hộ nghèo giảm còn 0,80%");
    expect(out).toContain("sau:   Phấn đấu cuối năm 2025 tỷ lệ hộ nghèo giảm còn 0,74%");
    expect(out).toContain("  ~ Thôn Tây: 487 hộ\n");
    expect(out).toContain(
      "      hộ nghèo: đầu kỳ 6 (1,23%) → 7 (1,44%); ra khỏi diện 2 → 4; cuối kỳ 4 (0,82%) → 3 (0,62%)",
    );
    expect(out).toContain("  ~ Tổng cộng: 1.629 hộ\n");
    expect(out).toContain(
      "Phân công thực hiện:\n  ~ Ủy ban Mặt trận Tổ quốc xã: nhiệm vụ: 1 đoạn sửa",
    );
    expect(out).not.toContain("Người ký:");
  });

  it("speaks English with --lang en, and gives the same facts as JSON", () => {
    const en = kehoach(
      ["diff", "plans/binh-an.yaml", "--from", "HEAD~1", "--to", "HEAD", "--lang", "en"],
      GIT_ENV,
      repo,
    );
    expect(en.stdout).toContain("Comparing plans/binh-an.yaml: HEAD~1 → HEAD");
    expect(en.stdout).toContain(
      "start 6 (1.23%) → 7 (1.44%); exits 2 → 4; end 4 (0.82%) → 3 (0.62%)",
    );
    expect(en.stdout).toContain("  ~ Total: 1,629 households");
    const json = kehoach(
      ["diff", "plans/binh-an.yaml", "--from", "HEAD~1", "--to", "HEAD", "--json"],
      GIT_ENV,
      repo,
    );
    const d = JSON.parse(json.stdout) as {
      from: string;
      targets: { id: string; kind: string }[];
      statistics: { unit: string | null; groups: { after: { endRate: number } }[] }[];
      assignments: { agency: string; tasks: { changed: number } }[];
    };
    expect(d.from).toBe("HEAD~1");
    expect(d.targets.map((t) => [t.id, t.kind])).toEqual([["ty_le_ngheo", "changed"]]);
    expect(d.statistics.map((u) => u.unit)).toEqual(["Thôn Tây", null]);
    expect(d.statistics[0]?.groups[0]?.after.endRate).toBe(62);
    expect(d.assignments).toEqual([
      expect.objectContaining({
        agency: "Ủy ban Mặt trận Tổ quốc xã",
        tasks: { added: 0, removed: 0, changed: 1 },
      }),
    ]);
  });
});

describe("kehoach diff FILE (HEAD against the working tree)", () => {
  it("shows only what is not committed yet; nothing when nothing changed", () => {
    const clean = kehoach(["diff", "plans/binh-an.yaml"], GIT_ENV, repo);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain("HEAD → bản đang sửa");
    expect(clean.stdout).toContain("Không có thay đổi nào về nội dung kế hoạch.");
    const before = readFileSync(plan, "utf8");
    edit(plan, [["signer: Nguyễn Văn An", "signer: Lê Thị Bình"]]);
    try {
      // from a subfolder: the repository root is found by git
      const r = kehoach(["diff", "binh-an.yaml"], GIT_ENV, join(repo, "plans"));
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Người ký:\n  ~ Người ký: "Nguyễn Văn An" → "Lê Thị Bình"');
      expect(r.stdout).not.toContain("Chỉ tiêu:");
    } finally {
      writeFileSync(plan, before);
    }
  });

  it("says so when the file is not in the revision", () => {
    const r = kehoach(["diff", "plans/binh-an.yaml", "--from", "nonexistent-rev"], GIT_ENV, repo);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Không lấy được plans/binh-an.yaml ở phiên bản nonexistent-rev");
  });
});

describe("kehoach diff OLD NEW (two files, no git)", () => {
  it("compares two files anywhere; one file outside git is a usage error", () => {
    const outside = join(dir, "outside");
    mkdirSync(outside);
    writeFileSync(join(outside, "old.yaml"), SAMPLE_PLAN);
    writeFileSync(
      join(outside, "new.yaml"),
      SAMPLE_PLAN.replace("  - Các thôn\n", "  - Các thôn\n  - Đảng ủy xã\n"),
    );
    const r = kehoach(["diff", "old.yaml", "new.yaml"], GIT_ENV, outside);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("So sánh old.yaml → new.yaml");
    expect(r.stdout).toContain("Nơi nhận:\n  + Đảng ủy xã");
    const one = kehoach(
      ["diff", "old.yaml"],
      { ...GIT_ENV, GIT_CEILING_DIRECTORIES: dir },
      outside,
    );
    expect(one.status).toBe(2);
    expect(one.stderr).toContain("không nằm trong kho git nào");
  });
});
