// Build step 3 of 4: the workspace's browser code (src/server/client/editor.ts and create.ts, with CodeMirror 6
// from node_modules) bundled into one script, dist/client/editor.js, that the preview server serves
// itself: nothing is loaded from the internet. One file (dynamic imports inlined): the page's
// Content-Security-Policy allows scripts from the server only, and one request is simplest.
import { mkdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { rolldown } from "rolldown";

const root = resolve(import.meta.dirname, "..");
const out = join(root, "dist", "client");
mkdirSync(out, { recursive: true });
for (const name of ["editor", "create"]) {
  const bundle = await rolldown({
    input: join(root, "src", "server", "client", `${name}.ts`),
    platform: "browser",
    tsconfig: join(root, "tsconfig.client.json"),
    logLevel: "warn",
  });
  await bundle.write({
    file: join(out, `${name}.js`),
    format: "iife",
    codeSplitting: false,
    minify: true,
    comments: { legal: true, annotation: false, jsdoc: false },
  });
  await bundle.close();
  if (statSync(join(out, `${name}.js`)).size < 200)
    throw new Error(`dist/client/${name}.js is empty`);
}
