// Sizes and spacings of Nghị định 30/2020/NĐ-CP, Phụ lục I, in one table read by every renderer
// (DOCX, PDF, HTML), so the three outputs cannot drift apart. Points unless the name says otherwise.

import type { NumberingStyle } from "../model/types.js";

export const PAGE_MM = { width: 210, height: 297 } as const;

/** The decree's allowed ranges, and kehoach's defaults inside them. */
export const MARGIN_RANGE_MM = {
  top: { min: 20, max: 25, default: 20 },
  bottom: { min: 20, max: 25, default: 20 },
  left: { min: 30, max: 35, default: 30 },
  right: { min: 15, max: 20, default: 15 },
} as const;

export const FONT_FAMILY = "Times New Roman";

export interface TextStyle {
  size: number | "body";
  bold?: boolean;
  italic?: boolean;
  upper?: boolean;
}

/** Font of each element; "body" means the plan's body size (13 or 14). */
export const TEXT: Readonly<Record<string, TextStyle>> = {
  parentBody: { size: 13 },
  issuingBody: { size: 13, bold: true },
  number: { size: 13 },
  nationalTitle: { size: 13, bold: true },
  motto: { size: 14, bold: true },
  placeDate: { size: 14, italic: true },
  draftMark: { size: 13, bold: true },
  titleKind: { size: 14, bold: true },
  titleSummary: { size: 14, bold: true },
  body: { size: "body" },
  basis: { size: "body", italic: true },
  note: { size: 12, italic: true },
  recipientsHeading: { size: 12, bold: true, italic: true },
  recipient: { size: 11 },
  signatureLine: { size: "body", bold: true },
  signer: { size: "body", bold: true },
  appendixLabel: { size: 14, bold: true },
  appendixTitle: { size: 14, bold: true },
  appendixAttached: { size: 14, italic: true },
  tableHeader: { size: 12, bold: true },
  tableIndex: { size: 12, italic: true },
  tableBody: { size: 12 },
  tableTotal: { size: 12, bold: true },
  pageNumber: { size: 14 },
};

/** How a heading looks, by the numbering of its level: I. UPPER bold; 1. bold; a) plain. */
export const HEADING: Readonly<Record<NumberingStyle, { bold: boolean; italic: boolean }>> = {
  roman: { bold: true, italic: false },
  decimal: { bold: true, italic: false },
  nested: { bold: true, italic: false },
  letter: { bold: false, italic: false },
};

export const PARAGRAPH = {
  /** First-line indent of body text. */
  firstLineIndentMm: 12.7,
  /** Space after each paragraph (the decree asks at least 6 pt between paragraphs). */
  spaceAfterPt: 6,
  spaceBeforePt: 0,
  /** Line height as a multiple of single spacing (the decree allows single to 1.5). */
  lineHeight: 1.15,
} as const;

export const HEADER_TABLE = {
  /** Share of the text width given to the left column (issuing body); the motto needs the rest. */
  leftShare: 0.42,
  /**
   * The right column is never narrower than this: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" at 13 pt bold
   * measures 95.0 mm in Times New Roman (Liberation Serif metrics), so 42 % of the default 165 mm text
   * width (95.7 mm) is too tight once any cell padding is taken. The left column gets what remains.
   */
  rightMinMm: 100,
  /** The short rule under the issuing body, as a share of its column. */
  bodyRuleShare: 0.4,
  /** The rule under the motto spans the motto: in mm at 14 pt Times New Roman bold. */
  mottoRuleMm: 62,
  /** The rule under the summary line. */
  titleRuleMm: 40,
  ruleWidthPt: 0.75,
} as const;

export const SIGNOFF = {
  leftShare: 0.5,
  /** Room for the signature and the seal between the titles and the name. */
  signatureSpaceMm: 25,
} as const;

export const TABLE = {
  cellPaddingMm: 1,
  borderPt: 0.5,
} as const;

/** Page numbers sit in the top margin: distance of their line from the top edge of the paper. */
export const PAGE_NUMBER = {
  fromEdgeMm: 10,
} as const;

/**
 * "-" and "+" lists: the marker stands at the body's first-line indent (one more step per nesting
 * level), the text after a hanging indent, and wrapped lines align with the text.
 */
export const LIST = {
  hangingMm: 5,
  levelStepMm: 5,
} as const;

/**
 * Margins of a landscape page: the portrait margins turned with the sheet (a quarter turn clockwise),
 * so the binding edge, the wide left margin, becomes the top.
 */
export function turnedMargins(m: { top: number; bottom: number; left: number; right: number }): {
  top: number;
  bottom: number;
  left: number;
  right: number;
} {
  return { top: m.left, right: m.top, bottom: m.right, left: m.bottom };
}

export function sizeOf(style: TextStyle, bodySize: number): number {
  return style.size === "body" ? bodySize : style.size;
}
