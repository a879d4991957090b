// The pdfmake style dictionary, one entry per element of rules.ts TEXT (same names), so the golden
// definition reads as the decree does: `style: "motto"` is 14 pt bold wherever it appears.

import type { StyleDictionary } from "pdfmake/interfaces.js";
import { PARAGRAPH, sizeOf, TEXT } from "../../layout/rules.js";

export type StyleName = keyof typeof TEXT & string;

/** Table text is set solid: the decree's line spacing is for running text. */
const SOLID = new Set<string>([
  "tableHeader",
  "tableIndex",
  "tableBody",
  "tableTotal",
  "recipient",
]);

export function styleDictionary(bodySize: number): StyleDictionary {
  const styles: StyleDictionary = {};
  for (const [name, style] of Object.entries(TEXT)) {
    styles[name] = {
      fontSize: sizeOf(style, bodySize),
      bold: style.bold === true,
      italics: style.italic === true,
      ...(SOLID.has(name) ? { lineHeight: 1 } : {}),
    };
  }
  return styles;
}

export function defaultStyle(bodySize: number, font: string): StyleDictionary[string] {
  return { font, fontSize: bodySize, lineHeight: PARAGRAPH.lineHeight };
}

export function sizeOfStyle(name: string, bodySize: number): number {
  const style = TEXT[name];
  return style ? sizeOf(style, bodySize) : bodySize;
}
