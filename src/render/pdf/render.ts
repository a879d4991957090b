// The model → PDF bytes: laid out by kehoach (definition.ts, flow.ts), drawn through pdfkit
// (draw.ts). pdfkit (~100 ms to load) and the fonts are loaded once, on first use or by
// preparePdf(), never on the per-render path afterwards.

import type { DocumentModel } from "../../document/types.js";
import { type PdfLayout, type PdfOptions, pdfLayout } from "./definition.js";
import { drawPdf } from "./draw.js";
import { type FontSet, pdfFonts } from "./fonts.js";

type PdfKit = typeof import("pdfkit");

interface Loaded {
  PDFDocument: PdfKit;
  fonts: FontSet;
}

let ready: Promise<Loaded> | undefined;

/** What renderPdf is given by its caller (the CLI, the server): it reads no environment itself. */
export type RenderPdfOptions = PdfOptions;

/**
 * Load pdfkit and the fonts now, and draw a line in each face so the fonts are parsed and the code
 * is warm: a server calls this at start-up, and its first plan renders as fast as the rest.
 */
export async function preparePdf(): Promise<void> {
  const { PDFDocument, fonts } = await load();
  const info = {
    title: "",
    author: "",
    subject: "",
    keywords: "",
    creator: "",
    producer: "",
    creationDate: new Date(0),
    modDate: new Date(0),
  };
  const ops = [false, true].flatMap((bold) =>
    [false, true].map((italics) => ({
      kind: "text" as const,
      x: 72,
      y: 72,
      size: 14,
      bold,
      italics,
      text: "Kế hoạch",
      wordSpacing: 0,
    })),
  );
  await drawPdf(PDFDocument, fonts, { info, language: "vi-VN", version: "1.7" }, [
    { orientation: "portrait", width: 595.28, height: 841.89, ops },
  ]);
}

export async function renderPdf(
  model: DocumentModel,
  options: RenderPdfOptions = {},
): Promise<Uint8Array> {
  return renderLayout(pdfLayout(model, options));
}

/** Draws a layout made by pdfLayout (tests use it to draw altered layouts). */
export async function renderLayout(layout: PdfLayout): Promise<Uint8Array> {
  const { PDFDocument, fonts } = await load();
  return drawPdf(PDFDocument, fonts, layout.definition, layout.pages);
}

function load(): Promise<Loaded> {
  // A failed load (fonts missing, say) is not remembered: the next render tries again.
  ready ??= (async () => {
    const { default: PDFDocument } = await import("pdfkit");
    return { PDFDocument, fonts: pdfFonts() };
  })().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return ready;
}
