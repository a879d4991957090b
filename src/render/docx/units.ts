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
