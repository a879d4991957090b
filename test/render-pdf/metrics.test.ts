import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FONT_VARIANTS, tinosFonts } from "../../src/render/pdf/fonts.js";
import { tinosMeasure } from "../../src/render/pdf/measure.js";
import { fontMetrics } from "../../src/render/pdf/metrics.js";

const VIETNAMESE =
  "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ";

describe("fontMetrics", () => {
  it.each(FONT_VARIANTS)("finds a glyph for every Vietnamese letter in Tinos %s", (variant) => {
    const m = fontMetrics(tinosFonts()[variant]);
    const letters = VIETNAMESE + VIETNAMESE.toLocaleUpperCase("vi");
    const missing = [...letters].filter((c) => !m.has(c.codePointAt(0) ?? 0));
    expect(missing).toEqual([]);
    expect(m.has(0x4e00)).toBe(false);
  });

  it("measures a string as the sum of its letters, in proportion to the size", () => {
    const m = fontMetrics(tinosFonts().bold);
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        expect(m.width(a + b, 13)).toBeCloseTo(m.width(a, 13) + m.width(b, 13), 6);
        expect(m.width(a, 26)).toBeCloseTo(2 * m.width(a, 13), 6);
      }),
    );
    expect(m.width("", 14)).toBe(0);
  });

  it("has Times New Roman's proportions", () => {
    const m = fontMetrics(tinosFonts().normal);
    // Times New Roman: "M" is 0.889 em, "i" 0.278 em, a space 0.25 em.
    expect(m.width("M", 1000)).toBeCloseTo(889, -1);
    expect(m.width("i", 1000)).toBeCloseTo(278, -1);
    expect(m.width(" ", 1000)).toBeCloseTo(250, -1);
    expect(m.ascender).toBeCloseTo(1825 / 2048, 9);
  });
});

describe("tinosMeasure", () => {
  const measure = tinosMeasure();

  it("measures each face with its own font, and the ascent from the regular face", () => {
    const fonts = tinosFonts();
    const text = "Ủy ban nhân dân phường Quảng Minh";
    expect(measure.width(text, 14)).toBe(fontMetrics(fonts.normal).width(text, 14));
    expect(measure.width(text, 14, { bold: true })).toBe(fontMetrics(fonts.bold).width(text, 14));
    expect(measure.width(text, 14, { italics: true })).toBe(
      fontMetrics(fonts.italics).width(text, 14),
    );
    expect(measure.width(text, 14, { bold: true, italics: true })).toBe(
      fontMetrics(fonts.bolditalics).width(text, 14),
    );
    expect(measure.width(text, 14, { bold: true })).toBeGreaterThan(measure.width(text, 14));
    const normal = fontMetrics(fonts.normal);
    expect(measure.ascent(14)).toBeCloseTo(14 * normal.ascender, 9);
  });
});
