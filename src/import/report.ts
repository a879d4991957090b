// The report of an import in words, for the CLI and the preview: units added, changed (each figure
// "before → after"), unchanged, and the plan's units the file does not give. Figures are named as
// the statistics' diagnostics name them (src/stats/labels.ts).

import { interpolate as fill } from "../diagnostics/localize.js";
import type { Lang } from "../diagnostics/types.js";
import { formatCount } from "../format/number.js";
import {
  WHAT_PERSONS,
  type What,
  whatEntries,
  whatExits,
  whatGroup,
  whatGroupPersons,
  whatPart,
  whatTotal,
} from "../stats/labels.js";
import type { PlanTerms } from "./headings.js";
import type { FieldChange, ImportReport } from "./index.js";

/** "households" → "tổng số hộ", "groups.poor.persons" → "số nhân khẩu hộ nghèo". */
export function fieldName(field: string, terms: PlanTerms, lang: Lang): string {
  const what = fieldWhat(field.split("."), terms);
  return lang === "vi" ? what.what : what.whatEn;
}

function fieldWhat(path: readonly string[], terms: PlanTerms): What {
  const [first, group = "", kind, breakdown = "", part = ""] = path;
  if (first === "households") return whatTotal(terms.countUnit);
  if (first === "persons") return WHAT_PERSONS;
  const name = terms.groups.find((g) => g.id === group)?.name ?? group;
  if (kind === "persons") return whatGroupPersons(name);
  if (kind === "exits") return whatExits(name, terms.countUnit);
  if (kind === "entries") return whatEntries(name, terms.countUnit);
  if (kind === "breakdowns") {
    const b = terms.breakdowns.find((x) => x.id === breakdown);
    const label = b?.parts.find((p) => p.id === part)?.label ?? part;
    return whatPart(name, b?.label ?? breakdown, label);
  }
  return whatGroup(name);
}

const TEXT = {
  head: {
    vi: "Đã đọc {file} (trang tính {sheet}): {added} đơn vị thêm mới, {changed} đơn vị có số liệu thay đổi, {unchanged} đơn vị không đổi.",
    en: "Read {file} (sheet {sheet}): {added} unit(s) added, {changed} changed, {unchanged} unchanged.",
  },
  added: {
    vi: "  + {name} (thêm mới, ô {cell}): {changes}",
    en: "  + {name} (added, cell {cell}): {changes}",
  },
  changed: { vi: "  ~ {name} (ô {cell}): {changes}", en: "  ~ {name} (cell {cell}): {changes}" },
  missing: {
    vi: "  ? {name}: không có trong tệp, giữ nguyên số liệu trong kế hoạch.",
    en: "  ? {name}: not in the file; the plan's figures are kept.",
  },
  totals: {
    vi: "  Σ Số tổng (statistics.totals): {changes}",
    en: "  Σ Totals (statistics.totals): {changes}",
  },
  columns: { vi: "Các cột đã đọc: {columns}.", en: "Columns read: {columns}." },
  new: { vi: "(mới)", en: "(new)" },
} as const;

/** "tổng số hộ 802 → 1.020"; a figure the plan did not have: "số nhân khẩu hộ nghèo 12 (mới)". */
function changeText(c: FieldChange, terms: PlanTerms, lang: Lang, markNew: boolean): string {
  const name = fieldName(c.field, terms, lang);
  const to = formatCount(c.to);
  if (c.from !== undefined) return `${name} ${formatCount(c.from)} → ${to}`;
  return markNew ? `${name} ${to} ${TEXT.new[lang]}` : `${name} ${to}`;
}

export function reportLines(report: ImportReport, terms: PlanTerms, lang: Lang): string[] {
  const count = (status: string) => report.units.filter((u) => u.status === status).length;
  const lines = [
    fill(TEXT.head[lang], {
      file: report.file,
      sheet: report.sheet,
      added: count("added"),
      changed: count("changed"),
      unchanged: count("unchanged"),
    }),
  ];
  lines.push(
    fill(TEXT.columns[lang], {
      columns: report.columns
        .map((c) => `“${c.heading}” → ${fieldName(c.field, terms, lang)}`)
        .join("; "),
    }),
  );
  const changes = (cs: readonly FieldChange[], markNew = true) =>
    cs.map((c) => changeText(c, terms, lang, markNew)).join(", ");
  for (const u of report.units) {
    if (u.status === "unchanged") continue;
    lines.push(
      fill(TEXT[u.status][lang], {
        name: u.name,
        cell: u.cell,
        changes: changes(u.changes, u.status === "changed"),
      }),
    );
  }
  for (const name of report.missing) lines.push(fill(TEXT.missing[lang], { name }));
  if (report.totals.length > 0)
    lines.push(fill(TEXT.totals[lang], { changes: changes(report.totals) }));
  return lines;
}
