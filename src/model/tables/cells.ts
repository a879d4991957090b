// Small constructors shared by the table builders.

import type { Inline, TableCell, TableRow } from "../../document/types.js";
import { columnIndexLabels } from "../../format/index.js";

type CellOpts = Omit<TableCell, "content">;

export function textCell(text: string, opts: CellOpts = {}): TableCell {
  const content: Inline[] = text === "" ? [] : [{ type: "text", text }];
  return { content, ...opts };
}

export function headCell(text: string, opts: CellOpts = {}): TableCell {
  return textCell(text, { align: "center", bold: true, ...opts });
}

export function indexRow(columns: number): TableRow {
  return {
    kind: "index",
    cells: columnIndexLabels(columns).map((s) => textCell(s, { align: "center" })),
  };
}
