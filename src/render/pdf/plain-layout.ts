// How fontkit lays out the PDF's text, patched once per process on the TrueType font class.
//
// Unkerned: Word and LibreOffice set a DOCX that does not ask for kerning without it. fontkit kerns
// by default (Tinos kerns "11", "AV", "To"…), which made the PDF's lines a little shorter than the
// DOCX's, and its line breaks different. pdfmake can pass fontkit a feature object per text run,
// but pdfkit then lays every word out again instead of using its cache (five times the render
// time); so the default itself is changed.
//
// Plain: fontkit shapes every word through the OpenType machinery (script detection, GSUB and GPOS
// lookups), and that was the largest single cost of a render. For the text of a plan (Latin,
// Vietnamese in NFC, common punctuation) Tinos substitutes and positions nothing once kerning is
// off: each character is its cmap glyph, advanced by its hmtx width. Words made only of such
// characters are laid out that way directly; any other word (combining marks, zero-width and other
// default-ignorable characters, other scripts, a character the font lacks) goes through fontkit.
// Kept for now (removing it makes a warm render ~30% slower); issue 12 replaces it with kehoach's
// own layout.

import { prototypeOf, replaceMethod } from "../patch.js";

interface FontkitModule {
  create(buffer: Uint8Array): unknown;
}

interface Glyph {
  id: number;
  advanceWidth: number;
}

interface FontLike {
  glyphForCodePoint(codePoint: number): Glyph;
}

type Layout = (this: unknown, text: string, features?: unknown, ...rest: unknown[]) => unknown;

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** What pdfkit reads of fontkit's GlyphRun: the glyphs, their positions, the total advance. */
class PlainRun {
  constructor(
    readonly glyphs: Glyph[],
    readonly positions: Position[],
  ) {}

  // A getter, as fontkit's: pdfkit scales the positions after the layout and reads this later.
  get advanceWidth(): number {
    let width = 0;
    for (const p of this.positions) width += p.xAdvance;
    return width;
  }
}

/**
 * Characters laid out without fontkit's shaping: printable ASCII, Latin-1 and Latin Extended-A/B
 * (soft hyphen excepted), the Latin Extended Additional block that holds Vietnamese, and the
 * general punctuation of U+2010–U+2027 (dashes, quotes, bullet, ellipsis).
 */
export function isPlainCharCode(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0x24f && code !== 0xad) ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x2010 && code <= 0x2027)
  );
}

/** Installs both defaults on the class fontkit gives `sampleFont`'s bytes; true when in place. */
export function setPlainLayout(fontkit: unknown, sampleFont: Uint8Array): boolean {
  const font = () => (fontkit as FontkitModule).create(sampleFont);
  return replaceMethod<Layout>(prototypeOf(font, true), "layout", (shaped) => {
    const unkerned: Layout = function (this: unknown, text, features, ...rest) {
      // A fresh object each time: fontkit adds the features it applies to the one it is given.
      return shaped.call(this, text, features ?? { kern: false }, ...rest);
    };
    return function (this: unknown, text: string, features?: unknown, ...rest: unknown[]) {
      if (features === undefined && rest.length === 0) {
        const run = plainRun(this as FontLike, text);
        if (run) return run;
      }
      return unkerned.call(this, text, features, ...rest);
    };
  });
}

const ZWSP = 0x200b;

function plainRun(font: FontLike, text: string): PlainRun | undefined {
  const glyphs: Glyph[] = new Array(text.length);
  const positions: Position[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let glyph: Glyph;
    let advance: number;
    if (code === ZWSP) {
      // fontkit shows a default-ignorable character as the space glyph, advancing nothing.
      glyph = font.glyphForCodePoint(0x20);
      advance = 0;
    } else {
      if (!isPlainCharCode(code)) return undefined;
      glyph = font.glyphForCodePoint(code);
      if (glyph.id === 0) return undefined;
      advance = glyph.advanceWidth;
    }
    glyphs[i] = glyph;
    positions[i] = { xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0 };
  }
  return new PlainRun(glyphs, positions);
}
