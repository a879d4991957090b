// fontkit-cache.ts's `post` table: the header decoded at once, the glyph names when first read;
// every field as fontkit decodes it, in all four faces.

import { describe, expect, it } from "vitest";
import { lazyPost } from "../../src/render/pdf/fontkit-cache.js";
import { FONT_VARIANTS, tinosFonts } from "../../src/render/pdf/fonts.js";
import { pdfInternals } from "../../src/render/pdf/internals.js";

interface Font {
  post: Record<string, unknown>;
  italicAngle: number;
  _tables: Record<string, unknown>;
}

describe("the post table, its names left for later", () => {
  it("has every field fontkit decodes, equal, in every face", () => {
    const fontkit = pdfInternals().fontkit as { create(b: Buffer): Font };
    expect(fontkit).toBeDefined();
    const fonts = tinosFonts();
    for (const v of FONT_VARIANTS) {
      const bytes = Buffer.from(fonts[v]);
      const whole = fontkit.create(bytes);
      const lazy = fontkit.create(bytes);
      lazyPost(lazy);
      expect(Object.hasOwn(lazy._tables, "post"), v).toBe(true);
      const want = whole.post;
      const got = lazy.post;
      expect(Object.keys(want), v).toContain("names");
      for (const k of Object.keys(want)) expect(got[k], `${v} ${k}`).toEqual(want[k]);
      expect(lazy.italicAngle, v).toBe(whole.italicAngle);
    }
  });
});
