// The pdfmake style dictionary, one entry per element of rules.ts TEXT (same names), so the golden
// definition reads as the decree does: `style: "motto"` is 14 pt bold wherever it appears.
// Line heights are rules.ts lineHeightPt's, the heights the DOCX's lines get: running text at the
// body's spacing, everything else single-spaced, as the DOCX styles set them.

import type { StyleDictionary } from "pdfmake/interfaces.js";
import { lineHeightPt, PARAGRAPH, sizeOf, TEXT, type TextStyle } from "../../layout/rules.js";
import type { Measure } from "./measure.js";

export type StyleName = keyof typeof TEXT & string;

export function styleDictionary(bodySize: number, measure: Measure): StyleDictionary {
  const styles: StyleDictionary = {};
  for (const [name, style] of Object.entries(TEXT)) {
    const size = sizeOf(style, bodySize);
    styles[name] = {
      fontSize: size,
      bold: style.bold === true,
      italics: style.italic === true,
      lineHeight: lineFactor(size, spacingOf(style), measure),
    };
  }
  return styles;
}

export function defaultStyle(
  bodySize: number,
  font: string,
  measure: Measure,
): StyleDictionary[string] {
  return {
    font,
    fontSize: bodySize,
    lineHeight: lineFactor(bodySize, PARAGRAPH.lineHeight, measure),
  };
}

function spacingOf(style: TextStyle): number {
  return style.running ? PARAGRAPH.lineHeight : 1;
}

/**
 * pdfmake's lineHeight is a factor of the font's ascent + descent; the DOCX's line is
 * lineHeightPt tall. Six decimals keep the golden definition readable and the error far below a
 * hundredth of a point per page.
 */
export function lineFactor(size: number, multiple: number, measure: Measure): number {
  return Math.round((lineHeightPt(size, multiple) / measure.lineHeight(size)) * 1e6) / 1e6;
}

/** Height of one line of this style, as laid out. */
export function lineOfStyle(name: string, bodySize: number): number {
  const style = TEXT[name];
  if (!style) return lineHeightPt(bodySize, PARAGRAPH.lineHeight);
  return lineHeightPt(sizeOf(style, bodySize), spacingOf(style));
}

export function sizeOfStyle(name: string, bodySize: number): number {
  const style = TEXT[name];
  return style ? sizeOf(style, bodySize) : bodySize;
}
