// pdfmake finds where a paragraph's text may break with the linebreak library (the Unicode line
// breaking algorithm, UAX #14): a trie lookup and a table of pair rules for every character. Most of
// a plan's text is letters (Latin, Vietnamese), digits, spaces and the punctuation `, . ; :`, and in
// such text the algorithm allows a break only after a run of spaces (letters and digits never break
// between themselves or before that punctuation, and the punctuation breaks nowhere before a letter
// or digit), unless a space is followed by that punctuation (no break before it: rule LB13). For that
// text the breaks are found here directly; any other text goes to the library. linebreak's class is
// patched once per process; a test compares the breaks with the library's on every text of the
// plans and on generated strings.

import { prototypeOf, replaceMethod } from "../patch.js";

interface Breaker {
  string: string;
  [SIMPLE]?: number;
}

interface Break {
  position: number;
  required: boolean;
}

type NextBreak = (this: Breaker) => Break | null;

/** Where the next break is looked for in a simple string; -1: not simple, the library's. */
const SIMPLE = Symbol("kehoach.simpleBreaks");
const SPACE = 0x20;

/** Installs the breaks on linebreak's LineBreaker class; true when in place. */
export function fastLineBreaks(LineBreaker: unknown): boolean {
  return replaceMethod<NextBreak>(
    prototypeOf(LineBreaker),
    "nextBreak",
    (original) =>
      function (this: Breaker) {
        let at = this[SIMPLE];
        if (at === undefined) {
          at = isSimple(this.string) ? 0 : -1;
          this[SIMPLE] = at;
        }
        if (at < 0) return original.call(this);
        const s = this.string;
        const n = s.length;
        if (at >= n) return null;
        let i = at;
        while (i < n && s.charCodeAt(i) !== SPACE) i++;
        while (i < n && s.charCodeAt(i) === SPACE) i++;
        this[SIMPLE] = i;
        return { position: i, required: false };
      },
  );
}

/** Letters (UAX #14 class AL) and digits (NU) of the Latin blocks Vietnamese is written in. */
function isLetterOrDigit(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

/** `, . : ;` (class IS). */
function isInfixSeparator(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x3a || c === 0x3b;
}

/** Text whose breaks are exactly after its runs of spaces. */
export function isSimple(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === SPACE) {
      if (isInfixSeparator(s.charCodeAt(i + 1))) return false;
      continue;
    }
    if (!isLetterOrDigit(c) && !isInfixSeparator(c)) return false;
  }
  return true;
}
