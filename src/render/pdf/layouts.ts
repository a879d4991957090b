// Table layouts. Each is a fresh object per use: pdfmake keeps per-table state next to its layout.

import type { CustomTableLayout } from "pdfmake/interfaces.js";
import { DRAFT_MARK, mmTwipPt, TABLE } from "../../layout/rules.js";

/**
 * No lines, no padding: the header block and the sign-off, where tables only place columns.
 * `gaps`: right padding per column (the header block's gap after its left column).
 */
export function borderless(gaps: readonly number[] = []): CustomTableLayout {
  return {
    hLineWidth: () => 0,
    vLineWidth: () => 0,
    paddingLeft: () => 0,
    paddingRight: (i) => gaps[i] ?? 0,
    paddingTop: () => 0,
    paddingBottom: () => 0,
  };
}

/** In whole twips, as the DOCX's cell margins are. */
export const CELL_PADDING_PT = mmTwipPt(TABLE.cellPaddingMm);

/**
 * Data tables: thin black lines all round, rules.ts padding. Word and LibreOffice centre a cell's
 * border on its grid line and measure the cell margins from the grid line, so the side padding
 * here is the margin less half a line: the text and the lines stand where the DOCX has them.
 */
export function grid(): CustomTableLayout {
  const side = CELL_PADDING_PT - TABLE.borderPt / 2;
  return {
    hLineWidth: () => TABLE.borderPt,
    vLineWidth: () => TABLE.borderPt,
    hLineColor: () => "black",
    vLineColor: () => "black",
    paddingLeft: () => side,
    paddingRight: () => side,
    paddingTop: () => CELL_PADDING_PT,
    paddingBottom: () => CELL_PADDING_PT,
  };
}

/** A single boxed cell (the draft mark), lined and padded as the DOCX's bordered paragraph. */
export function box(): CustomTableLayout {
  return {
    hLineWidth: () => DRAFT_MARK.borderPt,
    vLineWidth: () => DRAFT_MARK.borderPt,
    hLineColor: () => "black",
    vLineColor: () => "black",
    paddingLeft: () => DRAFT_MARK.paddingPt,
    paddingRight: () => DRAFT_MARK.paddingPt,
    paddingTop: () => DRAFT_MARK.paddingPt,
    paddingBottom: () => DRAFT_MARK.paddingPt,
  };
}
