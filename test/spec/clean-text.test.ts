// Clean text (issue 15, point 2): what pasting leaves in a string is removed right after parsing, each
// kind told once per file by a note (file:line:col, Vietnamese and English), and no stage sees it.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { localize } from "../../src/edge/catalog.js";
import { runPipeline } from "../../src/pipeline.js";
import { cleanString } from "../../src/spec/clean-text.js";
import { en, load, plan, vi, where } from "./helpers.js";

const esc = (s: string) => JSON.parse(`"${s}"`) as string;

/** [name, line 9 of the plan (the summary), the summary loaded, the note [code, line, col], vi, en] */
const CASES: [string, string, string, [string, number, number], string, string][] = [
  [
    "no-break space from Word",
    "  summary: Thực hiện\u00a0công tác năm 2024",
    "Thực hiện công tác năm 2024",
    ["spec.clean-space", 9, 21],
    "Khoảng trắng đặc biệt U+00A0 (khoảng trắng không ngắt, thường do dán từ Word) đã được thay bằng dấu cách thường; 1 chỗ trong tệp.",
    "The special space U+00A0 (a no-break space, often pasted from Word) was replaced by a plain space; 1 place(s) in the file.",
  ],
  [
    "narrow no-break space",
    "  summary: Thực hiện công tác\u202fnăm 2024",
    "Thực hiện công tác năm 2024",
    ["spec.clean-space", 9, 30],
    "Khoảng trắng đặc biệt U+202F (khoảng trắng không ngắt, thường do dán từ Word) đã được thay bằng dấu cách thường; 1 chỗ trong tệp.",
    "The special space U+202F (a no-break space, often pasted from Word) was replaced by a plain space; 1 place(s) in the file.",
  ],
  [
    "ideographic and em spaces",
    "  summary: Thực\u3000hiện\u2003công tác",
    "Thực hiện công tác",
    ["spec.clean-space", 9, 16],
    "Khoảng trắng đặc biệt U+3000 (khoảng trắng không ngắt, thường do dán từ Word) đã được thay bằng dấu cách thường; 1 chỗ trong tệp.",
    "The special space U+3000 (a no-break space, often pasted from Word) was replaced by a plain space; 1 place(s) in the file.",
  ],
  [
    "zero-width space from Zalo",
    "  summary: Thực hiện\u200b công tác",
    "Thực hiện công tác",
    ["spec.clean-invisible", 9, 21],
    "Ký tự vô hình U+200B (khoảng trắng độ rộng 0, dấu nối ẩn hoặc dấu chiều viết) đã được bỏ đi; 1 chỗ trong tệp.",
    "The invisible character U+200B (zero-width space, hidden joiner or direction mark) was removed; 1 place(s) in the file.",
  ],
  [
    "word joiner and a byte order mark inside text",
    "  summary: Thực\u2060 hiện\ufeff công tác",
    "Thực hiện công tác",
    ["spec.clean-invisible", 9, 16],
    "Ký tự vô hình U+2060 (khoảng trắng độ rộng 0, dấu nối ẩn hoặc dấu chiều viết) đã được bỏ đi; 1 chỗ trong tệp.",
    "The invisible character U+2060 (zero-width space, hidden joiner or direction mark) was removed; 1 place(s) in the file.",
  ],
  [
    "soft hyphen, printed as a '-' by PDF viewers",
    "  summary: Phòng Kinh\u00adtế thực hiện",
    "Phòng Kinhtế thực hiện",
    ["spec.clean-soft-hyphen", 9, 22],
    "Dấu gạch nối ẩn (U+00AD, do Word ngắt từ) đã được bỏ đi để không in ra thành dấu “-”; 1 chỗ trong tệp.",
    "A soft hyphen (U+00AD, Word's hyphenation point) was removed, so that it does not print as a “-”; 1 place(s) in the file.",
  ],
  [
    "spaces around quoted text",
    '  summary: "  Thực hiện công tác  "',
    "Thực hiện công tác",
    ["spec.clean-trim", 9, 13],
    "Dấu cách ở đầu hoặc cuối đoạn chữ đã được bỏ đi; 1 chỗ trong tệp.",
    "Spaces at the start or end of a text were removed; 1 place(s) in the file.",
  ],
  [
    "a control character (an escape sequence) in text",
    '  summary: "Thực hiện\\e[2J công tác"',
    "Thực hiện[2J công tác",
    ["spec.clean-control", 9, 12],
    "Ký tự điều khiển U+001B (không nhìn thấy, không phải chữ) đã được bỏ đi; 1 chỗ trong tệp.",
    "The control character U+001B (invisible, not text) was removed; 1 place(s) in the file.",
  ],
  [
    "a raw BEL in plain text",
    "  summary: Thực hiện\u0007 công tác",
    "Thực hiện công tác",
    ["spec.clean-control", 9, 21],
    "Ký tự điều khiển U+0007 (không nhìn thấy, không phải chữ) đã được bỏ đi; 1 chỗ trong tệp.",
    "The control character U+0007 (invisible, not text) was removed; 1 place(s) in the file.",
  ],
  [
    "letters and marks apart (NFD), written as escapes",
    '  summary: "Thu\\u031B\\u0323c hie\\u0302\\u0323n"',
    "Thực hiện",
    ["spec.clean-nfc", 9, 12],
    "Chữ có dấu được lưu ở dạng tổ hợp (chữ cái và dấu tách rời, thường do máy Mac hoặc trang web) và đã được đưa về dạng dựng sẵn (Unicode NFC).",
    "Letters with diacritics are stored decomposed (letter and marks apart, as a Mac or a web page may save them) and were composed (Unicode NFC).",
  ],
];

