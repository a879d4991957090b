// Issue 4 on the example plans, read back with poppler-utils: only embedded subset fonts; A4 pages,
// portrait for the body and landscape (841.89 × 595.28) for the appendix; the text, in NFC, equal
// to the HTML rendering's apart from white space and page numbers, with every heading, table
// figure and the signer.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentModel, Inline, Table } from "../../src/document/types.js";
import { renderHtml } from "../../src/render/html/index.js";
import { renderPdf } from "../../src/render/pdf/index.js";
import {
  expectedStrings,
  htmlText,
  PLANS,
  POPPLER_MISSING,
  pageSizes,
  pdfTextWithoutPageNumbers,
  planModel,
  run,
  squeeze,
  writePdf,
} from "../parity/tools.js";

const mm = (x: number) => (x * 72) / 25.4;

if (POPPLER_MISSING) {
  describe("the example plans' PDF read back", () => {
    it.skip(`skipped: ${POPPLER_MISSING}`, () => {});
  });
} else {
  describe.each(PLANS)("renderPdf %s read back", (name) => {
    let dir = "";
    let pdf = "";

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "kehoach-pdf-plans-"));
      pdf = writePdf(dir, name, await renderPdf(planModel(name), { sourceDateEpoch: "" }));
    });

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it("embeds only subset fonts", () => {
      const rows = run("pdffonts", [pdf]).trim().split("\n").slice(2);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const cols = row.trim().split(/\s+/);
        expect(cols[0], row).toMatch(/^[A-Z]{6}\+Tinos-(Regular|Bold|Italic|BoldItalic)$/);
        // emb sub uni: yes yes yes
        expect(cols.slice(-5, -2), row).toEqual(["yes", "yes", "yes"]);
      }
    });

    it("has A4 pages: portrait, and landscape from the appendix on", () => {
      const model = planModel(name);
      const sizes = pageSizes(pdf).map((s) => `${s.width} x ${s.height}`);
      const landscape = model.sections.some((s) => s.orientation === "landscape");
      expect(sizes[0]).toBe("595.28 x 841.89");
      const first = sizes.indexOf("841.89 x 595.28");
      if (!landscape) {
        expect(first).toBe(-1);
        return;
      }
      expect(first).toBeGreaterThan(0);
      expect(sizes.slice(0, first).every((s) => s === "595.28 x 841.89")).toBe(true);
      expect(sizes.slice(first).every((s) => s === "841.89 x 595.28")).toBe(true);
      const appendix = run("pdftotext", [
        "-f",
        String(first + 1),
        "-l",
        String(first + 1),
        pdf,
        "-",
      ]);
      expect(appendix).toMatch(/Phụ lục/);
    });

    it("gives back the HTML rendering's text, in NFC, apart from white space and page numbers", () => {
      const model = planModel(name);
      const sizes = pageSizes(pdf);
      // The top margin of each page: the page number sits in it (a landscape page's is the left's).
      const top = (page: number) => {
        const s = sizes[page - 1];
        return s && s.width > s.height ? mm(model.page.margins.left) : mm(model.page.margins.top);
      };
      const text = pdfTextWithoutPageNumbers(pdf, top);
      expect(text).toBe(text.normalize("NFC"));
      expect(withoutRepeatedHeaders(squeeze(text), model)).toBe(
        squeeze(htmlText(renderHtml(model))),
      );
    });

    it("shows every heading, table figure and name, and the signer", () => {
      const text = squeeze(run("pdftotext", ["-raw", pdf, "-"]));
      for (const s of expectedStrings(planModel(name))) expect(text, s).toContain(squeeze(s));
    });
  });
}

/**
 * A table longer than a page repeats its header rows on every page (the HTML has them once): each
 * table's header, as it first reads, is taken out wherever it comes again.
 */
function withoutRepeatedHeaders(text: string, model: DocumentModel): string {
  const inline = (c: readonly Inline[]) => c.map((i) => (i.type === "text" ? i.text : "")).join("");
  let out = text;
  for (const section of model.sections) {
    for (const t of section.children.filter((b): b is Table => b.type === "table")) {
      const header = squeeze(
        t.rows
          .slice(0, t.headerRows)
          .flatMap((r) => r.cells.map((c) => inline(c.content)))
          .join(""),
      );
      const first = out.indexOf(header);
      if (header === "" || first < 0) continue;
      const after = first + header.length;
      out = out.slice(0, after) + out.slice(after).split(header).join("");
    }
  }
  return out;
}
