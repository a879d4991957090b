import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FONT_VARIANTS, tinosFonts, ttfPath } from "../../src/render/pdf/fonts.js";
import { expectGolden } from "./golden.js";
import { woffPath, woffToSfnt } from "./woff.js";

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

describe("tinosFonts", () => {
  it("loads the four faces once per process", () => {
    expect(tinosFonts()).toBe(tinosFonts());
    for (const v of FONT_VARIANTS) expect(tinosFonts()[v].length).toBeGreaterThan(300_000);
  });

  it("gives the same TrueType bytes on every machine (sha256 pinned)", () => {
    const lines = FONT_VARIANTS.map((v) => `${sha256(tinosFonts()[v])}  tinos-${v}.ttf`);
    expectGolden("fonts.sha256", `${lines.join("\n")}\n`);
  });

  it("are the WOFF fonts of @fontsource/tinos unpacked, as vendored in data/fonts/tinos", () => {
    for (const v of FONT_VARIANTS) {
      const vendored = readFileSync(ttfPath(v));
      expect(sha256(vendored)).toBe(sha256(woffToSfnt(readFileSync(woffPath(v)))));
      expect(sha256(tinosFonts()[v])).toBe(sha256(vendored));
    }
  });
});
