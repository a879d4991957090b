// Every mistake of test/spec/mistakes.ts gets its one message, in Vietnamese and English, at its
// place; the fix the message suggests, applied, makes the plan valid. The README's "Lỗi thường gặp"
// is this table's rows marked `readme` (UPDATE=1 rewrites the section).

import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { CATALOG, localize } from "../../src/edge/catalog.js";
import { suggest } from "../../src/spec/did-you-mean.js";
import { VIETNAMESE_KEY_NAMES } from "../../src/spec/key-names.js";
import { load, plan } from "./helpers.js";
import { MISTAKES, type Mistake } from "./mistakes.js";

/** The plan with the row's fix applied: the diagnostic's corrected line, or the row's own edit. */
function fixed(m: Mistake, d: Diagnostic): string {
  if (m.fix) {
    expect(m.text).toContain(m.fix.from);
    return m.text.replace(m.fix.from, m.fix.to);
  }
  const line = d.params.fixedLine;
  expect(typeof line, `${m.en}: the diagnostic carries no corrected line`).toBe("string");
  const lines = m.text.split("\n");
  lines[(d.pos?.line ?? 0) - 1] = String(line);
  return lines.join("\n");
}

describe("each mistake an official makes", () => {
  it.each(MISTAKES.map((m) => [m.en, m] as const))("%s", (_name, m) => {
    const ds = load(m.text).diagnostics;
    expect(ds.map((d) => [d.code, d.pos?.line, d.pos?.col])).toEqual([[m.code, m.line, m.col]]);
    const d = ds[0] as Diagnostic;
    expect(d.pos?.file).toBe("plan.yaml");
    const vi = localize(d, "vi");
    const en = localize(d, "en");
    expect([vi.message, en.message]).toEqual(m.message);
    expect([vi.hint, en.hint]).toEqual(m.hint);
    // the fix the hint shows is the line itself (an indentation fix says the number of spaces)
    if (!m.fix && CATALOG[d.code]?.hintVi?.includes("{fixed}")) {
      expect(m.hint[0]).toContain(String(d.params.fixed));
      expect(m.hint[1]).toContain(String(d.params.fixed));
    }
    const after = load(fixed(m, d));
    expect(after.diagnostics, m.en).toEqual([]);
    expect(after.spec).toBeDefined();
  });

  it("never lets the yaml library's English through", () => {
    for (const m of MISTAKES) {
      for (const text of [...m.message, ...m.hint]) {
        expect(text).not.toMatch(/Implicit|indicator|Nested|mapping|compact|Unexpected/);
      }
    }
  });
});

describe("did you mean", () => {
  // one or two letters off, swapped, doubled, dropped; spaces and dashes for "_"; any case
  it.each([
    ["sumary", "summary"],
    ["summery", "summary"],
    ["localty", "locality"],
    ["lcality", "locality"],
    ["recipents", "recipients"],
    ["reciepients", "recipients"],
    ["signatrue", "signature"],
    ["isuing_body", "issuing_body"],
    ["issuing body", "issuing_body"],
    ["legal-bases", "legal_bases"],
    ["legal_base", "legal_bases"],
    ["leadin", "lead_in"],
    ["peroid", "period"],
    ["SYMBOL", "symbol"],
    ["archieve", "archive"],
    ["apendices", "appendices"],
  ])("%s → %s", (typo, key) => {
    const keys = [
      ...["parent_body", "issuing_body", "issuing_body_short", "unit_kind", "locality"],
      ...["number", "symbol", "place", "date", "summary", "period", "draft", "legal_bases"],
      ...["implements", "lead_in", "recipients", "archive", "signature", "appendices"],
    ];
    expect(suggest(typo, keys)).toBe(key);
  });

  it("stays quiet for a word that is no misspelling", () => {
    expect(suggest("ghi_chu", ["summary", "symbol", "signature"])).toBeUndefined();
    expect(suggest("abc", ["archive", "about"])).toBeUndefined();
  });
});

