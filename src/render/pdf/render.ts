// The model → PDF bytes through pdfmake. pdfmake (~100 ms to load) and the fonts are loaded once,
// on first use or by preparePdf(), never on the per-render path afterwards.

import type { TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { DocumentModel } from "../../document/types.js";
import { PDF_FONT, type PdfOptions, pdfDefinition } from "./definition.js";
import { FONT_VARIANTS, type FontVariant, tinosFonts } from "./fonts.js";
import { pdfInternals } from "./internals.js";
import { justifyAtSpaces } from "./justify.js";
import { drawLineRuns } from "./line-runs.js";
import { setPlainLayout } from "./plain-layout.js";

type PdfMake = typeof import("pdfmake");

interface VirtualFs {
  writeFileSync(name: string, content: Buffer): void;
}

let ready: Promise<PdfMake> | undefined;

/** What renderPdf is given by its caller (the CLI, the server): it reads no environment itself. */
export type RenderPdfOptions = PdfOptions;

/**
 * Load pdfmake and the fonts now, and lay out a line in each face so the fonts are parsed and the
 * code is warm: a server calls this at start-up, and its first plan renders as fast as the rest.
 */
export async function preparePdf(): Promise<void> {
  const pdfmake = await pdfmakeWithFonts();
  await pdfBytes(pdfmake, {
    content: [
      { text: "Kế hoạch" },
      { text: "Kế hoạch", bold: true },
      { text: "Kế hoạch", italics: true },
      { text: "Kế hoạch", bold: true, italics: true },
    ],
    defaultStyle: { font: PDF_FONT },
    info: { creationDate: new Date(0) },
  });
}

export async function renderPdf(
  model: DocumentModel,
  options: RenderPdfOptions = {},
): Promise<Uint8Array> {
  const pdfmake = await pdfmakeWithFonts();
  return pdfBytes(pdfmake, pdfDefinition(model, options));
}

/**
 * Any definition made by pdfDefinition (tests use it to render altered definitions). pdfmake writes
 * into the definition it lays out: render each definition once.
 */
export async function renderDefinition(definition: TDocumentDefinitions): Promise<Uint8Array> {
  return pdfBytes(await pdfmakeWithFonts(), definition);
}

async function pdfBytes(pdfmake: PdfMake, definition: TDocumentDefinitions): Promise<Uint8Array> {
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function pdfmakeWithFonts(): Promise<PdfMake> {
  // A failed load (fonts missing, say) is not remembered: the next render tries again.
  ready ??= load().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

const vfsName = (v: FontVariant): string => `kehoach/tinos-${v}.ttf`;

async function load(): Promise<PdfMake> {
  const internals = pdfInternals();
  const pdfmake = internals.pdfmake as PdfMake;
  justifyAtSpaces(internals.ElementWriter);
  drawLineRuns(internals.Renderer, internals.TextDecorator);
  const fonts = tinosFonts();
  setPlainLayout(internals.fontkit, fonts.normal);
  // pdfmake reads fonts by name from its virtual file system: put the TrueType bytes there once.
  const vfs = (pdfmake as unknown as { virtualfs?: VirtualFs }).virtualfs;
  if (!vfs) throw new Error("pdfmake has no virtual file system (not pdfmake 0.3?)");
  for (const v of FONT_VARIANTS) {
    vfs.writeFileSync(vfsName(v), Buffer.from(fonts[v]));
  }
  pdfmake.addFonts({
    [PDF_FONT]: {
      normal: vfsName("normal"),
      bold: vfsName("bold"),
      italics: vfsName("italics"),
      bolditalics: vfsName("bolditalics"),
    },
  });
  // Everything a plan needs is in memory: no URL and no local file may be read while rendering.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  return pdfmake;
}
