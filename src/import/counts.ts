// Reading a count from a cell: a whole number as Excel stores it, or a text as an official types it
// — "1011", "1.011" (the Vietnamese thousands separator), "1 011" — and "-" for none, as statistical
// tables write it. Anything else is not guessed at: "1,011" is a decimal in Vietnamese, "7 hộ" is
// text.

import type { CellValue } from "./grid.js";

export type CountRead =
  | { kind: "empty" }
  | { kind: "count"; count: number }
  | { kind: "bad"; shown: string; why: "negative" | "fraction" | "text" };

const DASHES = new Set(["-", "–", "—"]);

export function readCount(value: CellValue): CountRead {
  if (value === null) return { kind: "empty" };
  if (typeof value === "number") {
    if (!Number.isFinite(value) || !Number.isInteger(value)) {
      return { kind: "bad", shown: String(value).replace(".", ","), why: "fraction" };
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
  if (/^\d+$/.test(text) || /^\d{1,3}([. ]\d{3})+$/.test(text)) {
    const digits = text.replace(/[. ]/g, "");
    const count = Number(digits);
    if (Number.isSafeInteger(count)) return { kind: "count", count };
  }
  if (/^-\s*\d/.test(text)) return { kind: "bad", shown: text, why: "negative" };
  if (/^\d[\d.]*,\d+$/.test(text)) return { kind: "bad", shown: text, why: "fraction" };
  return { kind: "bad", shown: text, why: "text" };
}

/** A heading or a name folded for comparison: no accents, "đ" as "d", lower case, single spaces. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();
}

/** A unit's name as written, tidied: NFC, single spaces. */
export function tidyName(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}
