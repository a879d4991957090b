// Automatic numbering of sections, appendices and index columns, so that no plan can jump from II to
// IV again.

import type { NumberingStyle } from "../document/types.js";

/** Vietnamese letter order: no f, j, w, z; đ after d. */
export const VI_LETTERS = [
  "a",
  "b",
  "c",
  "d",
  "đ",
  "e",
  "g",
  "h",
  "i",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "q",
  "r",
  "s",
  "t",
  "u",
  "v",
  "x",
  "y",
] as const;

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`no Roman numeral for ${n}`);
  let rest = n;
  let out = "";
  for (const [value, glyph] of ROMAN) {
    while (rest >= value) {
      out += glyph;
      rest -= value;
    }
  }
  return out;
}

/** 1 → a, 5 → đ, 23 → y, 24 → aa: past y the letters double, which a plan should never need. */
export function toLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`no letter for ${n}`);
  const base = VI_LETTERS.length;
  const letter = VI_LETTERS[(n - 1) % base] ?? "a";
  return letter.repeat(Math.floor((n - 1) / base) + 1);
}

/**
 * The number of a section: `path` holds the 1-based ordinals from the top level down to it, so
 * [2, 1] in "nested" style is "2.1.". Roman "I.", decimal "1.", letter "a)"; the marks of deep
 * levels dash "-", plus "+", bullet "•" are the same for every ordinal.
 */
export function sectionNumber(style: NumberingStyle, path: readonly number[]): string {
  const own = path[path.length - 1] ?? 1;
  switch (style) {
    case "roman":
      return `${toRoman(own)}.`;
    case "decimal":
      return `${own}.`;
    case "nested":
      // the Roman level-1 ordinal does not enter nested numbers: "2.1." under "I." is the 1st of the 2nd
      return `${path.slice(path.length > 2 ? 1 : 0).join(".")}.`;
    case "letter":
      return `${toLetter(own)})`;
    case "dash":
      return "-";
    case "plus":
      return "+";
    case "bullet":
      return "•";
  }
}

/** Column index row of an appendix table: the first `lettered` columns A, B, then 1, 2, 3 … */
export function columnIndexLabels(count: number, lettered = 2): string[] {
  return Array.from({ length: count }, (_, i) =>
    i < lettered ? String.fromCharCode(65 + i) : String(i - lettered + 1),
  );
}

/**
 * "2.1.3." from the ordinals of a run of decimal and nested levels, the outermost first. Unlike
 * sectionNumber("nested", path) it assumes nothing about which levels the run starts under.
 */
export function nestedNumber(ordinals: readonly number[]): string {
  return `${ordinals.join(".")}.`;
}

/** A document's number as written after "Số:": below 10 with a leading zero ("05"), never grouped. */
export function documentNumber(value: number | string): string {
  const s = String(value).trim();
  return /^\d$/u.test(s) ? `0${s}` : s;
}
