// fontkit writes a PDF's font subset through its table descriptions: it decodes the font's head,
// hhea, maxp, cvt, prep and fpgm tables field by field and encodes them again, value by value, with
// the subset's glyphs, their offsets and metrics. Cold, as a command runs it, that was 12–20 ms for
// a plan's four faces. The same file is written here with byte copies: the tables fontkit passes on
// unchanged are copied, the three it changes are copied with their changed fields set (and the bits
// fontkit's descriptions do not keep cleared), and the directory is laid out as fontkit lays it out
// (tables in the same order, one after another, checksums zero). fontkit's TrueType subset class is
// patched once per process; a font this writer does not know (no long or short loca, another maxp
// or head size) is written by fontkit. A test compares the bytes with fontkit's for every face.

import { replaceMethod } from "../patch.js";
import { subsetPrototype } from "./subset-glyphs.js";

interface TableEntry {
  offset: number;
  length: number;
}

interface TtfFont {
  stream: { buffer: Uint8Array };
  directory: { tables: Record<string, TableEntry | undefined> };
  loca: { version: number };
  _variationProcessor?: unknown;
}

interface Subset {
  font: TtfFont;
  glyphs: number[];
  glyf: Uint8Array[];
  loca: { offsets: number[]; version: number };
  hmtx: { metrics: { advance: number; bearing: number }[]; bearings: number[] };
  offset: number;
  _addGlyph(gid: number): number;
}

type Encode = (this: Subset) => Uint8Array;

/** The tables of a subset, in the order fontkit writes them. */
const ORDER = ["head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm"] as const;

/** Installs the writer on the subset class of fontkit's TrueType fonts; true when in place. */
export function fastSubsetEncode(fontkit: unknown, sampleFont: Uint8Array): boolean {
  return replaceMethod<Encode>(
    subsetPrototype(fontkit, sampleFont),
    "encode",
    (original) =>
      function (this: Subset) {
        if (!writable(this.font)) return original.call(this);
        // as fontkit: every glyph, the components of composites added as they are met
        this.glyf = [];
        this.offset = 0;
        this.loca = { offsets: [], version: this.font.loca.version };
        this.hmtx = { metrics: [], bearings: [] };
        let i = 0;
        while (i < this.glyphs.length) this._addGlyph(this.glyphs[i++] as number);
        this.loca.offsets.push(this.offset);
        return write(this);
      },
  );
}

/** A font whose subset this writer writes as fontkit does. */
function writable(font: TtfFont): boolean {
  if (font._variationProcessor) return false;
  const t = font.directory?.tables;
  if (!t || !font.stream?.buffer) return false;
  const version = font.loca?.version;
  return (
    (version === 0 || version === 1) &&
    t.head?.length === 54 &&
    t.hhea?.length === 36 &&
    t.maxp?.length === 32 &&
    t.glyf !== undefined &&
    t.hmtx !== undefined
  );
}

function write(subset: Subset): Uint8Array {
  const font = subset.font;
  const tables = font.directory.tables;
  const bytes = font.stream.buffer;
  const original = (tag: string): Uint8Array => {
    const t = tables[tag] as TableEntry;
    return bytes.subarray(t.offset, t.offset + t.length);
  };
  const glyphs = subset.glyf.length;
  const parts: Partial<Record<(typeof ORDER)[number], Uint8Array>> = {};

  const head = new Uint8Array(original("head"));
  const headView = view(head);
  // macStyle: fontkit keeps its seven named bits; indexToLocFormat: the subset's loca version
  headView.setUint16(44, headView.getUint16(44) & 0x7f);
  headView.setInt16(50, subset.loca.version);
  parts.head = head;

  const hhea = new Uint8Array(original("hhea"));
  const hheaView = view(hhea);
  for (let at = 24; at < 32; at += 2) hheaView.setInt16(at, 0); // reserved, written as zeros
  hheaView.setUint16(34, subset.hmtx.metrics.length);
  parts.hhea = hhea;

  const offsets = subset.loca.offsets;
  const short = subset.loca.version === 0;
  const loca = new Uint8Array(offsets.length * (short ? 2 : 4));
  const locaView = view(loca);
  offsets.forEach((o, i) => {
    if (short) locaView.setUint16(i * 2, o >>> 1);
    else locaView.setUint32(i * 4, o);
  });
  parts.loca = loca;

  const maxp = new Uint8Array(original("maxp"));
  view(maxp).setUint16(4, glyphs);
  parts.maxp = maxp;

  // cvt is a list of 16-bit values: an odd last byte is not one
  if (tables["cvt "]) {
    const cvt = original("cvt ");
    parts["cvt "] = cvt.subarray(0, cvt.length - (cvt.length % 2));
  }
  if (tables.prep) parts.prep = original("prep");

  const glyf = new Uint8Array(subset.offset);
  let at = 0;
  for (const g of subset.glyf) {
    glyf.set(g, at);
    at += g.length;
  }
  parts.glyf = glyf;

  const metrics = subset.hmtx.metrics;
  const hmtx = new Uint8Array(metrics.length * 4);
  const hmtxView = view(hmtx);
  metrics.forEach((m, i) => {
    hmtxView.setUint16(i * 4, m.advance);
    hmtxView.setInt16(i * 4 + 2, m.bearing);
  });
  parts.hmtx = hmtx;

  if (tables.fpgm) parts.fpgm = original("fpgm");

  const present = ORDER.filter((tag) => parts[tag] !== undefined);
  const numTables = present.length;
  const exponent = Math.floor(Math.log(numTables) / Math.LN2);
  const searchRange = 2 ** exponent * 16;
  const directory = 12 + numTables * 16;
  let size = directory;
  for (const tag of present) size += (parts[tag] as Uint8Array).length;

  const out = new Uint8Array(size);
  const v = view(out);
  out.set([0x74, 0x72, 0x75, 0x65], 0); // "true", as fontkit tags its subsets
  v.setUint16(4, numTables);
  v.setUint16(6, searchRange);
  v.setUint16(8, exponent);
  v.setUint16(10, numTables * 16 - searchRange);
  let entry = 12;
  let offset = directory;
  for (const tag of present) {
    const data = parts[tag] as Uint8Array;
    for (let k = 0; k < 4; k++) out[entry + k] = tag.charCodeAt(k);
    v.setUint32(entry + 4, 0); // fontkit leaves checksums zero
    v.setUint32(entry + 8, offset);
    v.setUint32(entry + 12, data.length);
    out.set(data, offset);
    entry += 16;
    offset += data.length;
  }
  return out;
}

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}
