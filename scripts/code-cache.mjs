// Build step 3 of 3: V8's code cache of dist/kehoach.cjs, taken after a warm-up run so that it holds
// the bytecode of every function a command compiles, not only the top level. bin/kehoach.js loads it;
// a cache made by another Node (or for another bundle) is rejected by V8 and costs only a normal compile.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { cachedDataVersionTag } from "node:v8";
import { Script } from "node:vm";
import { crc32 } from "node:zlib";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");
const bundle = join(dist, "kehoach.cjs");
const bytes = readFileSync(bundle);
const script = new Script(Module.wrap(bytes.toString("utf8")), { filename: bundle });
const mod = { exports: {} };
script.runInThisContext()(mod.exports, createRequire(bundle), mod, bundle, dist);
await mod.exports.warmUp(root);
// The same key as bin/kehoach.js: V8 checks only the source's length, not its text.
const key = `${cachedDataVersionTag().toString(16)}-${crc32(bytes).toString(16)}`;
const file = join(dist, `kehoach.${key}.cache`);
writeFileSync(`${file}.tmp`, script.createCachedData());
renameSync(`${file}.tmp`, file);
