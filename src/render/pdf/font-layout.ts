// pdfkit lays a string out word by word (each word, with the space after it, is laid out once and
// remembered), but to find the words it builds a two-element array for every character it looks at,
// and it joins the words' glyphs by concatenating the arrays so far once per word. Every word of a
// plan is laid out this way twice (measured, then drawn): ~10 ms of a cold render. The replacement
// below cuts the same words, asks the same cache in the same order and returns the same glyphs,
// positions and width. pdfkit's font class is not exported: its layout is replaced when pdfmake
// first asks for a font (provideFont), once per process; if either library moves its method,
// nothing is replaced (a test compares the PDF bytes with and without).

import { prototypeOf, replaceMethod } from "../patch.js";

interface Run {
  glyphs: unknown[];
  positions: unknown[];
  advanceWidth: number;
}

interface EmbeddedFont {
  layoutCached(text: string): Run;
  layoutRun(text: string, features?: unknown): Run;
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
