// Line breaks as the DOCX gets them, so a paragraph has the same lines in the PDF as in the DOCX
// printed to PDF (and so the same height, and the pages break alike). Both fill lines greedily with
// the same advance widths; they differ in details measured on LibreOffice 7.4 and reproduced here:
// - at a line's end LibreOffice keeps a twip spare at 14 pt, and lets a line a twip too wide pass
//   at 13 pt (its glyph positions are rounded);
// - it reserves a twelfth of the font's height after italic text (for the slant), so a line ending
//   in italics wraps about 1.3 pt earlier at 14 pt;
// - it may break after a hyphen between digits ("2022-|2025"), never after a slash ("155/|KH");
//   pdfmake's Unicode line breaking does the opposite.
// The PDF's runs are rewritten so that pdfmake breaks exactly there: a word LibreOffice moves down
// is tied to the words after it with no-break spaces until pdfmake cannot fit them either (at the
// paragraph's end the right edge comes in by a few hundredths of a point instead); words holding a
// slash, a quote or a bracket are set unbreakable (noWrap); a zero-width space after a hyphen
// between digits lets pdfmake break where LibreOffice may.

import { lineHeightPt } from "../../layout/rules.js";
import type { Face, Measure } from "./measure.js";
import type { Run } from "./text.js";

const NBSP = "\u00a0";
const ZWSP = "\u200b";

/** The room a paragraph's lines have, in points: its first line and the lines after it. */
export interface Frame {
  size: number;
  first: number;
  rest: number;
  /** The face the text has where its runs say nothing (a bold heading, an italic note). */
  bold?: boolean;
  italics?: boolean;
}

export interface Fitted {
  runs: Run[];
  /** How far the paragraph's right edge comes in, in points; 0 nearly always, < 0 to widen. */
  inset: number;
  /** Lines the paragraph takes. */
  lines: number;
}

/**
 * A paragraph's characters (code points), as parallel arrays: fewer objects, less to collect. Their
 * strings are made only for the few paragraphs rewrite() changes.
 */
interface Chars {
  code: Int32Array;
  /** Index of the run each comes from. */
  run: Int32Array;
  italic: Uint8Array;
  width: Float64Array;
}

/** A stretch LibreOffice never breaks inside: between spaces, or after a hyphen. */
interface Word {
  start: number;
  end: number;
  /** A forced line break ends the line before this word. */
  breakBefore: boolean;
  /** Follows the previous word straight after its hyphen, with no space between. */
  afterHyphen: boolean;
}

/** Twips LibreOffice keeps spare at a line's end, by font size (see the top of this file). */
function spareTwips(size: number): number {
  return size === 14 ? 1 : size === 13 ? -0.5 : 0;
}

/** What LibreOffice reserves after italic text: a twelfth of the font's height, in whole twips. */
function italicReserveTwips(size: number): number {
  return Math.floor(Math.round(lineHeightPt(size) * 20) / 12);
}

export function fitLines(runs: readonly Run[], frame: Frame, measure: Measure): Fitted {
  const chars = charsOf(runs, frame, measure);
  const words = wordsOf(chars);
  const layout = new Layout(chars, words, frame);
  const lines = layout.countLines();
  if (words.length < 2 && !runs.some((r) => PROTECTED.test(r.text))) {
    return { runs: [...runs], inset: 0, lines };
  }
  const ties = new Set<number>();
  let inset = 0;
  // Each pass fixes the first line where pdfmake would differ; a paragraph needs a few at most.
  for (let pass = 0; pass < 50; pass++) {
    const fix = layout.firstDifference(ties, inset);
    if (fix === undefined) break;
    if (fix.kind === "tie") for (const i of fix.words) ties.add(i);
    else inset = fix.inset;
  }
  // Most paragraphs need nothing: give pdfmake the runs as they are.
  if (ties.size === 0 && !REWRITTEN.test(runs.map((r) => r.text).join(""))) {
    return { runs: [...runs], inset, lines };
  }
  return { runs: rewrite(runs, chars, words, ties), inset, lines };
}

/** Text rewrite() changes even without ties: protected characters, a hyphen before a digit. */
const REWRITTEN = /[/“”"'‘’()[\]–—…]|[\p{L}\p{N}]-\p{N}/u;

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
      italic[k] = slant;
      width[k] = w * frame.size;
      k++;
    }
  });
  return {
    code: code.subarray(0, k),
    run: run.subarray(0, k),
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

function wordsOf(chars: Chars): Word[] {
  const words: Word[] = [];
  const { code } = chars;
  let start = -1;
  let breakBefore = false;
  let afterHyphen = false;
  const close = (end: number) => {
    words.push({ start, end, breakBefore, afterHyphen });
    breakBefore = false;
    afterHyphen = false;
    start = -1;
  };
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === SPACE || c === NEWLINE) {
      if (start >= 0) close(i);
      if (c === NEWLINE) breakBefore = true;
      continue;
    }
    if (start < 0) start = i;
    // LibreOffice may break after a hyphen between two letters or digits.
    if (c === HYPHEN && i > start && isAlnum(code[i - 1]) && isAlnum(code[i + 1])) {
      close(i + 1);
      afterHyphen = true;
    }
  }
  if (start >= 0) close(code.length);
  return words;
}

