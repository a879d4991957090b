// Tinos (the metrics of Times New Roman), vendored as TrueType in data/fonts/tinos/ (Apache-2.0,
// its README says where the files come from): read once per process and kept in memory. Nothing
// is written anywhere. Nothing here is on the per-render path once loaded.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export type FontVariant = "normal" | "bold" | "italics" | "bolditalics";

export const FONT_VARIANTS: readonly FontVariant[] = ["normal", "bold", "italics", "bolditalics"];

/** The TrueType file of each variant in data/fonts/tinos/. */
export const TTF_FILES: Readonly<Record<FontVariant, string>> = {
  normal: "Tinos-Regular.ttf",
  bold: "Tinos-Bold.ttf",
  italics: "Tinos-Italic.ttf",
  bolditalics: "Tinos-BoldItalic.ttf",
};

export type FontSet = Readonly<Record<FontVariant, Uint8Array>>;

let loaded: FontSet | undefined;

export function ttfPath(variant: FontVariant): string {
  return fileURLToPath(new URL(`../../../data/fonts/tinos/${TTF_FILES[variant]}`, import.meta.url));
}

/** The four TrueType fonts, read on first use and kept for the life of the process. */
export function tinosFonts(): FontSet {
  if (!loaded) {
    const set = {} as Record<FontVariant, Uint8Array>;
    for (const v of FONT_VARIANTS) set[v] = readFileSync(ttfPath(v));
    loaded = set;
  }
  return loaded;
}

/**
 * Tables of OpenType layout that the PDF does not use: kerning (GPOS, kern) and glyph substitution
 * (GSUB). Word and LibreOffice set a DOCX that does not ask for kerning without it, and the text of
 * a plan needs no substitution; without them, pdfkit sets every character as its own glyph
 * advanced by its own width, exactly as line-breaks.ts measured it, and spends no time shaping.
 */
const LAYOUT_TABLES = new Set(["GPOS", "GSUB", "kern"]);

const unkernedSets = new WeakMap<FontSet, FontSet>();

/** The fonts as the PDF embeds them: each without its layout tables, made once per process. */
export function pdfFonts(fonts: FontSet = tinosFonts()): FontSet {
  let set = unkernedSets.get(fonts);
  if (!set) {
    const out = {} as Record<FontVariant, Uint8Array>;
    for (const v of FONT_VARIANTS) out[v] = withoutTables(fonts[v], LAYOUT_TABLES);
    set = out;
    unkernedSets.set(fonts, set);
  }
  return set;
}

/**
 * A TrueType font without the named tables: the table directory written again for the tables
 * kept, each table's bytes copied unchanged (its checksum stays right) on a four-byte boundary,
 * and the whole font's checksum made right again.
 */
export function withoutTables(ttf: Uint8Array, drop: ReadonlySet<string>): Uint8Array {
  const v = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const count = v.getUint16(4);
  const kept: { tag: string; checksum: number; offset: number; length: number }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...ttf.subarray(at, at + 4));
    if (drop.has(tag)) continue;
    kept.push({
      tag,
      checksum: v.getUint32(at + 4),
      offset: v.getUint32(at + 8),
      length: v.getUint32(at + 12),
    });
  }
  const padded = (n: number) => (n + 3) & ~3;
  const header = 12 + 16 * kept.length;
  let size = header;
  for (const t of kept) size += padded(t.length);
  const out = new Uint8Array(size);
  const w = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(kept.length));
  w.setUint32(0, v.getUint32(0));
  w.setUint16(4, kept.length);
  w.setUint16(6, power * 16);
  w.setUint16(8, Math.log2(power));
  w.setUint16(10, kept.length * 16 - power * 16);
  let offset = header;
  let head: number | undefined;
  kept.forEach((t, i) => {
    const at = 12 + 16 * i;
    for (let k = 0; k < 4; k++) w.setUint8(at + k, t.tag.charCodeAt(k));
    w.setUint32(at + 4, t.checksum);
    w.setUint32(at + 8, offset);
    w.setUint32(at + 12, t.length);
    out.set(ttf.subarray(t.offset, t.offset + t.length), offset);
    if (t.tag === "head") head = offset;
    offset += padded(t.length);
  });
  // The whole font's checksum, kept in head.checkSumAdjustment: the sum of the table directory
  // and of every table's checksum (each the sum of its padded bytes, head's counting that field
  // as 0, so the head record stays right).
  if (head !== undefined) {
    let sum = 0;
    for (let at = 0; at < header; at += 4) sum = (sum + w.getUint32(at)) >>> 0;
    for (const t of kept) sum = (sum + t.checksum) >>> 0;
    w.setUint32(head + 8, (0xb1b0afba - sum) >>> 0);
  }
  return out;
}
