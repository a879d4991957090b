// The plan's text read line by line, for the mistakes the yaml library reports far from where they
// are, in words an official does not know, or not at all: a non-breaking space pasted from Word used
// as indentation or after "key:" or "-", and a line indented too little or too much. Each diagnostic
// carries the line as it should be written (`fixed`, shown; `fixedLine`, the whole line with its
// indentation), so the official sees the fix itself.

import type { Diagnostic } from "../diagnostics/types.js";
import type { Positions } from "../yaml/positions.js";
import { specDiag } from "./diag.js";

/** Characters that look like a space but are not one to YAML (pasted from Word, Zalo, web pages). */
const ODD = "\\u00a0\\u1680\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff";
const ODD_SPACE = new RegExp(`[${ODD}]`);
const ODD_SPACES = new RegExp(`[${ODD}]`, "g");
const LEAD = new RegExp(`^[ \\t${ODD}]*`);
/** "- ", "- - ", then an optional "key:" (a word of the schema's kind). */
const DASHES_KEY = new RegExp(`^((?:-[ ${ODD}]+)*)([A-Za-z_][\\w-]*:)?`);
const BLANKS = new RegExp(`^[\\s${ODD}]+`);
/** The zero-width ones: not even a column on screen. */
const ZERO_WIDTH = /[\u200b\ufeff]/g;
const ODD_SPACE_NAMES: Record<string, string> = {
  "\u00a0": "NBSP",
  "\u202f": "NNBSP",
  "\u3000": "IDEOGRAPHIC SPACE",
  "\u200b": "ZERO WIDTH SPACE",
  "\ufeff": "ZERO WIDTH NO-BREAK SPACE",
};

export interface SourceLine {
  /** 1-based */
  line: number;
  /** Offset of the line's first character in the text. */
  start: number;
  text: string;
}

export function sourceLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let start = 0;
  let line = 1;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    out.push({ line, start, text: text.slice(start, end).replace(/\r$/, "") });
    if (nl < 0) return out;
    start = nl + 1;
    line++;
  }
}

/** The line of the text that holds `offset`: its start and text (costs the line's length only). */
export function lineAt(text: string, offset: number): { start: number; text: string } {
  const start = offset <= 0 ? 0 : text.lastIndexOf("\n", offset - 1) + 1;
  const nl = text.indexOf("\n", start);
  return { start, text: text.slice(start, nl < 0 ? text.length : nl).replace(/\r$/, "") };
}

/** Params naming a corrected line: `fixed` as shown in a hint, `fixedLine` with its indentation. */
export function fixParams(fixedLine: string): { fixed: string; fixedLine: string } {
  return { fixed: fixedLine.trim(), fixedLine };
}

/** The line holding `start`, with the text from `start` to `end` (on that line) replaced. */
export function replacedIn(
  text: string,
  start: number,
  end: number,
  replacement: string,
): { fixed: string; fixedLine: string } {
  const l = lineAt(text, start);
  const from = start - l.start;
  const to = Math.min(end - l.start, l.text.length);
  return fixParams(l.text.slice(0, from) + replacement + l.text.slice(Math.max(from, to)));
}

/** The line holding `offset`, with everything from `offset` to the end of the line put in quotes. */
export function quotedFrom(text: string, offset: number): { fixed: string; fixedLine: string } {
  const l = lineAt(text, offset);
  const prefix = l.text.slice(0, offset - l.start);
  return fixParams(prefix + quoteYaml(l.text.slice(offset - l.start).trim()));
}

