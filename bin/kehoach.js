#!/usr/bin/env node
// The installed command. `npm ci` builds dist/ (the prepare script): the ES modules from tsc, the CLI
// bundled into one file (dist/kehoach.cjs) and V8's cache of its compiled code, which spare a command
// the loading of some 60 modules and their compilation. Without the bundle, or when it is older than
// tsc's output (tsc was run alone), the ES modules are run directly.
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import Module, { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cachedDataVersionTag } from "node:v8";
import { Script } from "node:vm";
import { crc32 } from "node:zlib";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const bundle = join(dist, "kehoach.cjs");
const entry = join(dist, "cli", "main.js");
const argv = process.argv.slice(2);

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

const bundleTime = mtime(bundle);
if (process.env.KEHOACH_NO_BUNDLE || bundleTime === undefined || (mtime(entry) ?? 0) > bundleTime) {
  const { main } = await import(new URL("../dist/cli/main.js", import.meta.url).href);
  process.exitCode = await main(argv);
} else {
  const bytes = readFileSync(bundle);
  // V8 checks only a cache's source length: the key names the exact bundle and V8 build.
  const key = `${cachedDataVersionTag().toString(16)}-${crc32(bytes).toString(16)}`;
  const cacheFile = join(dist, `kehoach.${key}.cache`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet: compiled normally, and cached after this run
  }
  const script = new Script(Module.wrap(bytes.toString("utf8")), { filename: bundle, cachedData });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(bundle), mod, bundle, dist);
  process.exitCode = await mod.exports.main(argv);
  if (cachedData === undefined || script.cachedDataRejected) saveCache(script, cacheFile);
}

/** After a run the cache holds the bytecode of every function the command compiled. */
function saveCache(script, file) {
  try {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, file);
    for (const f of readdirSync(dist)) {
      if (/^kehoach\..+\.cache$/.test(f) && join(dist, f) !== file)
        rmSync(join(dist, f), { force: true });
    }
  } catch {
    // a read-only installation: every run compiles, as without a cache
  }
}
