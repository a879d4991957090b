// Tinos (the metrics of Times New Roman) from @fontsource/tinos, unpacked from WOFF to TrueType once:
// kept in memory for the process and on disk, keyed by the WOFF's sha256, so a later process reads
// the TrueType bytes straight away. Nothing here is on the per-render path once loaded.

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, sep } from "node:path";
import { woffInfo, woffToSfnt } from "./woff.js";

export type FontVariant = "normal" | "bold" | "italics" | "bolditalics";

export const FONT_VARIANTS: readonly FontVariant[] = ["normal", "bold", "italics", "bolditalics"];

/** The WOFF file of each variant inside @fontsource/tinos@4.5.9. */
const WOFF_FILES: Readonly<Record<FontVariant, string>> = {
  normal: "tinos-all-400-normal.woff",
  bold: "tinos-all-700-normal.woff",
  italics: "tinos-all-400-italic.woff",
  bolditalics: "tinos-all-700-italic.woff",
};

export type FontSet = Readonly<Record<FontVariant, Uint8Array>>;

/** Part of every cache file's name: bump it when woffToSfnt's output changes. */
const CONVERTER_VERSION = 2;

let loaded: FontSet | undefined;

/**
 * The four TrueType fonts, loaded on first use (from and to the cache folders given then) and kept
 * for the life of the process.
 */
export function tinosFonts(cacheDirs: readonly string[] = defaultCacheDirs()): FontSet {
  loaded ??= loadFontSet(cacheDirs);
  return loaded;
}

export function woffPath(variant: FontVariant): string {
  const require = createRequire(import.meta.url);
  return require.resolve(`@fontsource/tinos/files/${WOFF_FILES[variant]}`);
}

export function loadFontSet(cacheDirs: readonly string[]): FontSet {
  const set = {} as Record<FontVariant, Uint8Array>;
  for (const v of FONT_VARIANTS) set[v] = loadTtf(woffPath(v), cacheDirs).ttf;
  return set;
}

export interface LoadedTtf {
  ttf: Uint8Array;
  /** Where the TrueType bytes came from. */
  source: "cache" | "converted";
  /** The cache file written or read, if any. */
  cacheFile?: string;
}

/**
 * The TrueType bytes of one WOFF: from the first cache folder that has them, else converted and
 * written to the first folder that accepts them. A cache that cannot be written only costs time.
 */
export function loadTtf(woffFile: string, cacheDirs: readonly string[]): LoadedTtf {
  const woff = readFileSync(woffFile);
  const key = createHash("sha256").update(woff).digest("hex");
  const expected = sfntSizeOf(woff);
  for (const dir of cacheDirs) {
    const file = join(dir, cacheName(key));
    const cached = tryRead(file);
    if (cached && cached.length === expected)
      return { ttf: cached, source: "cache", cacheFile: file };
  }
  const ttf = woffToSfnt(woff);
  for (const dir of cacheDirs) {
    const file = join(dir, cacheName(key));
    if (tryWrite(file, ttf)) return { ttf, source: "converted", cacheFile: file };
  }
  return { ttf, source: "converted" };
}

function cacheName(woffSha256: string): string {
  return `${woffSha256}.v${CONVERTER_VERSION}.ttf`;
}

/**
 * `fontCache` when given (the CLI and the server pass KEHOACH_FONT_CACHE; then only it), else
 * node_modules/.cache/kehoach/fonts next to the font package, then the OS temporary folder.
 */
export function defaultCacheDirs(fontCache?: string): string[] {
  if (fontCache) return [fontCache];
  const dirs: string[] = [];
  const woff = woffPath("normal");
  const marker = `${sep}node_modules${sep}`;
  const at = woff.lastIndexOf(marker);
  if (at >= 0) dirs.push(join(woff.slice(0, at + marker.length), ".cache", "kehoach", "fonts"));
  dirs.push(join(tmpdir(), "kehoach-fonts"));
  return dirs;
}

/** The size woffToSfnt produces, from the WOFF directory alone: a check on cached files. */
function sfntSizeOf(woff: Uint8Array): number {
  const { numTables } = woffInfo(woff);
  const v = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  let size = 12 + 16 * numTables;
  for (let i = 0; i < numTables; i++) size += (v.getUint32(44 + 20 * i + 12) + 3) & ~3;
  return size;
}

function tryRead(file: string): Uint8Array | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function tryWrite(file: string, bytes: Uint8Array): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Write aside and rename, so a concurrent process never reads half a font.
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, file);
    return true;
  } catch {
    return false;
  }
}