/** A text as a YAML quoted scalar: double quotes, or single quotes when it holds " or \. */
export function quoteYaml(s: string): string {
  if (!/["\\]/.test(s)) return `"${s}"`;
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * The lines of block structure: not blank, not a comment, not inside a block text ("key: |") or a
 * flow collection or quoted text running over several lines. Good enough to explain a mistake; the
 * yaml library decides what the file means.
 */
function structuralLines(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let blockIndent = -1; // inside a block text: lines indented more than this
  let open = ""; // an unclosed flow collection or quoted text: its closing characters
  for (const l of lines) {
    const body = l.text.trimStart();
    const indent = leadingSpaces(l.text);
    if (blockIndent >= 0) {
      if (body === "" || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (open !== "") {
      open = scanOpen(l.text, open);
      continue;
    }
    if (body === "" || body.startsWith("#")) continue;
    out.push(l);
    if (/(?:^|[:\s-])[|>][-+0-9]*\s*(?:#.*)?$/.test(body) && /(?:^-|:)\s+[|>]/.test(body)) {
      blockIndent = indent;
      continue;
    }
    open = scanOpen(valuePart(body), "");
  }
  return out;
}

/** The value of "- key: value" or "key: value" or "- value": what may open a collection or quote. */
function valuePart(body: string): string {
  const rest = body.replace(/^(?:-\s+)*/, "");
  const m = /^[^"'{[#][^#]*?:(?:\s+|$)(.*)$/.exec(rest);
  return m ? (m[1] ?? "") : rest;
}

/** What stays open at the end of `s`, given what was open before it. */
function scanOpen(s: string, before: string): string {
  let open = before;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? "";
    const top = open[open.length - 1];
    if (top === '"') {
      if (c === "\\") i++;
      else if (c === '"') open = open.slice(0, -1);
    } else if (top === "'") {
      if (c === "'" && s[i + 1] === "'") i++;
      else if (c === "'") open = open.slice(0, -1);
    } else if (c === "#" && (i === 0 || /\s/.test(s[i - 1] ?? ""))) {
      return open;
    } else if (c === "[") open += "]";
    else if (c === "{") open += "}";
    else if ((c === "]" || c === "}") && top === c) open = open.slice(0, -1);
    else if ((c === '"' || c === "'") && (open !== "" || i === 0)) open += c;
  }
  return open;
}

function leadingSpaces(s: string): number {
  return /^ */.exec(s)?.[0].length ?? 0;
}

/**
 * A space that is not one where YAML looks for spaces: in the indentation before "key:" or "- ",
 * after the "-" of a list item, or after the colon of a key. YAML reads all three as text, so the
 * plan changes shape without a word, or fails far below.
 */
export function oddSpaces(text: string, at: Positions): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const l of structuralLines(sourceLines(text))) {
    if (!ODD_SPACE.test(l.text)) continue;
    const lead = LEAD.exec(l.text)?.[0] ?? "";
    const rest = l.text.slice(lead.length);
    // "- ", "- - ", then an optional "key:" (a word of the schema's kind), then the odd space
    const m = DASHES_KEY.exec(rest);
    const dashes = m?.[1] ?? "";
    const key = m?.[2] ?? "";
    const structural = dashes !== "" || key !== "";
    let where: "indent" | "dash" | "colon" | undefined;
    let index = -1;
    if (ODD_SPACE.test(lead) && structural) {
      where = "indent";
      index = lead.search(ODD_SPACE);
    } else if (ODD_SPACE.test(dashes)) {
      where = "dash";
      index = lead.length + dashes.search(ODD_SPACE);
    } else if (key !== "" && ODD_SPACE.test(rest[dashes.length + key.length] ?? "")) {
      where = "colon";
      index = lead.length + dashes.length + key.length;
    }
    if (!where) continue;
    const char = l.text[index] ?? "";
    const code = `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`;
    const name = ODD_SPACE_NAMES[char] ?? "";
    const fixedLine =
      plainIndent(lead) + dashes.replace(ODD_SPACES, " ") + key + plainRest(rest, dashes, key);
    out.push(
      specDiag(
        `spec.yaml-odd-space-${where}`,
        { char: name ? `${code} ${name}` : code, ...fixParams(fixedLine) },
        at.at(l.start + index, l.start + index + 1),
      ),
    );
  }
  return out;
}

/** Indentation, each space-like character one space, zero-width ones dropped (tabs: their own message). */
function plainIndent(s: string): string {
  return s.replace(ZERO_WIDTH, "").replace(ODD_SPACES, " ");
}

function plainRest(rest: string, dashes: string, key: string): string {
  const after = rest.slice(dashes.length + key.length);
  if (key === "") return after;
  return after.replace(BLANKS, " ");
}

interface Level {
  col: number;
  seq: boolean;
  /** The line that set this level, and how many lines stand at it so far. */
  line: number;
  count: number;
}

/**
 * The first line whose indentation fits no level open above it: too little ("- item" one space left
 * of its siblings), or too much (a key deeper than its siblings though nothing above opens a child).
 * Only called once the yaml library has found the file broken, at or before its first error.
 */
export function indentProblem(
  text: string,
  at: Positions,
  upToLine: number,
): Diagnostic | undefined {
  const stack: Level[] = [];
  let opens = false; // the line above ends with "key:" or "-": a deeper level may start
  let plainValue = false; // the line above ends with plain text, which may go on below
  const src = sourceLines(text);
  const all = structuralLines(src);
  let last: SourceLine | undefined;
  // a "key:" line standing right under an opener at the opener's own column ("document:" then
  // "issuing_body: …" not indented): if deeper lines follow, it is the one that lacks indentation
  let unindented: SourceLine | undefined;
  let openerCol = -1;
  for (const [index, l] of all.entries()) {
    // the library often stops on the line above the culprit ("number: 5" above a key indented more)
    if (l.line > upToLine + 1) return undefined;
    if (/^ *\t/.test(l.text)) return undefined; // the tab message says it better
    const col = leadingSpaces(l.text);
    const body = l.text.slice(col);
    const isItem = /^-(\s|$)/.test(body);
    const isKey = /^(?:[^\s"'{[#-][^#]*?|"[^"]*"|'[^']*'):(\s|$)/.test(body);
    const owner = last;
    last = l;
    // a line of a long text ("summary: >-" and its lines) indented back to the key's column
    const above = textAbove(src, l, owner);
    if (!isItem && !isKey && above && /^[^"'{[#&*!|>%@`]/.test(body)) {
      return indentDiag(
        "less",
        l,
        col,
        { col: leadingSpaces(above.text), seq: false, line: above.line, count: 1 },
        at,
      );
    }
    const popped: Level[] = [];
    while (stack.length > 0 && (stack[stack.length - 1]?.col ?? 0) > col) {
      const top = stack.pop();
      if (top) popped.push(top);
    }
    const top = stack[stack.length - 1];
    if (!top || top.col < col) {
      if (opens || !top) {
        stack.push({ col, seq: isItem, line: l.line, count: 1 });
      } else if (popped.length > 0) {
        // between two levels: line it up with the nearer one of its own kind
        const same = [...popped, top].filter((p) => p.seq === isItem);
        const choices = same.length > 0 ? same : [...popped, top];
        const want = choices.reduce((a, b) =>
          Math.abs(b.col - col) < Math.abs(a.col - col) ? b : a,
        );
        const parentCol = want === top ? (stack[stack.length - 2]?.col ?? -2) : top.col;
        return oddOneOut(want, parentCol, l, col, isItem, all.slice(index + 1), at, text);
      } else if (isItem || isKey || !plainValue) {
        if (unindented && leadingSpaces(unindented.text) === top.col) {
          const deeper: Level = { col, seq: false, line: l.line, count: 2 };
          return indentDiag("less", unindented, top.col, deeper, at);
        }
        const parentCol = stack[stack.length - 2]?.col ?? -2;
        return oddOneOut(top, parentCol, l, col, isItem, all.slice(index + 1), at, text);
      } else {
        continue; // plain text going on from the line above
      }
    } else if (top.col === col && top.seq !== isItem) {
      // "key:" then "- item" at the same column is YAML's compact list; a key after the list ends it
      if (isItem && opens) stack.push({ col, seq: true, line: l.line, count: 1 });
      else if (!isItem && stack[stack.length - 2]?.col === col) stack.pop();
    } else {
      top.count++;
    }
    // "- key: value": the mapping of the item starts after the dashes
    const inner = /^(?:-\s+)+/.exec(body)?.[0].length ?? 0;
    if (inner > 0 && body.length > inner) {
      const rest = body.slice(inner);
      stack.push({ col: col + inner, seq: /^-(\s|$)/.test(rest), line: l.line, count: 1 });
    }
    unindented = opens && isKey && col === openerCol ? l : undefined;
    openerCol = col;
    const value = valuePart(body);
    opens = /^-$/.test(body.replace(/(?:-\s+)*-$/, "-")) || /:\s*(?:&\S+\s*)?(?:#.*)?$/.test(body);
    plainValue = !opens && value !== "" && !/^[[{"'|>]/.test(value);
  }
  return undefined;
}

/**
 * Line `l` (at `col`) does not fit `level`. Usually `l` is wrong; but when the level was set by one
 * line only and the next sibling of `l` stands where `l` does, or `l` is the usual two spaces
 * deeper than the parent and that line is not, that first line is the odd one out ("   - a" above
 * "    - b" and "    - c"): it is the one to move.
 */
function oddOneOut(
  level: Level,
  parentCol: number,
  l: SourceLine,
  col: number,
  isItem: boolean,
  after: readonly SourceLine[],
  at: Positions,
  text: string,
): Diagnostic {
  const here = indentDiag(level.col < col ? "more" : "less", l, col, level, at);
  if (level.count !== 1 || level.seq !== isItem) return here;
  const next = after.find((x) => leadingSpaces(x.text) <= col);
  const nextHere =
    next !== undefined &&
    leadingSpaces(next.text) === col &&
    /^ *-(\s|$)/.test(next.text) === isItem;
  const usualStep = (col - parentCol) % 2 === 0 && (level.col - parentCol) % 2 !== 0;
  if (!nextHere && !usualStep) return here;
  const first = sourceLines(text)[level.line - 1];
  if (!first) return here;
  const mine: Level = { col, seq: isItem, line: l.line, count: 2 };
  return indentDiag(col < level.col ? "more" : "less", first, level.col, mine, at);
}

/**
 * The text line just above `l`, when `l` stands at or left of the line that owns that text (its
 * "key:" line) while the text is indented more: `l` was meant to go on with the text.
 */
function textAbove(
  src: readonly SourceLine[],
  l: SourceLine,
  owner: SourceLine | undefined,
): SourceLine | undefined {
  if (!owner) return undefined;
  let i = l.line - 2;
  while (i >= 0 && (src[i]?.text.trim() ?? "") === "") i--;
  const above = src[i];
  if (!above || above.line === owner.line) return undefined;
  const col = leadingSpaces(l.text);
  if (col > leadingSpaces(owner.text) || leadingSpaces(above.text) <= col) return undefined;
  return above;
}

function indentDiag(
  kind: "more" | "less",
  l: SourceLine,
  have: number,
  want: Level,
  at: Positions,
): Diagnostic {
  const fixedLine = " ".repeat(want.col) + l.text.slice(have);
  return specDiag(
    `spec.yaml-indent-${kind}`,
    { have, want: want.col, refLine: want.line, ...fixParams(fixedLine) },
    at.at(l.start + Math.min(have, want.col), l.start + Math.max(have, want.col)),
  );
}
