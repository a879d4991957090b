// Table looks: the lines and padding of the three kinds of table the PDF has.

import { DRAFT_MARK, mmTwipPt, TABLE } from "../../layout/rules.js";
import type { TableLook } from "./nodes.js";

/**
 * No lines, no padding: the header block and the sign-off, where tables only place columns.
 * `gaps`: room after each column's text (the header block's gap after its left column).
 */
export function borderless(gaps: readonly number[] = []): TableLook {
  const look: TableLook = { line: 0, padding: { left: 0, right: 0, top: 0, bottom: 0 } };
  if (gaps.length > 0) look.gaps = [...gaps];
  return look;
}

/** In whole twips, as the DOCX's cell margins are. */
export const CELL_PADDING_PT = mmTwipPt(TABLE.cellPaddingMm);

/**
 * Data tables: thin black lines all round, rules.ts padding. Word and LibreOffice centre a cell's
 * border on its grid line and measure the cell margins from the grid line, so the side padding
 * here is the margin less half a line: the text and the lines stand where the DOCX has them.
 */
export function grid(): TableLook {
  const side = CELL_PADDING_PT - TABLE.borderPt / 2;
  return {
    line: TABLE.borderPt,
    padding: { left: side, right: side, top: CELL_PADDING_PT, bottom: CELL_PADDING_PT },
  };
}

/** A single boxed cell (the draft mark), lined and padded as the DOCX's bordered paragraph. */
export function box(): TableLook {
  const p = DRAFT_MARK.paddingPt;
  return { line: DRAFT_MARK.borderPt, padding: { left: p, right: p, top: p, bottom: p } };
}
