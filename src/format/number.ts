// Vietnamese number style: "." groups thousands, "," separates decimals ("2.991 hộ", "0,43%").

export interface CountStyle {
  /** Write 0–9 with a leading zero ("03 hộ"), as many officials do; a plan setting. */
  pad: boolean;
}

export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

export function formatCount(n: number, style: CountStyle = { pad: false }): string {
  if (!Number.isInteger(n)) throw new RangeError(`not a count: ${n}`);
  const sign = n < 0 ? "-" : "";
  const abs = Math.abs(n);
  const digits = style.pad && abs < 10 ? `0${abs}` : String(abs);
  return sign + groupThousands(digits);
}

/**
 * An integer count of hundredths ("bp": 57 → "0,57"). Rates are kept as such integers so that no
 * float ever decides a digit; null (a rate over zero households) shows as "-".
 */
export function formatHundredths(bp: number | null): string {
  if (bp === null) return "-";
  const sign = bp < 0 ? "-" : "";
  const abs = Math.abs(bp);
  const whole = Math.floor(abs / 100);
  const frac = String(abs % 100).padStart(2, "0");
  return `${sign}${groupThousands(String(whole))},${frac}`;
}

/** A declared decimal (35, 0.3, 1.11) written the Vietnamese way, without trailing zeros: "0,3". */
export function formatDecimal(value: number): string {
  const [whole = "0", frac] = positional(Math.abs(value)).split(".");
  const sign = value < 0 ? "-" : "";
  return sign + groupThousands(whole) + (frac ? `,${frac}` : "");
}

/**
 * The shortest digits of a non-negative number, without an exponent: JavaScript writes 0.0000001 as
 * "1e-7" (and 1e21 and above as "1e+21"), which no official would read as the number written.
 */
function positional(abs: number): string {
  const s = String(abs);
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const digits = `${m[1]}${m[2] ?? ""}`;
  const point = 1 + Number(m[3]); // digits before the decimal point
  if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  return point >= digits.length
    ? digits + "0".repeat(point - digits.length)
    : `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A number as kehoach prints it, read back: its value, decimals shown, and how it was written. */
export interface PrintedNumber {
  value: number;
  /** Digits after the comma. */
  decimals: number;
  percent: boolean;
  /** A count under ten with its leading zero ("07"). */
  padded: boolean;
}

/**
 * The number in a text kehoach printed ("2.991", "07", "1,18", "0,43%"), or undefined for any other
 * text: a year "2025" or a code "0123" is not how kehoach prints a count, so it stays text.
 */
export function readPrintedNumber(text: string): PrintedNumber | undefined {
  const m = /^(-?)(\d[\d.]*)(?:,(\d+))?(%?)$/.exec(text);
  if (!m) return undefined;
  const [, sign = "", whole = "", decimals = "", percent] = m;
  const int = Number(whole.replaceAll(".", ""));
  if (!Number.isSafeInteger(int)) return undefined;
  const padded = whole.length === 2 && whole.startsWith("0");
  if (whole !== formatCount(int, { pad: padded })) return undefined;
  const value = Number(`${sign}${int}${decimals ? `.${decimals}` : ""}`);
  return { value, decimals: decimals.length, percent: percent === "%", padded };
}
