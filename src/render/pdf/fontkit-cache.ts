// pdfkit parses every font again for every document (fontkit.create on the bytes pdfmake hands it):
// that was most of the time a warm render took. fontkit lets a program register font formats, and
// tries them in order on the bytes it is given. So pdfmake is handed, instead of each font, a small
// token that no built-in format recognises; our format recognises the token and hands back the font
// parsed once per process. Subsets are still built per document and the PDF bytes are unchanged
// (a test compares them with and without this). If pdfkit or fontkit ever change shape, the real
// bytes are used and rendering is only slower.

interface Fontkit {
  create(buffer: Uint8Array, postscriptName?: string): unknown;
  registerFormat(format: unknown): void;
}

/** Token → the real font bytes and, once parsed, the fontkit font. */
const tokens = new WeakMap<Uint8Array, { bytes: Buffer; font?: unknown }>();
let installed: Fontkit | null | undefined;

/**
 * What to give pdfmake for these font bytes: a token standing for the parsed font when the cache
 * could be set up on pdfkit's `fontkit`, else the bytes themselves.
 */
export function parsedFontSource(fontkit: unknown, name: string, bytes: Buffer): Buffer {
  installed ??= install(fontkit);
  if (!installed) return bytes;
  // Not a TrueType, OpenType, WOFF, WOFF2, collection or dfont signature.
  const token = Buffer.from(`kehoach parsed font ${name}`.padEnd(64, "."), "latin1");
  tokens.set(token, { bytes });
  return token;
}

interface GlyphLike {
  codePoints?: number[];
}

/**
 * fontkit keeps every glyph object it makes, with the characters it was first asked for. Subsetting
 * a document makes the components of accented letters ("e" inside "ề") with no characters; shared
 * by the next document, such a glyph would reach its ToUnicode map as nothing, and pdftotext would
 * read "th o" for "theo". A glyph asked for again with its characters gets them back.
 */
function withGlyphCodePoints(font: unknown): unknown {
  const f = font as { getGlyph?: (id: number, chars?: number[]) => GlyphLike };
  const getGlyph = f.getGlyph;
  if (typeof getGlyph !== "function") return font;
  f.getGlyph = function (this: unknown, id: number, chars: number[] = []) {
    const glyph = getGlyph.call(this, id, chars);
    if (chars.length > 0 && glyph.codePoints?.length === 0) glyph.codePoints = chars;
    return glyph;
  };
  return font;
}

function install(fontkit: unknown): Fontkit | null {
  try {
    const fk = fontkit as Partial<Fontkit> | undefined;
    if (typeof fk?.create !== "function" || typeof fk.registerFormat !== "function") return null;
    const kit = fk as Fontkit;
    class ParsedFont {
      static probe(buffer: Uint8Array): boolean {
        return tokens.has(buffer);
      }
      // fontkit calls `new format(new DecodeStream(buffer))`; a constructor may return another
      // object, and this one returns the font parsed the first time.
      constructor(stream: { buffer: Uint8Array }) {
        const entry = tokens.get(stream.buffer);
        if (!entry) throw new Error("kehoach: unknown parsed-font token");
        entry.font ??= withGlyphCodePoints(kit.create(entry.bytes));
        // biome-ignore lint/correctness/noConstructorReturn: the point of this format
        return entry.font as ParsedFont;
      }
    }
    kit.registerFormat(ParsedFont);
    return kit;
  } catch {
    return null;
  }
}
