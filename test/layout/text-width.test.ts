import { describe, expect, it } from "vitest";
import { textWidthPt, widthTable } from "../../src/layout/text-width.js";
import { tinosFonts } from "../../src/render/pdf/fonts.js";
import { fontMetrics } from "../../src/render/pdf/metrics.js";

const VIETNAMESE =
  "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ" +
  "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";

describe("layout text widths", () => {
  for (const [variant, bold] of [
    ["bold", true],
    ["normal", false],
  ] as const) {
    it(`match Tinos ${variant} for every character they list and every Vietnamese letter`, () => {
      const font = fontMetrics(tinosFonts()[variant]);
      for (const ch of [...widthTable(bold).keys(), ...VIETNAMESE]) {
        expect(textWidthPt(ch, 13, bold), ch).toBeCloseTo(font.width(ch, 13), 6);
      }
      const name = "ỦY BAN NHÂN DÂN PHƯỜNG QUẢNG MINH";
      expect(textWidthPt(name, 13, bold)).toBeCloseTo(font.width(name, 13), 6);
    });
  }
});
