// One text object per run of like words on a line, instead of one per word. pdfmake measures and
// places each word of a paragraph as an inline of its own, and draws each through pdfkit's whole
// text machinery (options, a graphics state saved and restored, a text object, the font set again):
// that was a third of a render. Here the words of a line that share font, size, colour and opacity
// are written as one TJ array, each word still at the x pdfmake gave it (the gap a justified line
// puts after a space becomes a TJ adjustment), with the same glyphs and the same operators around
// them. Lines with anything else (links, page references, outlines, sub- and superscripts, letter
// spacing, OpenType features, glyphs fontkit moved) are drawn by pdfmake as before. pdfmake's line
// renderer is replaced once per process; if a pdfmake release moves it, nothing is replaced.

import { prototypeOf, replaceMethod } from "../patch.js";

interface Position {
  xAdvance: number;
  advanceWidth: number;
  xOffset?: number;
  yOffset?: number;
}

interface Font {
  id: string;
  ascender: number;
  ref(): unknown;
  encode(text: string, features?: unknown): [string[], Position[]];
}

interface Inline {
  text: string;
  x: number;
  font: Font;
  fontSize: number;
  color?: unknown;
  opacity?: unknown;
  [key: string]: unknown;
}

interface Line {
  inlines: Inline[];
  getHeight(): number;
  getAscenderHeight(): number;
  _outline?: unknown;
  _pageNodeRef?: unknown;
  id?: unknown;
}

interface PdfKitDocument {
  page: { height: number; fonts: Record<string, unknown> };
  opacity(value: number): unknown;
  fill(color: unknown): unknown;
  resolveColor(color: unknown, fallback: string): unknown;
  fontSize(size: number): unknown;
  addContent(op: string): unknown;
  _font: unknown;
}

interface Decorator {
  drawBackground(line: Line, x: number, y: number): void;
  drawDecorations(line: Line, x: number, y: number): void;
}

type RenderLine = (this: { pdfDocument: PdfKitDocument }, line: Line, x: number, y: number) => void;

/** A gap smaller than this (points) is the rounding of pdfmake's sums, not a gap. */
const NO_GAP = 1e-6;

