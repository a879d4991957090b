// A plan dated in an era of the administration must not name a level that era abolished: from
// 1 July 2025 there is no district level (data/administration.yaml says which kinds and since when).

import type { AdministrationEra } from "../data/administration.js";
import type { Diagnostic, SourcePos, SpecPath } from "../diagnostics/types.js";
import { formatShortDate, isoDate, parseSpecDate } from "../format/date.js";
import { specDiag } from "./diag.js";

/** The first day a spec date names: "2025-07-01", "2025-07" → 2025-07-01, 2025 → 2025-01-01. */
function firstDay(date: unknown): string | undefined {
  if (typeof date === "number" && Number.isInteger(date)) return isoDate({ year: date });
  if (typeof date !== "string" || !/^\d{4}(-\d{2}){0,2}$/.test(date.trim())) return undefined;
  return isoDate(parseSpecDate(date.trim()));
}

/** `word` standing as a word of `name` (letters around it would make it part of another word). */
function namesWord(name: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
  return new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])`, "iu").test(
    name.normalize("NFC"),
  );
}

export function eraChecks(
  doc: unknown,
  eras: readonly AdministrationEra[],
  pos: (path: SpecPath) => SourcePos,
): Diagnostic[] {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) return [];
  const d = doc as Record<string, unknown>;
  const day = firstDay(d.date);
  if (!day) return [];
  const out: Diagnostic[] = [];
  for (const era of eras) {
    if (day < era.from) continue;
    const params = {
      from: formatShortDate(parseSpecDate(era.from)),
      era: era.name,
      basis: era.basis,
    };
    const kind = d.unit_kind;
    if (typeof kind === "string" && era.abolishedUnitKinds.includes(kind)) {
      const path = ["document", "unit_kind"];
      out.push(
        specDiag("spec.unit-kind-abolished", { ...params, kind }, pos(path), path, "warning"),
      );
    }
    for (const key of ["issuing_body", "parent_body"]) {
      const name = d[key];
      if (typeof name !== "string") continue;
      const word = era.abolishedInNames.find((w) => namesWord(name, w));
      if (word === undefined) continue;
      const path = ["document", key];
      out.push(
        specDiag(
          "spec.body-level-abolished",
          { ...params, level: word, name: name.replace(/\s+/g, " ").trim() },
          pos(path),
          path,
          "warning",
        ),
      );
    }
  }
  return out;
}
