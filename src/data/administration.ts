// Eras of the local administration are data (data/administration.yaml): the two-tier state of
// 1 July 2025 abolished the district level, and a later reform is one more entry, not new code.
// A malformed file is the developer's mistake, not the official's, so it throws.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDataYaml } from "../yaml/data.js";
import { fail, record, text, texts } from "./checks.js";

export interface AdministrationEra {
  id: string;
  /** ISO date the era starts: "2025-07-01". */
  from: string;
  /** "chính quyền địa phương hai cấp (cấp tỉnh và cấp xã)" */
  name: string;
  basis: string;
  /** document.unit_kind values that no longer exist from `from` on. */
  abolishedUnitKinds: string[];
  /** The same levels as words of a body's name ("huyện", "thị xã"). */
  abolishedInNames: string[];
}

/** data/administration.yaml of the package: src/data/ under vitest and dist/data/ sit at the same depth. */
export const ADMINISTRATION_FILE = fileURLToPath(
  new URL("../../data/administration.yaml", import.meta.url),
);

const cache = new Map<string, readonly AdministrationEra[]>();

export function loadAdministration(
  file: string = ADMINISTRATION_FILE,
): readonly AdministrationEra[] {
  const hit = cache.get(file);
  if (hit) return hit;
  const eras = parseAdministration(parseDataYaml(readFileSync(file, "utf8")), file);
  cache.set(file, eras);
  return eras;
}

export function parseAdministration(raw: unknown, where: string): AdministrationEra[] {
  const doc = record(raw, where, "the file");
  if (!Array.isArray(doc.eras)) fail(where, "eras must be a list");
  return doc.eras.map((e: unknown, i: number): AdministrationEra => {
    const at = `eras[${i}]`;
    const era = record(e, where, at);
    const from = text(era.from, where, `${at}.from`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) fail(where, `${at}.from must be a date YYYY-MM-DD`);
    return {
      id: text(era.id, where, `${at}.id`),
      from,
      name: text(era.name, where, `${at}.name`),
      basis: text(era.basis, where, `${at}.basis`),
      abolishedUnitKinds: texts(era.abolished_unit_kinds, where, `${at}.abolished_unit_kinds`),
      abolishedInNames: texts(era.abolished_in_names ?? [], where, `${at}.abolished_in_names`),
    };
  });
}
