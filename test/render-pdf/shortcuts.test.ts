// The PDF renderer's shortcuts through pdfmake's, pdfkit's and fontkit's internals (plain-layout.ts,
// style-lookup.ts, measure-once.ts, subset-glyphs.ts, fontkit-cache.ts leave the bytes as they were; line-runs.ts
// writes the words of a line together, each where pdfmake put it), checked against the libraries'
// own behaviour on the example plans, rendered in fresh processes with the shortcuts off.

import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentModel } from "../../src/document/types.js";
import { tinosFonts } from "../../src/render/pdf/fonts.js";
import { renderPdf } from "../../src/render/pdf/index.js";
import { pdfInternals } from "../../src/render/pdf/internals.js";
import { isPlainCharCode } from "../../src/render/pdf/plain-layout.js";
import { compileRenderer, ROOT, renderInChild } from "./child.js";
import { bigTableModel, longCellModel, longModel } from "./models.js";
import { POPPLER_MISSING, wordsByPage } from "./poppler.js";

const PLANS = ["quang-minh-2024", "long-khanh-2024", "pho-minh-2024"];
const modelFile = (plan: string) => join(ROOT, "test", "golden", "plans", `${plan}.model.json`);
const model = (plan: string): DocumentModel => JSON.parse(readFileSync(modelFile(plan), "utf8"));
const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

