// PDF renderer: the document model → a PDF with embedded Tinos (Times New Roman metrics) subsets,
// laid out by kehoach and drawn through pdfkit, byte-identical across runs and time zones.

export {
  PDF_CREATOR,
  PDF_PRODUCER,
  type PdfDefinition,
  type PdfLayout,
  type PdfOptions,
  pdfDefinition,
  pdfLayout,
} from "./definition.js";
export type { Page } from "./pages.js";
export { preparePdf, type RenderPdfOptions, renderLayout, renderPdf } from "./render.js";
