// line-breaks.ts: the PDF's lines break where LibreOffice breaks the DOCX's (the parity tests check
// it on whole documents); here, each rule on one paragraph, read as the lines' text.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Frame, fitLines } from "../../src/render/pdf/line-breaks.js";
import { tinosMeasure } from "../../src/render/pdf/measure.js";
import type { TextLine } from "../../src/render/pdf/nodes.js";
import type { Run } from "../../src/render/pdf/text.js";

const measure = tinosMeasure();
const frame = (room: number, size = 14): Frame => ({ size, first: room, rest: room });
/** Each line's text: its runs' text joined. */
const texts = (lines: TextLine[]) => lines.map((l) => l.runs.map((r) => r.text).join(""));
const spacesIn = (s: string) => [...s].filter((c) => c === " ").length;

describe("fitLines", () => {
  it("gives a paragraph that fits one line, the last, with its text as it is", () => {
    const text = "Một hai ba bốn năm sáu bảy tám chín mười.";
    const lines = fitLines([{ text }], frame(500), measure);
    expect(lines).toEqual([
      {
        runs: [{ text }],
        width: Math.round(measure.width(text, 14) * 10000) / 10000,
        spaces: 9,
        last: true,
      },
    ]);
  });

  it("keeps a twip spare at 14 pt: a line that fits to within it wraps", () => {
    const line = "góp phần hoàn thành chỉ tiêu theo Nghị quyết Đảng bộ thành phố đã đề ra.";
    const text = `${line} Tiếp theo.`;
    const width = measure.width(line, 14);
    // Room for the whole line plus half a twip: LibreOffice sends "ra." down.
    const tight = fitLines([{ text }], frame(width + 0.025), measure);
    expect(texts(tight)).toEqual([line.slice(0, -" ra.".length), "ra. Tiếp theo."]);
    expect(tight.map((l) => l.last)).toEqual([false, true]);
    // A twip and a hair more, and it stays.
    const roomy = fitLines([{ text }], frame(width + 0.06), measure);
    expect(texts(roomy)).toEqual([line, "Tiếp theo."]);
    // Without the spare (12 pt: none), the same line in exactly its room stays too.
    const at12 = measure.width(line, 12);
    expect(texts(fitLines([{ text }], frame(Math.ceil(at12 * 20) / 20, 12), measure))).toEqual([
      line,
      "Tiếp theo.",
    ]);
  });

  it("lets a line half a twip too wide pass at 13 pt", () => {
    const line = "góp phần hoàn thành chỉ tiêu theo Nghị quyết Đảng bộ thành phố đã đề ra.";
    const text = `${line} Tiếp theo.`;
    const width = measure.width(line, 13);
    // LibreOffice counts the room in whole twips: a room narrower than the line that counts as
    // the line's width less half a twip or more (rounded up to a whole twip).
    const twips = Math.ceil(width * 20 - 0.5);
    const room = (twips - 0.5 + width * 20) / 40;
    expect(room).toBeLessThan(width);
    expect(Math.round(room * 20)).toBe(twips);
    expect(texts(fitLines([{ text }], frame(room, 13), measure))).toEqual([line, "Tiếp theo."]);
    // A whole twip narrower, and "ra." goes down.
    expect(texts(fitLines([{ text }], frame(room - 0.05, 13), measure))[0]).toBe(
      line.slice(0, -" ra.".length),
    );
  });

  it("reserves a twelfth of the font's height after italic text at a line's end", () => {
    const head = "Cơ bản toàn phường không còn hộ nghèo (";
    const italic = "trừ các trường hợp hưởng bảo trợ";
    const width = measure.width(head, 14) + measure.width(italic, 14, { italics: true });
    const runs = [{ text: head }, { text: `${italic} xã hội`, italics: true }];
    // 1 pt spare is not enough for the 26-twip (1.3 pt) reserve: "trợ" goes down.
    const tight = fitLines(runs, frame(width + 1), measure);
    expect(texts(tight)).toEqual([head + italic.slice(0, -" trợ".length), "trợ xã hội"]);
    // With 1.5 pt spare "trợ" stays on the first line, and only "xã hội" goes down.
    const roomy = fitLines(runs, frame(width + 1.5), measure);
    expect(texts(roomy)).toEqual([head + italic, "xã hội"]);
    // Upright, the same words keep "trợ" with 1 pt spare: the reserve is the italics'.
    const upright = [{ text: head + italic }, { text: " xã hội" }];
    const uprightWidth = measure.width(head + italic, 14);
    expect(texts(fitLines(upright, frame(uprightWidth + 1), measure))[0]).toBe(head + italic);
  });

  describe("never breaks after a slash, may break after a hyphen between letters or digits", () => {
    const text = "Theo Kế hoạch số 155/KH-LĐTBXH giai đoạn 2022-2025 của Sở.";
    /** Room for `before` and a point more (less than any letter): the line must end in it. */
    const roomFor = (before: string) => frame(measure.width(before, 14) + 1);

    it("keeps 155/KH together where the line could end after the slash", () => {
      const lines = fitLines([{ text }], roomFor("Theo Kế hoạch số 155/"), measure);
      expect(texts(lines)[0]).toBe("Theo Kế hoạch số");
      expect(texts(lines)[1]).toMatch(/^155\/KH-/);
    });

    it("breaks after the hyphen of KH-LĐTBXH and of 2022-2025 where the line ends there", () => {
      const kh = fitLines([{ text }], roomFor("Theo Kế hoạch số 155/KH-"), measure);
      expect(texts(kh)[0]).toBe("Theo Kế hoạch số 155/KH-");
      expect(texts(kh)[1]).toMatch(/^LĐTBXH giai/);
      const before = "Theo Kế hoạch số 155/KH-LĐTBXH giai đoạn 2022-";
      const year = fitLines([{ text }], roomFor(before), measure);
      expect(texts(year)).toEqual([before, "2025 của Sở."]);
    });

    it("does not break after a hyphen that opens a word or stands before a sign", () => {
      const minus = fitLines(
        [{ text: "Chỉ tiêu năm nay tăng -25 lần" }],
        roomFor("Chỉ tiêu năm nay tăng -"),
        measure,
      );
      expect(texts(minus)).toEqual(["Chỉ tiêu năm nay tăng", "-25 lần"]);
      const sign = fitLines(
        [{ text: "Theo kế hoạch KH-(2025) mới" }],
        roomFor("Theo kế hoạch KH-"),
        measure,
      );
      expect(texts(sign)).toEqual(["Theo kế hoạch", "KH-(2025) mới"]);
    });

    it("puts every character back when the lines are joined", () => {
      const lines = fitLines([{ text }], roomFor("Theo Kế hoạch"), measure);
      expect(lines.length).toBeGreaterThan(4);
      expect(texts(lines).join(" ").replace(/- /g, "-")).toBe(text);
    });
  });

  it("keeps each run's bold and italics, on every line the run reaches", () => {
    const runs: Run[] = [
      { text: "Số " },
      { text: "05/KH-UBND ngày 12", bold: true },
      { text: " tháng 01", italics: true },
    ];
    const one = fitLines(runs, frame(1000), measure);
    expect(one).toHaveLength(1);
    expect(one[0]?.runs).toEqual(runs);
    // Broken after "ngày": the bold run is split over two lines, each piece bold.
    const room = measure.width("Số ", 14) + measure.width("05/KH-UBND ngày", 14, { bold: true });
    const two = fitLines(runs, frame(room + 3), measure);
    expect(two.map((l) => l.runs)).toEqual([
      [{ text: "Số " }, { text: "05/KH-UBND ngày", bold: true }],
      [
        { text: "12", bold: true },
        { text: " tháng 01", italics: true },
      ],
    ]);
  });

  it("measures a run without a face of its own in the frame's face", () => {
    const text = "Điều phối toàn bộ công tác";
    const bold = fitLines([{ text }], { ...frame(1000), bold: true }, measure);
    expect(bold[0]?.width).toBeCloseTo(measure.width(text, 14, { bold: true }), 4);
    const italic = fitLines([{ text }], { ...frame(1000), italics: true }, measure);
    expect(italic[0]?.width).toBeCloseTo(measure.width(text, 14, { italics: true }), 4);
    // A run that says "not bold" inside a bold frame is measured upright.
    const plain = fitLines([{ text, bold: false }], { ...frame(1000), bold: true }, measure);
    expect(plain[0]?.width).toBeCloseTo(measure.width(text, 14), 4);
  });

  it("ends a line at each forced break, an empty one where nothing stands before it", () => {
    const lines = fitLines([{ text: "a\n\nb" }], frame(500), measure);
    expect(texts(lines)).toEqual(["a", "", "b"]);
    expect(lines.map((l) => l.last)).toEqual([true, true, true]);
    expect(lines[1]).toEqual({ runs: [], width: 0, spaces: 0, last: true });
    // A trailing break gives an empty last line; a leading one an empty first line.
    expect(texts(fitLines([{ text: "a\n" }], frame(500), measure))).toEqual(["a", ""]);
    expect(texts(fitLines([{ text: "\na" }], frame(500), measure))).toEqual(["", "a"]);
    // Breaks as runs of their own (text.ts makes a "\n" run of a model's break).
    const asRuns = [{ text: "Tổ dân phố" }, { text: "\n" }, { text: "Khả Lý", bold: true }];
    const split = fitLines(asRuns, frame(500), measure);
    expect(split.map((l) => l.runs)).toEqual([
      [{ text: "Tổ dân phố" }],
      [{ text: "Khả Lý", bold: true }],
    ]);
    expect(split.map((l) => l.last)).toEqual([true, true]);
    // Nothing at all is still one (empty) line.
    expect(fitLines([{ text: "" }], frame(500), measure)).toEqual([
      { runs: [], width: 0, spaces: 0, last: true },
    ]);
  });

  it("marks only the lines a break or the paragraph's end closes as last", () => {
    const words = "một hai ba bốn năm sáu bảy tám chín mười";
    const room = measure.width("một hai ba bốn", 14) + 1;
    const lines = fitLines([{ text: `${words}\n${words}` }], frame(room), measure);
    const last = lines.map((l) => l.last);
    const ends = texts(lines).map((t) => t.endsWith("mười"));
    expect(last).toEqual(ends);
    expect(last.filter(Boolean)).toHaveLength(2);
    expect(lines.length).toBeGreaterThan(4);
  });

  it("cuts a word longer than the line where the line ends, line after line", () => {
    const word = "9".repeat(300);
    const room = 100;
    const lines = fitLines([{ text: `Mã: ${word} hết` }], frame(room, 12), measure);
    const t = texts(lines);
    expect(t[0]).toBe("Mã:");
    expect(t.at(-1)).toMatch(/^9+ hết$/);
    const pieces = t.slice(1, -1);
    // Every piece but the last is as long as fits: one more character would not.
    for (const p of pieces) {
      expect(measure.width(p, 12)).toBeLessThanOrEqual(room);
      expect(measure.width(`${p}9`, 12)).toBeGreaterThan(room);
    }
    expect(t.slice(1).join("")).toBe(`${word} hết`);
    expect(lines.slice(0, -1).every((l) => !l.last)).toBe(true);
    expect(lines.at(-1)?.last).toBe(true);
  });

  it("cuts a word between characters, never inside one (letters outside the BMP kept whole)", () => {
    const word = "Ā𝟗".repeat(40);
    const lines = fitLines([{ text: word }], frame(40, 12), measure);
    expect(lines.length).toBeGreaterThan(2);
    expect(texts(lines).join("")).toBe(word);
    for (const t of texts(lines)) expect([...t].every((c) => c === "Ā" || c === "𝟗")).toBe(true);
  });

  it("counts the spaces inside a line, none at its ends, and measures its text", () => {
    const runs: Run[] = [
      { text: "Thực hiện  tốt công tác " },
      { text: "giảm nghèo bền vững", bold: true },
      { text: " và an sinh xã hội trên địa bàn phường năm 2024.", italics: true },
    ];
    const lines = fitLines(runs, frame(150), measure);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      const text = line.runs.map((r) => r.text).join("");
      expect(text).toBe(text.trim());
      expect(line.spaces).toBe(spacesIn(text));
      const width = line.runs.reduce((w, r) => w + measure.width(r.text, 14, r), 0);
      expect(line.width).toBeCloseTo(width, 4);
    }
    expect(lines[0]?.spaces).toBeGreaterThanOrEqual(2);
  });

  it("keeps every character in order, lines within their room save a word cut alone", () => {
    const alphabet = [..."aàbđếệươ", " ", " ", "\u00a0", "\n", "-", "/", "9", "Ắ", "𝟗"];
    const textArb = fc
      .array(fc.constantFrom(...alphabet), { maxLength: 80 })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: textArb, bold: fc.boolean() }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 20, max: 300 }),
        (runs, room) => {
          const lines = fitLines(runs, frame(room, 13), measure);
          const all = runs.map((r) => r.text).join("");
          const squeeze = (s: string) => s.replace(/[ \n]/g, "");
          expect(squeeze(texts(lines).join(""))).toBe(squeeze(all));
          expect(lines.filter((l) => l.last).length).toBe(all.split("\n").length);
          expect(lines.at(-1)?.last).toBe(true);
          for (const line of lines) {
            const text = line.runs.map((r) => r.text).join("");
            expect(text).not.toMatch(/^ | $/);
            expect(text).not.toContain("\n");
            expect(line.spaces).toBe(spacesIn(text));
            // Wider than its room only when it is one word (cut or not) and a twip at most more.
            if (line.width > room + 0.0251) expect(text).not.toContain(" ");
          }
        },
      ),
    );
  });
});
