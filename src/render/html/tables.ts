// Tables are told apart by an id in document order, shared by the markup and the stylesheet: the
// column widths live in the CSS (a Content-Security-Policy may forbid style attributes).

import type { DocumentModel, Table } from "../../document/types.js";
import { splitTwips } from "../../layout/rules.js";
import { tableColumnsTwips } from "../../layout/table-widths.js";

export function tableIds(model: DocumentModel): Map<Table, string> {
  const ids = new Map<Table, string>();
  for (const section of model.sections) {
    for (const block of section.children) {
      if (block.type === "table") ids.set(block, `tbl-${ids.size + 1}`);
    }
  }
  return ids;
}

/**
 * The column widths the DOCX and the PDF have (layout/table-widths.ts, in twips of the section's
 * text width) as percentages of the text width, fixed decimals so output is byte-stable. Where
 * they are the plain proportional split, the model's relative widths say the same to within a twip
 * and are written as they always were.
 */
export function columnPercents(table: Table, textWidthTwips: number, bodySize: number): string[] {
  const n = table.columns.length;
  if (n === 0) return [];
  const twips = tableColumnsTwips(table, textWidthTwips, bodySize);
  const weights = table.columns.map((c) => c.width);
  const plain = splitTwips(textWidthTwips, weights);
  if (twips.some((w, i) => w !== plain[i])) {
    return twips.map((w) => percent((w * 100) / textWidthTwips));
  }
  const total = weights.reduce((sum, w) => sum + Math.max(w, 0), 0);
  return weights.map((w) => percent(total > 0 ? (Math.max(w, 0) * 100) / total : 100 / n));
}

/** Fixed decimals, trailing zeros dropped: byte-stable CSS. */
export function percent(value: number): string {
  return `${trimNumber(value.toFixed(3))}%`;
}

function trimNumber(fixed: string): string {
  return fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
}
