// pdfkit lays a string out word by word (each word, with the space after it, is laid out once and
// remembered), but to find the words it builds a two-element array for every character it looks at,
// and it joins the words' glyphs by concatenating the arrays so far once per word. Every word of a
// plan is laid out this way twice (measured, then drawn): ~10 ms of a cold render. The replacement
// below cuts the same words, asks the same cache in the same order and returns the same glyphs,
// positions and width. pdfkit's font class is not exported: its layout is replaced when pdfmake
// first asks for a font (provideFont), once per process; if either library moves its method,
// nothing is replaced (a test compares the PDF bytes with and without).

import { prototypeOf, replaceMethod } from "../patch.js";
import { PlainRun } from "./plain-layout.js";

interface Run {
  glyphs: unknown[];
  positions: unknown[];
  advanceWidth: number;
}

interface EmbeddedFont {
  font: { layout(text: string, features?: unknown): Run };
  scale: number;
  layoutCached(text: string): Run;
  layoutRun(text: string, features?: unknown): Run;
  layout(text: string, features?: unknown, onlyWidth?: boolean): Layout;
  [WIDTHS]?: Map<string, number>;
}

const WIDTHS = Symbol("kehoach.widths");

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth?: number;
  [key: string]: number | undefined;
}

interface Layout {
  glyphs: unknown[] | null;
  positions: unknown[] | null;
  advanceWidth: number;
}

type Provide = (this: unknown, ...args: unknown[]) => unknown;

const SPACE = 32;
const TAB = 9;

let installed = false;

/** Installs the hook on pdfmake's PDFDocument class; true when it is in place. */
export function fastFontLayout(PDFDocument: unknown): boolean {
  return replaceMethod<Provide>(
    prototypeOf(PDFDocument),
    "provideFont",
    (provide) =>
      function (this: unknown, ...args: unknown[]) {
        const font = provide.apply(this, args) as Partial<EmbeddedFont> | undefined;
        // an embedded font (pdfkit's standard fonts lay out otherwise)
        if (
          !installed &&
          typeof font?.layoutCached === "function" &&
          typeof font.layoutRun === "function"
        )
          installed = replaceMethod(Object.getPrototypeOf(font), "layout", () => layout);
        return font;
      },
  );
}

export function layout(
  this: EmbeddedFont,
  text: string,
  features?: unknown,
  onlyWidth?: boolean,
): Layout {
  if (features) return this.layoutRun(text, features);
  const glyphs: unknown[] | null = onlyWidth ? null : [];
  const positions: unknown[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  let last = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    if (i < n) {
      const c = text.charCodeAt(i);
      if (c !== SPACE && c !== TAB) continue;
    } else if (last >= n) break;
    // a word with the space that ends it, or the rest of the string
    const run = this.layoutCached(text.slice(last, i + 1));
    if (glyphs && positions) {
      for (const g of run.glyphs) glyphs.push(g);
      for (const p of run.positions) positions.push(p);
    }
    advanceWidth += run.advanceWidth;
    last = i + 1;
  }
  return { glyphs, positions, advanceWidth };
}

/**
 * pdfkit's layoutRun: fontkit's run, its positions scaled to the font size, each given its glyph's
 * scaled advance. pdfkit scales every field of a position in a for…in loop and adds the advance to
 * the object (which then needs more room); a plain run's positions have four known fields, and are
 * replaced by scaled objects with the same fields, in the same order, and the advance.
 */
export function layoutRun(this: EmbeddedFont, text: string, features?: unknown): Run {
  const run = this.font.layout(text, features);
  const scale = this.scale;
  const positions = run.positions as Position[];
  const glyphs = run.glyphs as { advanceWidth: number }[];
  if (run instanceof PlainRun) {
    for (let i = 0; i < positions.length; i++) {
      const p = positions[i] as Position;
      positions[i] = {
        xAdvance: p.xAdvance * scale,
        yAdvance: p.yAdvance * scale,
        xOffset: p.xOffset * scale,
        yOffset: p.yOffset * scale,
        advanceWidth: (glyphs[i] as { advanceWidth: number }).advanceWidth * scale,
      };
    }
    return run;
  }
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i] as Position;
    for (const key in position) position[key] = (position[key] as number) * scale;
    position.advanceWidth = (glyphs[i] as { advanceWidth: number }).advanceWidth * scale;
  }
  return run;
}

/**
 * pdfkit's widthOfString, remembering each string's width in font units: pdfmake asks for the
 * width of every word it measures, and of the spaces after it, and a plan's words repeat.
 */
export function widthOfString(
  this: EmbeddedFont,
  text: string,
  size: number,
  features?: unknown,
): number {
  if (features) return this.layout(text, features, true).advanceWidth * (size / 1000);
  let widths = this[WIDTHS];
  if (!widths) {
    widths = new Map();
    this[WIDTHS] = widths;
  }
  let width = widths.get(text);
  if (width === undefined) {
    width = this.layout(text, features, true).advanceWidth;
    widths.set(text, width);
  }
  return width * (size / 1000);
}