/** As pdfkit writes numbers into content streams. */
function num(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * Installs the line renderer on pdfmake's Renderer class, drawing backgrounds and decorations with
 * its TextDecorator class; true when in place. Safe to call more than once.
 */
export function drawLineRuns(Renderer: unknown, TextDecorator: unknown): boolean {
  const Decorate = TextDecorator as new (doc: PdfKitDocument) => Decorator;
  if (typeof Decorate !== "function") return false;
  return replaceMethod<RenderLine>(
    prototypeOf(Renderer),
    "renderLine",
    (original) =>
      function (line, x = 0, y = 0) {
        const runs = plainLine(line) ? encodeRuns(line, x || 0) : undefined;
        if (!runs) {
          original.call(this, line, x, y);
          return;
        }
        const doc = this.pdfDocument;
        const decorator = new Decorate(doc);
        decorator.drawBackground(line, x || 0, y || 0);
        const lineHeight = line.getHeight();
        const descent = lineHeight - line.getAscenderHeight();
        for (const run of runs) {
          const { font, fontSize } = run.first;
          doc.opacity(typeof run.first.opacity === "number" ? run.first.opacity : 1);
          doc.fill(doc.resolveColor(run.first.color, "black"));
          doc._font = font;
          doc.fontSize(fontSize);
          const top = (y || 0) + lineHeight - (font.ascender / 1000) * fontSize - descent;
          writeRun(doc, run, top);
        }
        decorator.drawDecorations(line, x || 0, y || 0);
      },
  );
}

function plainLine(line: Line): boolean {
  if (line._outline || line._pageNodeRef || line.id) return false;
  for (const inline of line.inlines) {
    // what only pdfmake's own drawing handles (read by name: far cheaper than by a changing key)
    if (
      inline._pageNodeRef ||
      inline.link ||
      inline.linkToPage ||
      inline.linkToDestination ||
      inline.sup ||
      inline.sub ||
      inline.characterSpacing ||
      inline.fontFeatures
    )
      return false;
    if (typeof inline.text !== "string" || inline.text.includes("\n")) return false;
  }
  return true;
}

interface Run {
  first: Inline;
  /** Where the run starts, in points from the page's left edge. */
  x: number;
  /** TJ array elements: glyph strings and the adjustments between them. */
  parts: string[];
}

/** A word as pdfkit encodes it: its glyphs in hex, and each glyph's advance (font units). */
interface Encoded {
  hex: string;
  advances: number[];
}

/**
 * Words already encoded, by font: the words of a plan repeat, and encoding one again changes
 * nothing (its glyphs are in the subset, their widths and code points noted), so its hex and
 * advances are kept. `null`: a word with glyphs placed in a way only pdfkit writes.
 */
const encodedWords = new WeakMap<Font, Map<string, Encoded | null>>();

function encodeWord(font: Font, text: string): Encoded | null {
  let words = encodedWords.get(font);
  if (!words) {
    words = new Map();
    encodedWords.set(font, words);
  }
  let word = words.get(text);
  if (word === undefined) {
    const [encoded, positions] = font.encode(text);
    const advances: number[] = [];
    word = { hex: encoded.join(""), advances };
    for (const p of positions) {
      if (p.xOffset || p.yOffset || p.xAdvance !== p.advanceWidth) {
        word = null;
        break;
      }
      advances.push(p.xAdvance);
    }
    words.set(text, word);
  }
  return word;
}

/** The line's runs, or undefined when a glyph is placed in a way only pdfkit writes. */
function encodeRuns(line: Line, x: number): Run[] | undefined {
  const runs: Run[] = [];
  let run: Run | undefined;
  let glyphs = "";
  let pen = 0;
  for (const inline of line.inlines) {
    if (inline.text.length === 0) continue; // pdfkit writes nothing for it either
    const word = encodeWord(inline.font, inline.text);
    if (word === null) return undefined;
    const at = x + inline.x;
    if (run === undefined || !sameLook(run.first, inline)) {
      if (run) run.parts.push(`<${glyphs}> 0`);
      run = { first: inline, x: at, parts: [] };
      runs.push(run);
      glyphs = "";
    } else if (Math.abs(at - pen) > NO_GAP) {
      run.parts.push(`<${glyphs}> ${num((-(at - pen) * 1000) / inline.fontSize)}`);
      glyphs = "";
    }
    pen = at;
    const scale = inline.fontSize / 1000;
    glyphs += word.hex;
    // glyph by glyph, as pdfkit sums them: the same pen to the last bit
    for (const advance of word.advances) pen += advance * scale;
  }
  if (run) run.parts.push(`<${glyphs}> 0`);
  return runs;
}

function sameLook(a: Inline, b: Inline): boolean {
  return (
    a.font === b.font &&
    a.fontSize === b.fontSize &&
    a.color === b.color &&
    (a.opacity ?? 1) === (b.opacity ?? 1)
  );
}

/**
 * What pdfkit's text() writes for a word, for the whole run: save(), transform(1, 0, 0, -1, 0, h),
 * the text object, restore(), each operator on a line of its own. Written as one piece of content
 * (pdfkit turns each call into a buffer of its own); the transformation they apply is undone by the
 * restore, so pdfkit's record of it needs no update.
 */
function writeRun(doc: PdfKitDocument, run: Run, top: number): void {
  const { font, fontSize } = run.first;
  const height = doc.page.height;
  const y = height - top - (font.ascender / 1000) * fontSize;
  doc.page.fonts[font.id] ??= font.ref();
  doc.addContent(
    `q\n1 0 0 -1 0 ${num(height)} cm\nBT\n1 0 0 1 ${num(run.x)} ${num(y)} Tm\n` +
      `/${font.id} ${num(fontSize)} Tf\n[${run.parts.join(" ")}] TJ\nET\nQ`,
  );
}
