// The DOCX as LibreOffice reads it: converted to PDF with soffice (its own profile per process), then
// read back with pdftotext, pdfinfo and pdffonts. Skipped, saying why, where LibreOffice or poppler
// is not installed (CI installs libreoffice-writer-nogui, fonts-liberation2 and poppler-utils).
// KEEP_PDF=1 keeps the PDFs and prints their folder, to look at them (pdftoppm -png -r 60).

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentModel } from "../../src/document/types.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { sampleModel } from "../fixtures/sample-model.js";
import { POPPLER_MISSING, printWithLibreOffice, SOFFICE_MISSING } from "../parity/tools.js";
import { hostileModel, longModel } from "./models.js";

const SKIP = SOFFICE_MISSING || POPPLER_MISSING;
if (SKIP) console.warn(`render-docx LibreOffice checks skipped: ${SKIP}`);

let dir = "";

async function toPdf(name: string, model: DocumentModel): Promise<string> {
  const pdfs = printWithLibreOffice(dir, { [name]: await renderDocx(model) });
  return pdfs[name] as string;
}

const pdfText = (pdf: string, page?: number) =>
  execFileSync(
    "pdftotext",
    [...(page === undefined ? [] : ["-f", String(page), "-l", String(page)]), "-layout", pdf, "-"],
    { encoding: "utf8" },
  );

function pages(pdf: string): { count: number; sizes: string[] } {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) =>
    Number(m[1]) > Number(m[2]) ? "landscape" : "portrait",
  );
  return { count: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), sizes };
}

/** The first non-empty line of a page: where the page number is, when there is one. */
const firstLine = (page: string) =>
  page
    .split("\n")
    .find((l) => l.trim() !== "")
    ?.trim() ?? "";

describe.skipIf(SKIP)("renderDocx through LibreOffice", () => {
  let sample = "";
  let long = "";

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kehoach-docx-"));
    sample = await toPdf("sample", sampleModel({ draft: true }));
    long = await toPdf("long", longModel());
  });

  afterAll(() => {
    if (process.env.KEEP_PDF === "1") console.log(`render-docx PDFs kept in ${dir}`);
    else if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("shows every heading, figure, the header block and the signer", () => {
    const all = pdfText(sample).replace(/\s+/g, " ");
    for (const s of [
      "DỰ THẢO",
      "ỦY BAN NHÂN DÂN",
      "PHƯỜNG QUẢNG MINH",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: /KH-UBND",
      "KẾ HOẠCH",
      "Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024",
      "I. MỤC TIÊU, CHỈ TIÊU",
      "1. Mục tiêu",
      "2.1. Chỉ tiêu chung trên địa bàn phường:",
      "đ) Chỉ tiêu có tên, đánh chữ",
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Đề nghị Ủy ban Mặt trận Tổ quốc phường và các đoàn thể",
      "Nơi nhận:",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Nguyễn Thị Hương",
      "Phụ lục",
      "KẾ HOẠCH GIẢM NGHÈO NĂM 2024",
      "TDP Khả Lý Thượng",
      "Tổng số hộ dân",
    ]) {
      expect(all, s).toContain(s);
    }
    for (const figure of [
      "1.011",
      "0,69",
      "0,10",
      "0,59",
      "494",
      "1.505",
      "0,47",
      "0,07",
      "0,40",
    ]) {
      expect(all, figure).toContain(figure);
    }
  });

  it("keeps the national title on one line and Số level with the place-date", () => {
    const first = pdfText(sample, 1);
    expect(first).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    const line = first.split("\n").find((l) => l.includes("Số:")) ?? "";
    expect(line).toContain("Quảng Minh, ngày");
  });

  it("uses Times New Roman metrics (Liberation Serif) and no fallback font", () => {
    const fonts = execFileSync("pdffonts", [sample], { encoding: "utf8" })
      .split("\n")
      .slice(2)
      .filter((l) => l.trim() !== "")
      .map((l) => l.split(/\s+/)[0] ?? "");
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/LiberationSerif|TimesNewRoman|Times/i);
  });

  it("numbers pages from 2, none on page 1, and the appendix again from its second page", () => {
    const { count, sizes } = pages(long);
    expect(count).toBeGreaterThanOrEqual(4);
    const landscape = sizes.indexOf("landscape") + 1;
    expect(landscape).toBeGreaterThan(1);
    expect(sizes.slice(landscape - 1).every((s) => s === "landscape")).toBe(true);
    expect(firstLine(pdfText(long, 1))).not.toMatch(/^\d+$/);
    for (let p = 2; p < landscape; p++) expect(firstLine(pdfText(long, p))).toBe(String(p));
    // The appendix's first page carries no number; its next pages count from 2.
    expect(firstLine(pdfText(long, landscape))).not.toMatch(/^\d+$/);
    for (let p = landscape + 1; p <= count; p++) {
      expect(firstLine(pdfText(long, p))).toBe(String(p - landscape + 1));
    }
  });

  it("repeats the header rows, index row included, on every page of the appendix table", () => {
    const { count, sizes } = pages(long);
    const landscape = sizes.indexOf("landscape") + 1;
    for (let p = landscape; p <= count; p++) {
      const page = pdfText(long, p);
      expect(page, `page ${p}`).toContain("Tổ dân phố");
      expect(page, `page ${p}`).toContain("HỘ NGHÈO");
      expect(page, `page ${p}`).toMatch(/A\s+B\s+1\s+2\s+3\s+4\s+5\s+6\s+7/);
    }
    expect(pdfText(long, count)).toContain("Cộng");
  });

  it("opens the hostile document and shows its long content", async () => {
    const pdf = await toPdf("hostile", hostileModel());
    const all = pdfText(pdf).replace(/\s+/g, "");
    // The 300-X word twice (a paragraph and a cell), whole though wrapped over lines and pages.
    const xs = (all.match(/X{5,}/g) ?? []).join("").length;
    expect(xs).toBe(600);
    expect(all).toContain("Nguyễn Thị Hương".replace(/\s+/g, ""));
    // Nothing overflows into a page wider than A4.
    expect(pages(pdf).sizes.length).toBeGreaterThan(1);
  });
});
