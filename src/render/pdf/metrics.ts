// Advance widths read from a TrueType font (cmap + hmtx): the PDF's text is set with them,
// unkerned, as Word and LibreOffice set the DOCX (fonts.ts gives pdfkit the fonts without their
// kerning, so the glyphs drawn advance by exactly these widths).

export interface FontMetrics {
  /** Width of `text` at `size` points. */
  width(text: string, size: number): number;
  /** Whether the font has a glyph for this code point. */
  has(codePoint: number): boolean;
  /** Height above the baseline per point of size (hhea ascender). */
  ascender: number;
}

export function fontMetrics(ttf: Uint8Array): FontMetrics {
  const v = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const tables = readTables(v);
  const head = need(tables, "head");
  const hhea = need(tables, "hhea");
  const hmtx = need(tables, "hmtx");
  const unitsPerEm = v.getUint16(head + 18);
  const numberOfHMetrics = v.getUint16(hhea + 34);
  const ascender = v.getInt16(hhea + 4) / unitsPerEm;
  const glyphOf = readCmap(v, need(tables, "cmap"));
  const advance = (glyph: number): number =>
    v.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
  const cache = new Map<number, number>();
  const advanceOf = (cp: number): number => {
    let a = cache.get(cp);
    if (a === undefined) {
      a = advance(glyphOf(cp));
      cache.set(cp, a);
    }
    return a;
  };
  return {
    width(text, size) {
      let units = 0;
      for (const ch of text) units += advanceOf(ch.codePointAt(0) ?? 0);
      return (units * size) / unitsPerEm;
    },
    has: (cp) => glyphOf(cp) !== 0,
    ascender,
  };
}

function readTables(v: DataView): Map<string, number> {
  const n = v.getUint16(4);
  const tables = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(
      v.getUint8(at),
      v.getUint8(at + 1),
      v.getUint8(at + 2),
      v.getUint8(at + 3),
    );
    tables.set(tag, v.getUint32(at + 8));
  }
  return tables;
}

function need(tables: Map<string, number>, tag: string): number {
  const at = tables.get(tag);
  if (at === undefined) throw new Error(`font has no '${tag}' table`);
  return at;
}

/** The Unicode cmap subtable: format 12 (full range) if present, else format 4 (BMP). */
function readCmap(v: DataView, cmap: number): (cp: number) => number {
  const n = v.getUint16(cmap + 2);
  let format4: number | undefined;
  for (let i = 0; i < n; i++) {
    const at = cmap + 4 + 8 * i;
    const platform = v.getUint16(at);
    const encoding = v.getUint16(at + 2);
    const sub = cmap + v.getUint32(at + 4);
    const format = v.getUint16(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) return format12(v, sub);
    if (format === 4) format4 ??= sub;
  }
  if (format4 === undefined) throw new Error("font has no Unicode cmap");
  return format4Lookup(v, format4);
}

function format12(v: DataView, sub: number): (cp: number) => number {
  const groups = v.getUint32(sub + 12);
  return (cp) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = sub + 16 + 12 * mid;
      const start = v.getUint32(at);
      const end = v.getUint32(at + 4);
      if (cp < start) hi = mid - 1;
      else if (cp > end) lo = mid + 1;
      else return v.getUint32(at + 8) + (cp - start);
    }
    return 0;
  };
}

function format4Lookup(v: DataView, sub: number): (cp: number) => number {
  const segX2 = v.getUint16(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segX2; s += 2) {
      if (cp > v.getUint16(ends + s)) continue;
      const start = v.getUint16(starts + s);
      if (cp < start) return 0;
      const delta = v.getUint16(deltas + s);
      const ro = v.getUint16(rangeOffsets + s);
      if (ro === 0) return (cp + delta) & 0xffff;
      const glyph = v.getUint16(rangeOffsets + s + ro + 2 * (cp - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
