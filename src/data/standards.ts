// Poverty standards are data (data/standards/*.yaml): a new decree is a new file, not new code.
// A malformed file is the developer's mistake, not the official's, so it throws instead of
// returning diagnostics.

import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Dimension, Indicator, PovertyStandard } from "../stats/types.js";
import { parseDataYaml } from "../yaml/data.js";
import { allowKeys, fail, ident, int, record, text } from "./checks.js";

export type StandardRegistry = ReadonlyMap<string, PovertyStandard>;

/** data/standards of the package: src/data/ under vitest and dist/data/ after tsc sit at the same depth. */
export const STANDARDS_DIR = fileURLToPath(new URL("../../data/standards/", import.meta.url));

const cache = new Map<string, StandardRegistry>();

export function loadStandards(dir: string = STANDARDS_DIR): StandardRegistry {
  const key = resolve(dir);
  const hit = cache.get(key);
  if (hit) return hit;
  const registry = new Map<string, PovertyStandard>();
  const files = readdirSync(key)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort();
  for (const file of files) {
    const path = join(key, file);
    const standard = parseStandard(parseDataYaml(readFileSync(path, "utf8")), path);
    const fileId = basename(file).replace(/\.ya?ml$/, "");
    if (standard.id !== fileId) fail(path, `id "${standard.id}" differs from the file name`);
    registry.set(standard.id, standard);
  }
  cache.set(key, registry);
  return registry;
}

/** Checks one parsed standard file and converts it to the camelCase PovertyStandard. */
export function parseStandard(raw: unknown, where: string): PovertyStandard {
  const doc = record(raw, where, "the file");
  allowKeys(doc, where, "the file", [
    "id",
    "name",
    "title",
    "period",
    "thresholds",
    "poor_min_deprivations",
    "dimensions",
  ]);
  const period = record(doc.period, where, "period");
  const thresholds = record(doc.thresholds, where, "thresholds");
  const from = int(period.from, where, "period.from");
  const to = int(period.to, where, "period.to");
  if (to < from) fail(where, "period.to is before period.from");

  const dimensions: Dimension[] = [];
  const indicators: Indicator[] = [];
  const rawDims = doc.dimensions;
  if (!Array.isArray(rawDims) || rawDims.length === 0) fail(where, "dimensions must be a list");
  rawDims.forEach((d: unknown, i: number) => {
    const at = `dimensions[${i}]`;
    const dim = record(d, where, at);
    allowKeys(dim, where, at, ["id", "name", "indicators"]);
    const id = ident(dim.id, where, `${at}.id`);
    if (dimensions.some((x) => x.id === id)) fail(where, `duplicate dimension id "${id}"`);
    dimensions.push({ id, name: text(dim.name, where, `${at}.name`) });
    const rawInds = dim.indicators;
    if (!Array.isArray(rawInds) || rawInds.length === 0) {
      fail(where, `${at}.indicators must be a list`);
    }
    rawInds.forEach((x: unknown, j: number) => {
      const iat = `${at}.indicators[${j}]`;
      const ind = record(x, where, iat);
      allowKeys(ind, where, iat, ["id", "name"]);
      const iid = ident(ind.id, where, `${iat}.id`);
      if (indicators.some((y) => y.id === iid)) fail(where, `duplicate indicator id "${iid}"`);
      indicators.push({ id: iid, name: text(ind.name, where, `${iat}.name`), dimension: id });
    });
  });

  return {
    id: ident(doc.id, where, "id"),
    name: text(doc.name, where, "name"),
    title: text(doc.title, where, "title"),
    period: { from, to },
    thresholds: {
      rural: int(thresholds.rural, where, "thresholds.rural"),
      urban: int(thresholds.urban, where, "thresholds.urban"),
    },
    poorMinDeprivations: int(doc.poor_min_deprivations, where, "poor_min_deprivations"),
    dimensions,
    indicators,
  };
}

/** Forget the loaded standards: the preview server calls it when a data file changes. */
export function clearStandardsCache(): void {
  cache.clear();
}

/**
 * The standard in force in a year: the one whose period holds it, else the newest that began before
 * it (a year past every period keeps the last standard until a new decree's file is added).
 */
export function standardFor(year: number, registry: StandardRegistry): PovertyStandard | undefined {
  const all = [...registry.values()].sort((a, b) => a.period.from - b.period.from);
  return (
    all.find((s) => s.period.from <= year && year <= s.period.to) ??
    all.filter((s) => s.period.from <= year).pop() ??
    all[0]
  );
}
