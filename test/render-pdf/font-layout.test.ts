// font-layout.ts cuts strings into words as pdfkit's EmbeddedFont.layout does (its code, as pdfkit
// 0.17 has it, is copied below as the reference) and asks the word cache the same questions.

import { describe, expect, it } from "vitest";
import { layout } from "../../src/render/pdf/font-layout.js";

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
