// The yaml package's errors and warnings, as spec diagnostics with a Vietnamese explanation.
// The usual mistakes of people new to YAML get their own message: a value starting with "*" (bold or
// italic markup read as an alias), a value with ": " inside, a missing space after a key's colon.

import type { LineCounter, YAMLError } from "yaml";
import type { Diagnostic } from "../diagnostics/types.js";
import type { Positions } from "../yaml/positions.js";
import { specDiag } from "./diag.js";
import { MAX_DEPTH } from "./limits.js";
import {
  fixParams,
  indentProblem,
  lineAt,
  quotedFrom,
  quoteYaml,
  sourceLines,
} from "./yaml-lines.js";

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
  const explained = first ? explain(first, text, lines, at) : undefined;
  return [
    ...(explained ? [explained] : first ? [yamlErrorDiag(first, text, lines, at)] : []),
    ...warnings.map((e) => yamlErrorDiag(e, text, lines, at)),
  ];
}

/** What the official did wrong, when it is not what the yaml library says: a line's indentation, Word's quotes. */
function explain(
  e: YAMLError,
  text: string,
  lines: LineCounter,
  at: Positions,
): Diagnostic | undefined {
  const line = lines.linePos(e.pos[0]).line;
  const tab = tabIndent(text, at, line);
  if (tab) return tab;
  const indent = indentProblem(text, at, line);
  if (indent) return indent;
  return curlyQuotes(lineAt(text, e.pos[0]), at);
}

/**
 * A tab in the indentation of the failing line or the one above it (alone, or mixed with spaces):
 * the fix indents it with spaces like the line above, or two more when that line opens a level.
 */
function tabIndent(text: string, at: Positions, line: number): Diagnostic | undefined {
  const all = sourceLines(text);
  const hit = [all[line - 1], all[line - 2]].find((l) => l && /^ *\t[ \t]*/.test(l.text));
  if (!hit) return undefined;
  const above = all
    .slice(0, hit.line - 1)
    .reverse()
    .find((l) => l.text.trim() !== "" && !l.text.trimStart().startsWith("#"));
  const base = above ? (/^ */.exec(above.text)?.[0].length ?? 0) : 0;
  const want = above && /:\s*$/.test(above.text) ? base + 2 : base;
  const fixedLine = " ".repeat(want) + hit.text.replace(/^[ \t]*/, "");
  const tabAt = hit.start + hit.text.indexOf("\t");
  return specDiag("spec.yaml-tab", fixParams(fixedLine), at.at(tabAt, tabAt + 1));
}

