import { beforeAll, describe, expect, it } from "vitest";
import { renderPdf } from "../../src/render/pdf/index.js";
import { sampleModel } from "../fixtures/sample-model.js";
import { bigTableModel, longCellModel, longModel, threeSectionModel } from "./models.js";
import {
  type PageWords,
  POPPLER_MISSING,
  pageNumbers,
  poppler,
  textByPage,
  wordsByPage,
} from "./poppler.js";

const fixed = { sourceDateEpoch: "" };
const mm = (x: number) => (x * 72) / 25.4;
/** Top margin of the sample's pages: 20 mm portrait; 30 mm landscape (the turned left margin). */
const topMargin = (page: PageWords) => (page.width < page.height ? mm(20) : mm(30));

if (POPPLER_MISSING) {
  describe("PDF read back with poppler-utils", () => {
    it.skip(`skipped: ${POPPLER_MISSING}`, () => {});
  });
} else {
  describe("PDF read back with poppler-utils", () => {
    let sample: Uint8Array;
    let draft: Uint8Array;

    beforeAll(async () => {
      sample = await renderPdf(sampleModel(), fixed);
      draft = await renderPdf(sampleModel({ draft: true }), fixed);
    });

    it("embeds only subset fonts (pdffonts): Tinos, TrueType, each face once", () => {
      for (const pdf of [sample, draft]) {
        const rows = poppler("pdffonts", ["FILE"], pdf).trim().split("\n").slice(2);
        expect(rows).toHaveLength(4);
        for (const row of rows) {
          const cols = row.trim().split(/\s+/);
          expect(cols[0]).toMatch(/^[A-Z]{6}\+Tinos-(Regular|Bold|Italic|BoldItalic)$/);
          expect(row).toContain("CID TrueType");
          // emb sub uni: yes yes yes
          expect(cols.slice(-5, -2)).toEqual(["yes", "yes", "yes"]);
        }
      }
    });

    it("has A4 pages, portrait for the body and landscape for the appendix (pdfinfo)", () => {
      const info = poppler("pdfinfo", ["-f", "1", "-l", "99", "FILE"], sample);
      const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map(
        (m) => `${m[1]} x ${m[2]}`,
      );
      expect(sizes).toEqual(["595.28 x 841.89", "595.28 x 841.89", "841.89 x 595.28"]);
      expect(info).toMatch(/Title:\s+Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024/);
      expect(info).toMatch(/Author:\s+Ủy ban nhân dân phường Quảng Minh/);
      expect(info).toMatch(/Creator:\s+kehoach/);
      expect(info).toMatch(/CreationDate:\s+Thu Feb 22 00:00:00 2024 UTC/);
    });

    it("gives the text back in NFC, with the headings, the figures and the signer", () => {
      const text = poppler("pdftotext", ["FILE", "-"], sample);
      expect(text).toBe(text.normalize("NFC"));
      expect(text).not.toMatch(/[\u0300-\u036f]/);
      for (const s of [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Quảng Minh, ngày 22 tháng 02 năm 2024",
        "Số: 05/KH-UBND",
        "KẾ HOẠCH",
        "I. MỤC TIÊU, CHỈ TIÊU",
        "2.1. Chỉ tiêu chung trên địa bàn phường:",
        "đ) Chỉ tiêu có tên, đánh chữ",
        "II. TỔ CHỨC THỰC HIỆN",
        "- Cuối năm 2024 tỷ lệ hộ nghèo giảm còn 0,43%;",
        "+ Thiếu hụt chỉ số việc làm: 03 hộ, tỷ lệ 17,65%;",
        "Nơi nhận:",
        "KT. CHỦ TỊCH",
        "Nguyễn Thị Hương",
        "TDP Khả Lý Thượng",
        "1.505",
        "0,47",
      ]) {
        expect(text).toContain(s);
      }
      expect(poppler("pdftotext", ["FILE", "-"], draft)).toContain("DỰ THẢO");
    });

    it("numbers pages in the top margin from page 2, each appendix from 1 again", async () => {
      expect(pageNumbers(sample, topMargin)).toEqual(["", "2", ""]);
      const three = await renderPdf(threeSectionModel(4), fixed);
      const numbers = pageNumbers(three, topMargin);
      const pages = wordsByPage(three);
      const firstLandscape = pages.findIndex((p) => p.width > p.height);
      expect(firstLandscape).toBeGreaterThan(1);
      const bodyNumbers = numbers.slice(0, firstLandscape);
      expect(bodyNumbers).toEqual(bodyNumbers.map((_, i) => (i === 0 ? "" : String(i + 1))));
      // Each appendix here fits on one page: its only page is its first, with no number.
      expect(numbers.slice(firstLandscape)).toEqual(["", ""]);
      // The number sits centred over the text column.
      const two = wordsByPage(sample)[1]?.words.find((w) => w.text === "2" && w.yMax < mm(20));
      const centre = mm(30) + (595.28 - mm(30) - mm(15)) / 2;
      expect(((two?.xMin ?? 0) + (two?.xMax ?? 0)) / 2).toBeCloseTo(centre, 0);
    });

    it("spreads a 300-row table over pages, repeating its header rows and numbering them", async () => {
      const pdf = await renderPdf(bigTableModel(300), fixed);
      const pages = textByPage(pdf);
      const appendix = pages.filter((_, i) => i >= 2);
      const withRows = appendix.filter((page) => page.includes("Tổ dân phố số"));
      expect(withRows.length).toBeGreaterThan(5);
      for (const page of withRows) {
        expect(page).toContain("HỘ NGHÈO");
        expect(page).toContain("Phê duyệt cuối năm 2023");
      }
      const all = appendix.join("\n");
      for (let i = 1; i <= 300; i++) expect(all).toContain(`Tổ dân phố số ${i} `);
      const numbers = pageNumbers(pdf, topMargin).slice(2);
      expect(numbers).toEqual(numbers.map((_, i) => (i === 0 ? "" : String(i + 1))));
    });

    it("keeps a 5,000-character cell and a 300-character word inside the margins", async () => {
      const pdf = await renderPdf(longCellModel(5000, 300), fixed);
      for (const page of wordsByPage(pdf)) {
        const portrait = page.width < page.height;
        const left = portrait ? mm(30) : mm(20);
        const right = page.width - (portrait ? mm(15) : mm(20));
        for (const w of page.words) {
          expect(w.xMin, w.text).toBeGreaterThanOrEqual(left - 0.5);
          expect(w.xMax, w.text).toBeLessThanOrEqual(right + 0.5);
          expect(w.yMax).toBeLessThanOrEqual(page.height);
        }
      }
      // Cut at the edge of the line or the cell, the long words come back in pieces.
      const words = wordsByPage(pdf).flatMap((p) => p.words.map((w) => w.text));
      const piecesOf = (c: string) =>
        words.filter((w) => new RegExp(`^${c}+$`).test(w)).reduce((n, w) => n + w.length, 0);
      expect(piecesOf("9")).toBe(300);
      expect(words.filter((w) => /^X{5,}/.test(w) || /^sơ:X+/.test(w)).join("")).toMatch(/X{300}/);
      // Every sentence of the long cell comes back ("… sinh kế." ends each).
      expect(words.filter((w) => w === "kế.")).toHaveLength(
        Math.floor(5000 / "Hỗ trợ hộ nghèo phát triển sản xuất, đa dạng hóa sinh kế. ".length),
      );
    });

    it("never leaves a heading as the last line of a page", async () => {
      const headings = [
        "I. MỤC TIÊU, CHỈ TIÊU",
        "1. Mục tiêu",
        "2.1. Chỉ tiêu chung trên địa bàn phường:",
        "đ) Chỉ tiêu có tên, đánh chữ",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Đề nghị Ủy ban Mặt trận Tổ quốc phường và các đoàn thể",
      ];
      for (const times of [2, 3, 4, 5]) {
        const pages = textByPage(await renderPdf(longModel(times), fixed));
        for (const page of pages.slice(0, -1)) {
          const lines = page
            .split("\n")
            .map((l) => l.trim())
            .filter(Boolean);
          expect(headings, `${times}: ${lines.at(-1)}`).not.toContain(lines.at(-1));
        }
      }
    });
  });
}
