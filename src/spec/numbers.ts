// Numbers that YAML read one way when the official may have meant another. YAML reads `1.250` as the
// float 1.25 and keeps no trace of how it was written; the source map does (yaml-walk.ts keeps the
// yaml library's range of every node), so every number of the plan is
// looked at again here as the text it was written as. The rule is src/format/number-literal.ts's.
// This looks at every number wherever it stands (amounts, counts, targets, cells, task costs …), so a
// place added to the schema later is covered without naming it.

import type { Diagnostic, SpecPath } from "../diagnostics/types.js";
import { readingsOf, readNumberLiteral } from "../format/index.js";
import type { Positions, SrcNode } from "../yaml/positions.js";
import { fieldName, specDiag } from "./diag.js";
import { replacedIn } from "./yaml-lines.js";

/** Anchors and tags written before a scalar: "&a 1.250", "!!float 1.250". */
const PROPS = /^(?:[&!]\S*\s+)+/;

export function ambiguousNumbers(
  data: unknown,
  tree: SrcNode | undefined,
  text: string,
  at: Positions,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visit = (value: unknown, node: SrcNode | undefined, path: (string | number)[]) => {
    if (!node) return;
    if (typeof value === "number") {
      const written = text.slice(node.start, node.end).replace(PROPS, "");
      const misread = misreadNumber(written, value);
      if (misread) {
        const params = { field: fieldName(path), value: written, read: String(value) };
        out.push(specDiag(misread, params, at.value(node), [...path]));
        return;
      }
      const literal = readNumberLiteral(written);
      if (literal?.kind === "ambiguous") {
        out.push(
          specDiag(
            "spec.number-ambiguous",
            {
              ...ambiguousParams(fieldName(path), written, literal.whole, literal.decimal),
              // the whole reading's line, for the count-thousands message it may become
              ...replacedIn(text, node.start, node.end, literal.whole),
            },
            at.value(node),
            [...path],
          ),
        );
      }
      return;
    }
    if (value === null || typeof value !== "object" || !node.children) return;
    for (const [key, child] of node.children) {
      const v = Array.isArray(value)
        ? value[key as number]
        : (value as Record<string, unknown>)[key as string];
      path.push(key);
      visit(v, child, path);
      path.pop();
    }
  };
  visit(data, tree, []);
  return out;
}

/** The codes of a number that cannot be read as written: it stands alone at its place. */
const MISREAD = new Set(["spec.number-inexact", "spec.number-not-finite", "spec.number-notation"]);

/**
 * Whether YAML read a number other than the one written. A double holds about 15 significant digits:
 * 12000000000000003 is read 12000000000000004, 0.12345678901234567 is read 0.12345678901234566, and
 * 1e400 is read as infinity. Such a number would be printed and summed as something the official
 * never wrote, so it is refused here, on the source text, before anything counts with it.
 */
export function misreadNumber(written: string, value: number): string | undefined {
  if (!Number.isFinite(value)) return "spec.number-not-finite";
  // 0x1F, 0o17 (and 0017 or 1:20 under a %YAML 1.1 directive): a programmer's notation, read as
  // another number than an official would read it
  if (/^[-+]?0[xob]/i.test(written) || /:/.test(written)) return "spec.number-notation";
  const a = decimalOf(written);
  if (!a) return undefined; // a form this check does not know: the schema judges the value
  const b = decimalOf(String(value));
  if (b && a.digits === b.digits && a.exp === b.exp) return undefined;
  return /^[-+]?0\d/.test(written) ? "spec.number-notation" : "spec.number-inexact";
}

/** "1.50e3" → digits "15", exp 2 (value = digits × 10^exp), without leading or trailing zeros. */
function decimalOf(s: string): { digits: string; exp: number } | undefined {
  const m = /^[-+]?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(s.trim());
  if (!m || (m[1] === "" && (m[2] ?? "") === "")) return undefined;
  const [, int = "", frac = "", e = "0"] = m;
  let digits = `${int}${frac}`.replace(/^0+/, "");
  let exp = Number(e) - frac.length;
  const trailing = /0*$/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(0, digits.length - trailing);
  exp += trailing;
  return digits === "" ? { digits: "0", exp: 0 } : { digits, exp };
}

export function ambiguousParams(field: string, value: string, whole: string, decimal: string) {
  return { field, value, sep: /,/.test(value) ? "," : ".", ...readingsOf(whole, decimal) };
}

/** Where a whole number is wanted, an ambiguous literal has one reading: thousands. */
export function countParams(field: string, value: string, whole: string) {
  const r = readingsOf(whole, whole);
  return {
    field,
    value,
    whole,
    whole_vi: r.whole_vi,
    whole_en: r.whole_en,
    words_vi: r.words_vi,
    words_en: r.words_en,
  };
}

/**
 * The schema's diagnostics and this module's, as one: an ambiguous literal where a whole number is
 * wanted ("households: 2.991", read 2.991, "not a whole number") has only the thousands reading, said
 * once; where the schema already refuses the value for another reason (a range, a type), its
 * message stands alone.
 */
export function mergeNumberDiagnostics(
  schema: readonly Diagnostic[],
  numbers: readonly Diagnostic[],
): Diagnostic[] {
  const key = (p: SpecPath | undefined) => JSON.stringify(p ?? []);
  const byPath = new Map(numbers.map((d) => [key(d.path), d]));
  const refused = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of schema) {
    const n = byPath.get(key(d.path));
    // a number misread by YAML: the schema's judgement of the misread value would only confuse
    if (n && MISREAD.has(n.code)) continue;
    if (n && d.code === "spec.not-integer" && d.pos) {
      const p = n.params;
      out.push(
        specDiag(
          "spec.count-thousands",
          {
            ...countParams(String(p.field), String(p.value), String(p.whole)),
            fixed: String(p.fixed),
            fixedLine: String(p.fixedLine),
          },
          d.pos,
          d.path,
        ),
      );
      refused.add(key(d.path));
      continue;
    }
    if (n && d.severity === "error") refused.add(key(d.path));
    out.push(d);
  }
  return [...out, ...numbers.filter((d) => !refused.has(key(d.path)))];
}