describe("each kind of cleaning, with its note", () => {
  it.each(CASES)("%s", (_name, line, value, note, textVi, textEn) => {
    const r = load(plan({ 9: line }));
    expect(r.spec?.document.summary).toBe(value);
    expect(where(r.diagnostics)).toEqual([note]);
    const d = r.diagnostics[0] as Diagnostic;
    expect(d.severity).toBe("info");
    expect(d.path).toEqual(["document", "summary"]);
    expect(vi(d)).toBe(textVi);
    expect(en(d)).toBe(textEn);
    expect(localize(d, "vi").hint).toBeTruthy();
    expect(localize(d, "en").hint).toBeTruthy();
  });

  it("the applied fix (the clean text written in the file) makes the note go away", () => {
    for (const [, , value] of CASES) {
      expect(load(plan({ 9: `  summary: ${value}` })).diagnostics).toEqual([]);
    }
  });
});

describe("once per file", () => {
  it("tells each kind at its first place, with the number of places", () => {
    const r = load(
      plan(
        {
          3: "  issuing_body: Ủy ban nhân dân\u00a0phường Quảng Minh",
          5: "  locality: Quảng\u00a0Minh",
          7: "  place: Quảng\u200bMinh",
        },
        "# chú thích\u00a0không tính\n",
      ),
    );
    expect(where(r.diagnostics)).toEqual([
      ["spec.clean-space", 3, 32],
      ["spec.clean-invisible", 7, 15],
    ]);
    expect(r.diagnostics.map((d) => d.params.count)).toEqual([2, 1]);
    expect(r.spec?.document.place).toBe("QuảngMinh");
  });

  it("several kinds in one string: each its own note", () => {
    const r = load(plan({ 9: "  summary: Thực\u00a0hiện\u00ad công tác\u00a0" }));
    expect(r.spec?.document.summary).toBe("Thực hiện công tác");
    // sorted by position: the first space, the soft hyphen, the space trimmed at the end
    expect(where(r.diagnostics)).toEqual([
      ["spec.clean-space", 9, 16],
      ["spec.clean-soft-hyphen", 9, 21],
      ["spec.clean-trim", 9, 31],
    ]);
  });

  it("keys are cleaned too: a misspelt-looking key with a zero-width space is the key", () => {
    const r = load(plan({ 9: "  sum\u200bmary: Thực hiện công tác" }));
    expect(r.spec?.document.summary).toBe("Thực hiện công tác");
    expect(where(r.diagnostics)).toEqual([["spec.clean-invisible", 9, 6]]);
  });

  it("an alias does not count its anchor's text twice", () => {
    const r = load(plan({ 9: "  summary: &s Thực\u00a0hiện", 13: "closing: *s" }));
    expect(r.spec?.closing).toBe("Thực hiện");
    expect(r.diagnostics.map((d) => [d.code, d.params.count])).toEqual([["spec.clean-space", 1]]);
  });

  it("a blank text is not a note but the schema's error", () => {
    expect(load(plan({ 9: '  summary: "   "' })).diagnostics.map((d) => d.code)).toEqual([
      "spec.empty-text",
    ]);
  });
});

describe("cleanString", () => {
  it("keeps tabs and line breaks inside text, and every Vietnamese letter", () => {
    const s = "Dòng một\n\tdòng hai: Ủy ban nhân dân; “trích”, 1.234 hộ – 5%";
    expect(cleanString(s)).toEqual({ value: s, changes: [] });
  });

  it("a key keeps its control characters (it is refused by name, shown escaped)", () => {
    const key = esc("\\u001b]0;PWNED\\u0007\\u001b[2J");
    expect(cleanString(key, true).value).toBe(key);
    expect(cleanString(key).value).toBe("]0;PWNED[2J");
  });

  it("removes C1 controls, DEL and direction overrides", () => {
    expect(cleanString("a\u0085b\u007fc\u202ed\u2066e").value).toBe("abcde");
  });
});

describe("control characters never reach the documents' metadata", () => {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-clean-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("title, author and subject come out without them", () => {
    const text = plan({
      3: '  issuing_body: "Ủy ban nhân dân\\e]0;PWNED\\a phường Quảng Minh"',
      9: '  summary: "Thực hiện\\0 công tác\\x1b[2J giảm nghèo"',
    });
    const file = join(dir, "p.yaml");
    writeFileSync(file, text);
    const r = runPipeline(file);
    const meta = r.model?.meta;
    expect(meta).toBeDefined();
    const fields = [meta?.title, meta?.author, meta?.subject, ...(meta?.keywords ?? [])].join("|");
    for (let c = 0; c < 0x20; c++) expect(fields).not.toContain(String.fromCharCode(c));
    expect(meta?.author).toContain("Ủy ban nhân dân]0;PWNED phường Quảng Minh");
    expect(r.diagnostics.filter((d) => d.code === "spec.clean-control")).toHaveLength(1);
  });
});

describe("where a trimmed text is pointed at", () => {
  it.each([
    ["leading, inside the quotes", '  summary: "  Thực hiện"', 13],
    ["trailing, inside the quotes", '  summary: "Thực hiện  "', 22],
    ["a no-break space at the end of plain text", "  summary: Thực hiện\u00a0", 21],
  ])("%s", (_name, line, col) => {
    const r = load(plan({ 9: line }));
    expect(where(r.diagnostics.filter((d) => d.code === "spec.clean-trim"))).toEqual([
      ["spec.clean-trim", 9, col],
    ]);
  });
});
