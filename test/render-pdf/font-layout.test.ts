// font-layout.ts cuts strings into words as pdfkit's EmbeddedFont.layout does (its code, as pdfkit
// 0.17 has it, is copied below as the reference) and asks the word cache the same questions.

import { describe, expect, it } from "vitest";
import { layout, layoutRun, widthOfString } from "../../src/render/pdf/font-layout.js";
import { isSpace } from "../../src/render/pdf/measure-words.js";
import { PlainRun } from "../../src/render/pdf/plain-layout.js";

interface Run {
  glyphs: string[];
  positions: { w: number }[];
  advanceWidth: number;
}

/** A font whose words are their characters, each as wide as its code; it notes what it is asked. */
function font() {
  const asked: string[] = [];
  const cache: Record<string, Run> = {};
  return {
    asked,
    layoutRun(text: string, features?: unknown): Run {
      asked.push(`run:${text}:${JSON.stringify(features)}`);
      const glyphs = [...text];
      return {
        glyphs,
        positions: glyphs.map((g) => ({ w: g.charCodeAt(0) })),
        advanceWidth: glyphs.reduce((a, g) => a + g.charCodeAt(0) / 7, 0),
      };
    },
    layoutCached(text: string): Run {
      asked.push(text);
      cache[text] ??= this.layoutRun(text);
      return cache[text];
    },
  };
}

/** pdfkit 0.17's EmbeddedFont.prototype.layout (its `needle` variable inlined). */
function reference(
  this: ReturnType<typeof font>,
  text: string,
  features?: unknown,
  onlyWidth?: boolean,
) {
  if (features) return this.layoutRun(text, features);
  let glyphs: unknown[] | null = onlyWidth ? null : [];
  let positions: unknown[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  let last = 0;
  let index = 0;
  while (index <= text.length) {
    if ((index === text.length && last < index) || [" ", "\t"].includes(text.charAt(index))) {
      const run = this.layoutCached(text.slice(last, ++index));
      if (!onlyWidth) {
        glyphs = (glyphs as unknown[]).concat(run.glyphs);
        positions = (positions as unknown[]).concat(run.positions);
      }
      advanceWidth += run.advanceWidth;
      last = index;
    } else {
      index++;
    }
  }
  return { glyphs, positions, advanceWidth };
}

const STRINGS = [
  "",
  " ",
  "  ",
  "\t",
  "a",
  "ab",
  "a b",
  "a  b",
  "a \tb ",
  " a",
  "a ",
  "Kế hoạch số 12/KH-UBND",
  "x\u00a0y z",
  "\t\tđ",
];

describe("pdfkit's layout, without its allocations", () => {
  it("cuts the same words, in the same order, and gives the same glyphs, positions and width", () => {
    for (const text of STRINGS) {
      for (const onlyWidth of [false, true]) {
        const a = font();
        const b = font();
        const got = layout.call(a as never, text, undefined, onlyWidth);
        const want = reference.call(b, text, undefined, onlyWidth);
        expect(got, JSON.stringify(text)).toEqual(want);
        expect(a.asked, JSON.stringify(text)).toEqual(b.asked);
      }
    }
  });

  it("hands a string with OpenType features to layoutRun whole", () => {
    const a = font();
    const b = font();
    expect(layout.call(a as never, "a b", ["smcp"])).toEqual(reference.call(b, "a b", ["smcp"]));
    expect(a.asked).toEqual(b.asked);
  });
});

describe("isSpace", () => {
  it("is what a regular expression's \\s matches, for every UTF-16 code unit", () => {
    const s = /\s/;
    for (let c = 0; c <= 0xffff; c++)
      expect(isSpace(c), c.toString(16)).toBe(s.test(String.fromCharCode(c)));
  });
});

describe("pdfkit's layoutRun, for plain runs", () => {
  it("scales every position as pdfkit's loop does, fields and order alike", () => {
    const make = () =>
      new PlainRun(
        [{ advanceWidth: 1229 }, { advanceWidth: 0 }, { advanceWidth: 569 }] as never,
        [
          { xAdvance: 1229, yAdvance: 0, xOffset: 0, yOffset: 0 },
          { xAdvance: 0, yAdvance: 0, xOffset: 0, yOffset: 0 },
          { xAdvance: 569, yAdvance: 0, xOffset: 0, yOffset: 0 },
        ] as never,
      );
    const scale = 0.00683;
    const fast = layoutRun.call({ scale, font: { layout: make } } as never, "abc");
    // pdfkit 0.17's EmbeddedFont.prototype.layoutRun
    const want = make() as unknown as {
      positions: Record<string, number>[];
      glyphs: { advanceWidth: number }[];
    };
    for (let i = 0; i < want.positions.length; i++) {
      const position = want.positions[i] as Record<string, number>;
      for (const key in position) position[key] = (position[key] as number) * scale;
      position.advanceWidth = (want.glyphs[i] as { advanceWidth: number }).advanceWidth * scale;
    }
    expect(fast.positions).toEqual(want.positions);
    expect(fast.positions.map((p) => Object.keys(p as object))).toEqual(
      want.positions.map((p) => Object.keys(p)),
    );
    expect(fast.advanceWidth).toBe((want as unknown as { advanceWidth: number }).advanceWidth);
  });
});

describe("pdfkit's widthOfString, remembered", () => {
  it("gives pdfkit's width, laying each string out once per font", () => {
    const calls: string[] = [];
    const fake = {
      layout(text: string, features?: unknown) {
        calls.push(`${text}|${JSON.stringify(features)}`);
        return { glyphs: [], positions: [], advanceWidth: text.length * 503.7 };
      },
    };
    // pdfkit 0.17: this.layout(string, features, true).advanceWidth * (size / 1000)
    const want = (text: string, size: number) => text.length * 503.7 * (size / 1000);
    for (const [text, size] of [
      ["Kế ", 14],
      ["Kế ", 13],
      ["hoạch", 14],
      ["Kế ", 14],
    ] as const)
      expect(widthOfString.call(fake as never, text, size)).toBe(want(text, size));
    expect(calls).toEqual(["Kế |undefined", "hoạch|undefined"]);
    expect(widthOfString.call(fake as never, "Kế ", 14, ["smcp"])).toBe(want("Kế ", 14));
    expect(calls.at(-1)).toBe('Kế |["smcp"]');
  });
});
