// kehoach init in a temporary folder, and its pre-commit hook refusing an invalid plan. The hook
// calls this checkout's bin/kehoach.js, recorded at init time (the temporary repository has no
// node_modules of its own).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { samplePlan, samplePlanPath } from "../../src/cli/init-files.js";
import { loadStandards, standardFor } from "../../src/data/standards.js";
import { runPipeline } from "../../src/pipeline.js";
import { kehoach } from "../cli/run.js";
import { GIT_ENV, git, gitOk } from "../plan-diff/git-helpers.js";

/** init writes the sample of the current year. */
const SAMPLE_PLAN_PATH = samplePlanPath(new Date().getFullYear());
const dir = mkdtempSync(join(tmpdir(), "kehoach-init-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kehoach init", () => {
  const repo = join(dir, "ke-hoach");

  it("creates plans/, the schema, editor settings, .gitignore, the repository and the hook", () => {
    const r = kehoach(["init", repo, "--hooks"], GIT_ENV, dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    for (const path of [
      SAMPLE_PLAN_PATH,
      "schemas/plan.schema.json",
      ".gitignore",
      ".vscode/settings.json",
      ".git/hooks/pre-commit",
    ]) {
      expect(r.stdout).toContain(`đã tạo      ${path}`);
      expect(existsSync(join(repo, path)), path).toBe(true);
    }
    expect(statSync(join(repo, ".git/hooks/pre-commit")).mode & 0o111).not.toBe(0);
    expect(readFileSync(join(repo, ".gitignore"), "utf8")).toMatch(/^build\/$/m);
    const settings = JSON.parse(readFileSync(join(repo, ".vscode/settings.json"), "utf8")) as {
      "yaml.schemas": Record<string, string[]>;
    };
    expect(settings["yaml.schemas"]).toEqual({
      "./schemas/plan.schema.json": ["plans/**/*.yaml", "plans/**/*.yml"],
    });
    expect(readFileSync(join(repo, "schemas/plan.schema.json"), "utf8")).toBe(
      readFileSync("schemas/plan.schema.json", "utf8"),
    );
    const sample = readFileSync(join(repo, SAMPLE_PLAN_PATH), "utf8");
    expect(sample.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../schemas/plan.schema.json",
    );
    const v = kehoach(["validate", SAMPLE_PLAN_PATH], {}, repo);
    expect(v.stdout).toContain("hợp lệ");
    expect(v.stderr).toBe("");
    expect(v.status).toBe(0);
  });

  it("never overwrites: a second run keeps every file and says so", () => {
    const plan = join(repo, SAMPLE_PLAN_PATH);
    writeFileSync(plan, `${readFileSync(plan, "utf8")}# sửa tay\n`);
    const r = kehoach(["init", repo, "--hooks", "--lang", "en"], GIT_ENV, dir);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain("created");
    expect(r.stdout).toContain(`kept as is  ${SAMPLE_PLAN_PATH}`);
    expect(r.stdout).toContain("kept as is  .git/hooks/pre-commit");
    expect(readFileSync(plan, "utf8")).toMatch(/# sửa tay\n$/);
  });

  it("the pre-commit hook lets a valid plan in and refuses an invalid one", () => {
    gitOk(repo, "config", "user.name", "Cán bộ Thử");
    gitOk(repo, "config", "user.email", "canbo@example.vn");
    gitOk(repo, "add", ".");
    const first = git(repo, "commit", "-m", "Khởi tạo");
    expect(first.stderr).toContain("hợp lệ");
    expect(first.status).toBe(0);

    const plan = join(repo, SAMPLE_PLAN_PATH);
    const good = readFileSync(plan, "utf8");
    writeFileSync(plan, good.replace("  summary:", "  sumary:"));
    gitOk(repo, "add", ".");
    const bad = git(repo, "commit", "-m", "Sai khóa");
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain(`${SAMPLE_PLAN_PATH}:`);
    expect(bad.stderr).toContain('"sumary"');
    expect(bad.stderr).toContain("commit bị từ chối");
    expect(gitOk(repo, "log", "--format=%s")).toBe("Khởi tạo\n");

    // What is checked is the staged version: fixing the file without `git add` is not enough
    writeFileSync(plan, good.replace("Nguyễn Văn An", "Lê Thị Bình"));
    expect(git(repo, "commit", "-m", "Sai khóa").status).not.toBe(0);
    gitOk(repo, "add", ".");
    expect(git(repo, "commit", "-m", "Sửa").status).toBe(0);
    expect(gitOk(repo, "log", "--format=%s")).toBe("Sửa\nKhởi tạo\n");
  });

  it("leaves commits that touch no plan alone", () => {
    writeFileSync(join(repo, "GHI-CHU.txt"), "ghi chú\n");
    gitOk(repo, "add", ".");
    const r = git(repo, "commit", "-m", "Ghi chú");
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("inside an existing repository it makes no new one", () => {
    const sub = join(repo, "xa-khac");
    const r = kehoach(["init", sub], GIT_ENV, dir);
    expect(r.status).toBe(0);
    expect(existsSync(join(sub, ".git"))).toBe(false);
    expect(r.stdout).toContain("đã nằm trong kho git");
  });
});

describe("the sample plan", () => {
  it.each([2026, 2027])(
    "of %i: the standard in force, a two-tier commune, valid without a warning",
    (year) => {
      const standard = standardFor(year, loadStandards())?.id ?? "";
      expect(standard).toBe(year <= 2026 ? "nd-07-2021" : "nd-351-2025");
      const text = samplePlan(year, standard);
      const file = join(dir, `mau-${year}.yaml`);
      writeFileSync(file, text);
      const result = runPipeline(file);
      expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
      expect(result.model).toBeDefined();
      // comments for the official, in Vietnamese only; no office abolished in 2025
      const comments = text.split("\n").filter((l) => l.trimStart().startsWith("#"));
      for (const c of comments) expect(c).not.toMatch(/\b(the|and|is|of)\b/u);
      expect(text).not.toMatch(/LĐ-TB&XH|huyện|Lao động - Thương binh/u);
    },
  );
});

describe("the pre-commit hook checks what render DIR would render (issue 15, point 7)", () => {
  const repo = join(dir, "kho-hook");
  const plan = () => readFileSync(join(repo, SAMPLE_PLAN_PATH), "utf8");
  const broken = () => plan().replace("  summary:", "  sumary:");
  /** Stages everything and commits: whether the hook let it in, and what it said. */
  const commit = (message: string) => {
    gitOk(repo, "add", "-A");
    const r = git(repo, "commit", "-q", "-m", message);
    if (r.status !== 0) gitOk(repo, "reset", "-q"); // leave the index as the test found it
    return r;
  };
  const put = (rel: string, text: string) => {
    mkdirSync(join(repo, rel, ".."), { recursive: true });
    writeFileSync(join(repo, rel), text);
  };

  it("starts from a valid repository", () => {
    expect(kehoach(["init", repo, "--hooks"], GIT_ENV, dir).status).toBe(0);
    gitOk(repo, "config", "user.name", "Cán bộ Thử");
    gitOk(repo, "config", "user.email", "canbo@example.vn");
    expect(commit("Khởi tạo").status).toBe(0);
  });

  it("refuses a plan whose extension is in capitals (plans/X.YAML)", () => {
    put("plans/huyen/XA.YAML", broken());
    const r = commit("Chữ hoa");
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("plans/huyen/XA.YAML:");
    expect(r.stderr).toContain('"sumary"');
    rmSync(join(repo, "plans/huyen"), { recursive: true });
  });

  it("checks a plan whatever its name holds: a quote, a tab, a newline", () => {
    const name = 'plans/kế hoạch "mới"\tbản\n2.yaml';
    put(name, broken());
    const bad = commit("Tên lạ");
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('kế hoạch "mới"');
    expect(bad.stderr).toContain('"sumary"');
    put(name, plan());
    expect(commit("Tên lạ, sửa").status).toBe(0);
  });

  it("refuses a commit that breaks only a local template the plans use", () => {
    put("plans/templates/tinh-hinh.hbs", "{{#if group}}chưa đóng\n");
    const r = commit("Sửa mẫu");
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("plans/templates/tinh-hinh.hbs");
    expect(r.stderr).toContain("commit bị từ chối");
    rmSync(join(repo, "plans/templates"), { recursive: true });
  });

  it("does not take a template folder's YAML for a plan", () => {
    put("plans/templates/labels.yaml", "title: KẾ HOẠCH\n");
    const r = commit("Nhãn riêng");
    expect(r.stderr).not.toContain("labels.yaml");
    expect(r.status).toBe(0);
  });

  it("lets a commit that deletes every plan through", () => {
    gitOk(repo, "rm", "-q", "-r", "--", "plans");
    const r = git(repo, "commit", "-q", "-m", "Xóa hết");
    expect(r.stderr).not.toContain("từ chối");
    expect(r.status).toBe(0);
  });
});
