// WOFF 1.0 → TrueType/OpenType (sfnt), with which data/fonts/tinos/ was made from @fontsource/tinos
// and with which fonts.test.ts checks it still is (fontkit, pdfkit's font parser, reads WOFF 10–20×
// slower than the plain font). A WOFF is only the font's tables, each zlib-compressed when that made it smaller: inflating them and
// writing the sfnt directory back gives the original font (https://www.w3.org/TR/WOFF/).

import { createRequire } from "node:module";
import { inflateSync } from "node:zlib";
import type { FontVariant } from "../../src/render/pdf/fonts.js";

/** The WOFF file of each variant inside @fontsource/tinos@4.5.9. */
const WOFF_FILES: Readonly<Record<FontVariant, string>> = {
  normal: "tinos-all-400-normal.woff",
  bold: "tinos-all-700-normal.woff",
  italics: "tinos-all-400-italic.woff",
  bolditalics: "tinos-all-700-italic.woff",
};

export function woffPath(variant: FontVariant): string {
  return createRequire(import.meta.url).resolve(`@fontsource/tinos/files/${WOFF_FILES[variant]}`);
}

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const WOFF_HEADER_SIZE = 44;
const WOFF_ENTRY_SIZE = 20;
const SFNT_HEADER_SIZE = 12;
const SFNT_ENTRY_SIZE = 16;
const CHECKSUM_MAGIC = 0xb1b0afba;

export class WoffError extends Error {
  override name = "WoffError";
}

interface WoffTable {
  tag: string;
  offset: number;
  compLength: number;
  origLength: number;
  origChecksum: number;
}

export interface WoffInfo {
  /** The sfnt version of the font inside: 0x00010000 (TrueType) or "OTTO" (CFF). */
  flavor: number;
  numTables: number;
  /** Size of the uncompressed font, as the WOFF header states it. */
  totalSfntSize: number;
}

export function isWoff(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0) === WOFF_SIGNATURE;
}

export function woffInfo(bytes: Uint8Array): WoffInfo {
  if (bytes.length < WOFF_HEADER_SIZE || !isWoff(bytes)) {
    throw new WoffError("not a WOFF 1.0 file (no wOFF signature)");
  }
  const v = view(bytes);
  return { flavor: v.getUint32(4), numTables: v.getUint16(12), totalSfntSize: v.getUint32(16) };
}

