// Automatic section numbers: each level has a style (format.numbering, or the parent section's own
// `numbering` for its children), and every number comes from the section's position, so a plan can
// neither repeat "II." nor jump from II to IV.

import type { NumberingStyle } from "../document/types.js";
import { nestedNumber, sectionNumber } from "../format/index.js";

/**
 * The levels of a Vietnamese administrative plan: "I." (UPPER bold), "1." (bold), "a)" (plain), then
 * the marks "-", "+" and "•" for levels 4, 5 and 6, as the body's own lists go "-" then "+": each
 * level looks unlike the others (levels 4–6 all printed "1." before). Deeper levels repeat "•".
 */
export const DEFAULT_NUMBERING: readonly NumberingStyle[] = [
  "roman",
  "decimal",
  "letter",
  "dash",
  "plus",
  "bullet",
];

/**
 * The style of a level (1-based). A plan's list covers its own levels. Past its end a "nested" last
 * style goes on nesting ("2.1.1.", distinct at every depth); otherwise levels 1–3 repeat the list's
 * last style (as they always have, so plans keep their numbers) and levels 4–6 take the default's
 * marks, so that a plan setting [roman, decimal, letter] still tells level 4 from level 3.
 */
export function styleAt(
  numbering: readonly NumberingStyle[] | undefined,
  level: number,
): NumberingStyle {
  const list = numbering && numbering.length > 0 ? numbering : DEFAULT_NUMBERING;
  if (level <= list.length) return list[level - 1] ?? "decimal";
  const last = list[list.length - 1] ?? "decimal";
  if (level <= 3 || last === "nested") return last;
  return DEFAULT_NUMBERING[Math.min(level, DEFAULT_NUMBERING.length) - 1] ?? "bullet";
}

/** Where a section stands: its ancestors' styles and ordinals, outermost first, then its own. */
export interface Position {
  style: NumberingStyle;
  ordinal: number;
}

/** "I.", "2.", "2.1.", "đ)" for the last position of the chain. */
export function numberOf(chain: readonly Position[]): string {
  const own = chain[chain.length - 1];
  if (!own) return "";
  if (own.style !== "nested") return sectionNumber(own.style, [own.ordinal]);
  // "2.1." joins the ordinals of the decimal and nested levels just above; a Roman or letter level
  // starts its own count
  const run: number[] = [];
  for (let i = chain.length - 1; i >= 0; i--) {
    const p = chain[i];
    if (!p || (p.style !== "nested" && p.style !== "decimal")) break;
    run.unshift(p.ordinal);
  }
  return nestedNumber(run);
}
