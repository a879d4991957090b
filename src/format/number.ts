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
  const [whole = "0", frac] = String(Math.abs(value)).split(".");
  const sign = value < 0 ? "-" : "";
  return sign + groupThousands(whole) + (frac ? `,${frac}` : "");
}
