// The model → the pdfmake document definition. Pure apart from reading the fonts' advance widths
// (the same bytes every time): tests compare it as golden JSON, functions stripped.

import type { Content, ContentSection, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { PAGE_NUMBER } from "../../layout/rules.js";
import type { DocumentModel, PageSection } from "../../model/types.js";
import type { BlockContext } from "./context.js";
import { documentDate } from "./date.js";
import { type Geometry, geometryOf, pdfMargins, pt } from "./geometry.js";
import { keepHeadingsWithNext, PAGE_NUMBER_STYLE } from "./keep.js";
import { type Measure, tinosMeasure } from "./measure.js";
import { PageNumberer } from "./page-numbers.js";
import { sectionContent } from "./section.js";
import { defaultStyle, styleDictionary } from "./styles.js";
import { nfc } from "./text.js";

/** The family name the definition uses; renderPdf registers Tinos under it. */
export const PDF_FONT = "Tinos";
export const PDF_CREATOR = "kehoach";
export const PDF_PRODUCER = "kehoach (pdfmake)";

export interface PdfOptions {
  /**
   * SOURCE_DATE_EPOCH (seconds since 1970, UTC): when set, the PDF's dates are this instead of the
   * plan's date. renderPdf passes the environment's value; pdfDefinition reads no environment.
   */
  sourceDateEpoch?: string;
  /** Advance widths to size the header with; Tinos's own by default. */
  measure?: Measure;
}

export function pdfDefinition(
  model: DocumentModel,
  options: PdfOptions = {},
): TDocumentDefinitions {
  const measure = options.measure ?? tinosMeasure();
  const bodySize = model.page.fontSize;
  // A section without blocks would share its page with the next one: it has nothing to show.
  const sections = model.sections.filter((s) => s.children.length > 0);
  const numberer = new PageNumberer(sections.map((s) => s.pageNumbers));
  const date = documentDate(model.meta.date, options.sourceDateEpoch);
  const first = geometryOf(model.page, sections[0]?.orientation ?? "portrait");

  return {
    pageSize: "A4",
    pageOrientation: first.orientation,
    pageMargins: pdfMargins(first),
    content: sections.map((section, index) =>
      sectionNode(
        section,
        index,
        { bodySize, measure, geometry: geometryOf(model.page, section.orientation) },
        numberer,
      ),
    ),
    defaultStyle: defaultStyle(bodySize, PDF_FONT),
    styles: styleDictionary(bodySize),
    pageBreakBefore: keepHeadingsWithNext,
    language: model.meta.lang,
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
}

function sectionNode(
  section: PageSection,
  index: number,
  ctx: BlockContext,
  numberer: PageNumberer,
): ContentSection {
  const g = ctx.geometry;
  return {
    section: sectionContent(section.children, ctx),
    pageOrientation: section.orientation,
    pageMargins: pdfMargins(g),
    header: (page: number) => {
      const n = numberer.numberOn(index, page);
      return n === undefined ? null : pageNumberNode(n, g);
    },
  };
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
