// pdfmake and the modules of its own that the PDF renderer still patches (justify.ts,
// plain-layout.ts, line-runs.ts), reached in one place. Issue 12 removes them all.
//
// Required, not imported: they are CommonJS, and a patch only works on the very module object that
// pdfmake and pdfkit require themselves (fontkit's package would hand an `import` another copy).
// In the one-file bundle scripts/bundle.mjs deletes the `createRequire` line below, so that these
// requires name the bundle's own copies of the modules, which V8's code cache then covers.

import { createRequire } from "node:module";
import { dirname } from "node:path";

const require = createRequire(import.meta.url); // kehoach-bundle: bundled requires

export interface PdfInternals {
  pdfmake: unknown;
  /** pdfmake's classes, as its modules export them (`default`). */
  ElementWriter: unknown;
  Renderer: unknown;
  TextDecorator: unknown;
  /** pdfkit's fontkit, when the one we can require is it (npm installed a single copy). */
  fontkit: unknown;
}

let loaded: PdfInternals | undefined;

/** Loads pdfmake (~100 ms the first time) and its internals. */
export function pdfInternals(): PdfInternals {
  loaded ??= {
    pdfmake: require("pdfmake"),
    ElementWriter: require("pdfmake/js/ElementWriter.js").default,
    Renderer: require("pdfmake/js/Renderer.js").default,
    TextDecorator: require("pdfmake/js/TextDecorator.js").default,
    fontkit: sameFontkit() ? require("fontkit") : undefined,
  };
  return loaded;
}

function sameFontkit(): boolean {
  try {
    const pdfmake = dirname(require.resolve("pdfmake"));
    const pdfkit = dirname(require.resolve("pdfkit", { paths: [pdfmake] }));
    return require.resolve("fontkit") === require.resolve("fontkit", { paths: [pdfkit] });
  } catch {
    return false;
  }
}
