// Page geometry of a section in points, from the model's millimetres and rules.ts.

import type { PageSection, PageSetup } from "../../document/types.js";
import { mmTwipPt, PAGE_MM, turnedMargins } from "../../layout/rules.js";

const PT_PER_MM = 72 / 25.4;

/** Millimetres to points, to the hundredth: stable numbers in the golden definition. */
export function pt(mm: number): number {
  return Math.round(mm * PT_PER_MM * 100) / 100;
}

/** A4 as pdfkit (and PDF viewers) give it: 595.28 × 841.89 pt. */
export const A4_PT = { width: 595.28, height: 841.89 } as const;

export interface Geometry {
  orientation: PageSection["orientation"];
  /** The page as it is read. */
  width: number;
  height: number;
  margins: { top: number; right: number; bottom: number; left: number };
  /** Width between the left and right margins. */
  textWidth: number;
  /** Height between the top and bottom margins. */
  textHeight: number;
}

/**
 * The margins are the DOCX's, in whole twips, and measured from where the DOCX's page ends: its A4
 * is 11906 × 16838 twips (595.3 × 841.9 pt), a hundredth of a point larger than pdfkit's, so the
 * right and bottom margins are narrowed by that hundredth and the text area is the DOCX's exactly.
 */
export function geometryOf(page: PageSetup, orientation: PageSection["orientation"]): Geometry {
  const mm = orientation === "landscape" ? turnedMargins(page.margins) : page.margins;
  const portrait = orientation === "portrait";
  const width = portrait ? A4_PT.width : A4_PT.height;
  const height = portrait ? A4_PT.height : A4_PT.width;
  const docxWidth = mmTwipPt(portrait ? PAGE_MM.width : PAGE_MM.height);
  const docxHeight = mmTwipPt(portrait ? PAGE_MM.height : PAGE_MM.width);
  const margins = {
    top: mmTwipPt(mm.top),
    right: round2(mmTwipPt(mm.right) - (docxWidth - width)),
    bottom: round2(mmTwipPt(mm.bottom) - (docxHeight - height)),
    left: mmTwipPt(mm.left),
  };
  return {
    orientation,
    width,
    height,
    margins,
    textWidth: round2(width - margins.left - margins.right),
    textHeight: round2(height - margins.top - margins.bottom),
  };
}

/** In the order [left, top, right, bottom]. */
export function pdfMargins(g: Geometry): [number, number, number, number] {
  return [g.margins.left, g.margins.top, g.margins.right, g.margins.bottom];
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Positions to the thousandth of a point: stable numbers, far below what the eye sees. */
export function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
