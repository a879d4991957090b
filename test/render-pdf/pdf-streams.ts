// The streams of a PDF written by pdfkit (compressed with Flate), read back as text: the tests read
// the drawing operators of its pages there (text shown with TJ, paths stroked with S).

import { inflateSync } from "node:zlib";

/** Every stream of the PDF that inflates, as latin1 text, in the file's order. */
export function inflatedStreams(pdf: Uint8Array): string[] {
  const bytes = Buffer.from(pdf);
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = bytes.indexOf("\nstream\n", at);
    const end = start < 0 ? -1 : bytes.indexOf("\nendstream", start);
    if (end < 0) return out;
    at = end + 1;
    try {
      out.push(inflateSync(bytes.subarray(start + "\nstream\n".length, end)).toString("latin1"));
    } catch {
      // not Flate-compressed (or not a stream we read): skipped
    }
  }
}

/** The page contents among the streams: those that draw (BT … ET or a stroked path). */
export function pageContents(pdf: Uint8Array): string[] {
  return inflatedStreams(pdf).filter((s) => /(^|\n)(BT|S)\n/.test(s));
}

/** The arrays of every TJ (text shown) of the PDF, in order: `<hex> n <hex> …`. */
export function showTexts(pdf: Uint8Array): string[] {
  return pageContents(pdf).flatMap((c) =>
    [...c.matchAll(/\[([^\]]*)\] TJ/g)].map((m) => m[1] as string),
  );
}
