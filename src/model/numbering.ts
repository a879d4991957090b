// Automatic section numbers: each level has a style (format.numbering, or the parent section's own
// `numbering` for its children), and every number comes from the section's position, so a plan can
// neither repeat "II." nor jump from II to IV.

import { nestedNumber, sectionNumber } from "../format/index.js";
import type { NumberingStyle } from "./types.js";

export const DEFAULT_NUMBERING: readonly NumberingStyle[] = [
  "roman",
  "decimal",
  "letter",
  "decimal",
];

/** The style of a level (1-based); past the end of the list its last style repeats. */
export function styleAt(
  numbering: readonly NumberingStyle[] | undefined,
  level: number,
): NumberingStyle {
  const list = numbering && numbering.length > 0 ? numbering : DEFAULT_NUMBERING;
  return list[Math.min(level, list.length) - 1] ?? "decimal";
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