type Fix = { kind: "tie"; words: number[] } | { kind: "inset"; inset: number };

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

  /** Lines LibreOffice makes of the words (a word wider than the line is cut, line after line). */
  countLines(): number {
    const { words, frame } = this;
    if (words.length === 0) return 1;
    let lines = 1;
    let lineStart = 0;
    words.forEach((word, w) => {
      const room = lines === 1 ? frame.first : frame.rest;
      const from = (words[lineStart] as Word).start;
      if (w > lineStart && (word.breakBefore || !this.fitsLibreOffice(from, word.end, room))) {
        lines++;
        lineStart = w;
      }
      const alone = this.width(word.start, word.end);
      if (w === lineStart && alone > frame.rest) lines += Math.ceil(alone / frame.rest) - 1;
    });
    return lines;
  }

  /**
   * Lays the words out as LibreOffice does, and checks each line against pdfmake with the ties and
   * inset so far: the first line pdfmake would end differently gets a fix.
   */
  firstDifference(ties: ReadonlySet<number>, inset: number): Fix | undefined {
    const { words, frame } = this;
    let lineStart = 0;
    let first = true;
    for (let w = 1; w < words.length; w++) {
      const room = first ? frame.first : frame.rest;
      const word = words[w] as Word;
      const from = (words[lineStart] as Word).start;
      if (word.breakBefore) {
        lineStart = w;
        first = false;
        continue;
      }
      const fitsPdf = (end: number) => this.width(from, end) <= room - inset;
      if (this.fitsLibreOffice(from, word.end, room)) {
        // LibreOffice keeps the word; so must pdfmake, with a hair's width more room if need be.
        if (!ties.has(w) && !fitsPdf(word.end)) {
          return { kind: "inset", inset: round4(room - this.width(from, word.end) - 0.001) };
        }
        continue;
      }
      // LibreOffice starts a new line at word w: pdfmake must not fit it, with what is tied to it.
      let last = w;
      while (ties.has(last) && last + 1 < words.length) last++;
      if (fitsPdf((words[last] as Word).end)) {
        const tie: number[] = [];
        while (fitsPdf((words[last] as Word).end)) {
          const next = words[last + 1];
          if (next === undefined || next.breakBefore) {
            return {
              kind: "inset",
              inset: round4(room - this.width(from, (words[last] as Word).end) + 0.001),
            };
          }
          tie.push(last);
          last++;
        }
        return { kind: "tie", words: tie };
      }
      lineStart = w;
      first = false;
    }
    return undefined;
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

/** Characters around which pdfmake's line breaking may break where LibreOffice does not. */
const PROTECTED = /[/“”"'‘’()[\]–—…]/;

/**
 * The runs again, for pdfmake: tied spaces become no-break spaces; a stretch between breaks that
 * holds a protected character, or a tie across a hyphen, is set noWrap; a break after a hyphen
 * before a digit gets a zero-width space.
 */
function rewrite(
  runs: readonly Run[],
  chars: Chars,
  words: readonly Word[],
  ties: ReadonlySet<number>,
): Run[] {
  // Per character: its text in the output, and the unbreakable piece it belongs to (-1: none).
  const text = Array.from(chars.code, (c) => String.fromCodePoint(c));
  const piece = new Int32Array(text.length).fill(-1);
  let pieceStart = 0;
  let pieceId = 0;
  const closePiece = (endWord: number) => {
    const from = (words[pieceStart] as Word).start;
    const to = (words[endWord] as Word).end;
    let guard = false;
    for (let i = from; i < to; i++) if (PROTECTED.test(text[i] as string)) guard = true;
    // A tie across a hyphen inside the piece needs noWrap too.
    for (let w = pieceStart; w < endWord; w++) if (ties.has(w)) guard = true;
    if (guard) for (let i = from; i < to; i++) piece[i] = pieceId;
    pieceId++;
  };
  words.forEach((word, w) => {
    const next = words[w + 1];
    const joined = next?.afterHyphen === true;
    if (joined && ties.has(w)) return; // the piece goes on across the hyphen
    closePiece(w);
    pieceStart = w + 1;
    if (joined) {
      // An untied break after a hyphen: pdfmake needs an opportunity before a digit.
      if (/\p{N}/u.test(text[next.start] ?? "")) text[word.end - 1] = `-${ZWSP}`;
      return;
    }
    if (next && ties.has(w)) for (let i = word.end; i < next.start; i++) text[i] = NBSP;
  });

  // Consecutive characters of one run and one piece make one output run.
  const out: Run[] = [];
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && chars.run[i] === chars.run[from] && piece[i] === piece[from]) continue;
    const source = runs[chars.run[from] as number] as Run;
    const run: Run = { ...source, text: text.slice(from, i).join("") };
    if ((piece[from] as number) >= 0) run.noWrap = true;
    out.push(run);
    from = i;
  }
  return out;
}

/** To the ten-thousandth of a point, away from the text: never a hair too little room. */
function round4(n: number): number {
  return Math.ceil(n * 10000) / 10000;
}
