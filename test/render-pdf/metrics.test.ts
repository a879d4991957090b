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
    expect(m.lineHeight).toBeGreaterThan(1.05);
    expect(m.lineHeight).toBeLessThan(1.2);
  });
});

describe("tinosMeasure.lines", () => {
  const measure = tinosMeasure();

  it("counts wrapped lines, explicit breaks, and words cut at the edge", () => {
    expect(measure.lines("Tổ dân phố", 12, 500)).toBe(1);
    expect(measure.lines("Tổ dân phố\nKhả Lý", 12, 500)).toBe(2);
    const word = "9".repeat(300);
    const w = measure.width(word, 12);
    expect(measure.lines(word, 12, 100)).toBe(Math.ceil(w / 100));
    const words = "một hai ba bốn năm sáu bảy tám chín mười";
    const full = measure.width(words, 12);
    expect(measure.lines(words, 12, full + 0.01)).toBe(1);
    expect(measure.lines(words, 12, full - 1)).toBe(2);
  });
});
