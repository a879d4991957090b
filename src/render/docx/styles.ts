// The document's styles. Every role of the model is a named paragraph style so an official edits by
// style (Word's gallery, LibreOffice's sidebar) rather than fighting direct formatting. Sizes come from
// rules.ts; nothing here is a size of its own except the spacings that place the header block, the
// title and the sign-off, which Nghị định 30/2020 leaves to the drafter.

import {
  AlignmentType,
  BorderStyle,
  type IParagraphStyleOptions,
  type IStylesOptions,
  LineRuleType,
} from "docx";
import {
  DRAFT_MARK,
  FONT_FAMILY,
  HEADER_TABLE,
  LANGUAGE_TAG,
  LIST,
  PARAGRAPH,
  RULE,
  SIGNOFF,
  SPACING,
  sizeOf,
  TEXT,
  type TextStyle,
} from "../../layout/rules.js";
import type { Look } from "./heading-look.js";
import { HEADING_LEVELS, LIST_DEPTHS, listStyle, STYLE } from "./style-ids.js";
import { mmToTwip, ptToEighth, ptToHalfPt, ptToTwip } from "./units.js";

export const LANG = LANGUAGE_TAG;

const FONT = { ascii: FONT_FAMILY, hAnsi: FONT_FAMILY, eastAsia: FONT_FAMILY, cs: FONT_FAMILY };

/** Single spacing, no space around, no indent: the compact paragraphs of blocks and tables. */
const COMPACT = {
  indent: { firstLine: 0, left: 0, right: 0 },
  spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
};

/**
 * Widow and orphan control off: Word and LibreOffice turn it on by default, and it moves lines to the
 * next page where the PDF, laid out by kehoach, keeps them; off, the two break their pages alike.
 * (The docx library writes it from paragraph options only, hence the cast for styles.)
 */
const NO_WIDOW_CONTROL = { widowControl: false } as unknown as Record<string, never>;

function textRun(style: TextStyle | undefined, bodySize: number) {
  if (style === undefined) return {};
  return {
    ...(style.size === "body" ? {} : { size: ptToHalfPt(sizeOf(style, bodySize)) }),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italics: true } : {}),
  };
}

function compact(
  id: string,
  name: string,
  text: TextStyle | undefined,
  bodySize: number,
  extra: {
    alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
    before?: number;
    after?: number;
    keepNext?: boolean;
    outlineLevel?: number;
  } = {},
): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    paragraph: {
      ...COMPACT,
      spacing: { ...COMPACT.spacing, before: extra.before ?? 0, after: extra.after ?? 0 },
      alignment: extra.alignment ?? AlignmentType.CENTER,
      ...(extra.keepNext ? { keepNext: true, keepLines: true } : {}),
      ...(extra.outlineLevel === undefined ? {} : { outlineLevel: extra.outlineLevel }),
    },
    run: textRun(text, bodySize),
  };
}

/**
 * "DỰ THẢO" boxed: borders all round the paragraph, which header-block.ts indents to DRAFT_MARK's
 * width from the right margin, so the box is as wide whatever reads the file.
 */
function draftMark(bodySize: number): IParagraphStyleOptions {
  const style = compact(STYLE.draftMark, "Dự thảo", TEXT.draftMark, bodySize, {
    after: ptToTwip(SPACING.draftMarkAfterPt),
  });
  const line = {
    style: BorderStyle.SINGLE,
    size: ptToEighth(DRAFT_MARK.borderPt),
    color: "000000",
    space: DRAFT_MARK.paddingPt,
  };
  return {
    ...style,
    paragraph: { ...style.paragraph, border: { top: line, bottom: line, left: line, right: line } },
  };
}

