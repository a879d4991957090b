// Every percentage kehoach prints comes from here: integer arithmetic only, so no float ever
// decides a digit (0,125 must become 0,13, which Number.toFixed gets wrong).

import { mulDivRoundHalfUp } from "./decimal.js";
import type { Rate } from "./types.js";

/** num / den × 100 in hundredths of a percent, rounded half up; bp is null when den is 0. */
export function rate(num: number, den: number): Rate {
  if (den === 0 || !Number.isFinite(den) || !Number.isFinite(num)) return { num, den, bp: null };
  if (Number.isSafeInteger(num) && Number.isSafeInteger(den) && num >= 0 && den > 0) {
    const n = BigInt(num) * 10000n;
    const d = BigInt(den);
    return { num, den, bp: Number((2n * n + d) / (2n * d)) };
  }
  return { num, den, bp: mulDivRoundHalfUp(num, 10000, den) };
}
