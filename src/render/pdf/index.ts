// PDF renderer: the document model → a PDF with embedded Tinos (Times New Roman metrics) subsets,
// byte-identical across runs and time zones.

export {
  PDF_CREATOR,
  PDF_FONT,
  PDF_PRODUCER,
  type PdfLayout,
  type PdfOptions,
  pdfDefinition,
  pdfLayout,
} from "./definition.js";
export { preparePdf, type RenderPdfOptions, renderDefinition, renderPdf } from "./render.js";
