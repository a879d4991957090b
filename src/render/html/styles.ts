// The stylesheet, generated from src/layout/rules.ts and the model (page margins, body size, table
// column widths), so the HTML cannot drift from the DOCX and the PDF. Served inline or as a file.

import type { DocumentModel, NumberingStyle } from "../../document/types.js";
import {
  FONT_FAMILY,
  HEADER_TABLE,
  HEADING,
  headerColumnsTwips,
  issuingBodyRuleTwips,
  LIST,
  mmToTwips,
  PAGE_NUMBER,
  PARAGRAPH,
  portraitTextWidthTwips,
  SIGNOFF,
  SPACING,
  sectionTextWidthTwips,
  sizeOf,
  TABLE,
  TEXT,
  type TextStyle,
  titleRuleTwips,
} from "../../layout/rules.js";
import { type TextKey, textClass } from "./classes.js";
import { cssString } from "./escape.js";
import {
  marginsCss,
  pageName,
  printsPageNumbers,
  sectionMargins,
  sectionSizeMm,
  textWidthMm,
} from "./page.js";
import { columnPercents, percent, tableIds } from "./tables.js";

/** Spacings the decree leaves open and rules.ts does not hold: the screen frame and block gaps. */
const HTML_ONLY = {
  /** Grey gap around the pages on screen. */
  pageGapMm: 10,
  pageShadowMm: 1.5,
  /** Between the decree's fixed blocks (header, title, sign-off, appendix heading). */
  blockGapPt: 12,
  /** Between a line and the rule under it. */
  ruleGapPt: 4,
} as const;

/** Web font files of @fontsource/tinos, in its `files/` folder. */
export const TINOS_FILES = [
  { file: "tinos-all-400-normal.woff", weight: 400, style: "normal" },
  { file: "tinos-all-400-italic.woff", weight: 400, style: "italic" },
  { file: "tinos-all-700-normal.woff", weight: 700, style: "normal" },
  { file: "tinos-all-700-italic.woff", weight: 700, style: "italic" },
] as const;

const WEB_FONT = "Tinos";

export interface StyleOptions {
  fontBaseUrl?: string;
  /** Also the page view's boxes (index.ts, paged.ts). */
  pageView?: boolean;
}

export function fontStack(opts: StyleOptions = {}): string {
  // Tinos and Liberation Serif have the metrics of Times New Roman: same line breaks.
  const families =
    opts.fontBaseUrl === undefined
      ? [FONT_FAMILY, "Tinos", "Liberation Serif"]
      : [WEB_FONT, FONT_FAMILY, "Liberation Serif"];
  return [...families.map(cssString), "serif"].join(", ");
}

export function htmlStyles(model: DocumentModel, opts: StyleOptions = {}): string {
  return [
    fontFaces(opts),
    frame(model, opts),
    textStyles(model.page.fontSize),
    blocks(model),
    tableWidths(model),
    printRules(model, opts),
    opts.pageView ? pageView(model, opts) : "",
  ]
    .filter((part) => part !== "")
    .join("\n");
}

function fontFaces(opts: StyleOptions): string {
  if (opts.fontBaseUrl === undefined) return "";
  const base = opts.fontBaseUrl.replace(/\/+$/, "");
  return TINOS_FILES.map(
    (f) =>
      `@font-face { font-family: ${cssString(WEB_FONT)}; src: url(${cssString(`${base}/${f.file}`)}) format("woff"); font-weight: ${f.weight}; font-style: ${f.style}; font-display: swap; }`,
  ).join("\n");
}

