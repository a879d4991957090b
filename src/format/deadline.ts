// A task's deadline (thời gian hoàn thành) as officials write it: a date, a month, a quarter, a year,
// or a recurring term. Parsed into a structured value and phrased as the document prints it:
// "30/6/2026" (the reference-date style of date.ts), "tháng 6/2026", "Quý II/2026", "năm 2026",
// "Thường xuyên", "Hằng tháng", "Hằng quý", "Hằng năm".

import { formatShortDate, isRealDate, padMonth } from "./date.js";
import { toRoman } from "./numbering.js";

export type RecurringTerm = "thuong_xuyen" | "hang_thang" | "hang_quy" | "hang_nam";

export type Deadline =
  | { kind: "date"; year: number; month: number; day: number }
  | { kind: "month"; year: number; month: number }
  | { kind: "quarter"; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: "year"; year: number }
  | { kind: "recurring"; term: RecurringTerm };

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const ROMAN_QUARTERS: Readonly<Record<string, 1 | 2 | 3 | 4>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
};

const RECURRING_PHRASE: Readonly<Record<RecurringTerm, string>> = {
  thuong_xuyen: "Thường xuyên",
  hang_thang: "Hằng tháng",
  hang_quy: "Hằng quý",
  hang_nam: "Hằng năm",
};

/**
 * The deadline written, or undefined when it cannot be read. Accepted: 2026, "2026", "năm 2026";
 * "2026-06", "6/2026", "tháng 6/2026", "tháng 6 năm 2026"; "2026-06-30", "30/6/2026";
 * "Quý II/2026", "Quý 2/2026", "quý II năm 2026"; "thường xuyên", "hằng (hàng) tháng/quý/năm".
 */
export function parseDeadline(value: string | number): Deadline | undefined {
  if (typeof value === "number") {
    return Number.isInteger(value) && yearOk(value) ? { kind: "year", year: value } : undefined;
  }
  const s = value.normalize("NFC").trim().toLocaleLowerCase("vi").replace(/\s+/gu, " ");
  if (s === "thường xuyên") return { kind: "recurring", term: "thuong_xuyen" };
  const recurring = /^h[ằà]ng (tháng|quý|năm)$/u.exec(s);
  if (recurring) {
    const unit = recurring[1];
    const term: RecurringTerm =
      unit === "tháng" ? "hang_thang" : unit === "quý" ? "hang_quy" : "hang_nam";
    return { kind: "recurring", term };
  }
  let m = /^(?:năm )?(\d{4})$/u.exec(s);
  if (m) return year(Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(s);
  if (m) return date(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(s);
  if (m) return date(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})$/u.exec(s);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^(?:tháng )?(\d{1,2}) ?(?:\/|năm) ?(\d{4})$/u.exec(s);
  if (m) return month(Number(m[2]), Number(m[1]));
  m = /^quý (iv|iii|ii|i|[1-4]) ?(?:\/|năm) ?(\d{4})$/u.exec(s);
  if (m) {
    const quarter = ROMAN_QUARTERS[m[1] ?? ""];
    const y = Number(m[2]);
    return quarter && yearOk(y) ? { kind: "quarter", year: y, quarter } : undefined;
  }
  return undefined;
}

/** The phrase printed for a deadline: "30/6/2026", "tháng 6/2026", "Quý II/2026", "năm 2026" … */
export function formatDeadline(d: Deadline): string {
  switch (d.kind) {
    case "date":
      return formatShortDate(d);
    case "month":
      return `tháng ${padMonth(d.month)}/${d.year}`;
    case "quarter":
      return `Quý ${toRoman(d.quarter)}/${d.year}`;
    case "year":
      return `năm ${d.year}`;
    case "recurring":
      return RECURRING_PHRASE[d.term];
  }
}

/** The year a dated deadline falls in; undefined for a recurring term. */
export function deadlineYear(d: Deadline): number | undefined {
  return d.kind === "recurring" ? undefined : d.year;
}

function yearOk(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

function year(y: number): Deadline | undefined {
  return yearOk(y) ? { kind: "year", year: y } : undefined;
}

function month(y: number, mo: number): Deadline | undefined {
  return yearOk(y) && mo >= 1 && mo <= 12 ? { kind: "month", year: y, month: mo } : undefined;
}

function date(y: number, mo: number, day: number): Deadline | undefined {
  if (!yearOk(y) || !isRealDate({ year: y, month: mo, day })) return undefined;
  return { kind: "date", year: y, month: mo, day };
}
