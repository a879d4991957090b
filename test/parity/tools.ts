// What the tests on the example plans share: the plans' models, LibreOffice (soffice, each process
// with a profile of its own) to print a DOCX to PDF, poppler-utils to read PDFs back, and the text
// normaliser that compares a PDF's text with the HTML rendering's. Tests that need soffice or
// poppler skip, saying why, where they are not installed (CI installs libreoffice-writer-nogui,
// fonts-liberation2 and poppler-utils).

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { DocumentModel, Inline } from "../../src/document/types.js";
import { runPipeline } from "../../src/pipeline.js";

/** Every example plan in plans/, by name: a plan added there is checked by every test that uses this list. */
export const PLANS: readonly string[] = readdirSync("plans")
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.replace(/\.yaml$/u, ""))
  .sort();

/** A fresh model of an example plan (renderers may write into what they are given). */
export function planModel(name: string): DocumentModel {
  const { model, diagnostics } = runPipeline(`plans/${name}.yaml`);
  if (!model) throw new Error(`${name}: no model (${JSON.stringify(diagnostics)})`);
  return model;
}

function found(command: string, args: string[]): boolean {
  return spawnSync(command, args, { encoding: "utf8", timeout: 60_000 }).error === undefined;
}

/** Why LibreOffice checks cannot run here, or "" when they can. */
export const SOFFICE_MISSING = found("soffice", ["--version"])
  ? ""
  : "soffice not found (apt-get install libreoffice-writer-nogui fonts-liberation2)";

/** Why poppler checks cannot run here, or "" when they can. */
export const POPPLER_MISSING = ["pdftotext", "pdfinfo", "pdffonts"].every((t) => found(t, ["-v"]))
  ? ""
  : "poppler-utils not found (apt-get install poppler-utils)";

/**
 * Prints DOCX files to PDF with one soffice process (its own profile, removed after): the PDFs'
 * paths by name. Throws, with soffice's output, if a file does not convert.
 */
export function printWithLibreOffice(
  dir: string,
  files: Readonly<Record<string, Uint8Array>>,
): Record<string, string> {
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, bytes);
    return path;
  });
  const profile = mkdtempSync(join(tmpdir(), "lo-kehoach-"));
  try {
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      ...paths,
    ];
    const run = spawnSync("soffice", args, { encoding: "utf8", timeout: 300_000 });
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stdout}${run.stderr}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const out: Record<string, string> = {};
  for (const name of Object.keys(files)) out[name] = join(dir, `${name}.pdf`);
  return out;
}

/** Writes PDF bytes to `dir` and gives the path. */
export function writePdf(dir: string, name: string, bytes: Uint8Array): string {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

export function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Each page's lines (pdftotext -layout), trimmed, with runs of blanks (no-break and zero-width
 * spaces too) as one space, empty lines and the page number (a line of digits alone) left out.
 */
export function pageLines(pdf: string): string[][] {
  return run("pdftotext", ["-layout", pdf, "-"])
    .split("\f")
    .slice(0, -1)
    .map((page) =>
      page
        .split("\n")
        .map((l) => l.replace(/[\s\u200b]+/gu, " ").trim())
        .filter((l) => l !== "" && !/^\d+$/.test(l)),
    );
}

/** Page sizes in points, from pdfinfo. */
export function pageSizes(pdf: string): { width: number; height: number }[] {
  const info = run("pdfinfo", ["-f", "1", "-l", "9999", pdf]);
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** Text compared "apart from white space": every blank, no-break and zero-width space removed. */
export function squeeze(text: string): string {
  return text.normalize("NFC").replace(/[\s\u200b\u00ad]+/gu, "");
}

/**
 * The text of an HTML page's body, as a reader sees it: tags dropped (a line break between block
 * elements), character references decoded.
 */
export function htmlText(html: string): string {
  const body = html.slice(html.indexOf("<body"), html.lastIndexOf("</body>"));
  return body
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * A PDF's text in reading order (pdftotext -raw: the order kehoach drew it), without the page
 * numbers: a page's number is drawn last, in the top margin, so a page's last line is dropped when
 * it is the number pdftotext's words put above the text.
 */
export function pdfTextWithoutPageNumbers(pdf: string, topMarginPt: (page: number) => number) {
  const pages = run("pdftotext", ["-raw", pdf, "-"]).split("\f").slice(0, -1);
  const bbox = run("pdftotext", ["-bbox", pdf, "-"]);
  const numbers = [...bbox.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map((p, i) => {
    const words = [
      ...(p[1] ?? "").matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g),
    ];
    return words
      .filter((w) => Number(w[1]) < topMarginPt(i + 1) && /^\d+$/.test(w[2] ?? ""))
      .map((w) => w[2] as string);
  });
  return pages
    .map((page, i) => {
      const lines = page.split("\n").filter((l) => l.trim() !== "");
      const number = numbers[i]?.[0];
      if (number !== undefined && lines.at(-1)?.trim() === number) lines.pop();
      return lines.join("\n");
    })
    .join("\n");
}

const plain = (content: readonly Inline[]) =>
  content.map((i) => (i.type === "text" ? i.text : "\n")).join("");

/** What a printed plan must say: its headings (number and title), table cells, the signer. */
export function expectedStrings(model: DocumentModel): string[] {
  const out: string[] = [];
  for (const section of model.sections) {
    for (const block of section.children) {
      if (block.type === "heading") out.push(`${block.number} ${plain(block.content)}`);
      if (block.type === "table") {
        for (const row of block.rows) for (const cell of row.cells) out.push(plain(cell.content));
      }
      if (block.type === "signoff") out.push(block.signature.signer);
    }
  }
  return out.filter((s) => s.trim() !== "");
}