interface Glyph {
  id: number;
}
interface Run {
  glyphs: Glyph[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
}
interface Font {
  layout(text: string, features?: unknown): Run;
}
interface PdfDoc {
  provideFont(family: string, bold: boolean, italics: boolean): object;
}

describe("the shortcuts", () => {
  it("are all in place with the pdfmake, pdfkit and fontkit installed (else only slower)", async () => {
    await renderPdf(model("pho-minh-2024"));
    const i = pdfInternals() as unknown as Record<string, { prototype: object } & object>;
    const replaced = (holder: object | undefined, name: string) =>
      Boolean((holder as Record<symbol, unknown>)?.[Symbol.for(`kehoach.replaced.${name}`)]);
    expect(replaced(i.ElementWriter?.prototype, "alignLine")).toBe(true);
    expect(replaced(i.Renderer?.prototype, "renderLine")).toBe(true);
    expect(replaced(i.DocMeasure?.prototype, "measureLeaf")).toBe(true);
    expect(replaced(i.StyleContextStack, "getStyleProperty")).toBe(true);
    for (const m of ["getProperty", "push", "pop"])
      expect(replaced(i.StyleContextStack?.prototype, m), m).toBe(true);
    const font = (
      i.fontkit as unknown as { create(b: Uint8Array): { createSubset(): object } }
    ).create(tinosFonts().normal);
    expect(replaced(Object.getPrototypeOf(font), "layout")).toBe(true);
    expect(replaced(Object.getPrototypeOf(font.createSubset()), "_addGlyph")).toBe(true);
    expect(replaced(i.PDFDocument?.prototype, "provideFont")).toBe(true);
    expect(replaced(i.TextInlines?.prototype, "measure")).toBe(true);
    expect(replaced(i.LineBreaker?.prototype, "nextBreak")).toBe(true);
    // pdfkit's embedded font class, reached through a font pdfmake provides
    const doc = new (i.PDFDocument as unknown as new (...a: unknown[]) => PdfDoc)(
      { Tinos: { normal: tinosFonts().normal } },
      {},
      {},
      {},
    );
    expect(replaced(Object.getPrototypeOf(doc.provideFont("Tinos", false, false)), "layout")).toBe(
      true,
    );
  });
});

describe("plain layout", () => {
  it("gives fontkit's glyphs and advances for every character it takes and every word of the plans", async () => {
    await renderPdf(model("pho-minh-2024")); // installs the shortcuts
    const fontkit = pdfInternals().fontkit as { create(bytes: Uint8Array): Font };
    expect(fontkit).toBeDefined();
    const words = new Set<string>(["fi", "fl", "ffi", "ffl", "AV", "To", "11", "Tr", "Wa"]);
    for (const plan of PLANS) {
      const text = readFileSync(join(ROOT, "test", "golden", "plans", `${plan}.html`), "utf8")
        .replace(/<[^>]*>/g, " ")
        .normalize("NFC");
      for (const w of text.split(/\s+/)) if (w) words.add(`${w} `);
    }
    for (let code = 0; code <= 0xffff; code++) {
      if (isPlainCharCode(code)) words.add(String.fromCharCode(code));
    }
    const fonts = tinosFonts();
    let compared = 0;
    for (const face of ["normal", "bold", "italics", "bolditalics"] as const) {
      const font = fontkit.create(fonts[face]);
      for (const w of words) {
        const plain = font.layout(w);
        const shaped = font.layout(w, { kern: false });
        if (shaped.glyphs.some((g) => g.id === 0)) continue; // not in the font: both say so
        expect(
          plain.glyphs.map((g) => g.id),
          `${face} ${JSON.stringify(w)}`,
        ).toEqual(shaped.glyphs.map((g) => g.id));
        expect(plain.positions, `${face} ${JSON.stringify(w)}`).toEqual(
          shaped.positions.map((p) => ({ ...p })),
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(4 * 2000);
  });
});

describe("the shortcuts, against pdfmake and fontkit unpatched", () => {
  let build = "";

  beforeAll(() => {
    build = compileRenderer();
  });

  afterAll(() => {
    if (build) rmSync(build, { recursive: true, force: true });
  });

  it.each(PLANS)("leave the bytes of %s as they were", (plan) => {
    const fast = renderInChild(build, {}, modelFile(plan));
    const slow = renderInChild(build, { KEHOACH_PDF_SHORTCUTS: "0" }, modelFile(plan));
    expect(sha256(fast)).toBe(sha256(slow));
  });

  it("leave the bytes as they were where words are cut, tables run over pages and pages move", () => {
    // quang-minh is laid out twice (a heading moves to the next page): a word wider than any line
    // early in it is cut in the first pass and must come back whole for the second.
    const cut = model("quang-minh-2024");
    const first = cut.sections[0]?.children.find((b) => b.type === "paragraph");
    if (first?.type !== "paragraph") throw new Error("quang-minh has no paragraph");
    first.content.push({ type: "text", text: ` ${"X".repeat(300)} và tiếp` });
    const edge: [string, DocumentModel][] = [
      ["cut", cut],
      ["long", longModel(4)],
      ["cells", longCellModel(5000, 300)],
      ["table", bigTableModel(300)],
    ];
    const dir = mkdtempSync(join(tmpdir(), "kehoach-pdf-shortcuts-"));
    try {
      for (const [name, m] of edge) {
        const file = join(dir, `${name}.json`);
        writeFileSync(file, JSON.stringify(m));
        const fast = renderInChild(build, {}, file);
        const slow = renderInChild(build, { KEHOACH_PDF_SHORTCUTS: "0" }, file);
        expect(sha256(fast), name).toBe(sha256(slow));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it.skipIf(POPPLER_MISSING)("put every word of the plans where pdfmake puts it", () => {
    for (const plan of PLANS) {
      const runs = wordsByPage(renderInChild(build, {}, modelFile(plan)));
      const words = wordsByPage(
        renderInChild(build, { KEHOACH_PDF_LINE_RUNS: "0" }, modelFile(plan)),
      );
      expect(runs.length, plan).toBe(words.length);
      let compared = 0;
      for (const [p, page] of words.entries()) {
        const other = runs[p]?.words ?? [];
        expect(
          other.map((w) => w.text),
          `${plan} page ${p + 1}`,
        ).toEqual(page.words.map((w) => w.text));
        for (const [i, w] of page.words.entries()) {
          const o = other[i];
          if (!o) continue;
          for (const k of ["xMin", "yMin", "xMax", "yMax"] as const)
            expect(Math.abs(o[k] - w[k]), `${plan} p${p + 1} "${w.text}" ${k}`).toBeLessThan(0.001);
          compared++;
        }
      }
      expect(compared, plan).toBeGreaterThan(1000);
    }
  });
});
