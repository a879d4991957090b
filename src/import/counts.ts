// Reading a count from a cell: a whole number as Excel stores it, or a text as an official types it
// — "1011", "1.011" (the Vietnamese thousands separator), "1 011" — and "-" for none, as statistical
// tables write it. Anything else is not guessed at: "1,011" is a decimal in Vietnamese, "7 hộ" is
// text. A CSV saved "as shown" by a spreadsheet set to English writes "1,011" and "0.69"; such a
// sheet is recognised as a whole (numberStyle) and read that way, with a note saying so.

import { formatDecimal } from "../format/number.js";
import { withoutMarks } from "../format/text.js";
import type { CellValue } from "./grid.js";

export type CountRead =
  | { kind: "empty" }
  | { kind: "count"; count: number }
  | { kind: "bad"; shown: string; why: "negative" | "fraction" | "text" };

const DASHES = new Set(["-", "–", "—"]);

/** How the texts of a sheet write numbers: "vi" 1.011 and 0,69; "en" 1,011 and 0.69. */
export type NumberStyle = "vi" | "en";

/** Texts only an English-style sheet writes, and texts only a Vietnamese-style one does. */
const EN_ONLY = [/^\d+\.(\d{1,2}|\d{4,})%?$/, /^\d{1,3}(,\d{3}){2,}$/, /^\d{1,3}(,\d{3})+\.\d+$/];
const VI_ONLY = [/^\d+,(\d{1,2}|\d{4,})%?$/, /^\d{1,3}(\.\d{3}){2,}$/, /^\d{1,3}(\.\d{3})+,\d+$/];

/**
 * "en" when some text of the cells can only be English-style ("0.69", "1,250,000") and none can only
 * be Vietnamese-style ("0,69", "1.250.000"); "vi" otherwise, the default.
 */
export function numberStyle(cells: Iterable<CellValue>): NumberStyle {
  let en = false;
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    const text = cell.trim();
    if (VI_ONLY.some((re) => re.test(text))) return "vi";
    if (EN_ONLY.some((re) => re.test(text))) en = true;
  }
  return en ? "en" : "vi";
}

export function readCount(value: CellValue, style: NumberStyle = "vi"): CountRead {
  if (value === null) return { kind: "empty" };
  if (typeof value === "number") {
    if (!Number.isFinite(value) || !Number.isInteger(value)) {
      return { kind: "bad", shown: formatDecimal(value), why: "fraction" };
    }
    if (value < 0) return { kind: "bad", shown: String(value), why: "negative" };
    return { kind: "count", count: value };
  }
  const text = value
    .normalize("NFC")
    .replace(/[\u00a0\u202f]/g, " ")
    .trim();
  if (text === "") return { kind: "empty" };
  if (DASHES.has(text)) return { kind: "count", count: 0 };
  const group = style === "vi" ? "." : ",";
  const decimal = style === "vi" ? "," : ".";
  if (/^\d+$/.test(text) || new RegExp(`^\\d{1,3}([${group} ]\\d{3})+$`).test(text)) {
    const digits = text.replace(/[., ]/g, "");
    const count = Number(digits);
    if (Number.isSafeInteger(count)) return { kind: "count", count };
  }
  if (/^-\s*\d/.test(text)) return { kind: "bad", shown: text, why: "negative" };
  if (new RegExp(`^\\d[\\d${group}]*\\${decimal}\\d+$`).test(text)) {
    return { kind: "bad", shown: text, why: "fraction" };
  }
  return { kind: "bad", shown: text, why: "text" };
}

/** A heading or a name folded for comparison: no accents, "đ" as "d", lower case, single spaces. */
export function fold(text: string): string {
  return withoutMarks(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();
}

/** A unit's name as written, tidied: NFC, single spaces. */
export function tidyName(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}
