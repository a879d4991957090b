// The borderless two-column tables that place the header block and the sign-off. Fixed layout with
// explicit grid and cell widths: with autofit, Word and LibreOffice size columns to their content and
// the national motto or the issuing body wraps.

import {
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";

/** `gaps`: a right cell margin per column, in twips (the header block's gap after its left column). */
export function borderlessTable(
  widths: readonly number[],
  rows: readonly Paragraph[][][],
  gaps: readonly number[] = [],
): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { marginUnitType: WidthType.DXA, top: 0, bottom: 0, left: 0, right: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                ...((gaps[i] ?? 0) > 0
                  ? { margins: { marginUnitType: WidthType.DXA, right: gaps[i] ?? 0 } }
                  : {}),
                children: children.length > 0 ? children : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}
