// Rules the schema cannot say: a full date must exist on the calendar, a period must run forwards,
// a unit is listed once.
// They look only at values of the right shape, so they can run beside the schema's own errors.

import { loadAdministration } from "../data/administration.js";
import type { Diagnostic, SpecPath } from "../diagnostics/types.js";
import { findNode, type Positions, type SrcNode } from "../yaml/positions.js";
import { specDiag } from "./diag.js";
import { eraChecks } from "./era-checks.js";
import { signatureChecks } from "./signature-checks.js";
import { tableSizeChecks } from "./table-grid.js";

export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return true; // partial dates and wrong shapes are the schema's business
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return true; // also the schema's
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return d <= (days ?? 31);
}

export function semanticChecks(
  data: unknown,
  tree: SrcNode | undefined,
  at: Positions,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const pos = (path: SpecPath) => {
    const node = findNode(tree, path);
    return node ? at.value(node) : at.at(0);
  };
  const doc = get(data, "document");
  const dates: SpecPath[] = [["document", "date"]];
  for (const list of ["legal_bases", "implements"]) {
    const refs = get(doc, list);
    if (!Array.isArray(refs)) continue;
    for (let i = 0; i < refs.length; i++) dates.push(["document", list, i, "date"]);
  }
  for (const path of dates) {
    const v = getPath(data, path);
    if (typeof v === "string" && !isRealDate(v)) {
      out.push(specDiag("spec.date-invalid", { value: v }, pos(path), path));
    }
  }
  const period = get(doc, "period");
  const from = get(period, "from");
  const to = get(period, "to");
  if (typeof from === "number" && typeof to === "number" && from > to) {
    const path = ["document", "period"];
    out.push(specDiag("spec.period-order", { from, to }, pos(path), path));
  }
  out.push(...duplicateUnits(data, tree, at));
  out.push(...signatureChecks(get(data, "signature"), pos));
  out.push(...eraChecks(doc, loadAdministration(), pos));
  out.push(...tableSizeChecks(data, pos));
  return out;
}

/**
 * Two rows of one unit in statistics.units is never what was meant (one is a copy left behind, or a
 * misspelt other unit): an error at the second, naming where the first is. Names are compared as an
 * official reads them: case and runs of spaces aside.
 */
function duplicateUnits(data: unknown, tree: SrcNode | undefined, at: Positions): Diagnostic[] {
  const units = get(get(data, "statistics"), "units");
  if (!Array.isArray(units)) return [];
  const out: Diagnostic[] = [];
  const first = new Map<string, number>();
  units.forEach((unit, i) => {
    const name = get(unit, "name");
    if (typeof name !== "string" || name.trim() === "") return;
    const same = name.trim().replace(/\s+/gu, " ").toLocaleLowerCase("vi");
    const before = first.get(same);
    if (before === undefined) {
      first.set(same, i);
      return;
    }
    const path = ["statistics", "units", i, "name"];
    const here = findNode(tree, path);
    const there = findNode(tree, ["statistics", "units", before, "name"]);
    if (!here || !there) return;
    const a = at.value(there);
    out.push(
      specDiag(
        "spec.duplicate-unit",
        { unit: name, file: a.file, firstLine: a.line, firstCol: a.col },
        at.value(here),
        path,
      ),
    );
  });
  return out;
}

function get(v: unknown, key: string | number): unknown {
  if (v === null || typeof v !== "object") return undefined;
  return Object.hasOwn(v, key) ? (v as Record<string | number, unknown>)[key] : undefined;
}

function getPath(v: unknown, path: SpecPath): unknown {
  return path.reduce<unknown>((cur, seg) => get(cur, seg), v);
}
