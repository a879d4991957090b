// line-breaks.ts: the PDF's lines break where LibreOffice breaks the DOCX's (the parity tests check
// it on whole documents); here, each rule on one paragraph.

import { describe, expect, it } from "vitest";
import { type Frame, fitLines } from "../../src/render/pdf/line-breaks.js";
import { tinosMeasure } from "../../src/render/pdf/measure.js";
import type { Run } from "../../src/render/pdf/text.js";

const measure = tinosMeasure();
const frame = (room: number, size = 14): Frame => ({ size, first: room, rest: room });
const joined = (runs: Run[]) => runs.map((r) => r.text).join("");

describe("fitLines", () => {
  it("leaves a paragraph pdfmake already breaks like LibreOffice as it is", () => {
    const runs = [{ text: "Một hai ba bốn năm sáu bảy tám chín mười." }];
    const fitted = fitLines(runs, frame(500), measure);
    expect(fitted).toEqual({ runs, inset: 0, lines: 1 });
  });

  it("keeps a twip spare at 14 pt: a line that fits to within it wraps, tied for pdfmake", () => {
    const line = "góp phần hoàn thành chỉ tiêu theo Nghị quyết Đảng bộ thành phố đã đề ra.";
    const width = measure.width(line, 14);
    // Room for the whole line plus half a twip: pdfmake would keep "ra." on it, LibreOffice not.
    const fitted = fitLines([{ text: `${line} Tiếp theo.` }], frame(width + 0.025), measure);
    expect(fitted.lines).toBe(2);
    expect(joined(fitted.runs)).toContain("ra.\u00a0Tiếp");
    // A twip and a hair more, and it fits in both.
    const roomy = fitLines([{ text: `${line} Tiếp theo.` }], frame(width + 0.06), measure);
    expect(joined(roomy.runs)).not.toContain("\u00a0");
  });

  it("reserves a twelfth of the font's height after italic text at a line's end", () => {
    const head = "Cơ bản toàn phường không còn hộ nghèo (";
    const italic = "trừ các trường hợp hưởng bảo trợ";
    const width = measure.width(head, 14) + measure.width(italic, 14, { italics: true });
    const runs = [{ text: head }, { text: `${italic} xã hội`, italics: true }];
    // 1 pt spare is not enough for the 26-twip (1.3 pt) reserve: "trợ" goes down.
    const fitted = fitLines(runs, frame(width + 1), measure);
    expect(fitted.lines).toBe(2);
    expect(joined(fitted.runs)).toContain("trợ\u00a0xã");
    // With 1.5 pt spare "trợ" stays on the first line, and only "xã hội" goes down.
    const roomy = fitLines(runs, frame(width + 1.5), measure);
    expect(roomy.lines).toBe(2);
    expect(joined(roomy.runs)).not.toContain("\u00a0");
  });

  it("brings the right edge in when the paragraph ends before a tie could help", () => {
    const line = "góp phần hoàn thành chỉ tiêu theo Nghị quyết Đảng bộ thành phố đã đề ra.";
    const width = measure.width(line, 14);
    const fitted = fitLines([{ text: line }], frame(width + 0.025), measure);
    expect(fitted.lines).toBe(2);
    expect(fitted.inset).toBeGreaterThan(0.025);
    expect(fitted.inset).toBeLessThan(0.05);
  });

  it("sets words with a slash unbreakable, and lets a hyphen before a digit break", () => {
    const fitted = fitLines(
      [{ text: "Theo Kế hoạch số 155/KH-LĐTBXH giai đoạn 2022-2025 của Sở." }],
      frame(1000),
      measure,
    );
    // pdfmake would break after "155/"; LibreOffice never does. LibreOffice may break after the
    // hyphen of "2022-2025", pdfmake only with a zero-width space there.
    expect(fitted.runs).toContainEqual({ text: "155/KH-", noWrap: true });
    expect(joined(fitted.runs)).toContain("2022-\u200b2025");
    expect(joined(fitted.runs).replace(/\u200b/g, "")).toBe(
      "Theo Kế hoạch số 155/KH-LĐTBXH giai đoạn 2022-2025 của Sở.",
    );
  });

  it("keeps each run's bold and italics", () => {
    const fitted = fitLines(
      [{ text: "Số " }, { text: "05/KH-UBND", bold: true }, { text: " ngày", italics: true }],
      frame(1000),
      measure,
    );
    expect(
      fitted.runs
        .filter((r) => r.bold)
        .map((r) => r.text)
        .join(""),
    ).toBe("05/KH-UBND");
    expect(
      fitted.runs
        .filter((r) => r.italics)
        .map((r) => r.text)
        .join(""),
    ).toBe(" ngày");
  });
});
