// Tables are told apart by an id in document order, shared by the markup and the stylesheet: the
// column widths live in the CSS (a Content-Security-Policy may forbid style attributes).

import type { DocumentModel, Table } from "../../document/types.js";

export function tableIds(model: DocumentModel): Map<Table, string> {
  const ids = new Map<Table, string>();
  for (const section of model.sections) {
    for (const block of section.children) {
      if (block.type === "table") ids.set(block, `tbl-${ids.size + 1}`);
    }
  }
  return ids;
}

/** Relative widths as percentages of the text width, fixed decimals so output is byte-stable. */
export function columnPercents(table: Table): string[] {
  const total = table.columns.reduce((sum, c) => sum + Math.max(c.width, 0), 0);
  const n = table.columns.length;
  return table.columns.map((c) => {
    const pct = total > 0 ? (Math.max(c.width, 0) * 100) / total : 100 / n;
    return percent(pct);
  });
}

/** Fixed decimals, trailing zeros dropped: byte-stable CSS. */
export function percent(value: number): string {
  return `${trimNumber(value.toFixed(3))}%`;
}

function trimNumber(fixed: string): string {
  return fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
}