/** “…” or ‘…’ from Word where YAML wants "…": a value starting with a curly quote. */
function curlyQuotes(l: { start: number; text: string }, at: Positions): Diagnostic | undefined {
  const m = /^(\s*(?:-\s+)*(?:[^\s#"'{[][^#]*?:\s+)?(?:-\s+)*)([\u201c\u2018\u201e])(.*)$/.exec(
    l.text,
  );
  if (!m) return undefined;
  const [, prefix = "", , rest = ""] = m;
  const inner = rest.replace(/[\u201d\u2019\u201c]\s*$/, "");
  const offset = l.start + prefix.length;
  return specDiag(
    "spec.yaml-curly-quotes",
    fixParams(prefix + quoteYaml(inner)),
    at.at(offset, offset + 1),
  );
}

function yamlErrorDiag(e: YAMLError, text: string, lines: LineCounter, at: Positions): Diagnostic {
  const pos = at.at(e.pos[0], e.pos[1]);
  const detail = firstLine(e.message);
  if (e.name === "YAMLWarning") {
    const tag = /^Unresolved tag: (.*)$/.exec(detail)?.[1];
    return tag !== undefined
      ? specDiag("spec.yaml-tag", { tag }, pos, undefined, "warning")
      : specDiag("spec.yaml-warning", { ...what(e.code), yaml: e.code }, pos, undefined, "warning");
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
    // quote the value, from where the yaml library found it to the end of its line
    return specDiag("spec.yaml-colon-in-value", quotedFrom(text, e.pos[0]), pos);
  }
  const code = CODES[e.code] ?? "spec.yaml-syntax";
  if (code === "spec.yaml-alias-unknown") {
    const alias = /: (\S+)$/.exec(detail)?.[1] ?? "";
    if (alias) return specDiag(code, { alias, ...quotedFrom(text, e.pos[0]) }, pos);
  }
  if (code === "spec.yaml-too-deep") return specDiag(code, { limit: MAX_DEPTH }, pos);
  return specDiag(code, { ...what(e.code), yaml: e.code }, pos);
}

/**
 * What went wrong, in the official's words, by the yaml library's error code: its own English
 * sentence never reaches the official.
 */
const WHAT: Partial<Record<YAMLError["code"], [string, string]>> = {
  BAD_INDENT: ["các dòng cùng cấp không thẳng cột với nhau", "lines of one level do not line up"],
  MISSING_CHAR: [
    "thiếu dấu đóng ngoặc, dấu ngoặc kép, dấu “- ” hoặc dấu hai chấm",
    "a closing bracket or quote, a “- ” or a colon is missing",
  ],
  BAD_DQ_ESCAPE: [
    "trong ngoặc kép, dấu \\ phải đi với một ký tự đặc biệt; muốn ghi chính dấu \\ thì ghi \\\\",
    "inside double quotes a \\ starts an escape; write \\\\ for the backslash itself",
  ],
  BAD_SCALAR_START: [
    "giá trị bắt đầu bằng một ký tự có nghĩa riêng trong YAML",
    "the value starts with a character YAML reserves",
  ],
  BLOCK_AS_IMPLICIT_KEY: [
    "một dòng bị hiểu là khóa mới ở chỗ không được có khóa",
    "a line is read as a new key where none may stand",
  ],
  BLOCK_IN_FLOW: [
    "trong cặp ngoặc [ ] hoặc { } không được xuống dòng kiểu “- ” hay “khóa:”",
    "inside [ ] or { } the “- ” and “key:” lines are not allowed",
  ],
  UNEXPECTED_TOKEN: [
    "có ký tự không đúng chỗ (thường là dấu ngoặc, dấu phẩy hoặc dấu hai chấm thừa)",
    "a character stands where it cannot (often an extra bracket, comma or colon)",
  ],
  MULTIPLE_ANCHORS: ["một giá trị có hai neo &", "a value has two anchors &"],
  MULTIPLE_TAGS: ["một giá trị có hai thẻ !", "a value has two tags !"],
  BAD_PROP_ORDER: ["neo & hoặc thẻ ! đặt sai chỗ", "an anchor & or tag ! is misplaced"],
  ALIAS_PROPS: [
    "bí danh * không được có neo & hay thẻ !",
    "an alias * cannot have an anchor or tag",
  ],
  KEY_OVER_1024_CHARS: ["khóa dài quá 1024 ký tự", "a key is longer than 1024 characters"],
  BAD_DIRECTIVE: ["dòng bắt đầu bằng % không hợp lệ", "a line starting with % is not valid"],
  NON_STRING_KEY: ["khóa phải là một từ", "a key must be a word"],
  TAG_RESOLVE_FAILED: ["giá trị không khớp với thẻ ! của nó", "the value does not fit its tag !"],
  BAD_COLLECTION_TYPE: [
    "thẻ ! không dùng được cho nhóm này",
    "the tag ! does not fit this collection",
  ],
  DUPLICATE_KEY: ["khóa bị lặp lại", "a key appears twice"],
};

function what(code: YAMLError["code"]): { what_vi: string; what_en: string } {
  const [vi, en] = WHAT[code] ?? ["tệp không đúng cú pháp YAML", "the file is not valid YAML"];
  return { what_vi: vi, what_en: en };
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
  const source = text.slice(start, end < 0 ? text.length : end).replace(/\r$/, "");
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
  const prefix = m[1] ?? "";
  const offset = start + prefix.length;
  const fix = fixParams(prefix + quoteYaml(source.slice(prefix.length).trim()));
  return specDiag("spec.yaml-needs-quotes", { char, ...fix }, at.at(offset, offset + 1));
}

function firstLine(message: string): string {
  const line = message.split("\n", 1)[0] ?? "";
  return line.replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
}
