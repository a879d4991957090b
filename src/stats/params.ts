// Numbers inside diagnostic messages. A message table entry has one text per language but the
// params are shared, so a figure whose spelling depends on the language travels twice: `name` in
// Vietnamese style (0,35) and `nameEn` in English style (0.35). Counts stay plain numbers.

/** Hundredths of a percent as "0,35" and "0.35"; "-" when there is no rate. */
export function percentParams(name: string, bp: number | null): Record<string, string> {
  if (bp === null) return { [name]: "-", [`${name}En`]: "-" };
  const sign = bp < 0 ? "-" : "";
  const abs = Math.abs(bp);
  const int = Math.floor(abs / 100);
  const frac = String(abs % 100).padStart(2, "0");
  return { [name]: `${sign}${int},${frac}`, [`${name}En`]: `${sign}${int}.${frac}` };
}

/** A number as the official wrote it (0.3 → "0,3" / "0.3"). */
export function declaredParams(name: string, x: number): Record<string, string> {
  const en = String(x);
  return { [name]: en.replace(".", ","), [`${name}En`]: en };
}
