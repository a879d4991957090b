// How the comparison writes what a plan says: runs of white space as one space, numbers as the
// document prints them (Vietnamese style: "1.500.000", "150,5"), exactly as written, never through a
// float's arithmetic.

import { formatCount, formatDecimal } from "../format/index.js";

export function squash(s: string): string {
  return s.replace(/\s+/gu, " ").trim();
}

/** An amount of money or a number in a cell: a count grouped by thousands, or a decimal ("150,5"). */
export function amountText(n: number): string {
  return Number.isInteger(n) ? formatCount(n) : formatDecimal(n);
}
