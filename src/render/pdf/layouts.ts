// Table layouts. Each is a fresh object per use: pdfmake keeps per-table state next to its layout.

import type { CustomTableLayout } from "pdfmake/interfaces.js";
import { TABLE } from "../../layout/rules.js";
import { pt } from "./geometry.js";

/** No lines, no padding: the header block and the sign-off, where tables only place columns. */
export function borderless(): CustomTableLayout {
  return {
    hLineWidth: () => 0,
    vLineWidth: () => 0,
    paddingLeft: () => 0,
    paddingRight: () => 0,
    paddingTop: () => 0,
    paddingBottom: () => 0,
  };
}

export const CELL_PADDING_PT = pt(TABLE.cellPaddingMm);

/** Data tables: thin black lines all round, rules.ts padding. */
export function grid(): CustomTableLayout {
  return {
    hLineWidth: () => TABLE.borderPt,
    vLineWidth: () => TABLE.borderPt,
    hLineColor: () => "black",
    vLineColor: () => "black",
    paddingLeft: () => CELL_PADDING_PT,
    paddingRight: () => CELL_PADDING_PT,
    paddingTop: () => CELL_PADDING_PT,
    paddingBottom: () => CELL_PADDING_PT,
  };
}

/** A single boxed cell (the draft mark). */
export function box(): CustomTableLayout {
  return { ...grid(), paddingLeft: () => 4, paddingRight: () => 4 };
}
