// fonts.ts pdfFonts()/withoutTables(): the PDF embeds Tinos without its OpenType layout tables, so
// that pdfkit sets each character as its own glyph advanced by its own width, unkerned, exactly as
// line-breaks.ts measured it (and as Word and LibreOffice set the DOCX). Everything else in the
// fonts stays as it was, and nothing changes for anyone else laying out the original fonts.

import { createHash } from "node:crypto";
import fc from "fast-check";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { drawPdf } from "../../src/render/pdf/draw.js";
import {
  FONT_VARIANTS,
  type FontSet,
  type FontVariant,
  pdfFonts,
  tinosFonts,
  withoutTables,
} from "../../src/render/pdf/fonts.js";
import { renderPdf } from "../../src/render/pdf/index.js";
import { type Face, tinosMeasure } from "../../src/render/pdf/measure.js";
import type { Page } from "../../src/render/pdf/pages.js";
import { sampleModel } from "../fixtures/sample-model.js";
import { showTexts } from "./pdf-streams.js";
import { buildSfnt, sfntChecksum, sfntTables } from "./woff.js";

const LAYOUT = new Set(["GPOS", "GSUB", "kern"]);
const KERNED = "AVAV To 11";
const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

const faceOf = (v: FontVariant): Face => ({
  bold: v === "bold" || v === "bolditalics",
  italics: v === "italics" || v === "bolditalics",
});

/** The width pdfkit lays `text` out at, in a font given as bytes, through its public API. */
function pdfkitWidth(font: Uint8Array, text: string, size: number): number {
  const doc = new PDFDocument({ autoFirstPage: false });
  return doc.font(Buffer.from(font)).fontSize(size).widthOfString(text);
}

/** The checks every sfnt directory must pass: header fields, sorted tags, tables inside the file. */
function expectValidDirectory(font: Uint8Array): void {
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const n = v.getUint16(4);
  const power = 2 ** Math.floor(Math.log2(n));
  expect(v.getUint16(6), "searchRange").toBe(power * 16);
  expect(v.getUint16(8), "entrySelector").toBe(Math.log2(power));
  expect(v.getUint16(10), "rangeShift").toBe(n * 16 - power * 16);
  const tables = sfntTables(font);
  expect(tables).toHaveLength(n);
  const tags = tables.map((t) => t.tag);
  expect(tags).toEqual([...tags].sort());
  let end = 12 + 16 * n;
  for (const t of [...tables].sort((a, b) => a.offset - b.offset)) {
    expect(t.offset % 4, `${t.tag} on a four-byte boundary`).toBe(0);
    expect(t.offset, `${t.tag} after the one before`).toBeGreaterThanOrEqual(end);
    end = t.offset + t.length;
  }
  expect(end).toBeLessThanOrEqual(font.length);
  expect(font.length - end).toBeLessThan(4);
}

describe("pdfFonts", () => {
  it("keeps each font's whole checksum right (head.checkSumAdjustment)", () => {
    for (const v of FONT_VARIANTS) expect(sfntChecksum(pdfFonts()[v])).toBe(0xb1b0afba);
  });

  it("makes the fonts once per process, and leaves the vendored bytes alone", () => {
    const before = FONT_VARIANTS.map((v) => sha256(tinosFonts()[v]));
    expect(pdfFonts()).toBe(pdfFonts());
    expect(pdfFonts()).toBe(pdfFonts(tinosFonts()));
    expect(FONT_VARIANTS.map((v) => sha256(tinosFonts()[v]))).toEqual(before);
  });

  it.each(FONT_VARIANTS)("gives Tinos %s without GPOS, GSUB and kern", (variant) => {
    const original = sfntTables(tinosFonts()[variant]);
    const unkerned = sfntTables(pdfFonts()[variant]);
    expect(original.map((t) => t.tag)).toContain("GPOS");
    expect(original.map((t) => t.tag)).toContain("GSUB");
    expect(unkerned.map((t) => t.tag).filter((tag) => LAYOUT.has(tag))).toEqual([]);
    // Every other table: same tag, checksum and bytes, in the same order (but for the whole
    // font's checksum, head.checkSumAdjustment, which is the new font's).
    const kept = original.filter((t) => !LAYOUT.has(t.tag));
    expect(unkerned.map((t) => t.tag)).toEqual(kept.map((t) => t.tag));
    const withoutAdjustment = (t: { tag: string; data: Uint8Array }) => {
      const copy = new Uint8Array(t.data);
      if (t.tag === "head") copy.fill(0, 8, 12);
      return Buffer.from(copy);
    };
    unkerned.forEach((t, i) => {
      const o = kept[i] as (typeof kept)[number];
      expect(t.checksum, t.tag).toBe(o.checksum);
      expect(t.length, t.tag).toBe(o.length);
      expect(withoutAdjustment(t).equals(withoutAdjustment(o)), t.tag).toBe(true);
      // ... and the checksum is still that of the bytes (head's with checkSumAdjustment zeroed).
      const copy = new Uint8Array(t.data);
      if (t.tag === "head") copy.fill(0, 8, 12);
      expect(sfntChecksum(copy), t.tag).toBe(t.checksum);
    });
    const sfntVersion = (b: Uint8Array) => Buffer.from(b.subarray(0, 4)).toString("hex");
    expect(sfntVersion(pdfFonts()[variant])).toBe(sfntVersion(tinosFonts()[variant]));
    expectValidDirectory(pdfFonts()[variant]);
  });
});

