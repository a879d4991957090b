// The years a plan names in its titles ("… năm 2024", "PHÂN TÍCH KẾT QUẢ HỘ NGHÈO NĂM 2023"), moved
// to next year's. A year counts only where it stands alone as a year: not inside a date
// (19/02/2024, 2024-02-19), a range of years (2021-2025), a document number or a longer number.

import { isRealDate, parseDeadline } from "../format/index.js";

export type YearMap = ReadonlyMap<number, number>;

const YEAR = /(?<![\p{L}\p{N}/.,\\_-])(\d{4})(?![\p{L}\p{N}_/]|[.,-]\p{N}|\s*[-–]\s*\d{4})/gu;
const AFTER_RANGE = /\d{4}\s*[-–]\s*$/u;

/**
 * Every standalone year of the map replaced at once, so that 2023 → 2024 and 2024 → 2025 do not
 * chain. Works on raw YAML source too: digits are never escaped, and a year never spans lines.
 */
export function shiftYears(text: string, map: YearMap): string {
  return text.replace(YEAR, (whole, digits: string, offset: number) => {
    const to = map.get(Number(digits));
    if (to === undefined) return whole;
    // The second year of a range ("2021 - 2025"): lookbehind cannot see that far cheaply.
    if (AFTER_RANGE.test(text.slice(Math.max(0, offset - 12), offset))) return whole;
    return String(to);
  });
}

/** Old years to new: the period's years move by the shift; the old baseline becomes the new one. */
export function yearMap(
  oldPeriod: { from: number; to: number },
  oldBaseline: number | undefined,
  newFrom: number,
): Map<number, number> {
  const shift = newFrom - oldPeriod.from;
  const map = new Map<number, number>();
  for (let y = oldPeriod.from; y <= oldPeriod.to; y++) map.set(y, y + shift);
  if (oldBaseline !== undefined && !map.has(oldBaseline)) map.set(oldBaseline, oldPeriod.to);
  return map;
}

/**
 * A task's deadline as written in the YAML source, moved by `shift` years: every form that
 * src/format's parseDeadline reads with a year (2026, "2026-06", "2026-06-30", "30/6/2026",
 * "tháng 6/2026", "Quý II/2026", "năm 2026" …) gets its year replaced in place, so the official's
 * spelling and quotes stay (29 February becomes the 28th in a common year). undefined for a recurring
 * term ("thường xuyên", "hằng quý" …) or what cannot be read: those stay as written.
 */
export function shiftDeadline(raw: string, shift: number): string | undefined {
  const d = parseDeadline(raw.replace(/^(["'])(.*)\1$/su, "$2"));
  if (!d || d.kind === "recurring") return undefined;
  const year = d.year + shift;
  let out = raw.replace(new RegExp(`(?<!\\d)${d.year}(?!\\d)`, "u"), String(year));
  if (
    d.kind === "date" &&
    d.month === 2 &&
    d.day === 29 &&
    !isRealDate({ year, month: 2, day: 29 })
  ) {
    out = out.replace(/(?<!\d)29(?!\d)/u, "28");
  }
  return out;
}
