// Line breaks as the DOCX gets them, so a paragraph has the same lines in the PDF as in the DOCX
// printed to PDF (and so the same height, and the pages break alike). Both fill lines greedily with
// the same advance widths; they differ in details measured on LibreOffice 7.4 and reproduced here:
// - at a line's end LibreOffice keeps a twip spare at 14 pt, and lets a line a twip too wide pass
//   at 13 pt (its glyph positions are rounded);
// - it reserves a twelfth of the font's height after italic text (for the slant), so a line ending
//   in italics wraps about 1.3 pt earlier at 14 pt;
// - it may break after a hyphen between letters or digits ("2022-|2025"), never after a slash
//   ("155/|KH");
// - a word longer than a line is cut where the line ends, line after line.
// The lines found here are the PDF's lines: the drawing (draw.ts) only places them.

import { lineHeightPt } from "../../layout/rules.js";
import type { Face, Measure } from "./measure.js";
import type { LineRun, TextLine } from "./nodes.js";
import type { Run } from "./text.js";

/** The room a paragraph's lines have, in points: its first line and the lines after it. */
export interface Frame {
  size: number;
  first: number;
  rest: number;
  /** The face the text has where its runs say nothing (a bold heading, an italic note). */
  bold?: boolean;
  italics?: boolean;
}

/** A paragraph's characters (code points), as parallel arrays: fewer objects, less to collect. */
interface Chars {
  code: Int32Array;
  /** Index of the run each comes from, and where it starts in that run's text (code units). */
  run: Int32Array;
  unit: Int32Array;
  italic: Uint8Array;
  width: Float64Array;
}

/** A stretch LibreOffice never breaks inside: between spaces, or after a hyphen. */
interface Word {
  start: number;
  end: number;
  /** Forced line breaks between the previous word and this one. */
  breaksBefore: number;
}

/** A line: its characters [start, end), and whether it is never stretched (see TextLine). */
interface Range {
  start: number;
  end: number;
  last: boolean;
}

/** Twips LibreOffice keeps spare at a line's end, by font size (see the top of this file). */
function spareTwips(size: number): number {
  return size === 14 ? 1 : size === 13 ? -0.5 : 0;
}

/** What LibreOffice reserves after italic text: a twelfth of the font's height, in whole twips. */
function italicReserveTwips(size: number): number {
  return Math.floor(Math.round(lineHeightPt(size) * 20) / 12);
}

/** The runs broken into the lines LibreOffice gives them in the frame. */
export function fitLines(runs: readonly Run[], frame: Frame, measure: Measure): TextLine[] {
  const chars = charsOf(runs, frame, measure);
  const { words, trailingBreaks } = wordsOf(chars);
  const layout = new Layout(chars, words, trailingBreaks, frame);
  return layout.lines().map((range) => lineOf(runs, chars, range));
}

/** A range of characters as a line: its runs (one per source run it crosses) and measures. */
function lineOf(runs: readonly Run[], chars: Chars, range: Range): TextLine {
  const { code, run, unit, width } = chars;
  const out: LineRun[] = [];
  let spaces = 0;
  let w = 0;
  let from = range.start;
  for (let i = range.start; i < range.end; i++) {
    w += width[i] as number;
    if (code[i] === SPACE) spaces++;
    const next = i + 1;
    if (next < range.end && run[next] === run[from]) continue;
    const source = runs[run[from] as number] as Run;
    const end = (unit[i] as number) + ((code[i] as number) > 0xffff ? 2 : 1);
    const piece: LineRun = { text: source.text.slice(unit[from], end) };
    if (source.bold !== undefined) piece.bold = source.bold;
    if (source.italics !== undefined) piece.italics = source.italics;
    if (source.highlight) piece.highlight = true;
    out.push(piece);
    from = next;
  }
  return { runs: out, width: round4(w), spaces, last: range.last };
}

/** To the ten-thousandth of a point: stable numbers in the golden definition. */
function round4(n: number): number {
  return Math.round(n * 10000) / 10000;
}

/** Widths per point of size, by measure, face and code point: each measured once. */
const WIDTHS = new WeakMap<Measure, Map<string, FaceWidths>>();

/** Below this code point a face's widths are kept in an array (NaN: not measured yet). */
const TABLE = 0x2100;

interface FaceWidths {
  table: Float64Array;
  other: Map<number, number>;
}

function faceWidths(measure: Measure, face: Face): FaceWidths {
  let faces = WIDTHS.get(measure);
  if (!faces) {
    faces = new Map();
    WIDTHS.set(measure, faces);
  }
  const key = `${face.bold ? "b" : ""}${face.italics ? "i" : ""}`;
  let widths = faces.get(key);
  if (!widths) {
    widths = { table: new Float64Array(TABLE).fill(Number.NaN), other: new Map() };
    faces.set(key, widths);
  }
  return widths;
}

