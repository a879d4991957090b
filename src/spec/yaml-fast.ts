// The YAML that plans are written in, read without the yaml library: block mappings and sequences,
// one-line plain and quoted scalars, `|` and `>` block scalars, one-line flow sequences, comments.
// The yaml library took ~40 ms of every command to lex and compose a plan of 500 lines (its
// generators run slowly before V8 has warmed up); this takes a few. It gives exactly what
// yaml-parse.ts and yaml-walk.ts give (the value, and the source range of every node as the yaml
// library reports it), or nothing: anything outside what it knows (anchors, tags, multi-line plain
// scalars, flow mappings, tabs, CRLF, a repeated key, a mistake) is left to the yaml library, which
// also says what is wrong. test/spec/yaml-fast.test.ts compares the two on every plan and fixture
// and on thousands of altered plans.

import { MAX_DEPTH } from "./limits.js";
import { setOwn } from "./own-key.js";
import type { SrcNode } from "./source-map.js";

export interface FastYaml {
  value: unknown;
  tree: SrcNode;
}

/** Thrown to hand the text to the yaml library. */
const DECLINE = Symbol("decline");

interface Line {
  start: number;
  /** Offset of the line's end, before its "\n". */
  end: number;
  /** Spaces before the first other character. */
  indent: number;
  /** Nothing but spaces, or a comment alone. */
  blank: boolean;
  comment: boolean;
}

interface Parsed {
  value: unknown;
  src: SrcNode;
  /** Where the yaml library ends the node with what follows it on its line (range[2]). */
  nodeEnd: number;
}

