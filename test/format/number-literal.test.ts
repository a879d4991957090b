// The rule that decides when a number literal reads two ways (src/format/number-literal.ts), and the
// words an official reads a whole number as.

import { describe, expect, it } from "vitest";
import { readNumberLiteral, wordsEn, wordsVi } from "../../src/format/index.js";

describe("readNumberLiteral", () => {
  it.each([
    // one separator, 1–3 digits before it, exactly 3 after: a thousands group or a decimal
    ["1.250", { kind: "ambiguous", whole: "1250", decimal: "1.25" }],
    ["1,250", { kind: "ambiguous", whole: "1250", decimal: "1.25" }],
    ["1.350", { kind: "ambiguous", whole: "1350", decimal: "1.35" }],
    ["2.000", { kind: "ambiguous", whole: "2000", decimal: "2" }],
    ["1,011", { kind: "ambiguous", whole: "1011", decimal: "1.011" + "0" }],
    ["1.251", { kind: "ambiguous", whole: "1251", decimal: "1.2510" }],
    ["-12.500", { kind: "ambiguous", whole: "-12500", decimal: "-12.5" }],
    ["+1.250", { kind: "ambiguous", whole: "1250", decimal: "1.25" }],
    // several separators, or spaces: only a grouping reads so
    ["350.000.000", { kind: "grouped", fix: "350000000" }],
    ["1,250,000", { kind: "grouped", fix: "1250000" }],
    ["1.250,5", { kind: "grouped", fix: "1250.5" }],
    ["1,250.5", { kind: "grouped", fix: "1250.5" }],
    ["1 250", { kind: "grouped", fix: "1250" }],
    // a decimal comma
    ["1,25", { kind: "decimal-comma", fix: "1.25" }],
    ["0,250", { kind: "decimal-comma", fix: "0.250" }],
    ["12,5", { kind: "decimal-comma", fix: "12.5" }],
    // what a plan file writes: a leading 0, or 4+ digits before the dot, cannot be a thousands group
    ["50", { kind: "plain" }],
    ["1.25", { kind: "plain" }],
    ["0.250", { kind: "plain" }],
    ["1250.500", { kind: "plain" }],
    ["1.2510", { kind: "plain" }],
  ])("%s", (text, expected) => {
    expect(readNumberLiteral(text)).toEqual(expected);
  });

  it.each(["abc", "1.250.5", "1,25,0", "I", "50%", "", "1.1.1"])("%j is not a number", (text) => {
    expect(readNumberLiteral(text)).toBeUndefined();
  });
});

describe("number words", () => {
  it.each([
    ["1250", "một nghìn hai trăm năm mươi", "one thousand two hundred fifty"],
    ["1011", "một nghìn không trăm mười một", "one thousand eleven"],
    ["21", "hai mươi mốt", "twenty-one"],
    ["15", "mười lăm", "fifteen"],
    ["105", "một trăm linh năm", "one hundred five"],
    ["2000", "hai nghìn", "two thousand"],
    ["350000000", "ba trăm năm mươi triệu", "three hundred fifty million"],
    ["1000050", "một triệu không trăm năm mươi", "one million fifty"],
    ["1000000000000", "một nghìn tỷ", "one trillion"],
  ])("%s", (digits, vi, en) => {
    expect(wordsVi(digits)).toBe(vi);
    expect(wordsEn(digits)).toBe(en);
  });
});
