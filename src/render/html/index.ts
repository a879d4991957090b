// A standalone HTML page from the document model: A4-like pages on screen, @page rules for print,
// no script. Reads only the model and src/layout/rules.ts.

import type { DocumentModel, PageSection } from "../../document/types.js";
import { type RenderContext, renderBlock } from "./blocks.js";
import { escapeHtml } from "./escape.js";
import { type PageMap, renderPages } from "./paged.js";
import { htmlStyles as stylesFor } from "./styles.js";
import { tableIds } from "./tables.js";

export type { PageMap } from "./paged.js";
export { TINOS_FILES } from "./styles.js";

export interface HtmlOptions {
  /**
   * Where the Tinos web fonts are served (the files `tinos-all-{400,700}-{normal,italic}.woff` of
   * @fontsource/tinos), for the preview server. Absent: no @font-face; the page falls back to
   * "Times New Roman", "Tinos", "Liberation Serif", serif.
   */
  fontBaseUrl?: string;
  /** Default true. False: a <link rel="stylesheet"> to `stylesheetHref` instead of a <style>. */
  inlineCss?: boolean;
  /** Where the stylesheet is served when inlineCss is false; default "style.css". */
  stylesheetHref?: string;
  /**
   * The page view: the pages the PDF has (pdfLayout(model).blockPages and pageCount, layout input),
   * one box per page, each block in the page it starts on. Absent: the continuous view.
   */
  pages?: PageMap;
  /** The stylesheet also styles the page view (the preview serves one stylesheet for both views). */
  pageView?: boolean;
}

/** The stylesheet of this model, for serving as a file (a CSP may forbid inline style). */
export function htmlStyles(
  model: DocumentModel,
  opts: Pick<HtmlOptions, "fontBaseUrl" | "pageView"> = {},
): string {
  return stylesFor(model, opts);
}

const CSP = "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

export function renderHtml(model: DocumentModel, opts: HtmlOptions = {}): string {
  const ctx: RenderContext = { tableIds: tableIds(model) };
  const meta = model.meta;
  const css =
    opts.inlineCss === false
      ? `<link rel="stylesheet" href="${escapeHtml(opts.stylesheetHref ?? "style.css")}">`
      : `<style>\n${htmlStyles(model, { ...opts, pageView: opts.pageView ?? opts.pages !== undefined })}\n</style>`;
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(meta.lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // The page carries no script; should one ever slip in, the browser refuses to run it.
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">`,
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="author" content="${escapeHtml(meta.author)}">`,
    `<meta name="description" content="${escapeHtml(meta.subject)}">`,
    `<meta name="keywords" content="${escapeHtml(meta.keywords.join(", "))}">`,
    '<meta name="generator" content="kehoach">',
    css,
    "</head>",
    "<body>",
    `<main class="document${opts.pages ? " paged" : ""}${meta.draft ? " draft" : ""}">`,
    ...(opts.pages
      ? renderPages(model, opts.pages, ctx)
      : model.sections.map((section) => renderSection(section, ctx))),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** A section is at least one page tall and grows: HTML cannot know where pages break. */
function renderSection(section: PageSection, ctx: RenderContext): string {
  return [
    `<section class="page ${section.orientation}">`,
    ...section.children.map((block) => renderBlock(block, ctx)),
    "</section>",
  ].join("\n");
}