export function buildStyles(bodySize: number, headings: readonly Look[]): IStylesOptions {
  const line = Math.round(240 * PARAGRAPH.lineHeight);
  const normal: IParagraphStyleOptions = {
    id: STYLE.normal,
    name: "Normal",
    quickFormat: true,
    paragraph: {
      ...NO_WIDOW_CONTROL,
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: mmToTwip(PARAGRAPH.firstLineIndentMm) },
      spacing: {
        before: ptToTwip(PARAGRAPH.spaceBeforePt),
        after: ptToTwip(PARAGRAPH.spaceAfterPt),
        line,
        lineRule: LineRuleType.AUTO,
      },
    },
    run: { font: FONT, size: ptToHalfPt(bodySize), language: { value: LANG } },
  };

  const headingStyles = Array.from({ length: HEADING_LEVELS }, (_, i): IParagraphStyleOptions => {
    const look = headings[i] ?? { bold: false, italic: false };
    return {
      id: `Heading${i + 1}`,
      name: `heading ${i + 1}`,
      basedOn: STYLE.normal,
      next: STYLE.normal,
      quickFormat: true,
      paragraph: { keepNext: true, keepLines: true, outlineLevel: i },
      // Replaces docx's built-in heading styles whole, so their theme colours are gone too.
      run: { ...(look.bold ? { bold: true } : {}), ...(look.italic ? { italics: true } : {}) },
    };
  });

  const hanging = mmToTwip(LIST.hangingMm);
  const firstLine = mmToTwip(PARAGRAPH.firstLineIndentMm);
  const lists = Array.from({ length: LIST_DEPTHS }, (_, depth): IParagraphStyleOptions => {
    const left = firstLine + depth * mmToTwip(LIST.levelStepMm) + hanging;
    return {
      id: listStyle(depth),
      name: depth === 0 ? "List" : `List ${depth + 1}`,
      basedOn: STYLE.normal,
      next: listStyle(depth),
      quickFormat: true,
      paragraph: { indent: { left, hanging }, leftTabStop: left },
    };
  });

  const rule: IParagraphStyleOptions = {
    id: STYLE.rule,
    name: "Đường kẻ",
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    paragraph: {
      ...COMPACT,
      spacing: { before: 0, after: 0, line: ptToTwip(RULE.linePt), lineRule: LineRuleType.EXACT },
      alignment: AlignmentType.CENTER,
      border: {
        bottom: {
          style: BorderStyle.SINGLE,
          size: ptToEighth(HEADER_TABLE.ruleWidthPt),
          color: "000000",
          space: 0,
        },
      },
      keepNext: true,
    },
    run: { size: ptToHalfPt(RULE.linePt - 1) },
  };

  // Under a data table, and between two tables: Word and LibreOffice join adjacent tables into one, which would give the
  // sign-off the data table's borders and repeated header rows.
  const spacer: IParagraphStyleOptions = {
    id: STYLE.spacer,
    name: "Khoảng cách",
    basedOn: STYLE.normal,
    next: STYLE.normal,
    paragraph: {
      ...COMPACT,
      spacing: {
        before: 0,
        after: 0,
        line: ptToTwip(SPACING.afterTablePt),
        lineRule: LineRuleType.EXACT,
      },
    },
    run: { size: ptToHalfPt(SPACING.afterTablePt - 1) },
  };

  const cell = (id: string, name: string, text: TextStyle | undefined, left = false) =>
    compact(id, name, text, bodySize, left ? { alignment: AlignmentType.LEFT } : {});

  const paragraphStyles: IParagraphStyleOptions[] = [
    normal,
    ...headingStyles,
    {
      id: STYLE.basis,
      name: "Căn cứ",
      basedOn: STYLE.normal,
      next: STYLE.basis,
      quickFormat: true,
      run: textRun(TEXT.basis, bodySize),
    },
    {
      id: STYLE.note,
      name: "Ghi chú",
      basedOn: STYLE.normal,
      next: STYLE.note,
      quickFormat: true,
      run: textRun(TEXT.note, bodySize),
    },
    ...lists,
    rule,
    spacer,
    draftMark(bodySize),
    compact(STYLE.parentBody, "Cơ quan chủ quản", TEXT.parentBody, bodySize),
    compact(STYLE.issuingBody, "Cơ quan ban hành", TEXT.issuingBody, bodySize),
    compact(STYLE.docNumber, "Số, ký hiệu", TEXT.number, bodySize, {
      before: ptToTwip(SPACING.headerSecondRowPt),
    }),
    compact(STYLE.nationalTitle, "Quốc hiệu", TEXT.nationalTitle, bodySize),
    compact(STYLE.motto, "Tiêu ngữ", TEXT.motto, bodySize),
    compact(STYLE.placeDate, "Địa danh, ngày tháng", TEXT.placeDate, bodySize, {
      before: ptToTwip(SPACING.headerSecondRowPt),
    }),
    compact(STYLE.title, "Title", TEXT.titleKind, bodySize, {
      before: ptToTwip(SPACING.titleBeforePt),
      keepNext: true,
    }),
    compact(STYLE.subtitle, "Subtitle", TEXT.titleSummary, bodySize, { keepNext: true }),
    compact(STYLE.recipientsHeading, "Nơi nhận", TEXT.recipientsHeading, bodySize, {
      alignment: AlignmentType.LEFT,
      keepNext: true,
    }),
    compact(STYLE.recipient, "Nơi nhận - dòng", TEXT.recipient, bodySize, {
      alignment: AlignmentType.LEFT,
      keepNext: true,
    }),
    compact(STYLE.signatureLine, "Chức vụ người ký", TEXT.signatureLine, bodySize, {
      keepNext: true,
    }),
    compact(STYLE.signer, "Họ tên người ký", TEXT.signer, bodySize, {
      before: mmToTwip(SIGNOFF.signatureSpaceMm),
    }),
    compact(STYLE.appendixLabel, "Phụ lục", TEXT.appendixLabel, bodySize, {
      keepNext: true,
      outlineLevel: 0,
    }),
    compact(STYLE.appendixTitle, "Tên phụ lục", TEXT.appendixTitle, bodySize, { keepNext: true }),
    compact(STYLE.appendixAttached, "Kèm theo", TEXT.appendixAttached, bodySize, {
      after: ptToTwip(SPACING.appendixHeadingAfterPt),
      keepNext: true,
    }),
    cell(STYLE.tableHeader, "Bảng - tiêu đề", TEXT.tableHeader),
    cell(STYLE.tableIndex, "Bảng - số cột", TEXT.tableIndex),
    cell(STYLE.tableText, "Bảng - nội dung", TEXT.tableBody, true),
    cell(STYLE.tableTotal, "Bảng - tổng", TEXT.tableTotal, true),
    compact(STYLE.pageHeader, "header", TEXT.pageNumber, bodySize),
  ];

  return {
    default: {
      document: {
        run: { font: FONT, size: ptToHalfPt(bodySize), language: { value: LANG } },
        paragraph: NO_WIDOW_CONTROL,
      },
    },
    paragraphStyles,
  };
}