describe("withoutTables", () => {
  it("drops the named tables of any font and keeps the rest as they were", () => {
    const tag = fc
      .array(fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ/ "), {
        minLength: 4,
        maxLength: 4,
      })
      .map((cs) => cs.join(""));
    const table = fc.record({ tag, data: fc.uint8Array({ maxLength: 40 }) });
    fc.assert(
      fc.property(
        fc.uniqueArray(table, { selector: (t) => t.tag, minLength: 1, maxLength: 20 }),
        fc.func(fc.boolean()),
        (tables, dropIt) => {
          const font = buildSfnt(tables);
          const drop = new Set(tables.map((t) => t.tag).filter((t) => dropIt(t)));
          fc.pre(drop.size < tables.length);
          const out = withoutTables(font, drop);
          const kept = sfntTables(font).filter((t) => !drop.has(t.tag));
          expect(
            sfntTables(out).map(({ tag, checksum, data }) => ({ tag, checksum, data: [...data] })),
          ).toEqual(kept.map(({ tag, checksum, data }) => ({ tag, checksum, data: [...data] })));
          expectValidDirectory(out);
        },
      ),
    );
  });

  it("gives the font back table for table when it drops nothing", () => {
    const font = tinosFonts().normal;
    const same = withoutTables(font, new Set());
    expect(sfntTables(same).map((t) => [t.tag, t.checksum, t.length])).toEqual(
      sfntTables(font).map((t) => [t.tag, t.checksum, t.length]),
    );
    expect(same.length).toBe(font.length);
  });
});

describe("the PDF's fonts set text unkerned, as it was measured", () => {
  const measure = tinosMeasure();

  it.each(FONT_VARIANTS)("pdfkit lays %s out at our measured widths", (variant) => {
    const face = faceOf(variant);
    for (const text of [KERNED, "Kế hoạch số 155/KH-LĐTBXH: “Tờ trình” office fi ffl"]) {
      const width = pdfkitWidth(pdfFonts()[variant], text, 14);
      expect(Math.abs(width - measure.width(text, 14, face))).toBeLessThan(1e-9);
    }
    // The original font kerns (AV, To): pdfkit lays it out narrower.
    const kerned = pdfkitWidth(tinosFonts()[variant], KERNED, 14);
    expect(kerned).toBeLessThan(measure.width(KERNED, 14, face) - 1);
  });

  const draw = (fonts: FontSet) => {
    const ops = FONT_VARIANTS.map((v, i) => ({
      kind: "text" as const,
      x: 72,
      y: 72 + 20 * i,
      size: 14,
      ...(faceOf(v) as { bold: boolean; italics: boolean }),
      text: KERNED,
      wordSpacing: 0,
    }));
    const page: Page = { orientation: "portrait", width: 595.28, height: 841.89, ops };
    const info = {
      title: "",
      author: "",
      subject: "",
      keywords: "",
      creator: "",
      producer: "",
      creationDate: new Date(0),
      modDate: new Date(0),
    };
    return drawPdf(PDFDocument, fonts, { info, language: "vi-VN", version: "1.7" }, [page]);
  };

  it("draws each line as one string of glyphs, no kerning adjustments between them", async () => {
    const unkerned = showTexts(await draw(pdfFonts()));
    expect(unkerned).toHaveLength(4);
    for (const tj of unkerned) expect(tj).toMatch(/^<[0-9a-f]+> 0$/);
    // Drawn with the original fonts, the same lines carry adjustments: kerning.
    const kerned = showTexts(await draw(tinosFonts()));
    expect(kerned).toHaveLength(4);
    for (const tj of kerned) expect(tj).toMatch(/^<[0-9a-f]+> -?[\d.]+ <[0-9a-f]+>/);
  });

  it("changes nothing for the original fonts: after a render, pdfkit still kerns them", async () => {
    const before = FONT_VARIANTS.map((v) => pdfkitWidth(tinosFonts()[v], KERNED, 14));
    await renderPdf(sampleModel(), { sourceDateEpoch: "" });
    const after = FONT_VARIANTS.map((v) => pdfkitWidth(tinosFonts()[v], KERNED, 14));
    expect(after).toEqual(before);
    FONT_VARIANTS.forEach((v, i) => {
      expect(after[i]).toBeLessThan(measure.width(KERNED, 14, faceOf(v)) - 1);
    });
    // And the PDF's own fonts still lay out unkerned.
    for (const v of FONT_VARIANTS) {
      const width = pdfkitWidth(pdfFonts()[v], KERNED, 14);
      expect(Math.abs(width - measure.width(KERNED, 14, faceOf(v)))).toBeLessThan(1e-9);
    }
  });
});
