// Issue 15, point 7: rendering never loses a file. Two plans with one output name are refused before
// anything is rendered; an unreadable subfolder is said, not an internal error; a plan is never
// overwritten by its own document; temporary files left by a killed run are removed by the next.
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sameOutputs } from "../../src/cli/batch.js";
import { scanPlans } from "../../src/cli/find-plans.js";
import { kehoach, kehoachUnprivileged, ROOT, unprivilegedMissing } from "../cli/run.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-safety-"));
chmodSync(dir, 0o755); // open to the unprivileged user of the unreadable-folder test
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SAMPLE = join(ROOT, "plans", "quang-minh-2024.yaml");

function folder(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  for (const [rel, from] of Object.entries(files)) {
    mkdirSync(join(root, rel, ".."), { recursive: true });
    copyFileSync(from, join(root, rel));
  }
  return root;
}

describe("two plans never write one output", () => {
  it("pairs a.yaml with a.yml and A.yaml, folder by folder", () => {
    expect(sameOutputs(["a.yaml", "a.yml", "b.yaml", "x/A.YAML", "x/a.yaml", "y/a.yaml"])).toEqual([
      ["a.yaml", "a.yml"],
      ["x/A.YAML", "x/a.yaml"],
    ]);
  });

  it("refuses both, naming them, renders the others, exits 1", () => {
    const root = folder("trung", { "a.yaml": SAMPLE, "a.yml": SAMPLE, "b.yaml": SAMPLE });
    const r = kehoach(["render", "trung", "--out", "ra", "--format", "html"], {}, dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "trung/a.yaml và trung/a.yml đều tạo ra ra/a.*: không tạo văn bản nào cho hai kế hoạch này",
    );
    expect(readdirSync(join(dir, "ra"))).toEqual(["b.html"]);
    const en = kehoach(["render", root, "--out", join(dir, "ra"), "--json", "--lang", "en"]);
    const report = JSON.parse(en.stdout) as { problems: string[]; summary: { plans: number } };
    expect(report.problems).toEqual([
      expect.stringContaining("trung/a.yaml and ") as unknown as string,
    ]);
    expect(report.summary.plans).toBe(1);
  });

  it("says when two names differ only in capitals, one file on Windows and macOS", () => {
    folder("hoa", { "Xa.yaml": SAMPLE, "xa.YML": SAMPLE });
    const r = kehoach(["render", "hoa", "--out", "ra-hoa", "--format", "html"], {}, dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "hoa/Xa.yaml và hoa/xa.YML tạo ra ra-hoa/Xa.* và ra-hoa/xa.*, chỉ khác nhau chữ hoa, chữ thường",
    );
    expect(existsSync(join(dir, "ra-hoa", "Xa.html"))).toBe(false);
  });
});

describe("an unreadable subfolder", () => {
  it.skipIf(unprivilegedMissing())("is said by render DIR, the other plans rendered", () => {
    const root = folder("khoa", { "a.yaml": SAMPLE, "kin/b.yaml": SAMPLE });
    mkdirSync(join(dir, "ra-khoa"));
    chmodSync(join(dir, "ra-khoa"), 0o777); // written by the unprivileged user
    chmodSync(join(root, "kin"), 0);
    try {
      const r = kehoachUnprivileged([
        "render",
        root,
        "--out",
        join(dir, "ra-khoa"),
        "--format",
        "html",
      ]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${join(root, "kin")}: không có quyền đọc thư mục này`);
      expect(r.stderr).not.toContain("lỗi nội bộ");
      expect(readdirSync(join(dir, "ra-khoa"))).toEqual(["a.html"]);
      if (process.getuid?.() !== 0) {
        expect(scanPlans(root).unreadable).toEqual([{ dir: "kin", code: "EACCES" }]);
      }
    } finally {
      chmodSync(join(root, "kin"), 0o755);
    }
  });
});

describe("a plan is never overwritten by its own document", () => {
  it("render p.json --format json --out DIR refuses, keeping the plan", async () => {
    const root = join(dir, "json");
    mkdirSync(root, { recursive: true });
    const plan = join(root, "p.json");
    const r0 = kehoach(["render", SAMPLE, "--format", "json", "--out", root]);
    expect(r0.status).toBe(0);
    copyFileSync(join(root, "quang-minh-2024.json"), plan);
    const before = readFileSync(plan);
    for (const lang of ["vi", "en"]) {
      const r = kehoach(
        ["render", "p.json", "--format", "json", "--out", ".", "--lang", lang],
        {},
        root,
      );
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(
        lang === "vi"
          ? /^Không ghi p\.json: đó chính là tệp kế hoạch p\.json đang đọc/
          : /^Not writing p\.json: it is the plan p\.json itself/,
      );
    }
    expect(readFileSync(plan)).toEqual(before);
  });
});

describe("temporary files of a killed run", () => {
  it("are removed by the next run that writes there; a running process's are kept", () => {
    const root = folder("tam", { "a.yaml": SAMPLE });
    const out = join(dir, "ra-tam");
    mkdirSync(out, { recursive: true });
    // pid 2^31-1 runs nowhere; this test's own process runs
    const stale = join(out, ".a.html.2147483646.1.tmp");
    const live = join(out, `.a.html.${process.pid}.1.tmp`);
    const other = join(out, ".ghi-chu.txt");
    for (const f of [stale, live, other]) writeFileSync(f, "dở dang");
    const r = kehoach(["render", root, "--out", out, "--format", "html"]);
    expect(r.status).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(other)).toBe(true);
    // and when the document is unchanged, so that nothing is written
    writeFileSync(stale, "dở dang");
    expect(kehoach(["render", root, "--out", out, "--format", "html"]).stdout).toContain(
      "không thay đổi",
    );
    expect(existsSync(stale)).toBe(false);
    // render FILE too
    writeFileSync(stale, "dở dang");
    expect(kehoach(["render", join(root, "a.yaml"), "--out", out, "--format", "html"]).status).toBe(
      0,
    );
    expect(existsSync(stale)).toBe(false);
  });
});