function frame(model: DocumentModel, opts: StyleOptions): string {
  const gap = HTML_ONLY.pageGapMm;
  const pageBox = (orientation: "portrait" | "landscape"): string => {
    const size = sectionSizeMm(orientation);
    const margins = marginsCss(sectionMargins(model.page, orientation));
    return `.page.${orientation} { width: ${size.width}mm; min-height: ${size.height}mm; padding: ${margins}; }`;
  };
  return [
    "html { background: #7f7f7f; }",
    `body { margin: 0; padding: ${gap}mm 0; color: #000; font-family: ${fontStack(opts)}; font-size: ${model.page.fontSize}pt; line-height: ${PARAGRAPH.lineHeight}; }`,
    `.page { box-sizing: border-box; margin: 0 auto ${gap}mm; background: #fff; box-shadow: 0 0 ${HTML_ONLY.pageShadowMm}mm rgba(0, 0, 0, 0.5); overflow-wrap: break-word; }`,
    pageBox("portrait"),
    pageBox("landscape"),
    ...model.sections.map((_, i) => `.page:nth-of-type(${i + 1}) { page: ${pageName(i)}; }`),
    // Leaf elements keep the model's spaces (the blanks of a draft's number and date). :where()
    // weighs nothing, so every class below overrides it.
    ":where(.page) :where(p, h1, h2, h3, h4, h5, h6, td, th) { margin: 0; white-space: pre-wrap; }",
  ].join("\n");
}

/**
 * The page view: boxes of the PDF's page size and margins, the number at the top centre where the
 * PDF prints it (rules.ts PAGE_NUMBER), a block that runs over grows its box (paged.ts says so).
 */
function pageView(model: DocumentModel, opts: StyleOptions): string {
  const gap = HTML_ONLY.pageGapMm;
  const numberFont = `${sizeOf(TEXT.pageNumber ?? { size: "body" }, model.page.fontSize)}pt/1 ${fontStack(opts)}`;
  const sheet = (orientation: "portrait" | "landscape"): string => {
    const size = sectionSizeMm(orientation);
    const margins = marginsCss(sectionMargins(model.page, orientation));
    return `.sheet.${orientation} { width: ${size.width}mm; min-height: ${size.height}mm; padding: ${margins}; }`;
  };
  return [
    `.sheet { position: relative; box-sizing: border-box; margin: 0 auto ${gap}mm; background: #fff; box-shadow: 0 0 ${HTML_ONLY.pageShadowMm}mm rgba(0, 0, 0, 0.5); overflow-wrap: break-word; }`,
    sheet("portrait"),
    sheet("landscape"),
    ":where(.sheet) :where(p, h1, h2, h3, h4, h5, h6, td, th) { margin: 0; white-space: pre-wrap; }",
    `.pg-number { position: absolute; top: ${PAGE_NUMBER.fromEdgeMm}mm; left: 0; right: 0; text-align: center; font: ${numberFont}; }`,
    ".pg-end, .pg-cont, .pg-sign { font-family: system-ui, sans-serif; font-size: 9pt; color: #1d4ed8; text-align: center; text-indent: 0; }",
    ".pg-end { margin: 4pt 0; border-top: 1px dashed #1d4ed8; padding-top: 2pt; }",
    `.pg-sign { position: absolute; top: ${PAGE_NUMBER.fromEdgeMm}mm; right: 6mm; color: #92400e; }`,
    "@media print { .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; } .sheet + .sheet { break-before: page; } .pg-end, .pg-cont, .pg-sign { display: none; } }",
  ].join("\n");
}

function textStyles(bodySize: number): string {
  return (Object.entries(TEXT) as [TextKey, TextStyle][])
    .map(([key, style]) => `.${textClass(key)} { ${fontCss(style, bodySize)} }`)
    .join("\n");
}

function fontCss(style: TextStyle, bodySize: number): string {
  const parts = [
    `font-size: ${sizeOf(style, bodySize)}pt;`,
    `font-weight: ${style.bold ? 700 : 400};`,
    `font-style: ${style.italic ? "italic" : "normal"};`,
  ];
  if (style.upper) parts.push("text-transform: uppercase;");
  return parts.join(" ");
}

