// YAML text → one yaml Document with source ranges. The CST is measured before composing: the
// composer recurses once per nesting level, and a few kilobytes of "- - - - …" would otherwise take
// the process down.

import { Composer, type CST, type Document, LineCounter, Parser } from "yaml";
import type { Diagnostic } from "../diagnostics/types.js";
import { Positions } from "../yaml/positions.js";
import { specDiag } from "./diag.js";
import { MAX_DEPTH } from "./limits.js";
import { yamlDiagnostics } from "./yaml-errors.js";
import { oddSpaces } from "./yaml-lines.js";

export interface Parsed {
  doc?: Document.Parsed;
  at: Positions;
  diagnostics: Diagnostic[];
}

export function parseYaml(text: string, file: string): Parsed {
  const lines = new LineCounter();
  const at = new Positions(file, lines);
  const nested = nestedTooDeepAt(text, MAX_DEPTH);
  if (nested !== undefined) {
    countLines(text, lines); // not parsed, so counted here
    return {
      at,
      diagnostics: [specDiag("spec.yaml-too-deep", { limit: MAX_DEPTH }, at.at(nested))],
    };
  }
  const tokens = Array.from(new Parser(lines.addNewLine).parse(text));
  const deep = tooDeepAt(tokens, MAX_DEPTH);
  if (deep !== undefined) {
    return { at, diagnostics: [specDiag("spec.yaml-too-deep", { limit: MAX_DEPTH }, at.at(deep))] };
  }
  // A space pasted from Word where YAML looks for its spaces changes the plan's shape, mostly silently.
  const odd = oddSpaces(text, at);
  if (odd.length > 0) return { at, diagnostics: odd };
  const composer = new Composer({ version: "1.2", uniqueKeys: false, stringKeys: false });
  const docs = Array.from(composer.compose(tokens, true, text.length));
  const doc = docs[0];
  if (!doc) return { at, diagnostics: [] };
  const diagnostics = yamlDiagnostics([...doc.errors, ...doc.warnings], text, lines, at);
  const second = docs[1];
  if (second) {
    diagnostics.push(specDiag("spec.yaml-multiple-docs", {}, at.at(second.range[0])));
  }
  return { doc, at, diagnostics };
}

function countLines(text: string, lines: LineCounter): LineCounter {
  lines.addNewLine(0);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
  return lines;
}

/**
 * A quick look at the raw text before parsing: flow brackets "[{" opened deeper than `limit`, or a
 * line starting with more than `limit` compact indicators "- - - …". The parser is linear but slow
 * on such input (seconds for 2 MiB); no plan comes anywhere near it.
 */
export function nestedTooDeepAt(text: string, limit: number): number | undefined {
  let flow = 0;
  let lineStart = true;
  let indicators = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++flow > limit) return i;
    } else if ((c === 0x5d || c === 0x7d) && flow > 0) {
      flow--;
    }
    if (c === 0x0a) {
      lineStart = true;
      indicators = 0;
    } else if (lineStart) {
      const isIndicator = c === 0x2d || c === 0x3f || c === 0x3a; // - ? :
      const next = text.charCodeAt(i + 1);
      if (isIndicator && (next === 0x20 || next === 0x09)) {
        if (++indicators > limit) return i;
      } else if (c !== 0x20 && c !== 0x09) {
        lineStart = false;
      }
    }
  }
  return undefined;
}

/** Offset of the first collection nested deeper than `limit`, without recursion. */
function tooDeepAt(tokens: CST.Token[], limit: number): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [token, depth] = top;
    if (depth > limit) return token.offset;
    switch (token.type) {
      case "document":
        if (token.value) stack.push([token.value, depth]);
        break;
      case "block-map":
      case "block-seq":
      case "flow-collection":
        for (const item of token.items) {
          if (item.key) stack.push([item.key, depth + 1]);
          if (item.value) stack.push([item.value, depth + 1]);
        }
        break;
      default:
        break;
    }
  }
  return undefined;
}
