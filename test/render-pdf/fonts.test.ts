import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  defaultCacheDirs,
  FONT_VARIANTS,
  loadTtf,
  tinosFonts,
  woffPath,
} from "../../src/render/pdf/fonts.js";
import { woffToSfnt } from "../../src/render/pdf/woff.js";
import { expectGolden } from "./golden.js";

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-pdf-fonts-"));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("loadTtf", () => {
  it("converts once, writes the cache, and reads it back in later calls", () => {
    const dir = tempDir();
    const woff = woffPath("bold");
    const first = loadTtf(woff, [dir]);
    expect(first.source).toBe("converted");
    expect(first.cacheFile?.startsWith(dir)).toBe(true);
    const second = loadTtf(woff, [dir]);
    expect(second.source).toBe("cache");
    expect(second.cacheFile).toBe(first.cacheFile);
    expect(sha256(second.ttf)).toBe(sha256(first.ttf));
    expect(sha256(first.ttf)).toBe(sha256(woffToSfnt(readFileSync(woff))));
  });

  it("keys the cache file by the WOFF's sha256", () => {
    const dir = tempDir();
    const woff = woffPath("italics");
    const { cacheFile } = loadTtf(woff, [dir]);
    expect(cacheFile).toContain(sha256(readFileSync(woff)));
  });

  it("ignores a damaged cache file and writes it again", () => {
    const dir = tempDir();
    const woff = woffPath("normal");
    const { cacheFile, ttf } = loadTtf(woff, [dir]);
    writeFileSync(cacheFile as string, ttf.subarray(0, 1000));
    const again = loadTtf(woff, [dir]);
    expect(again.source).toBe("converted");
    expect(readFileSync(cacheFile as string).length).toBe(ttf.length);
  });

  it("falls back to the next folder when one cannot be written, and to memory at last", () => {
    const dir = tempDir();
    const file = join(dir, "a-file");
    writeFileSync(file, "not a folder");
    const other = tempDir();
    const woff = woffPath("bolditalics");
    const loaded = loadTtf(woff, [join(file, "fonts"), other]);
    expect(loaded.cacheFile?.startsWith(other)).toBe(true);
    const nowhere = loadTtf(woff, [join(file, "fonts")]);
    expect(nowhere.source).toBe("converted");
    expect(nowhere.cacheFile).toBeUndefined();
  });
});

describe("tinosFonts", () => {
  it("loads the four faces once per process", () => {
    expect(tinosFonts()).toBe(tinosFonts());
    for (const v of FONT_VARIANTS) expect(tinosFonts()[v].length).toBeGreaterThan(300_000);
  });

  it("gives the same TrueType bytes on every machine (sha256 pinned)", () => {
    const lines = FONT_VARIANTS.map((v) => `${sha256(tinosFonts()[v])}  tinos-${v}.ttf`);
    expectGolden("fonts.sha256", `${lines.join("\n")}\n`);
  });

  it("caches in the folder it is given alone, else next to the font package, then in the temp folder", () => {
    expect(defaultCacheDirs("/somewhere/fonts")).toEqual(["/somewhere/fonts"]);
    const dirs = defaultCacheDirs();
    expect(dirs[0]).toMatch(/node_modules[/\\]\.cache[/\\]kehoach[/\\]fonts$/);
    expect(dirs.at(-1)).toBe(join(tmpdir(), "kehoach-fonts"));
  });
});
