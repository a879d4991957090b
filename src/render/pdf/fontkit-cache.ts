// pdfkit parses every font again for every document (fontkit.create on the bytes pdfmake hands it):
// that was most of the time a warm render took. fontkit lets a program register font formats, and
// tries them in order on the bytes it is given. So pdfmake is handed, instead of each font, a small
// token that no built-in format recognises; our format recognises the token and hands back the font
// parsed once per process. Subsets are still built per document and the PDF bytes are unchanged
// (a test compares them with and without this). If pdfkit or fontkit ever change shape, the real
// bytes are used and rendering is only slower.
//
// With the shortcuts on, the font's `post` table is given its header at once and its 2,255 glyph
// names only if something asks for one (nothing in pdfkit does): fontkit decodes the whole table the
// first time any field is read, and pdfkit reads one (isFixedPitch) to embed the font, ~10 ms a face.

interface Fontkit {
  create(buffer: Uint8Array, postscriptName?: string): unknown;
  registerFormat(format: unknown): void;
}

/** Token → the real font bytes and, once parsed, the fontkit font. */
const tokens = new WeakMap<Uint8Array, { bytes: Buffer; font?: unknown; lazyPost: boolean }>();
let installed: Fontkit | null | undefined;

/**
 * What to give pdfmake for these font bytes: a token standing for the parsed font when the cache
 * could be set up on pdfkit's `fontkit`, else the bytes themselves.
 */
export function parsedFontSource(
  fontkit: unknown,
  name: string,
  bytes: Buffer,
  options: { lazyPost?: boolean } = {},
): Buffer {
  installed ??= install(fontkit);
  if (!installed) return bytes;
  // Not a TrueType, OpenType, WOFF, WOFF2, collection or dfont signature.
  const token = Buffer.from(`kehoach parsed font ${name}`.padEnd(64, "."), "latin1");
  tokens.set(token, { bytes, lazyPost: options.lazyPost === true });
  return token;
}

interface TableEntry {
  offset: number;
  length: number;
}

interface TtfFont {
  stream?: { buffer?: Uint8Array };
  directory?: { tables?: Record<string, TableEntry | undefined> };
  _tables?: Record<string, unknown>;
  _decodeTable?: (table: TableEntry) => Record<string, unknown>;
}

/** The fields of a `post` table that follow its header, by version. */
const POST_REST = ["numberOfGlyphs", "glyphNameIndex", "names", "offsets", "map"];

/**
 * Puts in fontkit's table cache a `post` table decoded as fontkit decodes its header (a 32-byte
 * record of fixed-point and integer fields), whose other fields fontkit decodes when first read.
 */
export function lazyPost(font: unknown): void {
  const f = font as TtfFont;
  const entry = f.directory?.tables?.post;
  const bytes = f.stream?.buffer;
  const decode = f._decodeTable;
  if (!entry || !bytes || !f._tables || typeof decode !== "function" || "post" in f._tables) return;
  if (entry.length < 32 || entry.offset + 32 > bytes.length) return;
  const view = new DataView(bytes.buffer, bytes.byteOffset + entry.offset, 32);
  const fixed = (at: number) => view.getInt32(at) / 65536;
  const post: Record<string, unknown> = {
    version: fixed(0),
    italicAngle: fixed(4),
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28),
  };
  let whole: Record<string, unknown> | undefined;
  for (const key of POST_REST) {
    Object.defineProperty(post, key, {
      get: () => {
        whole ??= decode.call(f, entry);
        return whole[key];
      },
      enumerable: true,
      configurable: true,
    });
  }
  f._tables.post = post;
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
        if (!entry.font) {
          entry.font = withGlyphCodePoints(kit.create(entry.bytes));
          if (entry.lazyPost) lazyPost(entry.font);
        }
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