function blocks(model: DocumentModel): string {
  const bodySize = model.page.fontSize;
  const gap = `${HTML_ONLY.blockGapPt}pt`;
  const rule = `${HEADER_TABLE.ruleWidthPt}pt solid #000`;
  const paraSpacing = `margin: ${PARAGRAPH.spaceBeforePt}pt 0 ${PARAGRAPH.spaceAfterPt}pt;`;
  const indent = `${PARAGRAPH.firstLineIndentMm}mm`;
  const signLeftPct = SIGNOFF.leftShare * 100;
  return [
    // Draft mark
    `.draft-mark { text-align: right; margin-bottom: ${gap}; }`,
    `.draft-mark > span { border: ${rule}; padding: 1pt 4pt; }`,
    // Header block
    `.header-block { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: ${gap}; }`,
    ...headerColumns(model),
    ".header-block td { padding: 0; border: 0; vertical-align: top; text-align: center; }",
    `.header-block tr + tr td { padding-top: ${PARAGRAPH.spaceAfterPt}pt; }`,
    ".nowrap { white-space: nowrap; }",
    `.rule { height: 0; border: 0; border-top: ${rule}; margin: ${HTML_ONLY.ruleGapPt}pt auto 0; }`,
    ...rules(model),
    // The rule under the motto is the motto's own underline: exactly as long as the motto.
    `.motto-line { display: inline-block; padding-bottom: ${HTML_ONLY.ruleGapPt}pt; border-bottom: ${rule}; }`,
    // Title
    `.title-block { text-align: center; margin-bottom: ${gap}; }`,
    // Body text
    `.para, .heading, .item { font-size: ${bodySize}pt; text-align: justify; ${paraSpacing} }`,
    `.para, .heading { text-indent: ${indent}; }`,
    ...headingStyles(model),
    ".num-plain { font-weight: 400; font-style: normal; }",
    `.note { text-align: justify; ${paraSpacing} }`,
    // Lists: literal markers, hanging indent; a "+" sub-list hangs under the text of its item.
    `.list { list-style: none; margin: 0; padding: 0 0 0 ${indent}; }`,
    `.list .list { padding-left: ${LIST.levelStepMm}mm; }`,
    `.item { padding-left: ${LIST.hangingMm}mm; text-indent: -${LIST.hangingMm}mm; }`,
    `.marker { display: inline-block; width: ${LIST.hangingMm}mm; text-indent: 0; white-space: nowrap; }`,
    // Tables
    `.data { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 ${SPACING.afterTablePt}pt; }`,
    `.data th, .data td { border: ${TABLE.borderPt}pt solid #000; padding: ${TABLE.cellPaddingMm}mm; vertical-align: middle; }`,
    // Cells take the font of their row (header, index, body, total); a bold cell overrides it.
    ":where(.data th, .data td) { font: inherit; }",
    ".data thead { display: table-header-group; }",
    ".data tr { break-inside: avoid; }",
    ".a-left { text-align: left; }",
    ".a-center { text-align: center; }",
    ".a-right { text-align: right; }",
    ".b { font-weight: 700; }",
    // Sign-off
    `.signoff { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: ${gap}; break-inside: avoid; }`,
    `.signoff col.left { width: ${signLeftPct}%; }`,
    `.signoff col.right { width: ${100 - signLeftPct}%; }`,
    ".signoff td { padding: 0; border: 0; vertical-align: top; }",
    ".signoff td.recipients { text-align: left; }",
    ".signoff td.signature { text-align: center; }",
    `.signer { margin-top: ${SIGNOFF.signatureSpaceMm}mm; }`,
    // Appendix heading
    `.appendix-heading { text-align: center; margin-bottom: ${gap}; }`,
  ].join("\n");
}

/**
 * The left column takes its share of the text width unless the right one would then be narrower
 * than the national title needs; as percentages of each orientation's text width, so the screen
 * and the printed page agree.
 */
/**
 * The rules under the issuing body and the summary line, as long as in the DOCX and the PDF
 * (rules.ts issuingBodyRuleTwips, titleRuleTwips, on the body's portrait text width). In the
 * stylesheet: a served page's CSP forbids inline style.
 */