describe("the Vietnamese names of keys", () => {
  const schema = readFileSync("schemas/plan.schema.json", "utf8");
  it("name keys the schema has", () => {
    for (const key of Object.keys(VIETNAMESE_KEY_NAMES)) {
      expect(schema, key).toContain(`"${key}": {`);
    }
  });

  it.each([
    ["trích yếu", "summary", 9, "  trích yếu: Thực hiện"],
    ["trich_yeu", "summary", 9, "  trich_yeu: Thực hiện"],
    ["Trích Yếu", "summary", 9, "  Trích Yếu: Thực hiện"],
    ["nơi_nhận", "recipients", 14, "nơi_nhận: [Như trên]"],
    ["noi nhan", "recipients", 14, "noi nhan: [Như trên]"],
    ["lưu", "archive", 15, "lưu: VT"],
    ["chữ ký", "signature", 16, "chữ ký: { title: Chủ tịch, signer: Nguyễn Văn An }"],
    ["chức vụ", "title", 16, "signature: { chức vụ: Chủ tịch, signer: Nguyễn Văn An }"],
    ["ngày ban hành", "date", 8, "  ngày ban hành: 2024-02-22"],
    ["ký hiệu", "symbol", 6, "  ký hiệu: KH-UBND"],
  ])("%s is %s", (_name, key, line, text) => {
    const d = load(plan({ [line]: text })).diagnostics.find(
      (x) => x.code === "spec.vietnamese-key",
    );
    expect(d?.params.suggestion).toBe(key);
  });
});

// ------------------------------------------------------------------ the README's section

const START = "## Lỗi thường gặp / Common mistakes";

/** Characters one cannot see in a code block, made visible. */
function visible(s: string): string {
  return s.replace(/\u00a0/g, "⍽").replace(/\t/g, "⇥");
}

/** The lines shown around the mistake: its line and those above it under the same top-level key. */
function excerpt(text: string, line: number): string {
  const lines = text.split("\n");
  let from = line - 1;
  while (from > 0 && line - 1 - from < 3 && /^\s/.test(lines[from] ?? "")) from--;
  return lines
    .slice(from, line)
    .map((l) => visible(l))
    .join("\n");
}

function readmeSection(): string {
  const rows = MISTAKES.filter((m) => m.readme !== undefined).sort(
    (a, b) => (a.readme ?? 0) - (b.readme ?? 0),
  );
  const out = [
    START,
    "",
    "Mười lỗi hay gặp nhất khi soạn kế hoạch bằng tay, với thông báo kehoach đưa ra và cách sửa. Trong các khung, ⍽ là một dấu cách không ngắt (dán từ Word) và ⇥ là một ký tự Tab: nhìn thì giống dấu cách nhưng YAML không coi là dấu cách.",
    "",
    "*The ten mistakes officials make most often, with kehoach's message and the fix (`--lang en` prints the messages in English). In the boxes, ⍽ stands for a non-breaking space and ⇥ for a tab.*",
    "",
  ];
  for (const m of rows) {
    const d = load(m.text).diagnostics[0] as Diagnostic;
    const vi = localize(d, "vi");
    out.push(`### ${m.readme}. ${m.vi}`, "", `*${m.en}*`, "", "Viết sai:", "", "```text");
    out.push(excerpt(m.text, m.line), "```", "");
    out.push(`kehoach báo: \`plan.yaml:${m.line}:${m.col}\` ${vi.message}`, "");
    out.push(`Cách sửa: ${vi.hint}`, "", "Viết đúng:", "", "```text");
    out.push(excerpt(fixed(m, d), m.line), "```", "");
  }
  return out.join("\n").trimEnd();
}

it("the README's “Lỗi thường gặp” is the table's ten most common mistakes", () => {
  const rows = MISTAKES.filter((m) => m.readme !== undefined);
  expect(rows.map((m) => m.readme).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
  ]);
  const readme = readFileSync("README.md", "utf8");
  const want = readmeSection();
  const start = readme.indexOf(START);
  const end = start < 0 ? -1 : readme.indexOf("\n## ", start + START.length);
  const have = start < 0 ? "" : readme.slice(start, end < 0 ? readme.length : end + 1).trimEnd();
  if (process.env.UPDATE && have !== want) {
    const next =
      start >= 0
        ? `${readme.slice(0, start)}${want}\n${readme.slice(end < 0 ? readme.length : end)}`
        : readme.replace("\n## How it is built", `\n${want}\n\n## How it is built`);
    writeFileSync("README.md", next);
    return;
  }
  expect(have).toBe(want);
});
