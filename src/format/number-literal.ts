// How an official's number literal reads, so that no number is ever taken one way when it was meant
// another. In a plan file a number has no thousands separator and its decimals follow a dot (1250,
// 1.25); printed, kehoach writes it the Vietnamese way (1.250 and 1,25). Officials type what they see
// printed, or paste from Excel (1,250), so the same characters can mean two numbers a thousand times
// apart. The rule (tested in test/format/number-literal.test.ts):
//
// - ambiguous: ONE dot or comma, 1 to 3 digits before it (not starting with 0), EXACTLY 3 digits after
//   it: "1.250", "1,250", "1.350", "2.000". That is both a thousands group (1250) and a decimal (1,25),
//   and nothing in the text says which: refused, with both fixes.
// - grouped: SEVERAL separators ("350.000.000", "1.250,5", "1,250.5") or spaces ("1 250"): only a
//   thousands grouping reads so (the last separator, when it differs, is the decimal point). Refused,
//   since the plan file writes no grouping, with its one fix (350000000, 1250.5).
// - decimal-comma: one comma with any other number of digits after it ("1,25", "0,5", "0,250"): the
//   Vietnamese decimal comma. Refused where a number is expected, with the fix "1.25".
// - plain: what the plan file expects ("50", "1.25", "0.250", "1250.500"): 1.25 for an amount in
//   triệu đồng is legitimate, and a leading 0 or 4+ digits before the dot cannot be a thousands group.
//
// The decimal fix of an ambiguous literal drops its trailing zeros ("1.250" → 1.25, "2.000" → 2), which
// reads the same and is no longer three digits; when there is none to drop ("1.251") it adds one
// ("1.2510"), the only way to write 1,251 that is not also one thousand two hundred fifty-one.

export type NumberLiteral =
  | { kind: "plain" }
  | { kind: "decimal-comma"; fix: string }
  | { kind: "ambiguous"; whole: string; decimal: string }
  | { kind: "grouped"; fix: string };

const PLAIN = /^[-+]?\d+(?:\.\d+)?$/;
const AMBIGUOUS = /^([-+]?)([1-9]\d{0,2})[.,](\d{3})$/;
const GROUPED = /^([-+]?)([1-9]\d{0,2})((?:([.,])\d{3})(?:\4\d{3})*)(?:([.,])(\d+))?$/;
const SPACED = /^([-+]?)([1-9]\d{0,2})((?: \d{3})+)(?:([.,])(\d+))?$/;
const DECIMAL_COMMA = /^([-+]?\d+),(\d+)$/;

/** How a literal (the text as written, or a string value) reads as a number; undefined if it is none. */
export function readNumberLiteral(text: string): NumberLiteral | undefined {
  // a "+" sign is written by no one on purpose; the fixes leave it out
  const s = text
    .trim()
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/^\+(?=\d)/, "");
  const a = AMBIGUOUS.exec(s);
  if (a) {
    const [, sign = "", int = "", frac = ""] = a;
    return { kind: "ambiguous", whole: sign + int + frac, decimal: sign + decimalFix(int, frac) };
  }
  if (PLAIN.test(s)) return { kind: "plain" };
  const g = GROUPED.exec(s);
  if (g) {
    const [, sign = "", int = "", groups = "", sep = "", decSep, dec] = g;
    // "1.250.5": the same separator cannot be both the grouping and the decimal point
    if (decSep === undefined || decSep !== sep) {
      const digits = int + groups.replace(/[.,]/g, "");
      return { kind: "grouped", fix: sign + digits + (dec !== undefined ? `.${dec}` : "") };
    }
    return undefined;
  }
  const sp = SPACED.exec(s);
  if (sp) {
    const [, sign = "", int = "", groups = "", , dec] = sp;
    return {
      kind: "grouped",
      fix: sign + int + groups.replace(/ /g, "") + (dec !== undefined ? `.${dec}` : ""),
    };
  }
  const c = DECIMAL_COMMA.exec(s);
  if (c) return { kind: "decimal-comma", fix: `${c[1]}.${c[2]}` };
  return undefined;
}

