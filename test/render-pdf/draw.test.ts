// draw.ts: hand-made pages drawn through pdfkit, and read back (the bytes, the page contents, and
// poppler-utils when installed): a page per page, in its orientation, every op where it says, and
// nothing laid out by the drawing itself.

import { createHash } from "node:crypto";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { drawPdf } from "../../src/render/pdf/draw.js";
import { pdfFonts } from "../../src/render/pdf/fonts.js";
import { tinosMeasure } from "../../src/render/pdf/measure.js";
import type { Op, Page, TextOp } from "../../src/render/pdf/pages.js";
import { pageContents, showTexts } from "./pdf-streams.js";
import { POPPLER_MISSING, poppler, wordsByPage } from "./poppler.js";

const A4 = { width: 595.28, height: 841.89 };
const latin1 = (b: Uint8Array) => Buffer.from(b).toString("latin1");
const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const measure = tinosMeasure();

const info = {
  title: "Kế hoạch thử",
  author: "Ủy ban nhân dân phường Quảng Minh",
  subject: "Kế hoạch",
  keywords: "",
  creator: "kehoach",
  producer: "kehoach (pdfkit)",
  creationDate: new Date(Date.UTC(2024, 1, 22)),
  modDate: new Date(Date.UTC(2024, 1, 22)),
};

const text = (t: string, x: number, y: number, extra: Partial<TextOp> = {}): TextOp => ({
  kind: "text",
  x,
  y,
  size: 14,
  bold: false,
  italics: false,
  text: t,
  wordSpacing: 0,
  ...extra,
});

const portrait = (ops: Op[]): Page => ({ orientation: "portrait", ...A4, ops });
const landscape = (ops: Op[]): Page => ({
  orientation: "landscape",
  width: A4.height,
  height: A4.width,
  ops,
});

const JUSTIFIED = "Kế hoạch số 05/KH-UBND ngày 22 tháng 02";
const EXTRA = 6;

/** Three pages: portrait, landscape, portrait; text in every face, lines, a justified line. */
function pages(): Page[] {
  return [
    portrait([
      text("Trang một", 72, 72),
      text("In đậm", 72, 100, { bold: true }),
      text("In nghiêng", 72, 128, { italics: true }),
      text("Đậm nghiêng", 72, 156, { bold: true, italics: true }),
      { kind: "line", x1: 72, y1: 200, x2: 300, y2: 200, width: 0.5 },
      { kind: "line", x1: 72, y1: 210, x2: 300, y2: 210, width: 0.5 },
      { kind: "line", x1: 72, y1: 220, x2: 300, y2: 220, width: 1 },
    ]),
    // a text at the page's foot: drawn there, no page added for it
    landscape([text("Phụ lục", 80, 60, { size: 13 }), text("Cuối trang", 80, 580, { size: 13 })]),
    portrait([text(JUSTIFIED, 72, 300, { wordSpacing: EXTRA }), text(JUSTIFIED, 72, 330)]),
  ];
}

const draw = (p: Page[] = pages()) =>
  drawPdf(PDFDocument, pdfFonts(), { info, language: "vi-VN", version: "1.7" }, p);

describe("drawPdf", () => {
  it("declares PDF 1.7, the language vi-VN and the document's information", async () => {
    const pdf = latin1(await draw());
    expect(pdf.slice(0, 8)).toBe("%PDF-1.7");
    expect(pdf).toContain("/Lang (vi-VN)");
    expect(pdf).toContain("(D:20240222000000Z)");
    expect(pdf.slice(-6)).toBe("%%EOF\n");
  });

  it("writes one page per page, each with the MediaBox of its orientation", async () => {
    const pdf = latin1(await draw());
    expect(pdf.match(/\/Type \/Page\n/g)).toHaveLength(3);
    const boxes = [...pdf.matchAll(/\/MediaBox \[([^\]]*)\]/g)].map((m) => m[1]);
    expect(boxes).toEqual(["0 0 595.28 841.89", "0 0 841.89 595.28", "0 0 595.28 841.89"]);
    const one = latin1(await draw([landscape([])]));
    expect([...one.matchAll(/\/MediaBox \[([^\]]*)\]/g)].map((m) => m[1])).toEqual([
      "0 0 841.89 595.28",
    ]);
  });

  it("writes the same bytes every time", async () => {
    const a = await draw();
    const b = await draw();
    expect(sha256(a)).toBe(sha256(b));
    // ... and other bytes for other pages.
    expect(sha256(await draw(pages().slice(0, 2)))).not.toBe(sha256(a));
  });

  it("strokes lines of one width in a row as one path, at the op's coordinates", async () => {
    const [first] = pageContents(await draw());
    const strokes = (first ?? "").split("\n").filter((l) => l === "S");
    expect(strokes).toHaveLength(2);
    // pdfkit's pages are turned so that y runs down from the top, as in the ops.
    expect(first).toContain(
      "0.5 w\n72 200 m\n300 200 l\n72 210 m\n300 210 l\nS\n1 w\n72 220 m\n300 220 l\nS",
    );
  });

  it("puts a text's line top at its y: the baseline an ascent below, in its face and size", async () => {
    const [first, second] = pageContents(await draw());
    const baselines = [
      ...(first ?? "").matchAll(/1 0 0 1 ([\d.]+) ([\d.]+) Tm\n\/(F\d) ([\d.]+) Tf/g),
    ];
    expect(baselines.map((m) => [Number(m[1]), m[3], Number(m[4])])).toEqual([
      [72, "F1", 14],
      [72, "F2", 14],
      [72, "F3", 14],
      [72, "F4", 14],
    ]);
    baselines.forEach((m, i) => {
      // In PDF space (y up from the bottom): the page's height less the op's y and the ascent.
      expect(Number(m[2])).toBeCloseTo(A4.height - (72 + 28 * i) - measure.ascent(14), 5);
    });
    const landscapeText = (second ?? "").match(/1 0 0 1 ([\d.]+) ([\d.]+) Tm\n\/F\d 13 Tf/);
    expect(Number(landscapeText?.[1])).toBe(80);
    expect(Number(landscapeText?.[2])).toBeCloseTo(A4.width - 60 - measure.ascent(13), 5);
  });

  it("lays nothing out itself: a text wider than the page stays one line", async () => {
    const long = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(" ");
    expect(measure.width(long, 14)).toBeGreaterThan(A4.width);
    const [content] = pageContents(await draw([portrait([text(long, 72, 72)])]));
    expect(content?.match(/ Tm\n/g)).toHaveLength(1);
    expect(content?.match(/\] TJ/g)).toHaveLength(1);
  });

  it("widens each space of a line by its word spacing, drawing the words only", async () => {
    const [justified, plain] = showTexts(await draw()).slice(-2);
    // The words are drawn without their spaces; the space and the extra are an adjustment after
    // each word: −(space + extra) in thousandths of the size.
    const space = (measure.width(" ", 14) + EXTRA) * (1000 / 14);
    const gaps = [...(justified ?? "").matchAll(/> (-?[\d.]+)/g)].map((m) => Number(m[1]));
    expect(gaps).toHaveLength(JUSTIFIED.split(" ").length);
    for (const g of gaps) expect(g).toBeCloseTo(-space, 2);
    expect(plain).toMatch(/^<[0-9a-f]+> 0$/);
  });
});

