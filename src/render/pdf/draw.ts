// The PDF's pages, drawn through pdfkit's public API: a page per laid-out page, each text op a
// text() call at its place, each line a stroked path. Nothing is laid out here: flow.ts decided
// every line and every position. The fonts are the PDF's (fonts.ts pdfFonts), registered by face.

import type { PdfDefinition } from "./definition.js";
import { FONT_VARIANTS, type FontSet, type FontVariant } from "./fonts.js";
import type { Page, TextOp } from "./pages.js";

type PdfKit = typeof import("pdfkit");
type Doc = InstanceType<PdfKit>;

const faceName = (v: FontVariant): string => `Tinos-${v}`;

/** The DOCX's highlight colour ("yellow"). */
const HIGHLIGHT = "#ffff00";

function variantOf(op: TextOp): FontVariant {
  if (op.bold) return op.italics ? "bolditalics" : "bold";
  return op.italics ? "italics" : "normal";
}

/** The pages as PDF bytes. */
export function drawPdf(
  PDFDocument: PdfKit,
  fonts: FontSet,
  definition: Pick<PdfDefinition, "info" | "language" | "version">,
  pages: readonly Page[],
): Promise<Uint8Array> {
  const { info } = definition;
  const doc = new PDFDocument({
    autoFirstPage: false,
    pdfVersion: definition.version as "1.7",
    lang: definition.language,
    compress: true,
    // No default font: pdfkit would open Helvetica from files of its own; every op names Tinos.
    font: null as unknown as string,
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Keywords: info.keywords,
      Creator: info.creator,
      Producer: info.producer,
      CreationDate: info.creationDate,
      ModDate: info.modDate,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => {
      const all = Buffer.concat(chunks);
      resolve(new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
    });
    doc.on("error", reject);
  });
  for (const v of FONT_VARIANTS) doc.registerFont(faceName(v), fonts[v]);
  for (const page of pages) drawPage(doc, page);
  doc.end();
  return done;
}

function drawPage(doc: Doc, page: Page): void {
  doc.addPage({
    size: [page.width, page.height],
    margins: { top: 0, right: 0, bottom: 0, left: 0 },
  });
  let face: FontVariant | undefined;
  let size = 0;
  const ops = page.ops;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i] as Page["ops"][number];
    if (op.kind === "text") {
      const v = variantOf(op);
      if (v !== face) {
        doc.font(faceName(v));
        face = v;
      }
      if (op.size !== size) {
        doc.fontSize(op.size);
        size = op.size;
      }
      doc.text(op.text, op.x, op.y, {
        lineBreak: false,
        ...(op.wordSpacing > 0 ? { wordSpacing: op.wordSpacing } : {}),
      });
      continue;
    }
    if (op.kind === "highlight") {
      doc.save().rect(op.x, op.y, op.width, op.height).fill(HIGHLIGHT).restore();
      continue;
    }
    // lines of one width in a row: one path, stroked once
    const width = op.width;
    doc.lineWidth(width);
    let j = i;
    for (; j < ops.length; j++) {
      const line = ops[j] as Page["ops"][number];
      if (line.kind !== "line" || line.width !== width) break;
      doc.moveTo(line.x1, line.y1).lineTo(line.x2, line.y2);
    }
    doc.stroke();
    i = j - 1;
  }
}
