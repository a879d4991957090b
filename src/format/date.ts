// Dates as the decree writes them: in the date line days 1–9 and months 1–2 take a leading zero
// ("ngày 05 tháng 02 năm 2024", "ngày 15 tháng 3 năm 2024"); references follow the same rule
// ("19/02/2024", "07/3/2024"). A draft leaves the day (and maybe the month) blank for the clerk.

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** The blank a draft leaves for the clerk to fill by hand: non-breaking, so no renderer collapses it. */
export const BLANK = "\u00a0".repeat(6);

/** 2024, "2024-02", "2024-02-22" → parts. The schema has already checked the shape. */
export function parseSpecDate(value: string | number): PartialDate {
  if (typeof value === "number") return { year: value };
  const [y, m, d] = value.split("-").map((s) => Number.parseInt(s, 10));
  const out: PartialDate = { year: y ?? 0 };
  if (m !== undefined) out.month = m;
  if (d !== undefined) out.day = d;
  return out;
}

export function isRealDate(d: PartialDate): boolean {
  if (d.month === undefined) return true;
  if (d.month < 1 || d.month > 12) return false;
  if (d.day === undefined) return true;
  const last = new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
  return d.day >= 1 && d.day <= last;
}

export function padDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function padMonth(month: number): string {
  return month < 3 ? `0${month}` : String(month);
}

/** "ngày 05 tháng 02 năm 2024"; blanks where a draft has no day or month. */
export function formatLongDate(d: PartialDate, opts: { blankDay?: boolean } = {}): string {
  const day = d.day !== undefined && !opts.blankDay ? padDay(d.day) : BLANK;
  const month = d.month !== undefined ? padMonth(d.month) : BLANK;
  return `ngày ${day} tháng ${month} năm ${d.year}`;
}

/** "Quảng Minh, ngày 05 tháng 02 năm 2024" */
export function formatPlaceDate(
  place: string,
  d: PartialDate,
  opts: { blankDay?: boolean } = {},
): string {
  return `${place}, ${formatLongDate(d, opts)}`;
}

/** "19/02/2024", "07/3/2024", "3/2024", "2024" for references to other documents. */
export function formatShortDate(d: PartialDate): string {
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${padMonth(d.month)}/${d.year}`;
  return `${padDay(d.day)}/${padMonth(d.month)}/${d.year}`;
}

/** ISO form for document metadata; missing parts become the first day. */
export function isoDate(d: PartialDate): string {
  const m = String(d.month ?? 1).padStart(2, "0");
  const day = String(d.day ?? 1).padStart(2, "0");
  return `${String(d.year).padStart(4, "0")}-${m}-${day}`;
}

export function formatPeriod(p: number | { from: number; to: number }): string {
  return typeof p === "number" ? String(p) : `${p.from}-${p.to}`;
}