if (POPPLER_MISSING) {
  describe("drawPdf read back with poppler-utils", () => {
    it.skip(`skipped: ${POPPLER_MISSING}`, () => {});
  });
} else {
  describe("drawPdf read back with poppler-utils", () => {
    it("has the pages' sizes and the document's information (pdfinfo)", async () => {
      const out = poppler("pdfinfo", ["-f", "1", "-l", "9", "FILE"], await draw());
      const sizes = [...out.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map(
        (m) => `${m[1]} x ${m[2]}`,
      );
      expect(sizes).toEqual(["595.28 x 841.89", "841.89 x 595.28", "595.28 x 841.89"]);
      expect(out).toMatch(/Title:\s+Kế hoạch thử/);
      expect(out).toMatch(/Author:\s+Ủy ban nhân dân phường Quảng Minh/);
      expect(out).toMatch(/PDF version:\s+1\.7/);
    });

    it("embeds the faces the text uses, each once (pdffonts)", async () => {
      const rows = poppler("pdffonts", ["FILE"], await draw())
        .trim()
        .split("\n")
        .slice(2);
      const names = rows.map((r) => (r.trim().split(/\s+/)[0] ?? "").replace(/^[A-Z]{6}\+/, ""));
      expect(names.sort()).toEqual([
        "Tinos-Bold",
        "Tinos-BoldItalic",
        "Tinos-Italic",
        "Tinos-Regular",
      ]);
      const plainOnly = poppler("pdffonts", ["FILE"], await draw([portrait([text("a", 72, 72)])]));
      expect(plainOnly.trim().split("\n").slice(2)).toHaveLength(1);
    });

    it("gives each text back at its place, a justified line's words apart by space and extra", async () => {
      const [first, second, third] = wordsByPage(await draw());
      expect(first?.words.map((w) => w.text)).toEqual([
        "Trang",
        "một",
        "In",
        "đậm",
        "In",
        "nghiêng",
        "Đậm",
        "nghiêng",
      ]);
      expect(second?.words.map((w) => w.text)).toEqual(["Phụ", "lục", "Cuối", "trang"]);
      const words = third?.words ?? [];
      const expected = JUSTIFIED.split(" ");
      expect(words.map((w) => w.text)).toEqual([...expected, ...expected]);
      const justified = words.slice(0, expected.length);
      const plain = words.slice(expected.length);
      const space = measure.width(" ", 14);
      expect(justified[0]?.xMin).toBeCloseTo(72, 2);
      expect(plain[0]?.xMin).toBeCloseTo(72, 2);
      for (let i = 1; i < expected.length; i++) {
        const w = justified[i] as (typeof justified)[number];
        const before = justified[i - 1] as (typeof justified)[number];
        expect(w.xMin - before.xMax).toBeCloseTo(space + EXTRA, 2);
        const p = plain[i] as (typeof plain)[number];
        const pBefore = plain[i - 1] as (typeof plain)[number];
        expect(p.xMin - pBefore.xMax).toBeCloseTo(space, 2);
        // Each word as wide as measured.
        expect(w.xMax - w.xMin).toBeCloseTo(measure.width(expected[i] as string, 14), 2);
      }
      // The line ends where its measure and its spaces say.
      const end = 72 + measure.width(JUSTIFIED, 14) + (expected.length - 1) * EXTRA;
      expect(justified.at(-1)?.xMax).toBeCloseTo(end, 2);
    });
  });
}
