// Numbers inside diagnostic messages. A message table entry has one text per language but the
// params are shared, so a figure whose spelling depends on the language travels twice: `name` in
// Vietnamese style (0,35, through src/format) and `nameEn` in English style (0.35). Counts stay plain.

import { formatDecimal, formatHundredths } from "../format/index.js";

/** Hundredths of a percent as "0,35" and "0.35"; "-" when there is no rate. */
export function percentParams(name: string, bp: number | null): Record<string, string> {
  const en = bp === null ? "-" : (bp / 100).toFixed(2);
  return { [name]: formatHundredths(bp), [`${name}En`]: en };
}

/** A number as the official wrote it (0.3 → "0,3" / "0.3"). */
export function declaredParams(name: string, x: number): Record<string, string> {
  return { [name]: formatDecimal(x), [`${name}En`]: String(x) };
}
