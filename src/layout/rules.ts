// Sizes and spacings of Nghị định 30/2020/NĐ-CP, Phụ lục I, in one table read by every renderer
// (DOCX, PDF, HTML), so the three outputs cannot drift apart. Points unless the name says otherwise.

import type { Block, Inline, NumberingStyle } from "../document/types.js";
import { textWidthPt } from "./text-width.js";

export const PAGE_MM = { width: 210, height: 297 } as const;

/** The decree's allowed ranges, and kehoach's defaults inside them. */
export const MARGIN_RANGE_MM = {
  top: { min: 20, max: 25, default: 20 },
  bottom: { min: 20, max: 25, default: 20 },
  left: { min: 30, max: 35, default: 30 },
  right: { min: 15, max: 20, default: 15 },
} as const;

export const FONT_FAMILY = "Times New Roman";

/** The language the DOCX and the PDF declare for their text (the model says "vi"). */
export const LANGUAGE_TAG = "vi-VN";

export interface TextStyle {
  size: number | "body";
  bold?: boolean;
  italic?: boolean;
  upper?: boolean;
  /**
   * Running text, set at the body's line spacing (PARAGRAPH.lineHeight) with its first-line indent
   * and space after; every other element is set single-spaced with no space of its own.
   */
  running?: boolean;
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
  body: { size: "body", running: true },
  basis: { size: "body", italic: true, running: true },
  note: { size: 12, italic: true, running: true },
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
  dash: { bold: false, italic: false },
  plus: { bold: false, italic: false },
  bullet: { bold: false, italic: false },
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

/**
 * Vertical metrics shared by Times New Roman, Liberation Serif and Tinos (font units; the three fonts
 * have the same hhea and OS/2 win values). Word and LibreOffice make a single-spaced line ascent +
 * descent + line gap tall, 1.15 em (pdfkit's own line is ascent + descent only, 1.107 em): the PDF's
 * layout takes its line heights from lineHeightPt.
 */
export const FONT_METRICS = { unitsPerEm: 2048, ascent: 1825, descent: 443, lineGap: 87 } as const;

/**
 * Height in points of one line at `size` points with line spacing `multiple` (1 single, 1.15 the
 * body's), as LibreOffice lays a DOCX out (measured): the single line in whole twips, then the
 * multiple of it, cut to whole twips (at 13 pt, 299 × 1.15 = 343.85 gives 343). Both renderers use
 * it, so the PDF's page breaks fall where the DOCX's do.
 */
export function lineHeightPt(size: number, multiple = 1): number {
  const { unitsPerEm, ascent, descent, lineGap } = FONT_METRICS;
  const single = Math.round((size * 20 * (ascent + descent + lineGap)) / unitsPerEm);
  // The epsilon keeps an exact product (multiple 1) from falling a twip on float error.
  return Math.floor(single * multiple + 1e-9) / 20;
}

/** Millimetres to points through whole twips, as a DOCX stores them. */
export function mmTwipPt(mm: number): number {
  return Math.round((mm * 1440) / 25.4) / 20;
}

/**
 * Vertical spaces between the blocks that are not running text, in points. Nghị định 30/2020 leaves
 * them to the drafter; both renderers set them from here, so their pages break in the same places.
 */
export const SPACING = {
  /** Under the draft mark, above the header block. */
  draftMarkAfterPt: 6,
  /** Above "Số: …" and the place and date, the header block's second row. */
  headerSecondRowPt: 6,
  /** Above "KẾ HOẠCH". */
  titleBeforePt: 18,
  /** Between the rule under the summary line and the first line of the body. */
  titleAfterPt: 12,
  /** Under "(Kèm theo …)", above an appendix's table. */
  appendixHeadingAfterPt: 12,
  /**
   * Under a data table, above whatever follows it in its section (a heading would touch the table's
   * bottom border otherwise), and between two tables that follow each other (Word would join them
   * into one otherwise): the DOCX's spacer paragraph (layout/word-tables.ts spacerBefore).
   */
  afterTablePt: 6,
  /** Above Nơi nhận and the signature, under the closing paragraph's own space after. */
  signOffBeforePt: 6,
} as const;

/**
 * A short rule is drawn as the bottom border of an empty line this tall (a paragraph border in the
 * DOCX, which every reader keeps and an official can edit), so it stands this far under the text.
 */
export const RULE = {
  linePt: 6,
} as const;

/**
 * How long a paragraph before the sign-off may be and still be kept whole on the sign-off's page
 * (counted in characters, so both renderers decide alike without measuring): the closing sentence.
 */
export const KEEP = {
  closingMaxChars: 600,
} as const;

function textLength(content: readonly Inline[]): number {
  return content.reduce((n, inline) => n + (inline.type === "text" ? inline.text.length : 1), 0);
}

/**
 * Whether `block`, followed by `next`, goes whole to the sign-off's page (keep with next and keep
 * lines together in Word), so the signature never stands alone on a page: a short closing paragraph,
 * or a list whose short last item closes the text. A long one flows as usual. One decision for
 * every renderer, so their pages break alike.
 */
export function keptWithSignOff(block: Block, next: Block | undefined): boolean {
  if (next?.type !== "signoff") return false;
  if (block.type === "paragraph") return textLength(block.content) <= KEEP.closingMaxChars;
  if (block.type === "list") {
    const last = block.items[block.items.length - 1];
    return last !== undefined && !last.children && textLength(last.content) <= KEEP.closingMaxChars;
  }
  return false;
}

/** "DỰ THẢO": boxed, at the right, above the header block. */
export const DRAFT_MARK = {
  boxWidthMm: 30,
  /** Between the box's lines and the text, top and bottom. */
  paddingPt: 1,
  borderPt: 0.5,
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
  /**
   * Kept clear at the right of the left column, so a long issuing body never runs into the national
   * title: "ỦY BAN NHÂN DÂN PHƯỜNG QUẢNG MINH" breaks after "ỦY BAN NHÂN DÂN" as drafters set it.
   */
  columnGapMm: 2,
  /**
   * The short rule under the issuing body, as a share of its longest line: the decree asks 1/3 to
   * 1/2 of it (issuingBodyRuleTwips).
   */
  bodyRuleShare: 0.4,
  /**
   * The rule under the motto spans the motto: "Độc lập - Tự do - Hạnh phúc" at 14 pt bold is
   * 60.5 mm long in Times New Roman (Liberation Serif, Tinos).
   */
  mottoRuleMm: 60.5,
  /**
   * The rule under the summary line, as a share of the summary's longest line: the decree asks 1/3
   * to 1/2 of it (titleRuleTwips).
   */
  titleRuleShare: 0.4,
  ruleWidthPt: 0.75,
} as const;

/** Millimetres to whole twips (1/1440 inch), the unit every width below is split in. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/**
 * The header block's two columns, in twips, from the text width in twips: the left column (the
 * issuing body) takes HEADER_TABLE.leftShare, unless the right one would then be narrower than
 * HEADER_TABLE.rightMinMm. The DOCX's fixed grid and the PDF's table both use these widths.
 */
export function headerColumnsTwips(textWidth: number): [number, number] {
  const byShare = textWidth - Math.round(textWidth * HEADER_TABLE.leftShare);
  const right = Math.min(Math.max(byShare, mmToTwips(HEADER_TABLE.rightMinMm)), textWidth);
  return [textWidth - right, right];
}

/**
 * Splits `total` twips into integer parts proportional to `weights`, summing exactly to `total`:
 * a data table's column widths (cell margins included) in both renderers.
 */
export function splitTwips(total: number, weights: readonly number[]): number[] {
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = safe.reduce((a, b) => a + b, 0);
  const shares = sum > 0 ? safe : safe.map(() => 1);
  const shareSum = sum > 0 ? sum : shares.length;
  const parts = shares.map((w) => Math.floor((total * w) / shareSum));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  // The leftover twips go to the first columns, one each: deterministic.
  for (let i = 0; rest > 0 && parts.length > 0; i = (i + 1) % parts.length, rest--) {
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

/** The sign-off's two columns in twips: Nơi nhận left, the signature right. */
export function signOffColumnsTwips(textWidth: number): [number, number] {
  const left = Math.round(textWidth * SIGNOFF.leftShare);
  return [left, textWidth - left];
}

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

/** The text width of a portrait page in twips, as both renderers compute it (whole twips). */
export function portraitTextWidthTwips(margins: { left: number; right: number }): number {
  return textWidthTwips(PAGE_MM.width, margins);
}

/** A sheet's width less its left and right margins, in whole twips; never under 20 mm. */
function textWidthTwips(sheetMm: number, margins: { left: number; right: number }): number {
  return Math.max(
    mmToTwips(sheetMm) - mmToTwips(margins.left) - mmToTwips(margins.right),
    mmToTwips(20),
  );
}

/**
 * The text width of a section's page in twips (whole twips, as the DOCX stores it): a landscape
 * page turns the margins with the sheet (turnedMargins).
 */
export function sectionTextWidthTwips(
  margins: { top: number; bottom: number; left: number; right: number },
  orientation: "portrait" | "landscape",
): number {
  if (orientation === "portrait") return portraitTextWidthTwips(margins);
  return textWidthTwips(PAGE_MM.height, turnedMargins(margins));
}

/** Room in points for the issuing body's and the parent body's lines: the left column, less the gap. */
export function headerBodyRoomPt(margins: { left: number; right: number }): number {
  const [left] = headerColumnsTwips(portraitTextWidthTwips(margins));
  return (left - Math.min(mmToTwips(HEADER_TABLE.columnGapMm), left)) / 20;
}

/** The longest line of `text` filled greedily, word by word, into `room` points. */
function longestLinePt(text: string, room: number, size: number, bold: boolean): number {
  const space = textWidthPt(" ", size, bold);
  let longest = 0;
  let line = 0;
  for (const word of text.split(/\s+/u).filter((w) => w !== "")) {
    const w = textWidthPt(word, size, bold);
    if (line > 0 && line + space + w > room) {
      longest = Math.max(longest, line);
      line = w;
    } else {
      line = line > 0 ? line + space + w : w;
    }
  }
  return Math.min(Math.max(longest, line), room);
}

/**
 * The rule under the summary line in twips: HEADER_TABLE.titleRuleShare of the summary's longest line
 * at its font (Nghị định 30/2020: 1/3 to 1/2 of the line). One length for DOCX, PDF and HTML.
 */
export function titleRuleTwips(summary: string, textWidthTwips: number): number {
  const style = TEXT.titleSummary ?? { size: 14, bold: true };
  const size = typeof style.size === "number" ? style.size : 14;
  const longest = longestLinePt(summary, textWidthTwips / 20, size, style.bold === true);
  return Math.round(longest * 20 * HEADER_TABLE.titleRuleShare);
}

/**
 * The rule under the issuing body in twips: HEADER_TABLE.bodyRuleShare of its longest line at its
 * font, no longer than `roomTwips` (Nghị định 30/2020: 1/3 to 1/2 of the line). One length for DOCX,
 * PDF and HTML.
 */
export function issuingBodyRuleTwips(lines: readonly string[], roomTwips: number): number {
  const style = TEXT.issuingBody ?? { size: 13, bold: true };
  const size = typeof style.size === "number" ? style.size : 13;
  const longest = lines.reduce(
    (w, line) => Math.max(w, textWidthPt(line, size, style.bold === true)),
    0,
  );
  return Math.round(Math.min(longest * 20, roomTwips) * HEADER_TABLE.bodyRuleShare);
}
