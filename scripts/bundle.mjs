// Build step 2 of 3 (after tsc): the CLI bundled into a few CommonJS files in dist/bundle/, so that
// a run loads a handful of scripts instead of some 60 ES modules, and V8 can cache their compiled
// code (scripts/code-cache.mjs, bin/bundle-loader.js). The entry holds what every command needs;
// what is imported dynamically (a renderer, a command) is a chunk of its own, loaded when first
// used: `validate` does not load the 1.4 MB of the PDF renderer. rolldown, not a new bundler:
// vitest's vite already brings it.
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { rolldown } from "rolldown";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");
const out = join(dist, "bundle");
/** Required from node_modules when a command needs them (serve, import, xlsx): never at start-up. */
const RUNTIME = /^(express|playwright-core|exceljs)(\/.*)?$/;
const PREFIX = "\0runtime-require:";
/** The line of src/render/pdf/internals.ts that makes its requires node's rather than the bundle's. */
const NODE_REQUIRE = /^const require = createRequire\(import\.meta\.url\);.*kehoach-bundle.*$/m;
/**
 * internals.ts asks node at run time whether its fontkit is pdfkit's (four package resolutions,
 * ~3 ms). The bundle holds the copies resolved now, so the answer is known now.
 */
const SAME_FONTKIT_CALL = "sameFontkit() ?";
function sameFontkit() {
  const require = createRequire(join(root, "package.json"));
  const pdfmake = dirname(require.resolve("pdfmake"));
  const pdfkit = dirname(require.resolve("pdfkit", { paths: [pdfmake] }));
  return require.resolve("fontkit") === require.resolve("fontkit", { paths: [pdfkit] });
}

/**
 * pdfmake is in the bundle (in the PDF renderer's chunk), so that V8's code cache covers its 2 MB of
 * code (it took ~200 ms to load and compile). Its pdfkit is bundled unchanged: pdfkit reads the
 * metrics of PDF's 14 standard fonts from files next to its own script, which in the bundle are not
 * there, but pdfmake opens its documents with no default font (`font: null`) and kehoach names only
 * Tinos, so pdfkit never reads them (a definition naming a standard font would fail loudly).
 */
const bundle = await rolldown({
  input: join(dist, "cli", "bundle-entry.js"),
  platform: "node",
  plugins: [
    {
      // Our modules find templates/, data/ and package.json from their own URL: in the bundle each
      // keeps the URL of its file in dist/, computed from where the bundle lies at run time.
      name: "own-urls",
      load(id) {
        if (!id.startsWith(dist + sep) || !id.endsWith(".js")) return null;
        const rel = relative(dist, id).split(sep).join("/");
        let code = readFileSync(id, "utf8");
        if (rel === "render/pdf/internals.js") {
          if (!NODE_REQUIRE.test(code)) throw new Error(`${rel}: its createRequire line is gone`);
          code = code.replace(NODE_REQUIRE, "");
          if (!code.includes(SAME_FONTKIT_CALL))
            throw new Error(`${rel}: its sameFontkit() call is gone`);
          code = code.replace(SAME_FONTKIT_CALL, `${sameFontkit()} ?`);
        }
        // through a global: a module may name a local `require` of its own
        return code.replaceAll("import.meta.url", `__kehoachUrl(${JSON.stringify(rel)})`);
      },
    },
    {
      // An external would be required at the top of the bundle, at every start; as a module of the
      // bundle it is required only when the module importing it is first used.
      name: "runtime-require",
      resolveId(id, importer) {
        if (!RUNTIME.test(id)) return null;
        // the require inside the stand-in itself is the real, external one
        return importer?.startsWith(PREFIX) ? { id, external: true } : `${PREFIX}${id}`;
      },
      load(id) {
        if (!id.startsWith(PREFIX)) return null;
        return `module.exports = require(${JSON.stringify(id.slice(PREFIX.length))});`;
      },
    },
  ],
  logLevel: "warn",
});
const banner = [
  "const __kehoachUrl = (rel) =>",
  '  require("node:url").pathToFileURL(require("node:path").join(__dirname, "..", rel)).href;',
].join("\n");
rmSync(out, { recursive: true, force: true });
await bundle.write({
  dir: out,
  entryFileNames: "kehoach.cjs",
  chunkFileNames: "[name]-[hash].cjs",
  format: "cjs",
  banner,
  // ASCII only (non-ASCII characters as escapes, and no comments but licences): the loader reads
  // such a file as Latin-1, a third of the time of decoding UTF-8, and V8 keeps its source in one
  // byte a character instead of two.
  charset: "ascii",
  comments: { legal: true, annotation: false, jsdoc: false },
});
await bundle.close();
