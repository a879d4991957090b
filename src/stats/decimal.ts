// Exact decimal arithmetic for the few places where an official's number is not a count (declared
// percentages such as 1.11 or 0.3). A YAML number reaches us as a double; its shortest round-trip
// text ("1.11") is what the official typed, so we work from that text with BigInt.

/** value = digits / 10^scale exactly. */
export interface Decimal {
  digits: bigint;
  scale: number;
}

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** The decimal a finite number was written as, or null for NaN and infinities. */
export function toDecimal(x: number): Decimal | null {
  if (!Number.isFinite(x)) return null;
  const m = DECIMAL_TEXT.exec(String(x));
  if (!m) return null;
  const [, sign = "", int = "0", frac = "", exp = "0"] = m;
  let digits = BigInt(`${int}${frac}`);
  let scale = frac.length - Number(exp);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits: sign === "-" ? -digits : digits, scale };
}

/** n / d rounded half up (half away from zero for negatives); d must not be 0. */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  if (d < 0n) return divRoundHalfUp(-n, -d);
  if (n < 0n) return -divRoundHalfUp(-n, d);
  // floor((2n + d) / 2d) = floor(n/d + 1/2): half up for n ≥ 0, d > 0.
  return (2n * n + d) / (2n * d);
}

/**
 * x × num / den rounded half up to an integer, exact on the decimal x was written as.
 * null when x is not finite or den is 0.
 */
export function mulDivRoundHalfUp(x: number, num: number, den: number): number | null {
  const dx = toDecimal(x);
  const dn = toDecimal(num);
  const dd = toDecimal(den);
  if (!dx || !dn || !dd || dd.digits === 0n) return null;
  // x·num/den = (dx·dn·10^dd.scale) / (dd·10^(dx.scale + dn.scale))
  const n = dx.digits * dn.digits * 10n ** BigInt(dd.scale);
  const d = dd.digits * 10n ** BigInt(dx.scale + dn.scale);
  return Number(divRoundHalfUp(n, d));
}

/** A declared percentage (0.43, 1.11, 0.3) as hundredths of a percent, rounded half up. */
export function percentToBp(percent: number): number | null {
  return mulDivRoundHalfUp(percent, 100, 1);
}

/**
 * Exact sum of decimals (amounts of money may be written as 1.5 triệu đồng). A sum no double holds
 * exactly (more than about 15 significant digits) comes back rounded: where it is shown, use exactSum.
 */
export function sumExact(xs: readonly number[]): number {
  return exactSum(xs) ?? Number(decimalText(sumDecimal(xs)));
}

/**
 * The sum of the decimals the numbers were written as, when a double holds it exactly; undefined
 * when it does not (12000000000000003, or 0.1 added to a thousand billion): such a sum would be
 * printed as a number nobody wrote, so the caller refuses it with a diagnostic.
 */
export function exactSum(xs: readonly number[]): number | undefined {
  if (xs.every(Number.isSafeInteger)) {
    const total = xs.reduce((a, b) => a + b, 0);
    if (Number.isSafeInteger(total)) return total;
  }
  const sum = sumDecimal(xs);
  const n = Number(decimalText(sum));
  const back = toDecimal(n);
  return back && sameDecimal(back, sum) ? n : undefined;
}

function sumDecimal(xs: readonly number[]): Decimal {
  const ds = xs.map(toDecimal).filter((d): d is Decimal => d !== null);
  const scale = Math.max(0, ...ds.map((d) => d.scale));
  const digits = ds.reduce((a, d) => a + d.digits * 10n ** BigInt(scale - d.scale), 0n);
  return { digits, scale };
}

function sameDecimal(a: Decimal, b: Decimal): boolean {
  const scale = Math.max(a.scale, b.scale);
  return a.digits * 10n ** BigInt(scale - a.scale) === b.digits * 10n ** BigInt(scale - b.scale);
}

export function decimalText(d: Decimal): string {
  const neg = d.digits < 0n;
  const s = (neg ? -d.digits : d.digits).toString().padStart(d.scale + 1, "0");
  const int = s.slice(0, s.length - d.scale);
  const frac = d.scale > 0 ? `.${s.slice(s.length - d.scale)}` : "";
  return `${neg ? "-" : ""}${int}${frac}`;
}
