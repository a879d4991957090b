import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STATS_MESSAGES } from "../../src/stats/messages.js";

const SRC = join(import.meta.dirname, "../../src/stats");

/** Every "stats.xxx" code written in the stage's source. */
function codesInSource(): Set<string> {
  const out = new Set<string>();
  for (const f of readdirSync(SRC)) {
    if (!f.endsWith(".ts") || f === "messages.ts") continue;
    for (const m of readFileSync(join(SRC, f), "utf8").matchAll(/"(stats\.[a-z-]+)"/g)) {
      out.add(m[1] as string);
    }
  }
  return out;
}

describe("stats messages", () => {
  it("cover every code the stage emits, and no other", () => {
    expect([...codesInSource()].sort()).toEqual(Object.keys(STATS_MESSAGES).sort());
  });

  it("have Vietnamese and English text and hints", () => {
    for (const [code, m] of Object.entries(STATS_MESSAGES)) {
      expect(code.startsWith("stats."), code).toBe(true);
      for (const text of [m.vi, m.en, m.hintVi, m.hintEn]) {
        expect(text, code).toBeTruthy();
        expect(text?.normalize("NFC"), code).toBe(text);
      }
      // English text uses the English spelling of language-dependent params.
      expect(m.en, code).not.toMatch(/\{(right|what|kind)\}/);
      expect(m.vi, code).not.toMatch(/\{\w+En\}/);
    }
  });
});
