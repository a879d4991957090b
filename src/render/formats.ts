// The output formats and how each is produced from the document model. Renderers are imported only
// when asked for: pdfkit alone costs ~100 ms to load, which `render --format html` need not pay.

import type { DocumentModel } from "../document/types.js";
import type { RenderPdfOptions } from "./pdf/index.js";
import type { RenderXlsxOptions } from "./xlsx/index.js";

export const FORMATS = ["docx", "pdf", "html", "json", "xlsx"] as const;
export type Format = (typeof FORMATS)[number];

/** What `kehoach render FILE` writes when no --format is given. */
export const DEFAULT_FORMATS: readonly Format[] = ["docx", "pdf"];

export function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

/**
 * What the caller (the CLI, the server: the edge, see src/edge/renderer-options.ts) gives the
 * renderers: no renderer reads the environment.
 */
export interface RendererOptions {
  pdf?: RenderPdfOptions;
  xlsx?: RenderXlsxOptions;
}

export async function renderFormat(
  format: Format,
  model: DocumentModel,
  options: RendererOptions = {},
): Promise<Uint8Array | string> {
  switch (format) {
    case "html":
      return (await import("./html/index.js")).renderHtml(model);
    case "json":
      return `${JSON.stringify(model, null, 2)}\n`;
    case "docx":
      return (await import("./docx/index.js")).renderDocx(model);
    case "pdf":
      return (await import("./pdf/index.js")).renderPdf(model, options.pdf);
    case "xlsx":
      return (await import("./xlsx/index.js")).renderXlsx(model, options.xlsx);
  }
}
