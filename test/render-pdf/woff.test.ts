import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FONT_VARIANTS } from "../../src/render/pdf/fonts.js";
import {
  buildSfnt,
  isWoff,
  type SfntTable,
  sfntChecksum,
  sfntTables,
  WoffError,
  woffInfo,
  woffPath,
  woffToSfnt,
} from "./woff.js";

/** A WOFF 1.0 writer: each table deflated when that is smaller, stored as is otherwise. */
function buildWoff(tables: SfntTable[]): Uint8Array {
  const sfnt = buildSfnt(tables);
  let size = 44 + 20 * tables.length;
  const stored = [...tables]
    .sort((a, b) => (a.tag < b.tag ? -1 : 1))
    .map((t) => {
      const z = deflateSync(t.data);
      const bytes = z.length < t.data.length ? z : t.data;
      const at = size;
      size += (bytes.length + 3) & ~3;
      return { ...t, bytes, at };
    });
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x774f4646);
  v.setUint32(4, 0x00010000);
  v.setUint32(8, size);
  v.setUint16(12, stored.length);
  v.setUint32(16, sfnt.length);
  stored.forEach((t, i) => {
    const e = 44 + 20 * i;
    for (let c = 0; c < 4; c++) out[e + c] = t.tag.charCodeAt(c);
    v.setUint32(e + 4, t.at);
    v.setUint32(e + 8, t.bytes.length);
    v.setUint32(e + 12, t.data.length);
    v.setUint32(e + 16, sfntChecksum(t.data));
    out.set(t.bytes, t.at);
  });
  return out;
}

const tagArb = fc
  .array(fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ/ "), {
    minLength: 4,
    maxLength: 4,
  })
  .map((cs) => cs.join(""))
  .filter((tag) => tag !== "head");

const tableArb = fc.record({
  tag: tagArb,
  // Repetitive data deflates, random data does not: both paths get exercised.
  data: fc.oneof(
    fc.uint8Array({ minLength: 0, maxLength: 200 }),
    fc
      .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 500 }))
      .map(([b, n]) => new Uint8Array(n).fill(b)),
  ),
});

function tableChecksums(sfnt: Uint8Array): Map<string, { sum: number; data: Uint8Array }> {
  return new Map(sfntTables(sfnt).map((t) => [t.tag, { sum: t.checksum, data: t.data }]));
}

describe("woffToSfnt", () => {
  it("gives back exactly the sfnt a WOFF was made from", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(tableArb, { selector: (t) => t.tag, minLength: 1, maxLength: 12 }),
        (tables) => {
          const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : 1));
          expect(woffToSfnt(buildWoff(tables))).toEqual(buildSfnt(sorted));
        },
      ),
    );
  });

  it.each(FONT_VARIANTS)(
    "unpacks Tinos %s into a TrueType font whose checksums hold",
    (variant) => {
      const woff = readFileSync(woffPath(variant));
      expect(isWoff(woff)).toBe(true);
      const info = woffInfo(woff);
      const ttf = woffToSfnt(woff);
      expect(new DataView(ttf.buffer, ttf.byteOffset).getUint32(0)).toBe(0x00010000);
      expect(ttf.length).toBe(info.totalSfntSize);
      const tables = tableChecksums(ttf);
      expect(tables.size).toBe(info.numTables);
      for (const [tag, { sum, data }] of tables) {
        const copy = new Uint8Array(data);
        // head's checksum is taken with checkSumAdjustment zeroed.
        if (tag === "head") copy.fill(0, 8, 12);
        expect(sfntChecksum(copy), tag).toBe(sum);
      }
      // The whole font sums to the magic number (checkSumAdjustment is set for the order written).
      expect(sfntChecksum(ttf)).toBe(0xb1b0afba);
    },
  );

  it("refuses what is not a WOFF, or a damaged one, with a WoffError", () => {
    const woff = readFileSync(woffPath("normal"));
    expect(() => woffToSfnt(new Uint8Array(100))).toThrow(WoffError);
    expect(() => woffToSfnt(woff.subarray(0, 1000))).toThrow(WoffError);
    const damaged = new Uint8Array(woff);
    // Corrupt the compressed glyf table.
    const glyf = [...tableChecksums(woffToSfnt(woff)).keys()].indexOf("glyf");
    const off = new DataView(damaged.buffer).getUint32(44 + 20 * glyf + 4);
    damaged.fill(0xff, off, off + 64);
    expect(() => woffToSfnt(damaged)).toThrow(WoffError);
  });
});

describe("sfntChecksum", () => {
  it("sums big-endian words, zero-padding the tail", () => {
    expect(sfntChecksum(new Uint8Array([0, 0, 0, 1, 0, 0, 0, 2]))).toBe(3);
    expect(sfntChecksum(new Uint8Array([1]))).toBe(0x01000000);
    expect(sfntChecksum(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 2]))).toBe(1);
  });
});
