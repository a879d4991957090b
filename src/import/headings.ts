// What each column of an official's table holds, from its headings as officials write them, with or
// without accents, in any case, over one row or several ("Hộ nghèo" spanning "Số hộ | Số khẩu").
// A column becomes a field of a unit's statistics, named by its path in the plan:
// ["households"], ["groups", "poor", "persons"], ["groups", "poor", "breakdowns", "b", "part"].

import { fold } from "./counts.js";

export type FieldPath = readonly string[];

/** What the plan declares that headings can name. */
export interface PlanTerms {
  groups: readonly { id: string; name: string }[];
  breakdowns: readonly {
    id: string;
    group: string;
    label?: string;
    parts: readonly { id: string; label: string }[];
  }[];
  unitLabel?: string;
  baselineYear?: number;
  countUnit: string;
}

export type ColumnKind =
  | { kind: "name" }
  | { kind: "field"; path: FieldPath }
  /** the row number ("TT"): nothing to read */
  | { kind: "skip" }
  /** a rate or an end-of-period count: kehoach computes it */
  | { kind: "computed" }
  | { kind: "unknown" };

/** Headings of the unit-name column, folded. */
const NAME_HEADINGS = new Set([
  "ten don vi",
  "don vi",
  "ten",
  "ten thon",
  "thon",
  "ten to dan pho",
  "to dan pho",
  "thon to dan pho",
  "thon khu pho",
  "khu pho",
  "ten xa",
  "xa",
  "xa phuong",
  "xa phuong thi tran",
  "xa phuong dac khu",
  "phuong",
  "dia ban",
  "ten dia ban",
  "ap",
  "ban",
  "lang",
  "xom",
  "don vi hanh chinh",
  "thon to",
  "thon xom",
  "thon ban",
  "thon ap",
  "thon to dan pho khu pho",
  "khu dan cu",
  "to dan pho khu pho",
]);

const ROW_NUMBER = new Set(["tt", "stt", "so tt", "so thu tu"]);

/** "Tên đơn vị", "Thôn", "Tên thôn, tổ dân phố", the plan's unit label ("tổ dân phố") … */
export function isNameHeading(folded: string, terms: PlanTerms): boolean {
  const bare = folded.replace(/^ten /, "");
  if (NAME_HEADINGS.has(folded) || NAME_HEADINGS.has(bare)) return true;
  const label = terms.unitLabel ? fold(terms.unitLabel) : undefined;
  return label !== undefined && bare === label;
}

const has = (text: string, words: string): boolean => ` ${text} `.includes(` ${words} `);

/**
 * A column from its headings, top to bottom, folded. The official's own mapping (--map) has been
 * looked up before: this is the automatic reading.
 */
export function classify(parts: readonly string[], terms: PlanTerms): ColumnKind {
  if (parts.length === 0) return { kind: "unknown" };
  if (parts.some((p) => ROW_NUMBER.has(p))) return { kind: "skip" };
  if (parts.some((p) => isNameHeading(p, terms))) return { kind: "name" };
  if (parts.some((p) => has(p, "ty le") || p.includes("%"))) return { kind: "computed" };
  for (const b of terms.breakdowns) {
    for (const part of b.parts) {
      const label = fold(part.label);
      if (parts.some((p) => p === label || p === fold(part.id))) {
        return { kind: "field", path: ["groups", b.group, "breakdowns", b.id, part.id] };
      }
    }
  }
  const all = parts.join(" ");
  const group = groupOf(parts, terms);
  const persons = has(all, "khau") || has(all, "nhan khau");
  if (group === undefined) {
    if (persons) return { kind: "field", path: ["persons"] };
    const unit = fold(terms.countUnit);
    if (has(all, unit) || has(all, "ho")) return { kind: "field", path: ["households"] };
    return { kind: "unknown" };
  }
  const year = terms.baselineYear;
  const baseline =
    has(all, "phe duyet") ||
    has(all, "dau ky") ||
    has(all, "dau nam") ||
    (year !== undefined && has(all, `nam ${year}`) && !has(all, "thoat"));
  const exits = has(all, "thoat") || has(all, "ra khoi") || has(all, "giam");
  const entries = has(all, "phat sinh") || has(all, "tang them") || has(all, "moi");
  const end = !baseline && (has(all, "cuoi ky") || has(all, "cuoi nam") || has(all, "thuc te"));
  const what = exits ? "exits" : entries ? "entries" : end ? "end" : "households";
  if (what === "end") return { kind: "computed" };
  if (persons) return what === "households" ? field(group, "persons") : { kind: "unknown" };
  return field(group, what);
}

function field(group: string, what: string): ColumnKind {
  return { kind: "field", path: ["groups", group, what] };
}

/**
 * The group a column is about: the topmost heading naming one, the longest name winning ("cận
 * nghèo" over "nghèo"). Names are compared without their leading "hộ": "Khẩu cận nghèo".
 */
function groupOf(parts: readonly string[], terms: PlanTerms): string | undefined {
  const cores = terms.groups.map((g) => {
    const name = fold(g.name);
    return { id: g.id, names: [name, name.replace(/^ho /, "")], idWords: fold(g.id) };
  });
  for (const p of parts) {
    let best: { id: string; length: number } | undefined;
    for (const g of cores) {
      for (const n of [...g.names, g.idWords]) {
        if (n !== "" && has(p, n) && (best === undefined || n.length > best.length)) {
          best = { id: g.id, length: n.length };
        }
      }
    }
    if (best) return best.id;
  }
  return undefined;
}

/**
 * The official's mapping, "Heading=field,Other heading=field": field is name, households, persons,
 * GROUP.households|persons|exits|entries, BREAKDOWN.PART, or skip. Returns the folded heading →
 * column kind, or the entries it could not read.
 */
export function parseMap(
  text: string,
  terms: PlanTerms,
): { map: Map<string, ColumnKind>; bad: string[] } {
  const map = new Map<string, ColumnKind>();
  const bad: string[] = [];
  for (const entry of text.split(/,(?=[^,]*=)/)) {
    const at = entry.lastIndexOf("=");
    const heading = fold(entry.slice(0, at));
    const target = entry.slice(at + 1).trim();
    const kind = at < 0 || heading === "" ? undefined : mappedKind(target, terms);
    if (kind === undefined) bad.push(entry.trim());
    else map.set(heading, kind);
  }
  return { map, bad };
}

function mappedKind(target: string, terms: PlanTerms): ColumnKind | undefined {
  if (target === "name") return { kind: "name" };
  if (target === "skip") return { kind: "skip" };
  if (target === "households" || target === "persons") return { kind: "field", path: [target] };
  const [a, b, ...rest] = target.split(".");
  if (a === undefined || b === undefined || rest.length > 0) return undefined;
  if (
    terms.groups.some((g) => g.id === a) &&
    ["households", "persons", "exits", "entries"].includes(b)
  ) {
    return field(a, b);
  }
  const breakdown = terms.breakdowns.find((x) => x.id === a);
  if (breakdown?.parts.some((p) => p.id === b)) {
    return { kind: "field", path: ["groups", breakdown.group, "breakdowns", a, b] };
  }
  return undefined;
}
