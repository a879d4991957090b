// The model → the PDF's layout: the layout tree of every section (the "definition", which tests
// compare as golden JSON), and its pages as flow.ts lays them out, page numbers included. Pure
// apart from reading the fonts' advance widths (the same bytes every time).

import type { DocumentModel, PageSection } from "../../document/types.js";
import { printedNumbers } from "../../layout/page-numbers.js";
import { LANGUAGE_TAG, lineHeightPt, PAGE_NUMBER, PARAGRAPH } from "../../layout/rules.js";
import { documentDate } from "./date.js";
import { flow } from "./flow.js";
import { A4_PT, geometryOf, pdfMargins, pt, round2, round3 } from "./geometry.js";
import { guessPages } from "./guessed-pages.js";
import { type Measure, tinosMeasure } from "./measure.js";
import type { SectionLayout, StyleDictionary } from "./nodes.js";
import type { Page } from "./pages.js";
import { PAGE_NUMBER_STYLE, Pagination } from "./pagination.js";
import { blocksOfNode, type SectionPlan, sectionContent } from "./section.js";
import { defaultStyle, styleDictionary } from "./styles.js";
import { nfc } from "./text.js";

export const PDF_CREATOR = "kehoach";
export const PDF_PRODUCER = "kehoach (pdfkit)";
/** The PDF version declared: the newest pdfkit writes. */
export const PDF_VERSION = "1.7";

export interface PdfOptions {
  /**
   * SOURCE_DATE_EPOCH (seconds since 1970, UTC): when set, the PDF's dates are this instead of the
   * plan's date. The caller (the CLI, the server) passes the environment's value; no renderer reads
   * the environment.
   */
  sourceDateEpoch?: string;
  /** Advance widths to lay the text out with; Tinos's own by default. */
  measure?: Measure;
}

/** The document's properties, as the PDF's information dictionary holds them. */
export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creator: string;
  producer: string;
  creationDate: Date;
  modDate: Date;
}

/** The layout tree of the whole document. */
export interface PdfDefinition {
  sections: SectionLayout[];
  styles: StyleDictionary;
  defaultStyle: { fontSize: number; lineHeight: number };
  language: string;
  version: string;
  info: PdfInfo;
}

export function pdfDefinition(model: DocumentModel, options: PdfOptions = {}): PdfDefinition {
  return pdfLayout(model, options).definition;
}

/** The definition, and its pages as flow.ts laid them out. */
export interface PdfLayout {
  definition: PdfDefinition;
  /** The pages, with what stands on each: what draw.ts draws. */
  pages: Page[];
  /** Per section laid out, per top-level node, the pages it is on. */
  nodePages: number[][][];
  /**
   * Per section of the model (its index), per block of the section, the pages (from 1 at the
   * document's first page) the block is on: what a preview needs to show the PDF's pages.
   */
  blockPages: number[][][];
  /** How many pages the document has. */
  pageCount: number;
  /** The number printed at the top of each page (index 0: page 1), undefined where none is. */
  pageNumbers: (number | undefined)[];
}

export function pdfLayout(model: DocumentModel, options: PdfOptions = {}): PdfLayout {
  const measure = options.measure ?? tinosMeasure();
  const bodySize = model.page.fontSize;
  // A section without blocks would share its page with the next one: it has nothing to show.
  const sections = model.sections
    .map((section, index) => ({ section, index }))
    .filter(({ section }) => section.children.length > 0);
  const pagination = new Pagination();
  const guessed = guessPages(model);
  const date = documentDate(model.meta.date, options.sourceDateEpoch);

  const styles = styleDictionary(bodySize);
  const base = defaultStyle(bodySize);
  const layouts = sections.map(({ section, index }) => {
    const geometry = geometryOf(model.page, section.orientation);
    const overhang = overhangOf(section, bodySize);
    const plan: SectionPlan = { index, overhang, guessed: guessed[index] ?? [], pagination };
    const [left, top, right, bottom] = pdfMargins(geometry);
    const layout: SectionLayout = {
      index,
      nodes: sectionContent(section.children, { bodySize, measure, geometry }, plan),
      orientation: section.orientation,
      margins: [left, top, right, round2(bottom - overhang)],
      pageNumberTop: Math.min(pt(PAGE_NUMBER.fromEdgeMm), top),
      pageNumbers: section.pageNumbers,
    };
    return layout;
  });
  // The pages are decided and laid out here, once (flow.ts).
  const flowed = flow(layouts, { styles, defaultStyle: base, measure, pagination, paper: A4_PT });
  // A document with nothing to show is one blank page: a PDF has at least one.
  if (flowed.pages.length === 0) flowed.pages.push({ orientation: "portrait", ...A4_PT, ops: [] });
  const starts = layouts.map((layout, position) => ({
    rules: layout.pageNumbers,
    page: flowed.sectionOfPage.indexOf(position) + 1,
  }));
  const numbers = printedNumbers(starts, flowed.pages.length);
  const size = styles[PAGE_NUMBER_STYLE]?.fontSize ?? bodySize;
  flowed.pages.forEach((page, i) => {
    const n = numbers[i];
    const layout = layouts[flowed.sectionOfPage[i] ?? 0];
    if (n === undefined || !layout) return;
    const [left, , right] = layout.margins;
    const text = String(n);
    const width = measure.width(text, size);
    page.ops.push({
      kind: "text",
      x: round3(left + (page.width - left - right - width) / 2),
      y: layout.pageNumberTop,
      size,
      bold: false,
      italics: false,
      text,
      wordSpacing: 0,
    });
  });

  const definition: PdfDefinition = {
    sections: layouts,
    styles,
    defaultStyle: base,
    language: LANGUAGE_TAG,
    version: PDF_VERSION,
    info: {
      title: nfc(model.meta.title),
      author: nfc(model.meta.author),
      subject: nfc(model.meta.subject),
      keywords: nfc(model.meta.keywords.join(", ")),
      creator: PDF_CREATOR,
      producer: PDF_PRODUCER,
      creationDate: date,
      modDate: new Date(date.getTime()),
    },
  };
  const nodePages = flowed.nodePages;
  const pageCount = flowed.pages.length;
  const blockPages = model.sections.map((s) => s.children.map((): number[] => []));
  sections.forEach(({ index }, position) => {
    const content = layouts[position]?.nodes ?? [];
    content.forEach((node, k) => {
      for (const block of blocksOfNode(node)) {
        const into = blockPages[index]?.[block];
        if (!into) continue;
        for (const page of nodePages[position]?.[k] ?? [])
          if (!into.includes(page)) into.push(page);
      }
    });
  });
  for (const section of blockPages) for (const b of section) b.sort((x, y) => x - y);
  return {
    definition,
    pages: flowed.pages,
    nodePages,
    blockPages,
    pageCount,
    pageNumbers: numbers,
  };
}

/**
 * LibreOffice lets the last line on a page hang its extra line spacing (1.15 lines less one) into
 * the bottom margin: a line fits when its top plus a single line does. flow.ts wants the whole line,
 * so where running text fills the pages the PDF's bottom margin gives that much back, and the
 * section's lines end their pages where the DOCX's do. Blocks that must fit whole (the sign-off)
 * take the same amount back (section.ts); a section of tables alone keeps its margin.
 */
export function overhangOf(section: PageSection, bodySize: number): number {
  const running = section.children.some(
    (b) => b.type === "paragraph" || b.type === "heading" || b.type === "list",
  );
  return running ? overhang(bodySize) : 0;
}

export function overhang(bodySize: number): number {
  return round2(lineHeightPt(bodySize, PARAGRAPH.lineHeight) - lineHeightPt(bodySize, 1));
}
