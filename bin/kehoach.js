#!/usr/bin/env node
// The installed command. `npm ci` builds dist/ (the prepare script): the ES modules from tsc, the CLI
// bundled into a few files (dist/bundle/, see scripts/bundle.mjs) and V8's cache of their compiled
// code, which spare a command the loading of some 60 modules and their compilation. Without the
// bundle, or when it is older than tsc's output (tsc was run alone), the ES modules are run directly.
// This file and bundle-loader.js are CommonJS (bin/package.json): an ES module entry would have node
// load its ES module loader first, some 5 ms of every command.
const { existsSync, statSync } = require("node:fs");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");
const { bundleLoader } = require("./bundle-loader.js");

const dist = join(__dirname, "..", "dist");
const bundle = join(dist, "bundle", "kehoach.cjs");
const entry = join(dist, "cli", "main.js");
const argv = process.argv.slice(2);

// `kehoach validate plans/*.yaml | head`: a reader that stops early is no error, and no stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code !== "EPIPE") throw err;
    process.exit();
  });
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

if (!existsSync(entry)) {
  process.stderr.write(
    "kehoach chưa được biên dịch: hãy chạy `npm ci` (hoặc `npm run build`).\n" +
      "kehoach is not built yet: run `npm ci` (or `npm run build`).\n",
  );
  process.exit(2);
}

run().then(
  () => process.exit(),
  (err) => {
    // main reports every failure itself; this is a bug in the launcher
    process.stderr.write(`${err?.stack ?? err}\n`);
    process.exit(70);
  },
);

async function run() {
  const bundleTime = mtime(bundle);
  if (
    process.env.KEHOACH_NO_BUNDLE ||
    bundleTime === undefined ||
    (mtime(entry) ?? 0) > bundleTime
  ) {
    const { main } = await import(pathToFileURL(entry).href);
    process.exitCode = await main(argv);
  } else {
    const loader = bundleLoader(join(dist, "bundle"));
    process.exitCode = await loader.load(bundle).main(argv);
  }
  // A command is done when main returns (serve returns when stopped): left to end by itself, node
  // would first tear down a heap of some 30 MB, ~10 ms of a 230 ms render. Output still queued for
  // a pipe (on systems where pipes are asynchronous) is written first.
  await Promise.all([process.stdout, process.stderr].map(flushed));
}

function flushed(stream) {
  return new Promise((done) => {
    if (stream.destroyed || !stream.writable) done();
    else stream.write("", () => done());
  });
}
