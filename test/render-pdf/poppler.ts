// poppler-utils (pdfinfo, pdffonts, pdftotext) read the PDFs back, when installed; the tests that
// need them skip with a message otherwise.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const POPPLER_MISSING = (() => {
  for (const tool of ["pdfinfo", "pdffonts", "pdftotext"]) {
    const r = spawnSync(tool, ["-v"], { encoding: "utf8" });
    if (r.error) return `${tool} not found (apt-get install poppler-utils)`;
  }
  return "";
})();

/** Run a poppler tool on these PDF bytes; `args` get the file path where "FILE" stands. */
export function poppler(tool: string, args: string[], pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-pdf-poppler-"));
  try {
    const file = join(dir, "doc.pdf");
    writeFileSync(file, pdf);
    const r = spawnSync(
      tool,
      args.map((a) => (a === "FILE" ? file : a)),
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr}`);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PageWords {
  width: number;
  height: number;
  words: Word[];
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Every word with its box, page by page (pdftotext -bbox). */
export function wordsByPage(pdf: Uint8Array): PageWords[] {
  const html = poppler("pdftotext", ["-bbox", "FILE", "-"], pdf);
  const pages: PageWords[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const p of html.matchAll(pageRe)) {
    const words: Word[] = [];
    for (const w of (p[3] ?? "").matchAll(wordRe)) {
      words.push({
        xMin: Number(w[1]),
        yMin: Number(w[2]),
        xMax: Number(w[3]),
        yMax: Number(w[4]),
        text: unescapeXml(w[5] ?? ""),
      });
    }
    pages.push({ width: Number(p[1]), height: Number(p[2]), words });
  }
  return pages;
}

/** The text of each page (pdftotext -layout), split on form feeds. */
export function textByPage(pdf: Uint8Array): string[] {
  const text = poppler("pdftotext", ["-layout", "FILE", "-"], pdf);
  return text.split("\f").slice(0, -1);
}

/** The number printed in the top margin of each page, or "" when there is none. */
export function pageNumbers(pdf: Uint8Array, topMarginPt: (page: PageWords) => number): string[] {
  return wordsByPage(pdf).map((page) =>
    page.words
      .filter((w) => w.yMax <= topMarginPt(page) && /^\d+$/.test(w.text))
      .map((w) => w.text)
      .join(" "),
  );
}
