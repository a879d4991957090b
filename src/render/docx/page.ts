// Page geometry of one section in twips: A4, the plan's margins, and for a landscape section the
// margins turned with the sheet (rules.ts turnedMargins). docx swaps width and height itself when
// given `orientation`, so the portrait size is always what it receives.

import type { PageSection, PageSetup } from "../../document/types.js";
import { PAGE_MM, PAGE_NUMBER, sectionTextWidthTwips, turnedMargins } from "../../layout/rules.js";
import { mmToTwip } from "./units.js";

export interface Geometry {
  orientation: PageSection["orientation"];
  /** Portrait width and height, as docx wants them. */
  width: number;
  height: number;
  margins: { top: number; right: number; bottom: number; left: number };
  /** Distance of the page-number line from the top edge. */
  header: number;
  /** Width between the left and right margins, of the page as it is read. */
  textWidth: number;
}

export function geometryOf(page: PageSetup, orientation: PageSection["orientation"]): Geometry {
  const width = mmToTwip(PAGE_MM.width);
  const height = mmToTwip(PAGE_MM.height);
  const mm = orientation === "landscape" ? turnedMargins(page.margins) : page.margins;
  const margins = {
    top: mmToTwip(mm.top),
    right: mmToTwip(mm.right),
    bottom: mmToTwip(mm.bottom),
    left: mmToTwip(mm.left),
  };
  return {
    orientation,
    width,
    height,
    margins,
    header: Math.min(mmToTwip(PAGE_NUMBER.fromEdgeMm), margins.top),
    textWidth: sectionTextWidthTwips(page.margins, orientation),
  };
}
