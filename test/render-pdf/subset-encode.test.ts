// subset-encode.ts writes a font subset byte for byte as fontkit's TrueType subset writes it.

import { describe, expect, it } from "vitest";
import { FONT_VARIANTS, tinosFonts } from "../../src/render/pdf/fonts.js";
import { pdfInternals } from "../../src/render/pdf/internals.js";
import { fastSubsetEncode } from "../../src/render/pdf/subset-encode.js";
import { fastSubsetGlyphs } from "../../src/render/pdf/subset-glyphs.js";

interface Subset {
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}
interface Font {
  createSubset(): Subset;
  glyphForCodePoint(c: number): { id: number };
}

const TEXTS = [
  "a",
  "Kế hoạch thực hiện công tác giảm nghèo và an sinh xã hội năm 2024",
  "ỦY BAN NHÂN DÂN PHƯỜNG QUẢNG MINH – Độc lập - Tự do - Hạnh phúc “ổn định” 0,57% …",
  "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ",
];

describe("a font subset written without fontkit's table encoders", () => {
  it("has fontkit's bytes, for every face and several sets of glyphs", () => {
    const fontkit = pdfInternals().fontkit as { create(b: Buffer): Font };
    const fonts = tinosFonts();
    expect(fastSubsetGlyphs(fontkit, fonts.normal)).toBe(true);
    expect(fastSubsetEncode(fontkit, fonts.normal)).toBe(true);
    let compared = 0;
    for (const v of FONT_VARIANTS) {
      const font = fontkit.create(Buffer.from(fonts[v]));
      const proto = Object.getPrototypeOf(font.createSubset()) as Record<symbol, unknown>;
      const fontkitEncode = proto[Symbol.for("kehoach.original.encode")] as (
        this: Subset,
      ) => Uint8Array;
      expect(typeof fontkitEncode).toBe("function");
      for (const text of TEXTS) {
        const make = () => {
          const subset = font.createSubset();
          for (const ch of text)
            subset.includeGlyph(font.glyphForCodePoint(ch.codePointAt(0) ?? 0).id);
          return subset;
        };
        const ours = Buffer.from(make().encode());
        const theirs = Buffer.from(fontkitEncode.call(make()));
        expect(ours.equals(theirs), `${v}: ${text.slice(0, 20)}`).toBe(true);
        compared++;
      }
    }
    expect(compared).toBe(FONT_VARIANTS.length * TEXTS.length);
  });
});