function charsOf(runs: readonly Run[], frame: Frame, measure: Measure): Chars {
  let n = 0;
  for (const r of runs) n += r.text.length; // code units: at least the code points
  const code = new Int32Array(n);
  const run = new Int32Array(n);
  const unit = new Int32Array(n);
  const italic = new Uint8Array(n);
  const width = new Float64Array(n);
  let k = 0;
  runs.forEach((r, index) => {
    const face: Face = { bold: r.bold ?? frame.bold, italics: r.italics ?? frame.italics };
    const widths = faceWidths(measure, face);
    const text = r.text;
    const slant = face.italics ? 1 : 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.codePointAt(i) as number;
      if (c > 0xffff) i++;
      let w = c < TABLE ? (widths.table[c] as number) : widths.other.get(c);
      if (w === undefined || Number.isNaN(w)) {
        w = c === 0x0a ? 0 : measure.width(String.fromCodePoint(c), 1, face);
        if (c < TABLE) widths.table[c] = w;
        else widths.other.set(c, w);
      }
      code[k] = c;
      run[k] = index;
      unit[k] = c > 0xffff ? i - 1 : i;
      italic[k] = slant;
      width[k] = w * frame.size;
      k++;
    }
  });
  return {
    code: code.subarray(0, k),
    run: run.subarray(0, k),
    unit: unit.subarray(0, k),
    italic: italic.subarray(0, k),
    width: width.subarray(0, k),
  };
}

const ALNUM = /[\p{L}\p{N}]/u;
const isAlnum = (c: number | undefined): boolean =>
  c !== undefined && ALNUM.test(String.fromCodePoint(c));

const SPACE = 0x20;
const NEWLINE = 0x0a;
const HYPHEN = 0x2d;

/** The words, and the forced breaks after the last of them. */
function wordsOf(chars: Chars): { words: Word[]; trailingBreaks: number } {
  const words: Word[] = [];
  const { code } = chars;
  let start = -1;
  let breaks = 0;
  const close = (end: number) => {
    words.push({ start, end, breaksBefore: breaks });
    breaks = 0;
    start = -1;
  };
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === SPACE || c === NEWLINE) {
      if (start >= 0) close(i);
      if (c === NEWLINE) breaks++;
      continue;
    }
    if (start < 0) start = i;
    // LibreOffice may break after a hyphen between two letters or digits.
    if (c === HYPHEN && i > start && isAlnum(code[i - 1]) && isAlnum(code[i + 1])) close(i + 1);
  }
  if (start >= 0) close(code.length);
  return { words, trailingBreaks: breaks };
}

class Layout {
  private readonly reserve: number;
  private readonly spare: number;
  /** x[i]: the width of the characters before i, from the paragraph's start. */
  private readonly x: Float64Array;
  /** italicEnd[i]: the last j < i where an italic stretch ends (j italic, j + 1 not), or -1. */
  private readonly italicEnd: Int32Array;

  constructor(
    private readonly chars: Chars,
    private readonly words: readonly Word[],
    private readonly trailingBreaks: number,
    private readonly frame: Frame,
  ) {
    this.reserve = italicReserveTwips(frame.size);
    this.spare = spareTwips(frame.size);
    const n = chars.code.length;
    const x = new Float64Array(n + 1);
    const italicEnd = new Int32Array(n + 1);
    italicEnd[0] = -1;
    for (let i = 0; i < n; i++) {
      x[i + 1] = (x[i] as number) + (chars.width[i] as number);
      const ends = chars.italic[i] === 1 && chars.italic[i + 1] !== 1;
      italicEnd[i + 1] = ends ? i : (italicEnd[i] as number);
    }
    this.x = x;
    this.italicEnd = italicEnd;
  }

  /**
   * The lines LibreOffice makes of the words, as ranges of characters: each forced break ends a
   * line (an empty one where nothing stands before it), a word that does not fit opens the next,
   * and a word wider than its line is cut where the line ends, line after line.
   */
  lines(): Range[] {
    const out: Range[] = [];
    let open: { start: number; end: number } | undefined;
    let at = 0;
    const room = () => (out.length === 0 ? this.frame.first : this.frame.rest);
    const close = (last: boolean) => {
      out.push(open ? { ...open, last } : { start: at, end: at, last });
      open = undefined;
    };
    for (const word of this.words) {
      for (let b = 0; b < word.breaksBefore; b++) close(true);
      if (open && !this.fitsLibreOffice(open.start, word.end, room())) close(false);
      at = word.end;
      if (open) {
        open.end = word.end;
        continue;
      }
      let start = word.start;
      while (this.width(start, word.end) > room()) {
        const cut = this.cut(start, word.end, room());
        out.push({ start, end: cut, last: false });
        start = cut;
      }
      open = { start, end: word.end };
    }
    for (let b = 0; b < this.trailingBreaks; b++) close(true);
    if (open || out.length === 0 || this.trailingBreaks > 0) close(true);
    return out;
  }

  /** Where a word too wide for `room` is cut: after as many characters as fit, one at least. */
  private cut(start: number, end: number, room: number): number {
    let k = start + 1;
    while (k < end && this.width(start, k + 1) <= room) k++;
    return k;
  }

  private width(from: number, to: number): number {
    return (this.x[to] as number) - (this.x[from] as number);
  }

  /** The line from `from` to `to` (a word's end) fits LibreOffice's room, italic reserve included. */
  private fitsLibreOffice(from: number, to: number, room: number): boolean {
    const roomTwips = Math.round(room * 20) + 1e-6;
    // Where an italic stretch ends on the line (the last one: x only grows), it must leave room
    // for its reserve; the line's end counts as an end.
    const end = this.chars.italic[to - 1] === 1 ? to - 1 : (this.italicEnd[to - 1] as number);
    if (end >= from && this.width(from, end + 1) * 20 + this.reserve + this.spare > roomTwips) {
      return false;
    }
    return this.width(from, to) * 20 + this.spare <= roomTwips;
  }
}
