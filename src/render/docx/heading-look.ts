// Which look (rules.ts HEADING) each heading style carries. The look follows the numbering ("I." bold,
// "a)" plain), not the level, and a plan may number level 3 "2.1." in one place and "a)" in another;
// so each HeadingN style takes the look of the numbering used most at that level in this document,
// and only headings that differ get direct bold/italic on top of their style.

import type { DocumentModel, NumberingStyle } from "../../document/types.js";
import { HEADING } from "../../layout/rules.js";
import { clampLevel, HEADING_LEVELS } from "./style-ids.js";

export interface Look {
  bold: boolean;
  italic: boolean;
}

const USUAL: readonly NumberingStyle[] = ["roman", "decimal", "nested", "letter"];
const ORDER: readonly NumberingStyle[] = [
  "roman",
  "decimal",
  "nested",
  "letter",
  "dash",
  "plus",
  "bullet",
];

/** Index 0 is level 1. */
export function headingLooks(model: DocumentModel): Look[] {
  const counts = Array.from({ length: HEADING_LEVELS }, () => new Map<NumberingStyle, number>());
  for (const section of model.sections) {
    for (const block of section.children) {
      if (block.type !== "heading") continue;
      const level = counts[clampLevel(block.level) - 1];
      level?.set(block.numbering, (level.get(block.numbering) ?? 0) + 1);
    }
  }
  return counts.map((count, i) => {
    let best: NumberingStyle = USUAL[i] ?? "letter";
    let bestCount = count.get(best) ?? 0;
    for (const numbering of ORDER) {
      const n = count.get(numbering) ?? 0;
      if (n > bestCount) {
        best = numbering;
        bestCount = n;
      }
    }
    return { ...HEADING[best] };
  });
}
