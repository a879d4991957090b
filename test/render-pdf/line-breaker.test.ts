// line-breaker.ts finds the breaks of simple text as the linebreak library (UAX #14) finds them.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isSimple } from "../../src/render/pdf/line-breaker.js";
import { ROOT } from "./child.js";

const require = createRequire(import.meta.url);

interface Break {
  position: number;
  required: boolean;
}
type Breaker = new (s: string) => { nextBreak(): Break | null };

/** The breaks the library gives, or the fast path's, of `s`. */
function breaks(LineBreaker: Breaker, s: string, original?: () => Break | null): string {
  const b = new LineBreaker(s);
  const out: string[] = [];
  for (;;) {
    const bk = original ? original.call(b) : b.nextBreak();
    if (!bk) break;
    out.push(`${bk.position}${bk.required ? "!" : ""}`);
  }
  return out.join(" ");
}

/** Every text of the plans' models, and strings made of the simple alphabet. */
function texts(): string[] {
  const out: string[] = [];
  for (const plan of ["quang-minh-2024", "long-khanh-2024", "pho-minh-2024"]) {
    const model = readFileSync(join(ROOT, "test", "golden", "plans", `${plan}.model.json`), "utf8");
    for (const m of model.matchAll(/"text":\s*"((?:[^"\\]|\\.)*)"/g))
      out.push(JSON.parse(`"${m[1]}"`));
  }
  const alphabet = [
    " ",
    " ",
    ",",
    ".",
    ":",
    ";",
    "a",
    "Z",
    "0",
    "9",
    "đ",
    "Ư",
    "ế",
    "ỹ",
    "ǀ",
    "ȳ",
    "À",
    "ÿ",
  ];
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let n = 0; n < 3000; n++) {
    let s = "";
    const len = 1 + Math.floor(random() * 12);
    for (let i = 0; i < len; i++) s += alphabet[Math.floor(random() * alphabet.length)];
    out.push(s);
  }
  // every letter of the blocks taken as letters, between letters, digits, spaces and punctuation
  for (const range of [
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ] as const) {
    for (let c = range[0]; c <= range[1]; c++) {
      const ch = String.fromCharCode(c);
      out.push(`a${ch}b`, `1${ch}2`, `${ch} ${ch}`, `${ch}.${ch}`, `${ch}, ${ch}`, `${ch}:1`);
    }
  }
  return out;
}

describe("simple line breaks", () => {
  it("are the linebreak library's, on every text of the plans and on generated text", async () => {
    const { renderPdf } = await import("../../src/render/pdf/index.js");
    const { sampleModel } = await import("../fixtures/sample-model.js");
    await renderPdf(sampleModel()); // installs the fast path
    const LineBreaker = require("linebreak") as Breaker & { prototype: Record<symbol, unknown> };
    const original = LineBreaker.prototype[Symbol.for("kehoach.original.nextBreak")] as
      | (() => Break | null)
      | undefined;
    expect(typeof original).toBe("function");
    let simple = 0;
    for (const s of texts()) {
      if (isSimple(s)) simple++;
      expect(breaks(LineBreaker, s), JSON.stringify(s)).toBe(breaks(LineBreaker, s, original));
    }
    expect(simple).toBeGreaterThan(1000);
  });
});
