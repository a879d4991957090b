// Build step 2 of 3 (after tsc): the CLI bundled into a few CommonJS files in dist/bundle/, so that
// a run loads a handful of scripts instead of some 60 ES modules, and V8 can cache their compiled
// code (scripts/code-cache.mjs, bin/bundle-loader.js). The entry holds what every command needs;
// what is imported dynamically (a renderer, a command) is a chunk of its own, loaded when first
// used: `validate` does not load the 1.4 MB of the PDF renderer. rolldown, not a new bundler:
// vitest's vite already brings it.
import { readFileSync, rmSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { rolldown } from "rolldown";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");
const out = join(dist, "bundle");
/** Required from node_modules when a command needs them (serve, import, xlsx): never at start-up. */
const RUNTIME = /^(express|playwright-core|exceljs)(\/.*)?$/;
const PREFIX = "\0runtime-require:";
/**
 * pdfkit is in the bundle (in the PDF renderer's chunk), so that V8's code cache covers its code
 * (it took ~100 ms to load and compile). It is bundled unchanged: pdfkit reads the metrics of PDF's
 * 14 standard fonts from files next to its own script, which in the bundle are not there, but
 * kehoach opens its documents with no default font (`font: null`, draw.ts) and names only Tinos,
 * so pdfkit never reads them (a standard font named would fail loudly).
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
        const code = readFileSync(id, "utf8");
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
