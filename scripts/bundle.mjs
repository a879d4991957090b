// Build step 2 of 3 (after tsc): the CLI as one CommonJS file, dist/kehoach.cjs, so that a run loads
// one script instead of some 60 ES modules, and V8 can cache its compiled code (scripts/code-cache.mjs).
// rolldown, not a new bundler: vitest's vite already brings it.
import { readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { rolldown } from "rolldown";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");
/** Required from node_modules when a command needs them (pdf, serve): never at start-up. */
const RUNTIME = /^(pdfmake|express|playwright-core)(\/.*)?$/;
const PREFIX = "\0runtime-require:";

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
        // through a global: a module may name a local `require` of its own
        return readFileSync(id, "utf8").replaceAll(
          "import.meta.url",
          `__kehoachUrl(${JSON.stringify(rel)})`,
        );
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
  '  require("node:url").pathToFileURL(require("node:path").join(__dirname, rel)).href;',
].join("\n");
await bundle.write({
  file: join(dist, "kehoach.cjs"),
  format: "cjs",
  codeSplitting: false,
  banner,
});
await bundle.close();
