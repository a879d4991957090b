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
