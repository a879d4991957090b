// `kehoach fix-encoding FILE` (issue 15, point 2) and the terminal safe from a plan's control
// characters (point 7), through the built command line.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { codeFrame, formatDiagnostic } from "../../src/cli/report.js";
import { visibleLine } from "../../src/edge/visible.js";
import { BASE, plan } from "../spec/helpers.js";
import { kehoach } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-fix-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The control characters of a text but line feed. */
function controls(text: string): number[] {
  return [...text]
    .map((c) => c.charCodeAt(0))
    .filter((c) => (c < 0x20 && c !== 0x0a) || c === 0x7f);
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const TCVN3 = plan({ 9: "  summary: ChuyÓn ®æi sè n¨m 2026" });
const UNICODE = plan({ 9: "  summary: Chuyển đổi số năm 2026" });

describe("kehoach fix-encoding", () => {
  it("is in the help, with a page of its own", () => {
    expect(kehoach(["--help"]).stdout).toContain("kehoach fix-encoding TỆP");
    expect(kehoach(["--help", "--lang", "en"]).stdout).toContain("kehoach fix-encoding FILE");
    const own = kehoach(["fix-encoding", "--help"]);
    expect(own.status).toBe(0);
    expect(own.stdout).toMatch(/^kehoach fix-encoding TỆP\n\nChuyển tệp kế hoạch sang Unicode/);
  });

  it("converts TCVN3 pasted into a UTF-8 plan, keeps the original, lists the line; validate then passes", () => {
    const path = file("tcvn3.yaml", TCVN3);
    expect(kehoach(["validate", path]).status).toBe(1);
    const r = kehoach(["fix-encoding", path], {}, dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      `Đã chuyển ${path} từ TCVN3 sang Unicode (UTF-8). Bản gốc được giữ trong ${path}.bak.\n` +
        "  dòng 9: summary: Chuyển đổi số năm 2026\n" +
        `Đọc lại các dòng trên (chữ in hoa của bảng mã cũ có thể thành chữ thường), rồi chạy: kehoach validate ${path}\n`,
    );
    expect(readFileSync(path, "utf8")).toBe(UNICODE);
    expect(readFileSync(`${path}.bak`, "utf8")).toBe(TCVN3);
    expect(kehoach(["validate", path]).status).toBe(0);
    // a second run has nothing to do and writes nothing
    const again = kehoach(["fix-encoding", path, "--lang", "en"]);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(`${path} is Unicode (UTF-8) already: nothing to convert.\n`);
    expect(existsSync(`${path}.bak.1`)).toBe(false);
  });

  it("never overwrites a backup", () => {
    const path = file("kept.yaml", TCVN3);
    writeFileSync(`${path}.bak`, "an older backup");
    const r = kehoach(["fix-encoding", path, "--json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      changed: true,
      from: "TCVN3",
      backup: `${path}.bak.1`,
      lines: [{ line: 9, after: "  summary: Chuyển đổi số năm 2026" }],
    });
    expect(readFileSync(`${path}.bak`, "utf8")).toBe("an older backup");
    expect(readFileSync(`${path}.bak.1`, "utf8")).toBe(TCVN3);
  });

  it("converts a whole file saved in VNI", () => {
    const saved =
      "kehoach: 1\n# Keá hoaïch chuyeån ñoåi soá\nsummary: Chuyeån ñoåi soá naêm 2026\n";
    const path = file("vni.yaml", Buffer.from(saved, "latin1"));
    const r = kehoach(["fix-encoding", path, "--lang", "en"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Converted ${path} from VNI to Unicode (UTF-8).`);
    expect(readFileSync(path, "utf8")).toBe(
      "kehoach: 1\n# Kế hoạch chuyển đổi số\nsummary: Chuyển đổi số năm 2026\n",
    );
    expect(readFileSync(`${path}.bak`)).toEqual(Buffer.from(saved, "latin1"));
  });

  it.each([
    ["UTF-16LE", Buffer.from(BASE, "utf16le")],
    ["UTF-16BE", Buffer.from(BASE, "utf16le").swap16()],
    ["UTF-16", Buffer.from(`\uFEFF${BASE}`, "utf16le")],
  ])("converts %s", (kind, bytes) => {
    const path = file(`${kind}.yaml`, bytes);
    const r = kehoach(["fix-encoding", path]);
    expect(r.stdout).toContain(`từ ${kind} sang Unicode (UTF-8)`);
    expect(readFileSync(path, "utf8")).toBe(BASE);
    expect(readFileSync(`${path}.bak`)).toEqual(bytes);
    expect(kehoach(["validate", path]).status).toBe(0);
  });

  it("converts a file saved in Windows-1258", () => {
    // "Quảng Minh" in Windows-1258: a, then the hook above (0xD2)
    const path = file(
      "cp1258.yaml",
      Buffer.from([...Buffer.from("place: Qua"), 0xd2, ...Buffer.from("ng Minh\n")]),
    );
    const r = kehoach(["fix-encoding", path]);
    expect(r.status).toBe(0);
    expect(readFileSync(path, "utf8")).toBe("place: Quảng Minh\n");
  });

  it("leaves alone a file it cannot read, and says so", () => {
    const bytes = Buffer.from([0x81, 0x8d, 0x8f, 0x90, 0x0a]);
    const path = file("unknown.yaml", bytes);
    const r = kehoach(["fix-encoding", path]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("Không nhận ra bảng mã");
    expect(readFileSync(path)).toEqual(bytes);
    expect(existsSync(`${path}.bak`)).toBe(false);
  });

  it("a missing file is a diagnostic; no file or two files a usage error", () => {
    const r = kehoach(["fix-encoding", join(dir, "khong-co.yaml")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Không tìm thấy tệp");
    expect(kehoach(["fix-encoding"]).status).toBe(2);
    expect(kehoach(["fix-encoding", "a.yaml", "b.yaml"]).status).toBe(2);
  });
});

describe("no control character of a plan reaches the terminal", () => {
  it('a key "\\e]0;PWNED\\a\\e[2J" prints escaped, in the message and the quoted line', () => {
    const path = file("pwned.yaml", `${BASE}"\\e]0;PWNED\\a\\e[2J": x\nx\u001b[2Jy: 1\n`);
    const r = kehoach(["validate", path]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Khóa "\\u001b]0;PWNED\\u0007\\u001b[2J" không hợp lệ ở đây.');
    expect(r.stderr).toContain('Khóa "x\\u001b[2Jy" không hợp lệ ở đây.');
    // the raw line: its ESC written out, the caret still under the key
    expect(r.stderr).toContain("  18 | x\\u001b[2Jy: 1\n       ^");
    expect(controls(r.stdout + r.stderr)).toEqual([]);
  });

  it("nor through a file name", () => {
    const r = kehoach(["validate", "plans/\u001b]0;PWNED\u0007.yaml"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("plans/\\u001b]0;PWNED\\u0007.yaml");
    expect(r.stderr).not.toContain("\u001b");
  });
});

describe("visible text (src/edge/visible.ts)", () => {
  it("the caret stays under its character after control characters written out", () => {
    // column 6 is the ESC, after "a\u0007b: " (10 characters once visible) and the gutter "1 | "
    expect(codeFrame("a\u0007b: \u001bc", 1, 6)).toBe(
      `  1 | a\\u0007b: \\u001bc\n${" ".repeat(16)}^`,
    );
  });

  it("a diagnostic's message, hint and file name are visible", () => {
    const d = {
      code: "spec.unknown-key",
      severity: "error" as const,
      params: { key: "\u001b]0;x\u0007", allowed: "a\rb" },
      pos: { file: "p\u009b.yaml", line: 1, col: 1 },
    };
    const plain = { red: String, yellow: String, cyan: String, dim: String, bold: String };
    const out = formatDiagnostic(d, "en", plain, "\u001b]0;x\u0007: 1\n");
    expect(out).toContain('p\\u009b.yaml:1:1: error: Key "\\u001b]0;x\\u0007"');
    expect(out).toContain("a\\u000db");
    expect(controls(out)).toEqual([]);
  });

  it("a line of output keeps kehoach's colours and nothing else", () => {
    expect(visibleLine("\u001b[31mlỗi\u001b[39m: \u001b]0;PWNED\u0007\u001b[2J")).toBe(
      "\u001b[31mlỗi\u001b[39m: \\u001b]0;PWNED\\u0007\\u001b[2J",
    );
  });
});
