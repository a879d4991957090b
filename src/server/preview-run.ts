// One run of a plan for the preview: the pipeline, then, when the plan is valid, its HTML in both
// views (continuous, and the PDF's pages from pdfLayout) and its stylesheet. Pure apart from reading
// the plan and its templates; it runs on the preview worker (preview-worker.ts), so that a long plan
// never holds up the server's other requests.

import { createHash } from "node:crypto";
import { clearStandardsCache } from "../data/standards.js";
import { hasErrors } from "../diagnostics/types.js";
import { type PipelineResult, runPipeline } from "../pipeline.js";
import { type HtmlOptions, htmlStyles, renderHtml } from "../render/html/index.js";
// the layout only (fonts' metrics): pdfkit itself stays in the render worker
import { pdfLayout } from "../render/pdf/definition.js";

/** "plan": as the plan says; "on"/"off": the preview's draft-mark toggle forces it. */
export type DraftMode = "plan" | "on" | "off";

export const FONT_BASE = "/_/fonts";
export const CSS_PREFIX = "/_/css/";

/** The worker script beside this module (dist/server/preview-worker.js once built). */
export const PREVIEW_WORKER = new URL("./preview-worker.js", import.meta.url);

export interface PreviewJob {
  file: string;
  /** The editor's text in place of the file's. */
  text?: string;
  draft: DraftMode;
  standardsDir: string;
  /** A digest of the standards' data files: when it changes, what was read of them is read again. */
  dataDigest: string;
}

/** The HTML of a valid plan: its `<main>` in both views, and the stylesheet they link. */
export interface PreviewHtml {
  main: string;
  paged?: string;
  pageCount?: number;
  css: string;
  cssHash: string;
  title: string;
}

export interface PreviewOutcome {
  result: PipelineResult;
  html?: PreviewHtml;
  /** An exception from the pipeline or the renderer: a bug, shown as such. */
  crash?: string;
}

let dataDigest: string | undefined;

export function runPreview(job: PreviewJob): PreviewOutcome {
  if (job.dataDigest !== dataDigest) {
    clearStandardsCache();
    dataDigest = job.dataDigest;
  }
  const outcome: PreviewOutcome = { result: { file: job.file, diagnostics: [] } };
  try {
    outcome.result = runPipeline(job.file, {
      standardsDir: job.standardsDir,
      ...(job.text === undefined ? {} : { text: job.text }),
      ...(job.draft === "plan" ? {} : { draft: job.draft === "on" }),
    });
    const model = outcome.result.model;
    if (model && !hasErrors(outcome.result.diagnostics)) {
      const css = htmlStyles(model, { fontBaseUrl: FONT_BASE, pageView: true });
      const cssHash = createHash("sha256").update(css).digest("hex").slice(0, 20);
      const opts: HtmlOptions = {
        inlineCss: false,
        stylesheetHref: `${CSS_PREFIX}${cssHash}.css`,
        fontBaseUrl: FONT_BASE,
      };
      const html: PreviewHtml = {
        main: mainOf(renderHtml(model, opts)),
        css,
        cssHash,
        title: model.meta.title,
      };
      try {
        const layout = pdfLayout(model);
        const pages = {
          blocks: layout.blockPages,
          count: layout.pageCount,
          numbers: layout.pageNumbers,
        };
        html.paged = mainOf(renderHtml(model, { ...opts, pages }));
        html.pageCount = layout.pageCount;
      } catch {
        // the PDF's layout failed (the download will say why): the continuous view only
      }
      outcome.html = html;
    }
  } catch (err) {
    outcome.crash = err instanceof Error ? err.message : String(err);
  }
  return outcome;
}

/** The `<main>` element of a page the HTML renderer made. */
function mainOf(html: string): string {
  const start = html.indexOf("<main");
  const end = html.lastIndexOf("</main>");
  return start >= 0 && end > start ? html.slice(start, end + "</main>".length) : "";
}
