// Runs the bundle of dist/bundle/ (scripts/bundle.mjs): an entry file and chunks that it requires
// when a command needs them (the PDF renderer's 1.4 MB only for PDFs). Node's own loader compiles a
// script from scratch every time; here each file is compiled with V8's cache of its code, which the
// build (scripts/code-cache.mjs) wrote with `saveCaches`. A run only reads the caches: nothing is
// written into the installed package. Where a cache is missing or V8 rejects it (another Node,
// other V8 flags), the file is compiled as without one.
const {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} = require("node:fs");
const { isAscii } = require("node:buffer");
const Module = require("node:module");
const { createRequire } = Module;
const { basename, dirname, join } = require("node:path");
const { cachedDataVersionTag, setFlagsFromString } = require("node:v8");
const { Script } = require("node:vm");
const { crc32 } = require("node:zlib");

// A command lasts a fraction of a second. V8's optimizing compiler, which takes up a function once
// it has run a few thousand bytecodes' worth, spent the second core compiling functions the run was
// over before it could use: a 630 ms PDF render used 950 ms of CPU, and lost to its own compiler
// whenever the machine was busy. Four times the budget keeps the compiler for work that lasts (a
// 2,000-unit plan renders no slower) and out of short runs (~100 ms less for a PDF). Set before any
// of our code is compiled; the code caches are V8's for these flags (their key includes them).
setFlagsFromString("--interrupt-budget=270336");

/** A loader for the bundle in `dir`; `load(file)` runs one of its files (once) and gives its exports. */
function bundleLoader(dir) {
  const loaded = new Map();

  function load(file) {
    const known = loaded.get(file);
    if (known) return known.module.exports;
    const bytes = readFileSync(file);
    // V8 checks only a cache's source length: the key names the exact file and V8 build.
    const key = `${cachedDataVersionTag().toString(16)}-${crc32(bytes).toString(16)}`;
    const cacheFile = join(dir, "cache", `${basename(file, ".cjs")}.${key}.cache`);
    let cachedData;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // no cache: compiled normally
    }
    // The bundle is ASCII (scripts/bundle.mjs): read as Latin-1, three times as fast as UTF-8.
    const source = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
    const script = new Script(Module.wrap(source), { filename: file, cachedData });
    const module = { exports: {} };
    loaded.set(file, { module, script, cacheFile });
    script.runInThisContext()(module.exports, requireFrom(file), module, file, dirname(file));
    return module.exports;
  }

  /** The bundle's chunks are its own files; anything else is node's to find. */
  function requireFrom(file) {
    const nodeRequire = createRequire(file);
    const require = (id) =>
      id.startsWith("./") && id.endsWith(".cjs") ? load(join(dirname(file), id)) : nodeRequire(id);
    return Object.assign(require, {
      resolve: nodeRequire.resolve,
      cache: nodeRequire.cache,
      main: nodeRequire.main,
    });
  }

  /**
   * Writes the cache of every file loaded: the bytecode of every function compiled so far. The
   * build calls it once, after a warm-up run.
   */
  function saveCaches() {
    for (const { script, cacheFile } of loaded.values()) {
      rmOthers(cacheFile);
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    }
  }

  return { load, saveCaches };
}

/** Other caches of the same file (another Node's) go when a new one is written. */
function rmOthers(cacheFile) {
  const folder = dirname(cacheFile);
  mkdirSync(folder, { recursive: true });
  const stem = basename(cacheFile).split(".")[0];
  for (const f of readdirSync(folder)) {
    if (f.startsWith(`${stem}.`) && join(folder, f) !== cacheFile)
      rmSync(join(folder, f), { force: true });
  }
}

module.exports = { bundleLoader };