function rules(model: DocumentModel): string[] {
  const textWidth = portraitTextWidthTwips(model.page.margins);
  const mm = (twips: number) => `${Math.round(((twips * 25.4) / 1440) * 100) / 100}mm`;
  const out: string[] = [];
  for (const section of model.sections) {
    for (const block of section.children) {
      if (block.type === "header") {
        const [left] = headerColumnsTwips(textWidth);
        const room = left - Math.min(mmToTwips(HEADER_TABLE.columnGapMm), left);
        out.push(`.rule-body { width: ${mm(issuingBodyRuleTwips(block.issuingBody, room))}; }`);
      }
      if (block.type === "title") {
        out.push(`.rule-title { width: ${mm(titleRuleTwips(block.summary, textWidth))}; }`);
      }
    }
  }
  return out;
}

function headerColumns(model: DocumentModel): string[] {
  return (["portrait", "landscape"] as const).flatMap((orientation) => {
    const width = textWidthMm(model.page, orientation);
    const right = Math.min(
      width,
      Math.max(width * (1 - HEADER_TABLE.leftShare), HEADER_TABLE.rightMinMm),
    );
    const rightShare = (right * 100) / width;
    return [
      `.${orientation} .header-block col.left { width: ${percent(100 - rightShare)}; }`,
      `.${orientation} .header-block col.right { width: ${percent(rightShare)}; }`,
    ];
  });
}

/** Styles every document's CSS holds; the marks of deep levels (-, +, •) only where a heading uses them. */
const USUAL_HEADINGS: ReadonlySet<NumberingStyle> = new Set([
  "roman",
  "decimal",
  "nested",
  "letter",
]);

function headingStyles(model: DocumentModel): string[] {
  const used = new Set<NumberingStyle>();
  for (const section of model.sections) {
    for (const b of section.children) if (b.type === "heading") used.add(b.numbering);
  }
  const looks = Object.entries(HEADING) as [NumberingStyle, { bold: boolean; italic: boolean }][];
  return looks
    .filter(([numbering]) => USUAL_HEADINGS.has(numbering) || used.has(numbering))
    .map(
      ([numbering, look]) =>
        `.h-${numbering} { font-weight: ${look.bold ? 700 : 400}; font-style: ${look.italic ? "italic" : "normal"}; }`,
    );
}

function tableWidths(model: DocumentModel): string {
  const rules: string[] = [];
  const ids = tableIds(model);
  for (const section of model.sections) {
    const width = sectionTextWidthTwips(model.page.margins, section.orientation);
    for (const block of section.children) {
      const id = block.type === "table" ? ids.get(block) : undefined;
      if (block.type !== "table" || id === undefined) continue;
      columnPercents(block, width, model.page.fontSize).forEach((pct, i) => {
        rules.push(`#${id} > colgroup > col:nth-child(${i + 1}) { width: ${pct}; }`);
      });
    }
  }
  return rules.join("\n");
}

function printRules(model: DocumentModel, opts: StyleOptions): string {
  const numberFont = `${sizeOf(TEXT.pageNumber ?? { size: "body" }, model.page.fontSize)}pt/1 ${fontStack(opts)}`;
  const pages = model.sections.map((section, i) => {
    const size = `A4 ${section.orientation}`;
    const margin = marginsCss(sectionMargins(model.page, section.orientation));
    const number = printsPageNumbers(section, i)
      ? ` @top-center { content: counter(page); font: ${numberFont}; vertical-align: top; padding-top: ${PAGE_NUMBER.fromEdgeMm}mm; }`
      : "";
    return `@page ${pageName(i)} { size: ${size}; margin: ${margin};${number} }`;
  });
  const first = model.sections[0];
  const hideFirst =
    first !== undefined && !first.pageNumbers.showOnFirstPage
      ? ["@page :first { @top-center { content: none; } }"]
      : [];
  return [
    `@page { size: A4 portrait; margin: ${marginsCss(sectionMargins(model.page, "portrait"))}; }`,
    ...pages,
    ...hideFirst,
    "@media print {",
    "  html, body { background: none; padding: 0; }",
    "  .page.portrait, .page.landscape { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }",
    "  .page + .page { break-before: page; }",
    "}",
  ].join("\n");
}
