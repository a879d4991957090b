// Issue 2's acceptance for `kehoach validate`: the example plans are valid; a copy with a misspelt key,
// a string where a number belongs and a breakdown whose parts do not add up gets exactly those three
// diagnostics, each with file:line:col, in Vietnamese (English with --lang en).
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { kehoach, kehoachUnprivileged, unprivilegedMissing } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-validate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function brokenCopy(): string {
  const source = readFileSync("plans/quang-minh-2024.yaml", "utf8");
  const broken = source
    .replace(/^ {2}summary: /m, "  sumary: ")
    .replace("bao_tro_xa_hoi: 13, co_kha_nang: 4", "bao_tro_xa_hoi: 12, co_kha_nang: 4")
    .concat('page:\n  margins: { top: "hai mươi" }\n');
  expect(broken).not.toBe(source);
  const file = join(dir, "hong.yaml");
  writeFileSync(file, broken);
  return file;
}

function lineOf(file: string, needle: string): number {
  return (
    readFileSync(file, "utf8")
      .split("\n")
      .findIndex((l) => l.includes(needle)) + 1
  );
}

describe("kehoach validate", () => {
  it("accepts the example plans", () => {
    const r = kehoach([
      "validate",
      "plans/quang-minh-2024.yaml",
      "plans/pho-minh-2024.yaml",
      "plans/long-khanh-2024.yaml",
    ]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("plans/quang-minh-2024.yaml: hợp lệ");
  });

  it("reports the three problems of a broken copy, in Vietnamese, each at file:line:col", () => {
    const file = brokenCopy();
    const r = kehoach(["validate", file]);
    expect(r.status).toBe(1);
    const heads = r.stderr.split("\n").filter((l) => l.startsWith(file));
    expect(heads).toEqual([
      `${file}:${lineOf(file, "sumary:")}:3: lỗi: Khóa "sumary" không hợp lệ ở đây. Có phải ý bạn là "summary"?`,
      expect.stringMatching(
        new RegExp(
          `^${file}:${lineOf(file, "bao_tro_xa_hoi: 12")}:\\d+: cảnh báo: Tổng các phần .*\\(16 hộ\\) không bằng số hộ nghèo .*\\(17 hộ\\)`,
        ),
      ),
      expect.stringMatching(new RegExp(`^${file}:${lineOf(file, "hai mươi")}:\\d+: lỗi: .*số`)),
    ]);
    // parts that do not add up are shown, not refused: a warning (an error with --strict)
    expect(r.stdout).toContain("2 lỗi, 1 cảnh báo");
    expect(r.stderr).toContain("cách sửa:");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("says the same in English with --lang en, and as JSON with --json", () => {
    const file = brokenCopy();
    const en = kehoach(["validate", file, "--lang", "en"]);
    expect(en.status).toBe(1);
    expect(en.stderr).toContain('Key "sumary" is not allowed here. Did you mean "summary"?');
    const json = kehoach(["validate", file, "--json"]);
    expect(json.status).toBe(1);
    const [report] = JSON.parse(json.stdout) as {
      valid: boolean;
      diagnostics: { code: string; line: number; col: number; message: string }[];
    }[];
    expect(report?.valid).toBe(false);
    expect(report?.diagnostics.map((d) => d.code)).toEqual([
      "spec.unknown-key-suggest",
      "stats.breakdown-sum",
      "spec.type",
    ]);
    for (const d of report?.diagnostics ?? []) expect(d.line).toBeGreaterThan(0);
  });

  it("uses no colour when NO_COLOR is set or the output is not a terminal", () => {
    const file = brokenCopy();
    expect(kehoach(["validate", file]).stderr).not.toContain("\x1b[");
    expect(kehoach(["validate", file], { NO_COLOR: "1" }).stderr).not.toContain("\x1b[");
  });

  it("validates every plan under a folder, as render DIR finds them, naming each under the folder", () => {
    const folder = join(dir, "thu-muc");
    mkdirSync(join(folder, "huyen", "templates"), { recursive: true });
    mkdirSync(join(folder, ".nhap"), { recursive: true });
    copyFileSync("plans/quang-minh-2024.yaml", join(folder, "a.yaml"));
    copyFileSync("plans/pho-minh-2024.yaml", join(folder, "huyen", "B.YML"));
    writeFileSync(join(folder, "huyen", "templates", "nhan.yaml"), "khong: la ke hoach\n");
    writeFileSync(join(folder, ".nhap", "x.yaml"), "khong: la ke hoach\n");
    const r = kehoach(["validate", folder]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${join(folder, "a.yaml")}: hợp lệ`);
    expect(r.stdout).toContain(`${join(folder, "huyen", "B.YML")}: hợp lệ`);
    expect(r.stdout).toContain("2 tệp: 0 lỗi, 0 cảnh báo.");
    expect(r.stderr + r.stdout).not.toContain("EISDIR");

    writeFileSync(join(folder, "huyen", "hong.yaml"), "kehoach: 1\ndocument: [\n");
    const bad = kehoach(["validate", folder, "--lang", "en"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`${join(folder, "huyen", "hong.yaml")}:`);
    expect(bad.stdout).toContain("3 file(s)");
  });

  it("says a folder without plans", () => {
    const empty = join(dir, "trong");
    mkdirSync(empty, { recursive: true });
    const r = kehoach(["validate", empty]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`Không có tệp kế hoạch (.yaml, .yml) nào trong ${empty}.\n`);
  });

  it.skipIf(unprivilegedMissing())("says a folder it cannot read, and validates the others", () => {
    const locked = join(dir, "khoa");
    mkdirSync(join(locked, "kin"), { recursive: true });
    copyFileSync("plans/quang-minh-2024.yaml", join(locked, "a.yaml"));
    chmodSync(dir, 0o755); // mkdtemp's folder is its owner's only
    chmodSync(join(locked, "kin"), 0);
    try {
      const l = kehoachUnprivileged(["validate", locked]);
      expect(l.status).toBe(1);
      expect(l.stderr).toContain(`${join(locked, "kin")}: không có quyền đọc thư mục này`);
      expect(l.stdout).toContain(`${join(locked, "a.yaml")}: hợp lệ`);
      // the folder given itself: a problem of the plans (1), not a usage error (2)
      const alone = kehoachUnprivileged(["validate", join(locked, "kin"), "--lang", "en"]);
      expect(alone.status).toBe(1);
      expect(alone.stderr).toContain(`${join(locked, "kin")}: no permission to read this folder`);
    } finally {
      chmodSync(join(locked, "kin"), 0o755);
    }
  });
});
