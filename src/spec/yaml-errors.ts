// The yaml package's errors and warnings, as spec diagnostics with a Vietnamese explanation.
// The usual mistakes of people new to YAML get their own message: a value starting with "*" (bold or
// italic markup read as an alias), a value with ": " inside, a missing space after a key's colon.

import type { LineCounter, YAMLError } from "yaml";
import type { Diagnostic } from "../diagnostics/types.js";
import type { Positions } from "../yaml/positions.js";
import { specDiag } from "./diag.js";
import { MAX_DEPTH } from "./limits.js";

const CODES: Partial<Record<YAMLError["code"], string>> = {
  TAB_AS_INDENT: "spec.yaml-tab",
  BAD_INDENT: "spec.yaml-indent",
  MISSING_CHAR: "spec.yaml-unclosed",
  MULTIPLE_DOCS: "spec.yaml-multiple-docs",
  RESOURCE_EXHAUSTION: "spec.yaml-too-deep",
  BAD_ALIAS: "spec.yaml-alias-unknown",
};

/** A plain value (after "key: " or "- ") starting with a character YAML reserves. */
const RESERVED_START = /^(\s*(?:-\s+)*(?:[^\s#"'{[][^#]*?:\s+)?(?:-\s+)*)([*&!@`%|>])/;

export function yamlDiagnostics(
  errors: readonly YAMLError[],
  text: string,
  lines: LineCounter,
  at: Positions,
): Diagnostic[] {
  // Only the first syntax error: the parser, once lost, reports the following lines as broken too.
  const first = errors
    .filter((e) => e.name === "YAMLParseError")
    .reduce<YAMLError | undefined>((a, e) => (a && a.pos[0] <= e.pos[0] ? a : e), undefined);
  const warnings = errors.filter((e) => e.name === "YAMLWarning");
  return [...(first ? [first] : []), ...warnings].map((e) => yamlErrorDiag(e, text, lines, at));
}

function yamlErrorDiag(e: YAMLError, text: string, lines: LineCounter, at: Positions): Diagnostic {
  const pos = at.at(e.pos[0], e.pos[1]);
  const detail = firstLine(e.message);
  if (e.name === "YAMLWarning") {
    const tag = /^Unresolved tag: (.*)$/.exec(detail)?.[1];
    return tag !== undefined
      ? specDiag("spec.yaml-tag", { tag }, pos, undefined, "warning")
      : specDiag("spec.yaml-warning", { detail }, pos, undefined, "warning");
  }
  const quoted = needsQuotes(text, lines, pos.line, at);
  if (quoted && e.code !== "TAB_AS_INDENT") return quoted;
  if (
    e.code === "MULTILINE_IMPLICIT_KEY" ||
    detail.startsWith("Implicit map keys need to be followed by map values")
  ) {
    return specDiag("spec.yaml-missing-colon", {}, pos);
  }
  if (detail.startsWith("Nested mappings are not allowed in compact mappings")) {
    return specDiag("spec.yaml-colon-in-value", {}, pos);
  }
  const code = CODES[e.code] ?? "spec.yaml-syntax";
  if (code === "spec.yaml-alias-unknown") {
    const alias = /: (\S+)$/.exec(detail)?.[1] ?? "";
    return alias ? specDiag(code, { alias }, pos) : specDiag("spec.yaml-syntax", { detail }, pos);
  }
  if (code === "spec.yaml-too-deep") return specDiag(code, { limit: MAX_DEPTH }, pos);
  return specDiag(code, { detail, yaml: e.code }, pos);
}

function needsQuotes(
  text: string,
  lines: LineCounter,
  line: number,
  at: Positions,
): Diagnostic | undefined {
  const start = lines.lineStarts[line - 1];
  if (start === undefined) return undefined;
  const end = text.indexOf("\n", start);
  const source = text.slice(start, end < 0 ? text.length : end);
  const m = RESERVED_START.exec(source);
  const char = m?.[2];
  if (!m || !char) return undefined;
  // "key: |" and "key: >" start block texts; they are fine on their own.
  if (
    (char === "|" || char === ">") &&
    /^[|>][-+0-9]*\s*(#.*)?$/.test(source.slice(m[1]?.length))
  ) {
    return undefined;
  }
  const offset = start + (m[1]?.length ?? 0);
  return specDiag("spec.yaml-needs-quotes", { char }, at.at(offset, offset + 1));
}

function firstLine(message: string): string {
  const line = message.split("\n", 1)[0] ?? "";
  return line.replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
}
