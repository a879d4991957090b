// A table of the document model as a plain-text grid, for goldens a reviewer can read: one line per
// row, cells separated by " | ", a cell's spans written after it ("HỘ NGHÈO{c2}", "TT{r3}"), bold
// cells in **…**, marked figures as [!…].

import type { Block, Table } from "../../src/document/types.js";

export function tableGrid(t: Table): string {
  const lines = t.rows.map((row, i) => {
    const cells = row.cells.map((c) => {
      const text = c.content
        .map((r) => (r.type === "break" ? "/" : r.mark ? `[!${r.text}]` : r.text))
        .join("");
      const spans = `${c.colSpan ? `{c${c.colSpan}}` : ""}${c.rowSpan ? `{r${c.rowSpan}}` : ""}`;
      return `${c.bold && row.kind !== "header" && text !== "" ? `**${text}**` : text}${spans}`;
    });
    const head = i < t.headerRows ? "H" : row.kind === "total" ? "T" : " ";
    return `${head} ${cells.join(" | ")}`;
  });
  const widths = t.columns.map((c) => `${c.width}${c.align[0]}`).join(" ");
  return `columns: ${widths}\n${lines.join("\n")}\n`;
}

export function tablesOf(blocks: readonly Block[]): Table[] {
  return blocks.filter((b): b is Table => b.type === "table");
}
