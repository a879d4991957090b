// kehoach render DIR: every plan of a folder on worker threads; a broken plan fails alone; a second
// run changes no byte.
import { createHash } from "node:crypto";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPlans } from "../../src/cli/batch.js";
import { generatePlanYaml } from "../../src/fixtures/generate-plan.js";
import { kehoach } from "../cli/run.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-batch-"));
const plans = join(dir, "plans");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function put(rel: string, text: string): void {
  const file = join(plans, rel);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
}

/** Every file under a folder with the SHA-256 of its bytes and its modification time. */
function snapshot(root: string): Record<string, { sha: string; mtime: number }> {
  const out: Record<string, { sha: string; mtime: number }> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        out[relative(root, p)] = {
          sha: createHash("sha256").update(readFileSync(p)).digest("hex"),
          mtime: statSync(p).mtimeMs,
        };
      }
    }
  };
  walk(root);
  return out;
}

beforeAll(() => {
  put("huyen-a/xa-1.yaml", generatePlanYaml({ units: 5, seed: 1 }));
  put("huyen-a/xa-2.yml", generatePlanYaml({ units: 8, seed: 2 }));
  put("huyen-b/thon/xa-3.yaml", generatePlanYaml({ units: 6, seed: 3 }));
  put("huyen-b/hong.yaml", `${generatePlanYaml({ units: 5, seed: 4 })}\nkhoa_la: 1\n`);
  // Not plans: a locality's templates (labels.yaml), a hidden folder, other files
  put("huyen-a/templates/labels.yaml", "title: KẾ HOẠCH\n");
  put(".nhap/xa-9.yaml", "not: a plan\n");
  put("huyen-a/ghi-chu.txt", "ghi chú\n");
});

describe("findPlans", () => {
  it("finds .yaml and .yml files, sorted, skipping templates/, hidden folders and the output", () => {
    mkdirSync(join(plans, "out"), { recursive: true });
    writeFileSync(join(plans, "out", "x.yaml"), "");
    expect(findPlans(plans, [join(plans, "out")])).toEqual([
      "huyen-a/xa-1.yaml",
      "huyen-a/xa-2.yml",
      "huyen-b/hong.yaml",
      "huyen-b/thon/xa-3.yaml",
    ]);
    rmSync(join(plans, "out"), { recursive: true });
  });
});

describe("kehoach render DIR --out OUT", () => {
  const out = join(dir, "build");

  it("renders the good plans, reports the broken one, exits 1", () => {
    const r = kehoach(["render", "plans", "--out", "build"], {}, dir);
    expect(r.status).toBe(1);
    expect(Object.keys(snapshot(out)).sort()).toEqual([
      "huyen-a/xa-1.docx",
      "huyen-a/xa-1.pdf",
      "huyen-a/xa-2.docx",
      "huyen-a/xa-2.pdf",
      "huyen-b/thon/xa-3.docx",
      "huyen-b/thon/xa-3.pdf",
    ]);
    // Not a terminal here: one line per plan, then the summary
    expect(r.stdout).toMatch(/\[\d\/4\] huyen-b\/hong\.yaml: LỖI/);
    expect(r.stdout).toMatch(/\[\d\/4\] huyen-a\/xa-1\.yaml: đã ghi 2 tệp/);
    expect(r.stdout).toContain("4 kế hoạch: 3 thành công, 1 lỗi. 6 tệp được ghi, 0 tệp không đổi");
    expect(r.stderr).toContain("plans/huyen-b/hong.yaml:");
    expect(r.stderr).toContain('"khoa_la"');
    expect(r.stderr).toContain("plans/huyen-b/hong.yaml: không tạo được văn bản");
  });

  it("a second run gives identical bytes and writes nothing", () => {
    const first = snapshot(out);
    const r = kehoach(["render", "plans", "--out", "build", "--json"], {}, dir);
    expect(r.status).toBe(1);
    expect(snapshot(out)).toEqual(first);
    const report = JSON.parse(r.stdout) as {
      summary: { plans: number; ok: number; failed: number; written: number; unchanged: number };
      plans: { file: string; ok: boolean }[];
    };
    expect(report.summary).toMatchObject({ plans: 4, ok: 3, failed: 1, written: 0, unchanged: 6 });
    expect(report.plans.filter((p) => !p.ok).map((p) => p.file)).toEqual([
      "plans/huyen-b/hong.yaml",
    ]);
  });

  it("a fresh run elsewhere gives the same hashes (reproducible, not merely unchanged)", () => {
    const r = kehoach(["render", "plans", "--out", "build-2", "--lang", "en"], {}, dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("4 plan(s): 3 succeeded, 1 failed.");
    const sha = (s: ReturnType<typeof snapshot>) =>
      Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.sha]));
    expect(sha(snapshot(join(dir, "build-2")))).toEqual(sha(snapshot(out)));
  });

  it("a plan that runs out of the worker's heap is told how to lift the limit; 0 lifts it", () => {
    const tight = kehoach(
      ["render", "plans/huyen-a", "--out", "build-3"],
      {
        KEHOACH_WORKER_HEAP_MB: "8",
      },
      dir,
    );
    expect(tight.status).toBe(1);
    expect(tight.stderr).toContain(
      "xa-1.yaml: không tạo được văn bản vì kế hoạch cần nhiều bộ nhớ hơn mức 8 MB dành cho mỗi luồng xử lý. Cách sửa: chạy lại với KEHOACH_WORKER_HEAP_MB=0",
    );
    const free = kehoach(
      ["render", "plans/huyen-a", "--out", "build-3"],
      {
        KEHOACH_WORKER_HEAP_MB: "0",
      },
      dir,
    );
    expect(free.status).toBe(0);
    expect(free.stdout).toContain("2 kế hoạch: 2 thành công, 0 lỗi. 4 tệp được ghi");
  });

  it("exits 0 when every plan renders, and 2 for a folder without plans", () => {
    rmSync(join(plans, "huyen-b", "hong.yaml"));
    const ok = kehoach(["render", "plans", "--out", "build", "--format", "html"], {}, dir);
    expect(ok.status).toBe(0);
    mkdirSync(join(dir, "trong"));
    const empty = kehoach(["render", "trong"], {}, dir);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain("Không có tệp kế hoạch");
  });
});