/** The value and source map of `text`, or undefined when the yaml library must read it. */
export function parseYamlFast(text: string): FastYaml | undefined {
  if (/[\t\r\u2028\u2029\ufeff]/.test(text)) return undefined;
  try {
    return new FastParser(text).document();
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
}

function decline(): never {
  throw DECLINE;
}

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?= |$)/;
/** Plain scalars the core schema reads as something other than a string. */
const CORE_SPECIAL =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|0o[0-7]+|0x[0-9a-fA-F]+|~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const FLOW_KEY = /^([A-Za-z_][A-Za-z0-9_-]*): +/;
const INT = /^-?(?:0|[1-9][0-9]{0,14})$/;
const FLOAT = /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
/** Characters a plain scalar may not start with. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

class FastParser {
  private readonly lines: Line[] = [];
  /** The next line to read. */
  private li = 0;

  constructor(private readonly text: string) {
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf("\n", start);
      if (end < 0) end = text.length;
      let indent = 0;
      while (text.charCodeAt(start + indent) === 0x20) indent++;
      const first = start + indent < end ? text[start + indent] : "";
      this.lines.push({
        start,
        end,
        indent,
        blank: first === "" || first === "#",
        comment: first === "#",
      });
      if (indent === 0 && /^(?:---|\.\.\.|%)/.test(text.slice(start, start + 3))) decline();
      start = end + 1;
    }
  }

  document(): FastYaml {
    const first = this.nextContent();
    if (first === undefined || first.indent !== 0) decline();
    const root = this.block(0, 0);
    if (this.nextContent() !== undefined) decline();
    return { value: root.value, tree: root.src };
  }

  /** The next line that is not blank or a comment, without reading it. */
  private nextContent(): Line | undefined {
    while (this.li < this.lines.length) {
      const line = this.lines[this.li] as Line;
      if (!line.blank) return line;
      this.li++;
    }
    return undefined;
  }

  /** After the value on a line: the offset the yaml library ends the node at. */
  private afterLine(line: Line): number {
    return Math.min(line.end + 1, this.text.length);
  }

  /** A block collection whose first line is the next content line, at `indent`. */
  private block(indent: number, depth: number): Parsed {
    if (depth > MAX_DEPTH) decline();
    const line = this.nextContent();
    if (!line || line.indent !== indent) decline();
    return this.isItem(line)
      ? this.sequence(indent, depth)
      : this.mapping(indent, depth, undefined);
  }

  private isItem(line: Line): boolean {
    const at = line.start + line.indent;
    return this.text[at] === "-" && (at + 1 === line.end || this.text[at + 1] === " ");
  }

  /**
   * Entries at column `indent`; `firstAt` is where the first key starts when it shares its line
   * with a sequence's "- ".
   */
  private mapping(indent: number, depth: number, firstAt: number | undefined): Parsed {
    const out: Record<string, unknown> = {};
    const children = new Map<string | number, SrcNode>();
    const src: SrcNode = { start: 0, end: 0, children };
    let nodeEnd = 0;
    let at = firstAt;
    for (;;) {
      let line: Line | undefined;
      if (at === undefined) {
        line = this.nextContent();
        if (!line || line.indent < indent) break;
        if (line.indent > indent || this.isItem(line)) decline();
        at = line.start + line.indent;
      } else {
        line = this.lines[this.li] as Line;
      }
      const m = KEY.exec(this.text.slice(at, line.end));
      if (!m) decline();
      const key = (m[1] as string).normalize("NFC");
      if (Object.hasOwn(out, key)) decline(); // the yaml library says which lines
      const keyEnd = at + key.length;
      if (children.size === 0) src.start = at;
      const value = this.value(line, keyEnd + 1, indent, depth, true);
      value.src.keyStart = at;
      value.src.keyEnd = keyEnd;
      setOwn(out, key, value.value);
      children.set(key, value.src);
      nodeEnd = value.nodeEnd;
      at = undefined;
    }
    this.noTrailingComments(indent, depth);
    src.end = nodeEnd;
    return { value: out, src, nodeEnd };
  }

  private sequence(indent: number, depth: number): Parsed {
    const out: unknown[] = [];
    const children = new Map<string | number, SrcNode>();
    const src: SrcNode = { start: 0, end: 0, children };
    let nodeEnd = 0;
    for (;;) {
      const line = this.nextContent();
      if (!line || line.indent < indent) break;
      if (line.indent > indent || !this.isItem(line)) decline();
      const dash = line.start + line.indent;
      if (out.length === 0) src.start = dash;
      const item = this.value(line, dash + 1, indent, depth, false);
      children.set(out.length, item.src);
      out.push(item.value);
      nodeEnd = item.nodeEnd;
    }
    this.noTrailingComments(indent, depth);
    src.end = nodeEnd;
    return { value: out, src, nodeEnd };
  }

  /**
   * The value after a key's ":" or an item's "-" at `from` on `line` (the current line), whose
   * entry is at column `indent`.
   */
  private value(line: Line, from: number, indent: number, depth: number, inMap: boolean): Parsed {
    let at = from;
    while (this.text.charCodeAt(at) === 0x20) at++;
    if (at >= line.end || this.text[at] === "#") {
      if (this.text[at] === "#" && at === from) decline();
      this.li++;
      const next = this.nextContent();
      // A nested block: deeper, or a sequence at the same column as its key.
      if (next && (next.indent > indent || (inMap && next.indent === indent && this.isItem(next))))
        return this.block(next.indent, depth + 1);
      if (at !== from) decline(); // "key:  # comment" with no value: left to the yaml library
      // Blank lines and comments after an empty value lengthen its range in the yaml library.
      if (this.lines[this.li - 1] !== line) decline();
      return { value: null, src: { start: from, end: from }, nodeEnd: from };
    }
    if (at === from) decline(); // "key:value" or "-value"
    const c = this.text[at];
    if (!inMap && KEY.test(this.text.slice(at, line.end))) {
      // "- key: value": a mapping whose keys stand at this column
      return this.mapping(at - line.start, depth + 1, at);
    }
    if (c === "|" || c === ">") return this.blockScalar(line, at, indent);
    let parsed: Parsed;
    if (c === '"' || c === "'") parsed = this.quoted(line, at);
    else if (c === "[" || c === "{") parsed = this.flow(line, at);
    else parsed = this.plain(line, at);
    this.li++;
    this.noContinuation(indent);
    return parsed;
  }

  /**
   * Comments after a collection's last item, at its column or deeper, lengthen its range (or its
   * last item's) in ways of the yaml library's own: such texts are left to it. At the top level
   * only deeper ones do.
   */
  private noTrailingComments(indent: number, depth: number): void {
    for (let i = this.li - 1; i >= 0; i--) {
      const line = this.lines[i] as Line;
      if (!line.blank) return;
      if (line.comment && (depth === 0 ? line.indent > indent : line.indent >= indent)) decline();
    }
  }

  /** A value on one line must not go on over the next (a multi-line scalar): the library reads those. */
  private noContinuation(indent: number): void {
    for (let i = this.li; i < this.lines.length; i++) {
      const line = this.lines[i] as Line;
      if (line.start + line.indent >= line.end) continue; // spaces only
      if (line.indent > indent) decline();
      return;
    }
  }

  /** What may follow a value on its line: spaces, then a comment. */
  private restOfLine(line: Line, at: number): void {
    let i = at;
    while (this.text.charCodeAt(i) === 0x20) i++;
    if (i < line.end && (this.text[i] !== "#" || i === at)) decline();
  }

  private plain(line: Line, at: number): Parsed {
    const raw = this.text.slice(at, line.end);
    const hash = raw.indexOf(" #");
    const body = (hash < 0 ? raw : raw.slice(0, hash)).replace(/ +$/, "");
    plainStart(body);
    if (body.includes(": ") || body.endsWith(":") || body.includes("#")) decline();
    const end = at + body.length;
    return { value: plainValue(body), src: { start: at, end }, nodeEnd: this.afterLine(line) };
  }

  private quoted(line: Line, at: number): Parsed {
    const q = this.readQuoted(at, line.end);
    this.restOfLine(line, q.end);
    return { value: q.value, src: { start: at, end: q.end }, nodeEnd: this.afterLine(line) };
  }

  /** A quoted scalar starting at `at` and closed before `limit`. */
  private readQuoted(at: number, limit: number): { value: string; end: number } {
    const quote = this.text[at];
    let value = "";
    let i = at + 1;
    for (;;) {
      if (i >= limit) decline(); // over more than one line
      const c = this.text[i] as string;
      if (c === quote) {
        if (quote === "'" && this.text[i + 1] === "'") {
          value += "'";
          i += 2;
          continue;
        }
        break;
      }
      if (quote === '"' && c === "\\") {
        const e = ESCAPES[this.text[i + 1] as string];
        if (e === undefined) decline();
        value += e;
        i += 2;
        continue;
      }
      value += c;
      i++;
    }
    return { value: value.normalize("NFC"), end: i + 1 };
  }

  /** `[a, "b"]` or `{ k: v, k2: [x] }` on one line. */
  private flow(line: Line, at: number): Parsed {
    const f = this.flowAt(at, line.end, 0);
    this.restOfLine(line, f.src.end);
    return { value: f.value, src: f.src, nodeEnd: this.afterLine(line) };
  }

  private flowAt(at: number, limit: number, depth: number): { value: unknown; src: SrcNode } {
    if (depth > MAX_DEPTH) decline();
    const isMap = this.text[at] === "{";
    const close = isMap ? "}" : "]";
    const out: unknown[] | Record<string, unknown> = isMap ? {} : [];
    const children = new Map<string | number, SrcNode>();
    let i = this.skipSpaces(at + 1);
    if (this.text[i] !== close) {
      for (;;) {
        let keyStart = 0;
        let key = "";
        if (isMap) {
          const m = FLOW_KEY.exec(this.text.slice(i, limit));
          if (!m) decline();
          keyStart = i;
          key = (m[1] as string).normalize("NFC");
          if (Object.hasOwn(out, key)) decline();
          i += (m[0] as string).length;
        }
        const start = i;
        let value: unknown;
        let src: SrcNode;
        const c = this.text[i];
        if (c === '"' || c === "'") {
          const q = this.readQuoted(i, limit);
          value = q.value;
          i = q.end;
          src = { start, end: i };
        } else if (c === "[" || c === "{") {
          const inner = this.flowAt(i, limit, depth + 1);
          value = inner.value;
          src = inner.src;
          i = src.end;
        } else {
          while (i < limit && this.text[i] !== "," && this.text[i] !== close) i++;
          const body = this.text.slice(start, i).replace(/ +$/, "");
          if (body === "" || /[[\]{}#"']|: |:$/.test(body)) decline();
          plainStart(body);
          value = plainValue(body);
          i = start + body.length;
          src = { start, end: i };
        }
        if (isMap) {
          src.keyStart = keyStart;
          src.keyEnd = keyStart + key.length;
          setOwn(out as Record<string, unknown>, key, value);
          children.set(key, src);
        } else {
          children.set((out as unknown[]).length, src);
          (out as unknown[]).push(value);
        }
        i = this.skipSpaces(i);
        if (this.text[i] === close) break;
        if (this.text[i] !== "," || i >= limit) decline();
        i = this.skipSpaces(i + 1);
        if (this.text[i] === close) decline(); // a trailing comma
      }
    }
    if (i >= limit) decline();
    return { value: out, src: { start: at, end: i + 1, children } };
  }

  private skipSpaces(at: number): number {
    let i = at;
    while (this.text.charCodeAt(i) === 0x20) i++;
    return i;
  }

  /** `|` or `>`, optionally `-`, then lines deeper than the entry at `indent`. */
  private blockScalar(header: Line, at: number, indent: number): Parsed {
    const folded = this.text[at] === ">";
    let i = at + 1;
    const strip = this.text[i] === "-";
    if (strip) i++;
    this.restOfLine(header, i);
    if (i < header.end && this.text[i] !== " ") decline();
    this.li++;
    const content: Line[] = [];
    let width = -1;
    let j = this.li;
    for (; j < this.lines.length; j++) {
      const line = this.lines[j] as Line;
      const empty = line.start + line.indent >= line.end;
      if (empty) {
        if (width < 0 ? line.indent > indent : line.indent > width) decline();
        content.push(line);
        continue;
      }
      if (width < 0) {
        if (line.indent <= indent) break;
        width = line.indent;
      } else if (line.indent < width) {
        break;
      }
      if (folded && line.indent > width) decline(); // more-indented lines fold otherwise
      content.push(line);
    }
    if (width < 0) decline(); // no content: the library's business
    const isEmpty = (l: Line) => l.start + l.indent >= l.end;
    while (content.length > 0 && isEmpty(content.at(-1) as Line)) content.pop();
    const last = content.at(-1) as Line;
    // Leading empty lines, and a last line with no line break, are chomped in ways of their own.
    if (isEmpty(content[0] as Line) || last.end >= this.text.length) decline();
    this.li = this.lines.indexOf(last) + 1;
    const texts = content.map((l) => (isEmpty(l) ? "" : this.text.slice(l.start + width, l.end)));
    let value = folded ? fold(texts) : texts.join("\n");
    if (!strip) value += "\n";
    const end = this.afterLine(last);
    return { value: value.normalize("NFC"), src: { start: at, end }, nodeEnd: end };
  }
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  n: "\n",
  t: "\t",
};

/** Lines of a folded scalar: a single break becomes a space, each empty line a newline. */
function fold(lines: string[]): string {
  let out = "";
  let breaks = 0;
  for (const line of lines) {
    if (line === "") {
      if (out !== "") breaks++;
      continue;
    }
    if (out !== "") out += breaks > 0 ? "\n".repeat(breaks) : " ";
    out += line;
    breaks = 0;
  }
  return out;
}

/** A plain scalar may not start with an indicator (a negative number may start with "-"). */
function plainStart(body: string): void {
  if (INDICATOR.test(body) && !/^-[0-9.]/.test(body)) decline();
}

function plainValue(s: string): unknown {
  if (INT.test(s) || FLOAT.test(s)) return Number(s);
  if (s === "null") return null;
  if (s === "true") return true;
  if (s === "false") return false;
  if (CORE_SPECIAL.test(s)) decline();
  return s.normalize("NFC");
}
