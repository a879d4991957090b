// Data tables: real Word tables on a fixed grid. Spans become gridSpan and vMerge; the model leaves
// out the cells a span covers, and WordprocessingML wants a vMerge continuation cell in each row a
// vertical span reaches, so the grid is walked here and those cells put back. Header rows (the index
// row included) repeat on every page; no row splits across pages.

import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from "docx";
import type {
  TableCell as ModelCell,
  TableRow as ModelRow,
  Table as ModelTable,
  RowKind,
} from "../../document/types.js";
import { TABLE } from "../../layout/rules.js";
import type { Ctx } from "./context.js";
import { runs } from "./inline.js";
import { STYLE } from "./style-ids.js";
import { mmToTwip, proportion, ptToEighth } from "./units.js";

type CellAlign = "left" | "center" | "right";

const KIND: Record<RowKind, { style: string; bold: boolean; align: CellAlign | null }> = {
  header: { style: STYLE.tableHeader, bold: true, align: "center" },
  index: { style: STYLE.tableIndex, bold: false, align: "center" },
  body: { style: STYLE.tableText, bold: false, align: null },
  total: { style: STYLE.tableTotal, bold: true, align: null },
};

/** The alignment each style carries, so only differing cells get a direct one. */
const STYLE_ALIGN: Record<RowKind, CellAlign> = {
  header: "center",
  index: "center",
  body: "left",
  total: "left",
};

const JC = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** One cell of the grid: a model cell, or the continuation of a vertical span from above. */
interface Slot {
  col: number;
  span: number;
  cell: ModelCell | null;
  restart: boolean;
}

/** Places every row's cells on the grid, adding vMerge continuations and padding short rows. */
export function placeRows(rows: readonly ModelRow[], columns: number): Slot[][] {
  const carry: ({ left: number; span: number } | undefined)[] = Array(columns).fill(undefined);
  return rows.map((row, r) => {
    const slots: Slot[] = [];
    let next = 0;
    let col = 0;
    while (col < columns) {
      const held = carry[col];
      if (held !== undefined) {
        slots.push({ col, span: held.span, cell: null, restart: false });
        held.left -= 1;
        if (held.left === 0) carry[col] = undefined;
        col += held.span;
        continue;
      }
      const cell = row.cells[next++];
      let span = Math.max(1, Math.trunc(cell?.colSpan ?? 1));
      span = Math.min(span, columns - col);
      for (let k = col + 1; k < col + span; k++) {
        if (carry[k] !== undefined) {
          span = k - col;
          break;
        }
      }
      const down = Math.min(Math.max(1, Math.trunc(cell?.rowSpan ?? 1)), rows.length - r);
      if (down > 1) carry[col] = { left: down - 1, span };
      slots.push({ col, span, cell: cell ?? { content: [] }, restart: down > 1 });
      col += span;
    }
    return slots;
  });
}

function cellParagraph(
  kind: RowKind,
  cell: ModelCell | null,
  columnAlign: CellAlign,
  keepNext: boolean,
): Paragraph {
  const look = KIND[kind];
  const align = cell?.align ?? look.align ?? columnAlign;
  const bold = cell?.bold;
  return new Paragraph({
    style: look.style,
    ...(align === STYLE_ALIGN[kind] ? {} : { alignment: JC[align] }),
    ...(keepNext ? { keepNext: true } : {}),
    children: cell
      ? runs(cell.content, bold === undefined || bold === look.bold ? {} : { bold })
      : [],
  });
}

const LINE = { style: BorderStyle.SINGLE, size: ptToEighth(TABLE.borderPt), color: "000000" };

export function table(block: ModelTable, ctx: Ctx): Table[] {
  const columns = block.columns.length > 0 ? block.columns : [{ width: 1, align: "left" as const }];
  const widths = proportion(
    ctx.textWidth,
    columns.map((c) => c.width),
  );
  // A table needs at least one row to be valid WordprocessingML.
  const rows: readonly ModelRow[] =
    block.rows.length > 0
      ? block.rows
      : [{ kind: "body", cells: columns.map(() => ({ content: [] })) }];
  const headerRows = Math.min(Math.max(0, Math.trunc(block.headerRows)), rows.length);
  const pad = mmToTwip(TABLE.cellPaddingMm);
  const placed = placeRows(rows, columns.length);

  return [
    new Table({
      width: { size: ctx.textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: {
        top: LINE,
        bottom: LINE,
        left: LINE,
        right: LINE,
        insideHorizontal: LINE,
        insideVertical: LINE,
      },
      margins: { marginUnitType: WidthType.DXA, top: pad, bottom: pad, left: pad, right: pad },
      rows: placed.map((slots, r) => {
        const row = rows[r] as ModelRow;
        const header = r < headerRows;
        return new TableRow({
          cantSplit: true,
          ...(header ? { tableHeader: true } : {}),
          children: slots.map((slot) => {
            const width = widths.slice(slot.col, slot.col + slot.span).reduce((a, b) => a + b, 0);
            const columnAlign = columns[slot.col]?.align ?? "left";
            return new TableCell({
              width: { size: width, type: WidthType.DXA },
              // header cells centred (as the PDF's: pdf/table.ts); body cells start at the top
              ...(header ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
              ...(slot.span > 1 ? { columnSpan: slot.span } : {}),
              ...(slot.restart ? { verticalMerge: VerticalMergeType.RESTART } : {}),
              ...(slot.cell === null ? { verticalMerge: VerticalMergeType.CONTINUE } : {}),
              children: [cellParagraph(row.kind, slot.cell, columnAlign, header)],
            });
          }),
        });
      }),
    }),
  ];
}