/** The decimal reading of int.frac written so that it is not three digits after the dot. */
function decimalFix(int: string, frac: string): string {
  const trimmed = frac.replace(/0+$/, "");
  if (trimmed === "") return int;
  return trimmed.length === 3 ? `${int}.${trimmed}0` : `${int}.${trimmed}`;
}

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
const SCALES = ["", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ"];

/**
 * A whole number in Vietnamese words, as an official reads it aloud: 1250 "một nghìn hai trăm năm
 * mươi", 1011 "một nghìn không trăm mười một", 21 "hai mươi mốt", 105 "một trăm linh năm". Past the
 * triệu tỷ the digits are returned as they are.
 */
export function wordsVi(digits: string): string {
  return spell(digits, { scales: SCALES, zero: "không", minus: "âm" }, (g, i) =>
    hundreds(g, i > 0),
  );
}

interface Speech {
  /** Words of the groups of three digits from the lowest: "", "nghìn", "triệu" … */
  scales: readonly string[];
  zero: string;
  minus: string;
}

/**
 * The skeleton both languages share: digits split into groups of three, each group in words (by the
 * language's own rule, told whether higher groups stand before it) followed by its scale word; a
 * group of 000 is silent. Past the last scale the digits are returned as they are.
 */
function spell(
  digits: string,
  speech: Speech,
  group: (g: number, index: number) => string,
): string {
  const neg = digits.startsWith("-");
  const d = (neg ? digits.slice(1) : digits).replace(/^0+(?=\d)/, "");
  if (!/^\d+$/.test(d) || d.length > speech.scales.length * 3) return digits;
  if (/^0+$/.test(d)) return speech.zero;
  const groups: number[] = [];
  for (let end = d.length; end > 0; end -= 3)
    groups.unshift(Number(d.slice(Math.max(0, end - 3), end)));
  const words: string[] = [];
  groups.forEach((g, i) => {
    if (g === 0) return;
    words.push(group(g, i));
    const scale = speech.scales[groups.length - 1 - i] ?? "";
    if (scale) words.push(scale);
  });
  return (neg ? `${speech.minus} ` : "") + words.join(" ");
}

/** 0–999; `full` when higher groups stand before it, so "không trăm", "linh" are read. */
function hundreds(n: number, full: boolean): string {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const out: string[] = [];
  if (h > 0 || full) out.push(DIGITS[h] ?? "", "trăm");
  if (t === 0) {
    if (u > 0 && out.length > 0) out.push("linh");
  } else if (t === 1) {
    out.push("mười");
  } else {
    out.push(DIGITS[t] ?? "", "mươi");
  }
  if (u === 1 && t > 1) out.push("mốt");
  else if (u === 5 && t > 0) out.push("lăm");
  else if (u > 0) out.push(DIGITS[u] ?? "");
  return out.join(" ");
}

const ONES_EN = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS_EN = [
  "",
  "",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
];
const SCALES_EN = ["", "thousand", "million", "billion", "trillion", "quadrillion"];

/** A whole number in English words: 1250 "one thousand two hundred fifty"; digits past 10^18. */
export function wordsEn(digits: string): string {
  return spell(digits, { scales: SCALES_EN, zero: "zero", minus: "minus" }, (g) => {
    const words: string[] = [];
    const h = Math.floor(g / 100);
    const r = g % 100;
    if (h > 0) words.push(ONES_EN[h] ?? "", "hundred");
    if (r >= 20)
      words.push((TENS_EN[Math.floor(r / 10)] ?? "") + (r % 10 ? `-${ONES_EN[r % 10]}` : ""));
    else if (r > 0) words.push(ONES_EN[r] ?? "");
    return words.join(" ");
  });
}

/** A number as a plan file writes it ("-1250.5"), printed the Vietnamese way ("-1.250,5"), exactly. */
export function printLiteralVi(text: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return text;
  const [, sign = "", int = "", frac] = m;
  return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ".") + (frac ? `,${frac}` : "");
}

/** The same in English style ("-1,250.5"). */
export function printLiteralEn(text: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return text;
  const [, sign = "", int = "", frac] = m;
  return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
}

/**
 * The two readings of an ambiguous literal, as the words of a message need them: each as the plan file
 * writes it (whole, decimal), as it prints in Vietnamese and in English style, and the whole number in
 * words. `decimal` may carry a fourth digit ("1.2510") only to tell it from a thousands group.
 */
export function readingsOf(whole: string, decimal: string) {
  const shown = decimal.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
  return {
    whole,
    decimal,
    whole_vi: printLiteralVi(whole),
    whole_en: printLiteralEn(whole),
    decimal_vi: printLiteralVi(shown),
    decimal_en: printLiteralEn(shown),
    words_vi: wordsVi(whole),
    words_en: wordsEn(whole),
  };
}
