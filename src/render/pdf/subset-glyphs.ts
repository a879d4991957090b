// fontkit copies each glyph into a PDF's font subset after decoding its whole outline (every contour
// and point), only to learn whether it is made of other glyphs, and which: the accented letters of
// Vietnamese are. That decoding was most of the time a subset took. The same is read here from the
// glyph's bytes (the TrueType glyf header and component records), and the subset gets the same
// bytes. fontkit's subset class is patched once per process; if a fontkit release moves it, or a
// font has variations, fontkit's own code runs (a test compares the PDF bytes with and without).

import { prototypeOf, replaceMethod } from "../patch.js";

interface Stream {
  pos: number;
  readBuffer(length: number): Uint8Array;
}

interface TtfFont {
  getGlyph(id: number): { advanceWidth: number; _getMetrics(): { leftBearing: number } };
  loca: { offsets: number[] };
  _getTableStream(tag: string): Stream;
  _variationProcessor?: unknown;
  createSubset(): object;
}

interface Subset {
  font: TtfFont;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  includeGlyph(id: number): number;
}

type AddGlyph = (this: Subset, gid: number) => number;

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** Installs the glyph copier on the subset class of fontkit's TrueType fonts; true when in place. */
export function fastSubsetGlyphs(fontkit: unknown, sampleFont: Uint8Array): boolean {
  return replaceMethod<AddGlyph>(
    subsetPrototype(fontkit, sampleFont),
    "_addGlyph",
    (original) =>
      function (this: Subset, gid: number) {
        if (this.font._variationProcessor) return original.call(this, gid);
        return addGlyph(this, gid);
      },
  );
}

/** The class of the subsets fontkit makes of `sampleFont`'s kind of font (TrueType). */
export function subsetPrototype(fontkit: unknown, sampleFont: Uint8Array): object | undefined {
  const subset = () =>
    (fontkit as { create(bytes: Uint8Array): TtfFont }).create(sampleFont).createSubset();
  return prototypeOf(subset, true);
}

function addGlyph(subset: Subset, gid: number): number {
  const font = subset.font;
  const glyph = font.getGlyph(gid);
  const start = font.loca.offsets[gid] as number;
  const end = font.loca.offsets[gid + 1] as number;
  const stream = font._getTableStream("glyf");
  stream.pos += start;
  let buffer = stream.readBuffer(end - start);
  if (buffer.length >= 10) {
    const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    if (view.getInt16(0) < 0) {
      // A composite glyph: its components are copied too, and renumbered in this copy.
      buffer = new Uint8Array(buffer);
      const copy = new DataView(buffer.buffer);
      let at = 10;
      for (;;) {
        const flags = copy.getUint16(at);
        const id = copy.getUint16(at + 2);
        copy.setUint16(at + 2, subset.includeGlyph(id));
        at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
        if (flags & WE_HAVE_A_SCALE) at += 2;
        else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
        else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
        if (!(flags & MORE_COMPONENTS)) break;
      }
    }
  }
  subset.glyf.push(buffer);
  subset.loca.offsets.push(subset.offset);
  subset.hmtx.metrics.push({
    advance: glyph.advanceWidth,
    bearing: glyph._getMetrics().leftBearing,
  });
  subset.offset += buffer.length;
  return subset.glyf.length - 1;
}
