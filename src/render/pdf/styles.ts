// The text styles of the layout tree, one per element of rules.ts TEXT (same names), so the golden
// definition reads as the decree does: `style: "motto"` is 14 pt bold wherever it appears.
// Line heights are rules.ts lineHeightPt's, the heights the DOCX's lines get: running text at the
// body's spacing, everything else single-spaced, as the DOCX styles set them.

import { lineHeightPt, PARAGRAPH, sizeOf, TEXT, type TextStyle } from "../../layout/rules.js";
import type { StyleDictionary } from "./nodes.js";

export function styleDictionary(bodySize: number): StyleDictionary {
  const styles: StyleDictionary = {};
  for (const [name, style] of Object.entries(TEXT)) {
    const size = sizeOf(style, bodySize);
    styles[name] = {
      fontSize: size,
      bold: style.bold === true,
      italics: style.italic === true,
      lineHeight: lineHeightPt(size, spacingOf(style)),
    };
  }
  return styles;
}

/** The look of text that names no style: the body's. */
export function defaultStyle(bodySize: number): { fontSize: number; lineHeight: number } {
  return { fontSize: bodySize, lineHeight: lineHeightPt(bodySize, PARAGRAPH.lineHeight) };
}

function spacingOf(style: TextStyle): number {
  return style.running ? PARAGRAPH.lineHeight : 1;
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
