// The model → the pdfmake document definition. Pure apart from reading the fonts' advance widths
// (the same bytes every time): tests compare it as golden JSON, functions stripped.

import type { Content, ContentSection, TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { DocumentModel, PageSection } from "../../document/types.js";
import { LANGUAGE_TAG, lineHeightPt, PAGE_NUMBER, PARAGRAPH } from "../../layout/rules.js";
import type { BlockContext } from "./context.js";
import { documentDate } from "./date.js";
import { decidePageBreaks } from "./flow.js";
import { A4_PT, type Geometry, geometryOf, pdfMargins, pt, round2 } from "./geometry.js";
import { guessPages } from "./guessed-pages.js";
import { type Measure, tinosMeasure } from "./measure.js";
import { PageNumberer } from "./page-numbers.js";
import { PAGE_NUMBER_STYLE, Pagination } from "./pagination.js";
import { blocksOfNode, type SectionPlan, sectionContent } from "./section.js";
import { defaultStyle, styleDictionary } from "./styles.js";
import { nfc } from "./text.js";

/** The family name the definition uses; renderPdf registers Tinos under it. */
export const PDF_FONT = "Tinos";
export const PDF_CREATOR = "kehoach";
export const PDF_PRODUCER = "kehoach (pdfmake)";

export interface PdfOptions {
  /**
   * SOURCE_DATE_EPOCH (seconds since 1970, UTC): when set, the PDF's dates are this instead of the
   * plan's date. The caller (the CLI, the server) passes the environment's value; no renderer reads
   * the environment.
   */
  sourceDateEpoch?: string;
  /** Advance widths to size the header with; Tinos's own by default. */
  measure?: Measure;
}

export function pdfDefinition(
  model: DocumentModel,
  options: PdfOptions = {},
): TDocumentDefinitions {
  return pdfLayout(model, options).definition;
}

/** The definition, and the pages flow.ts decided. */
export interface PdfLayout {
  definition: TDocumentDefinitions;
  /** Per section laid out, per top-level node, the pages it is on. */
  pages: number[][][];
  /**
   * Per section of the model (its index), per block of the section, the pages (from 1 at the
   * document's first page) the block is on: what a preview needs to show the PDF's pages.
   */
  blockPages: number[][][];
  /** How many pages the document has. */
  pageCount: number;
}

export function pdfLayout(model: DocumentModel, options: PdfOptions = {}): PdfLayout {
  const measure = options.measure ?? tinosMeasure();
  const bodySize = model.page.fontSize;
  // A section without blocks would share its page with the next one: it has nothing to show.
  const sections = model.sections
    .map((section, index) => ({ section, index }))
    .filter(({ section }) => section.children.length > 0);
  const numberer = new PageNumberer(sections.map(({ section }) => section.pageNumbers));
  const pagination = new Pagination();
  const guessed = guessPages(model);
  const date = documentDate(model.meta.date, options.sourceDateEpoch);
  const first = geometryOf(model.page, sections[0]?.section.orientation ?? "portrait");

  const styles = styleDictionary(bodySize, measure);
  const base = defaultStyle(bodySize, PDF_FONT, measure);
  const nodes = sections.map(({ section, index }, position) =>
    sectionNode(
      section,
      position,
      { bodySize, measure, geometry: geometryOf(model.page, section.orientation) },
      numberer,
      {
        index,
        overhang: overhangOf(section, bodySize),
        guessed: guessed[index] ?? [],
        pagination,
      },
    ),
  );
  // The pages are decided here, once (flow.ts): pdfmake gets the breaks in the definition.
  const pages = decidePageBreaks(
    nodes.map((node) => {
      const [, top, , bottom] = node.pageMargins as [number, number, number, number];
      const height = node.pageOrientation === "landscape" ? A4_PT.width : A4_PT.height;
      return { nodes: node.section as Content[], top, innerHeight: height - top - bottom };
    }),
    { styles, defaultStyle: base, measure, pagination },
  );

  const definition: TDocumentDefinitions = {
    pageSize: "A4",
    pageOrientation: first.orientation,
    pageMargins: pdfMargins(first),
    content: nodes,
    defaultStyle: base,
    styles,
    version: "1.7", // pdfmake declares 1.3 unless told; 1.7 is the newest pdfkit writes
    language: LANGUAGE_TAG,
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
  const pageCount = Math.max(0, ...pages.flat(2));
  const blockPages = model.sections.map((s) => s.children.map((): number[] => []));
  sections.forEach(({ index }, position) => {
    const content = (nodes[position]?.section ?? []) as object[];
    content.forEach((node, k) => {
      for (const block of blocksOfNode(node)) {
        const into = blockPages[index]?.[block];
        if (!into) continue;
        for (const page of pages[position]?.[k] ?? []) if (!into.includes(page)) into.push(page);
      }
    });
  });
  for (const section of blockPages) for (const b of section) b.sort((x, y) => x - y);
  return { definition, pages, blockPages, pageCount };
}

function sectionNode(
  section: PageSection,
  index: number,
  ctx: BlockContext,
  numberer: PageNumberer,
  plan: SectionPlan,
): ContentSection {
  const g = ctx.geometry;
  const [left, top, right, bottom] = pdfMargins(g);
  return {
    section: sectionContent(section.children, ctx, plan),
    pageOrientation: section.orientation,
    pageMargins: [left, top, right, round2(bottom - plan.overhang)],
    header: (page: number) => {
      const n = numberer.numberOn(index, page);
      return n === undefined ? null : pageNumberNode(n, g);
    },
  };
}

/**
 * LibreOffice lets the last line on a page hang its extra line spacing (1.15 lines less one) into
 * the bottom margin: a line fits when its top plus a single line does. pdfmake wants the whole line,
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

/** Centred over the text column, its line PAGE_NUMBER.fromEdgeMm below the paper's top edge. */
function pageNumberNode(n: number, g: Geometry): Content {
  return {
    text: String(n),
    style: PAGE_NUMBER_STYLE,
    alignment: "center",
    margin: [
      g.margins.left,
      Math.min(pt(PAGE_NUMBER.fromEdgeMm), g.margins.top),
      g.margins.right,
      0,
    ],
  };
}
