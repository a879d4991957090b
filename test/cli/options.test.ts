// Issue 15, point 4: the command line's options. An unknown option is said in the official's language
// with the closest one; an option the command does not take is an error naming the ones it does;
// `help COMMAND` is `COMMAND --help`; no English from Node reaches the official.
import { describe, expect, it } from "vitest";
import { helpText } from "../../src/cli/help.js";
import { COMMANDS, main } from "../../src/cli/main.js";
import type { CliIO } from "../../src/edge/io.js";
import { kehoach } from "./run.js";

async function run(args: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: {},
    cwd: process.cwd(),
  };
  const status = await main(args, io);
  return { status, out: out.join("\n"), err: err.join("\n") };
}

describe("options", () => {
  it.each([
    [
      ["render", "a.yaml", "--fromat", "pdf"],
      'Không có tùy chọn "--fromat". Có phải là "--format"? Xem "kehoach help render".',
    ],
    [
      ["render", "a.yaml", "--fromat", "pdf", "--lang", "en"],
      'No option "--fromat". Did you mean "--format"? See "kehoach help render".',
    ],
    [
      ["validate", "--jsno", "a.yaml"],
      'Không có tùy chọn "--jsno". Có phải là "--json"? Xem "kehoach help validate".',
    ],
    // --fromat is near an option of render only: said all the same
    [
      ["validate", "a.yaml", "--fromat", "pdf", "--lang", "en"],
      'No option "--fromat". Did you mean "--format"? See "kehoach help validate".',
    ],
    [
      ["validate", "--zzzzzz", "a.yaml", "--lang", "en"],
      'No option "--zzzzzz". The options that apply here: --lang, --json, --help, --version, --strict. See "kehoach help validate".',
    ],
    [
      ["validate", "a.yaml", "--format", "pdf"],
      'Lệnh validate không dùng tùy chọn "--format" (tùy chọn này dành cho lệnh: render). Các tùy chọn của lệnh validate: --lang, --json, --help, --version, --strict. Xem "kehoach help validate".',
    ],
    [
      ["diff", "a.yaml", "--year", "2025", "--lang", "en"],
      'The diff command does not take "--year" (it is an option of: new). The options of diff: --lang, --json, --help, --version, --from, --to. See "kehoach help diff".',
    ],
    [
      ["--out", "build"],
      'Tùy chọn "--out" chỉ dùng sau một lệnh: render, new. Xem "kehoach --help".',
    ],
    [
      ["render", "a.yaml", "--format"],
      'Tùy chọn "--format" cần một giá trị ngay sau nó, ví dụ: --format GIÁ_TRỊ. Xem "kehoach help render".',
    ],
    [
      ["render", "a.yaml", "--out", "--draft", "--lang", "en"],
      'The option "--out" needs a value right after it, for example: --out VALUE. See "kehoach help render".',
    ],
    [
      ["render", "a.yaml", "--draft=yes"],
      'Tùy chọn "--draft" không nhận giá trị ("yes"): chỉ ghi --draft. Xem "kehoach help render".',
    ],
    [
      ["help", "frobnicate"],
      'Không có lệnh "frobnicate". Các lệnh: validate, render, serve, new, diff, init, fix-encoding, import, schema, help. Xem "kehoach --help".',
    ],
  ])("%j: exit 2 and %s", async (args, message) => {
    const r = await run(args);
    expect(r.status).toBe(2);
    expect(r.err).toBe(message);
  });

  it("keeps the values of the options a command takes", async () => {
    const r = await run(["render", "khong-co.yaml", "--format=json", "--out", "-", "--json"]);
    expect(r.status).toBe(1); // the file is missing: a diagnostic, not a usage error
    expect(JSON.parse(r.out).file).toBe("khong-co.yaml");
  });

  it("help COMMAND is COMMAND --help, in both languages", async () => {
    for (const lang of ["vi", "en"] as const) {
      for (const command of Object.keys(COMMANDS)) {
        const a = await run(["help", command, "--lang", lang]);
        const b = await run([command, "--help", "--lang", lang]);
        expect(a.status).toBe(0);
        expect(a.out).toBe(b.out);
      }
      expect((await run(["help", "--lang", lang])).out).toBe(helpText("main", lang));
    }
    expect((await run(["help", "render"])).out).toContain("--format LIST");
  });

  it("the help of each command names every option it takes", () => {
    for (const [command, options] of Object.entries(COMMANDS)) {
      for (const lang of ["vi", "en"] as const) {
        for (const o of options)
          expect(helpText(command, lang), `${command} ${lang}`).toContain(`--${o}`);
      }
    }
  });

  it("the installed command says it without Node's English", () => {
    const r = kehoach(["validate", "--fromat", "pdf", "plans/quang-minh-2024.yaml"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Có phải là "--format"?');
    expect(r.stderr).not.toMatch(/Unknown option|positional argument|\n\s+at /);
  });
});