/** The sfnt checksum: the sum of the big-endian uint32 words, zero-padded to a multiple of 4. */
export function sfntChecksum(bytes: Uint8Array): number {
  let sum = 0;
  const v = view(bytes);
  const whole = bytes.length & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  if (whole < bytes.length) {
    let last = 0;
    for (let i = whole; i < whole + 4; i++) last = (last << 8) | (bytes[i] ?? 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const info = woffInfo(woff);
  const v = view(woff);
  if (v.getUint32(8) !== woff.length) {
    throw new WoffError(`WOFF length field says ${v.getUint32(8)} bytes, file has ${woff.length}`);
  }
  const tables = readDirectory(woff, info.numTables).map((t) => ({
    ...t,
    data: tableData(woff, t),
    at: 0,
  }));

  // Tables are laid out in the order they had in the WOFF (the original font's order); the
  // directory itself must be sorted by tag, which WOFF requires of its own directory too.
  let size = SFNT_HEADER_SIZE + SFNT_ENTRY_SIZE * tables.length;
  for (const t of [...tables].sort((a, b) => a.offset - b.offset)) {
    t.at = size;
    size += pad4(t.data.length);
  }

  const out = new Uint8Array(size);
  const o = view(out);
  const n = tables.length;
  const entrySelector = n > 0 ? Math.floor(Math.log2(n)) : 0;
  const searchRange = 2 ** entrySelector * 16;
  o.setUint32(0, info.flavor);
  o.setUint16(4, n);
  o.setUint16(6, searchRange);
  o.setUint16(8, entrySelector);
  o.setUint16(10, n * 16 - searchRange);
  const byTag = [...tables].sort((a, b) => compareTags(a.tag, b.tag));
  byTag.forEach((t, k) => {
    const entry = SFNT_HEADER_SIZE + k * SFNT_ENTRY_SIZE;
    for (let c = 0; c < 4; c++) out[entry + c] = t.tag.charCodeAt(c);
    o.setUint32(entry + 4, t.origChecksum);
    o.setUint32(entry + 8, t.at);
    o.setUint32(entry + 12, t.origLength);
    out.set(t.data, t.at);
  });
  fixCheckSumAdjustment(
    out,
    tables.find((t) => t.tag === "head"),
  );
  return out;
}

/**
 * WOFF keeps the tables but not their original order, and the whole-font checksum depends on where
 * the tables sit: head.checkSumAdjustment is set again for the font as written here, so the sum of
 * the whole font is the magic number the OpenType specification asks for.
 */
function fixCheckSumAdjustment(
  font: Uint8Array,
  head: { at: number; data: Uint8Array } | undefined,
) {
  if (!head || head.data.length < 12) return;
  const v = view(font);
  v.setUint32(head.at + 8, 0);
  v.setUint32(head.at + 8, (CHECKSUM_MAGIC - sfntChecksum(font)) >>> 0);
}

function readDirectory(woff: Uint8Array, numTables: number): WoffTable[] {
  const v = view(woff);
  if (WOFF_HEADER_SIZE + numTables * WOFF_ENTRY_SIZE > woff.length) {
    throw new WoffError("WOFF table directory runs past the end of the file");
  }
  const tables: WoffTable[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = WOFF_HEADER_SIZE + i * WOFF_ENTRY_SIZE;
    const tag = String.fromCharCode(...woff.subarray(at, at + 4));
    const t: WoffTable = {
      tag,
      offset: v.getUint32(at + 4),
      compLength: v.getUint32(at + 8),
      origLength: v.getUint32(at + 12),
      origChecksum: v.getUint32(at + 16),
    };
    if (t.offset + t.compLength > woff.length || t.compLength > t.origLength) {
      throw new WoffError(`WOFF table '${tag}' has an impossible offset or length`);
    }
    tables.push(t);
  }
  return tables;
}

function tableData(woff: Uint8Array, t: WoffTable): Uint8Array {
  const stored = woff.subarray(t.offset, t.offset + t.compLength);
  if (t.compLength === t.origLength) return stored;
  let inflated: Uint8Array;
  try {
    inflated = inflateSync(stored);
  } catch (e) {
    throw new WoffError(`WOFF table '${t.tag}' does not inflate: ${(e as Error).message}`);
  }
  if (inflated.length !== t.origLength) {
    throw new WoffError(
      `WOFF table '${t.tag}' inflates to ${inflated.length} bytes, expected ${t.origLength}`,
    );
  }
  return inflated;
}

/** A table of an sfnt: its tag and bytes. */
export interface SfntTable {
  tag: string;
  data: Uint8Array;
}

/** A directory entry of an sfnt, with the table's bytes. */
export interface SfntEntry extends SfntTable {
  checksum: number;
  offset: number;
  length: number;
}

/** An sfnt's table directory, in its order, each entry with its table's bytes. */
export function sfntTables(sfnt: Uint8Array): SfntEntry[] {
  const v = view(sfnt);
  const out: SfntEntry[] = [];
  for (let i = 0; i < v.getUint16(4); i++) {
    const e = SFNT_HEADER_SIZE + SFNT_ENTRY_SIZE * i;
    const tag = String.fromCharCode(...sfnt.subarray(e, e + 4));
    const offset = v.getUint32(e + 8);
    const length = v.getUint32(e + 12);
    const data = sfnt.subarray(offset, offset + length);
    out.push({ tag, checksum: v.getUint32(e + 4), offset, length, data });
  }
  return out;
}

/**
 * A minimal sfnt writer for the tests: directory sorted by tag, each entry's checksum that of its
 * table, tables in the given order on four-byte boundaries.
 */
export function buildSfnt(tables: readonly SfntTable[]): Uint8Array {
  const n = tables.length;
  let size = SFNT_HEADER_SIZE + SFNT_ENTRY_SIZE * n;
  const placed = tables.map((t) => {
    const at = size;
    size += pad4(t.data.length);
    return { ...t, at };
  });
  const out = new Uint8Array(size);
  const v = view(out);
  const sel = n > 0 ? Math.floor(Math.log2(n)) : 0;
  v.setUint32(0, 0x00010000);
  v.setUint16(4, n);
  v.setUint16(6, 2 ** sel * 16);
  v.setUint16(8, sel);
  v.setUint16(10, n * 16 - 2 ** sel * 16);
  const byTag = [...placed].sort((a, b) => compareTags(a.tag, b.tag));
  byTag.forEach((t, k) => {
    const e = SFNT_HEADER_SIZE + SFNT_ENTRY_SIZE * k;
    for (let c = 0; c < 4; c++) out[e + c] = t.tag.charCodeAt(c);
    v.setUint32(e + 4, sfntChecksum(t.data));
    v.setUint32(e + 8, t.at);
    v.setUint32(e + 12, t.data.length);
    out.set(t.data, t.at);
  });
  return out;
}

function compareTags(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pad4(n: number): number {
  return (n + 3) & ~3;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
