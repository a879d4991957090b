// "Did you mean …": the closest allowed word by edit distance, ignoring case and Vietnamese tone marks.

import { withoutMarks } from "../format/text.js";
/** Optimal string alignment distance: Levenshtein plus adjacent transpositions ("sumamry"). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = v;
    }
  }
  return at(a.length, b.length);
}

/** Lower case, without tone marks or đ, spaces and dashes as "_": "Phường" → "phuong". */
export function fold(s: string): string {
  return withoutMarks(s)
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** The candidate nearest to `word`, if it is near enough to be a plausible typo. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const w = fold(word);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const f = fold(c);
    const limit = Math.max(1, Math.floor(Math.max(f.length, w.length) / 3));
    // "rate" for "rate_to", "roman_upper" for "roman": as plausible as a one-letter slip
    const prefix = Math.min(w.length, f.length) >= 3 && (f.startsWith(w) || w.startsWith(f));
    const dist = prefix ? 1 : editDistance(w, f);
    if (dist <= limit && dist < bestDistance) {
      best = c;
      bestDistance = dist;
    }
  }
  return best;
}
