// Text set without kerning, as Word and LibreOffice set a DOCX that does not ask for it. fontkit
// kerns by default (Tinos kerns "11", "AV", "To"…), which made the PDF's lines a little shorter
// than the DOCX's, and its line breaks different. pdfmake can pass fontkit a feature object per
// text run, but pdfkit then lays every word out again instead of using its cache (five times the
// render time); so the TrueType font class's layout is told once, for the process, to leave
// kerning off unless a caller asks for features. pdfmake is fontkit's only user here.

import { createRequire } from "node:module";

interface FontkitModule {
  create(buffer: Uint8Array): unknown;
}

type Layout = (this: unknown, text: string, features?: unknown, ...rest: unknown[]) => unknown;

const PATCHED = Symbol.for("kehoach.unkerned");

/** Installs the default on the class of `sampleFont`'s bytes; true when in place. */
export function setTextUnkerned(sampleFont: Uint8Array): boolean {
  try {
    const fromPdfmake = createRequire(createRequire(import.meta.url).resolve("pdfmake"));
    const fontkit = createRequire(fromPdfmake.resolve("pdfkit"))("fontkit") as FontkitModule;
    const proto = Object.getPrototypeOf(fontkit.create(sampleFont)) as Record<
      PropertyKey,
      unknown
    > & { layout?: Layout };
    if (proto[PATCHED]) return true;
    const layout = proto.layout;
    if (typeof layout !== "function") return false;
    proto.layout = function (this: unknown, text: string, features?: unknown, ...rest: unknown[]) {
      // A fresh object each time: fontkit adds the features it applies to the one it is given.
      return layout.call(this, text, features ?? { kern: false }, ...rest);
    };
    proto[PATCHED] = true;
    return true;
  } catch {
    return false;
  }
}
