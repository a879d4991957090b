// WordprocessingML measures in twips (1/20 pt), half-points (font sizes) and eighths of a point
// (borders). Millimetres are converted by rounding to the nearest twip: docx's own
// convertMillimetersToTwip rounds down, which makes A4 11905 twips wide instead of 11906.

const TWIPS_PER_MM = 1440 / 25.4;

export function mmToTwip(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

export function ptToHalfPt(pt: number): number {
  return Math.round(pt * 2);
}

export function ptToEighth(pt: number): number {
  return Math.round(pt * 8);
}

/** Splits `total` into integer parts proportional to `weights`, summing exactly to `total`. */
export function proportion(total: number, weights: readonly number[]): number[] {
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = safe.reduce((a, b) => a + b, 0);
  const shares = sum > 0 ? safe : safe.map(() => 1);
  const shareSum = sum > 0 ? sum : shares.length;
  const parts = shares.map((w) => Math.floor((total * w) / shareSum));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  // Hand the leftover twips out from the first column on: deterministic, at most one each.
  for (let i = 0; rest > 0 && parts.length > 0; i = (i + 1) % parts.length, rest--) {
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}
