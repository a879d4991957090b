// Mutations of the example plans, as plain data that fast-check generates, shrinks and replays: what
// an official's file may turn into by hand, by paste, by a broken editor or on purpose. Each case is
// a plan, changes to its data (deleted keys, swapped types, hostile text, huge numbers, __proto__…)
// and then to its text and bytes (damaged YAML, anchors, aliases, tags, control characters).

import fc from "fast-check";
import { parse, stringify } from "yaml";

// ---------------------------------------------------------------- the pieces of hostile input

/** Characters of text pasted from anywhere: Vietnamese, control characters, exotic spaces, marks. */
const CHARS = [
  ..."aăâbcdđeêgiklmnoôơpqrstuưvxyAĐƠ0123456789 ,.;:-_/()%",
  ..."ếềểễệốồổỗộứừửữựảãạ",
  "\u0301", // a lone combining acute (NFD)
  "\u0323",
  "\t",
  "\n",
  "\r",
  "\u0000",
  "\u0007",
  "\u0008",
  "\u001b",
  "\u001b[2J",
  "\u001b]0;PWNED\u0007",
  "\u007f",
  "\u0085",
  "\u00a0", // no-break space
  "\u00ad", // soft hyphen
  "\u200b", // zero-width space
  "\u200d",
  "\u2028", // line separator
  "\u202e", // right-to-left override
  "\ufeff",
  "\ufffd",
  "\ud800", // a lone surrogate
  "😀",
  "“",
  "”",
  '"',
  "'",
  "\\",
  "#",
  "&",
  "*",
  "!",
  "|",
  ">",
  "@",
  "`",
  "{",
  "}",
  "[",
  "]",
  "**",
  "*",
  "{{",
  "}}",
  "<w:t>",
  "</script>",
  "ChuyÓn ®æi", // TCVN3 read as Latin-1
  "Quảng Minh".normalize("NFD"),
];

const text = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 40 });

/** Numbers at the edges: huge, negative, inexact, not finite, off by one from the bounds. */
const edgeNumber = fc.constantFrom(
  0,
  -0,
  -1,
  0.5,
  -2.5,
  0.1,
  1e-7,
  50,
  51,
  5001,
  10_001,
  1e9,
  1e9 + 1,
  1e15,
  1e16,
  2 ** 53 - 1,
  2 ** 53 + 2,
  Number("12000000000000003"), // read as 12000000000000004
  3_000_000,
  1e308,
  -1e308,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.NaN,
  1990,
  2101,
);

const number = fc.oneof(edgeNumber, fc.integer(), fc.double({ noDefaultInfinity: true }));

/** Keys that are dangerous in JavaScript, misspelt, Vietnamese, or empty. */
const key = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
    "",
    " ",
    "sumary",
    "trích_yếu",
    "colspan",
    "rowspan",
    "generate",
    "template",
    "table",
    "bullets",
    "text",
  ),
  text,
);

const leaf = fc.oneof(
  { weight: 3, arbitrary: number },
  { weight: 3, arbitrary: text },
  fc.boolean(),
  fc.constant(null),
  // long text and long lists, against the bounds
  fc
    .record({ s: text, times: fc.integer({ min: 0, max: 3_000 }) })
    .map(({ s, times }) => s.repeat(times)),
  fc.constantFrom("2024-02-30", "2024-13-01", "22/02/2024", "Quý V/2026", "all", "1.250", "1,011"),
);

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { weight: 5, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(tie("value"), { maxLength: 4 }) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(key, tie("value")), { maxLength: 4 })
        .map((entries) => ownEntries(entries)),
    },
  ),
})).value;

/** An object with these own keys, "__proto__" included as an ordinary key. */
function ownEntries(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) {
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return o;
}

// ---------------------------------------------------------------- changes to the data

export type DataOp =
  | { kind: "delete"; pick: number }
  | { kind: "replace"; pick: number; value: unknown }
  | { kind: "nfd"; pick: number }
  | { kind: "add-key"; pick: number; key: string; value: unknown }
  | { kind: "duplicate"; pick: number; times: number }
  | { kind: "span"; pick: number; key: "colspan" | "rowspan"; value: number };

const pick = fc.nat();

const dataOp: fc.Arbitrary<DataOp> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), pick }),
  fc.record({ kind: fc.constant("replace" as const), pick, value }),
  fc.record({ kind: fc.constant("nfd" as const), pick }),
  fc.record({ kind: fc.constant("add-key" as const), pick, key, value }),
  fc.record({
    kind: fc.constant("duplicate" as const),
    pick,
    times: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({
    kind: fc.constant("span" as const),
    pick,
    key: fc.constantFrom("colspan" as const, "rowspan" as const),
    value: fc.oneof(edgeNumber, fc.integer({ min: 1, max: 60 })),
  }),
);

// ---------------------------------------------------------------- changes to the text and bytes

export type TextOp =
  | { kind: "insert"; at: number; s: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "delete-line"; line: number }
  | { kind: "duplicate-line"; line: number; times: number }
  | { kind: "indent"; line: number; by: string }
  | { kind: "dedent"; line: number; by: number }
  | { kind: "prop"; line: number; prop: string }
  | { kind: "truncate"; at: number }
  | { kind: "bytes"; at: number; bytes: number[] };

/** What damages YAML: indicators, quotes, anchors, aliases, tags, directives, documents. */
const SYNTAX = [
  ":",
  ": ",
  "- ",
  "? ",
  "#",
  "{",
  "}",
  "[",
  "]",
  ",",
  '"',
  "'",
  "|",
  ">",
  "&a ",
  "*a",
  "*b",
  "!!str ",
  "!!int ",
  "!!float ",
  "!!binary ",
  "!!map ",
  "!!seq ",
  "!!set ",
  "!!timestamp ",
  "!custom ",
  "!<tag:yaml.org,2002:str> ",
  "<<: *a\n",
  "\n---\n",
  "\n...\n",
  "%YAML 1.1\n",
  "%TAG ! tag:x,2000:\n",
  "\t",
  "\u00a0",
  "\u3000",
  "\r\n",
  "\r",
  "\u0000",
  "\ufeff",
  "“",
  "\\x",
  "\\u",
];

const textOp: fc.Arbitrary<TextOp> = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    at: pick,
    s: fc.oneof(fc.constantFrom(...SYNTAX), text),
  }),
  fc.record({
    kind: fc.constant("delete" as const),
    at: pick,
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({ kind: fc.constant("delete-line" as const), line: pick }),
  fc.record({
    kind: fc.constant("duplicate-line" as const),
    line: pick,
    times: fc.integer({ min: 1, max: 50 }),
  }),
  fc.record({
    kind: fc.constant("indent" as const),
    line: pick,
    by: fc.constantFrom(" ", "  ", "\t", "\u00a0", "    "),
  }),
  fc.record({
    kind: fc.constant("dedent" as const),
    line: pick,
    by: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    kind: fc.constant("prop" as const),
    line: pick,
    prop: fc.constantFrom("&a ", "&b ", "*a", "*b", "!!str ", "!!binary ", "!x ", "&a !!map "),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: pick }),
  fc.record({
    kind: fc.constant("bytes" as const),
    at: pick,
    bytes: fc.array(
      fc.oneof(fc.constantFrom(0xff, 0xfe, 0xc3, 0x80, 0xe2, 0x00, 0xef, 0xbb, 0xbf), fc.nat(255)),
      { minLength: 1, maxLength: 4 },
    ),
  }),
);

// ---------------------------------------------------------------- a case

export interface Case {
  plan: number;
  data: DataOp[];
  text: TextOp[];
  lang: "vi" | "en";
  /** How validate reports: --json (read and checked diagnostic by diagnostic), or as on a terminal. */
  mode: "json" | "text";
  /** Whether a valid result is also rendered: "docx", "pdf", or not (most cases). */
  render: "none" | "docx" | "pdf";
}

export function caseArbitrary(plans: number): fc.Arbitrary<Case> {
  return fc.record({
    plan: fc.nat(plans - 1),
    data: fc.array(dataOp, { maxLength: 3 }),
    text: fc.oneof(
      { weight: 3, arbitrary: fc.constant<TextOp[]>([]) },
      { weight: 2, arbitrary: fc.array(textOp, { minLength: 1, maxLength: 3 }) },
    ),
    lang: fc.constantFrom("vi" as const, "vi" as const, "vi" as const, "en" as const),
    mode: fc.constantFrom("json" as const, "json" as const, "json" as const, "text" as const),
    render: fc.oneof(
      { weight: 120, arbitrary: fc.constant("none" as const) },
      { weight: 2, arbitrary: fc.constant("docx" as const) },
      { weight: 1, arbitrary: fc.constant("pdf" as const) },
    ),
  });
}

/** The bytes of the plan file the case describes. */
export function applyCase(source: string, c: Case): Buffer {
  let yaml = source;
  if (c.data.length > 0) {
    const data = structuredClone(parsed(source));
    for (const op of c.data) applyData(data, op);
    yaml = stringify(data, { lineWidth: 0 });
  }
  let bytes = Buffer.from(yaml, "utf8");
  for (const op of c.text) {
    if (op.kind === "bytes") {
      const at = op.at % (bytes.length + 1);
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(op.bytes), bytes.subarray(at)]);
    } else {
      bytes = Buffer.from(applyText(bytes.toString("utf8"), op), "utf8");
    }
  }
  return bytes;
}

/** The data of each plan, read once: reading costs as much as the check of a case. */
const cache = new Map<string, unknown>();

function parsed(source: string): unknown {
  if (!cache.has(source)) cache.set(source, parse(source));
  return cache.get(source);
}

type Container = Record<string | number, unknown>;

/** Every (container, key) of the data, depth first: the places a data change may hit. */
function places(root: unknown): [Container, string | number][] {
  const out: [Container, string | number][] = [];
  const visit = (v: unknown) => {
    if (v === null || typeof v !== "object") return;
    for (const k of Array.isArray(v) ? v.keys() : Object.keys(v)) {
      out.push([v as Container, k]);
      visit((v as Container)[k]);
    }
  };
  visit(root);
  return out;
}

function applyData(root: unknown, op: DataOp): void {
  const all = places(root);
  if (all.length === 0) return;
  const [parent, k] = all[op.pick % all.length] as [Container, string | number];
  const current = parent[k];
  switch (op.kind) {
    case "delete":
      if (Array.isArray(parent)) parent.splice(k as number, 1);
      else delete parent[k];
      return;
    case "replace":
      parent[k] = op.value;
      return;
    case "nfd": {
      const strings = all.filter(([p, key]) => typeof p[key] === "string");
      const hit = strings[op.pick % Math.max(1, strings.length)];
      if (hit) hit[0][hit[1]] = String(hit[0][hit[1]]).normalize("NFD");
      return;
    }
    case "add-key": {
      const target =
        current !== null && typeof current === "object" && !Array.isArray(current)
          ? (current as Container)
          : Array.isArray(parent)
            ? undefined
            : parent;
      if (target)
        Object.defineProperty(target, op.key, {
          value: op.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return;
    }
    case "duplicate":
      if (Array.isArray(parent)) parent.splice(k as number, 0, ...Array(op.times).fill(current));
      return;
    case "span": {
      // a cell of a table: the span keys of a typed table's cell
      if (Array.isArray(parent)) parent[k as number] = { text: current ?? "x", [op.key]: op.value };
      return;
    }
  }
}

function applyText(s: string, op: Exclude<TextOp, { kind: "bytes" }>): string {
  const lines = s.split("\n");
  const line = (n: number) => n % Math.max(1, lines.length);
  switch (op.kind) {
    case "insert": {
      const at = op.at % (s.length + 1);
      return s.slice(0, at) + op.s + s.slice(at);
    }
    case "delete": {
      const at = op.at % (s.length + 1);
      return s.slice(0, at) + s.slice(at + op.length);
    }
    case "delete-line":
      lines.splice(line(op.line), 1);
      return lines.join("\n");
    case "duplicate-line": {
      const i = line(op.line);
      lines.splice(i, 0, ...Array(op.times).fill(lines[i] ?? ""));
      return lines.join("\n");
    }
    case "indent": {
      const i = line(op.line);
      lines[i] = op.by + (lines[i] ?? "");
      return lines.join("\n");
    }
    case "dedent": {
      const i = line(op.line);
      lines[i] = (lines[i] ?? "").replace(new RegExp(`^ {1,${op.by}}`), "");
      return lines.join("\n");
    }
    case "prop": {
      // before a value: after "key: " or "- "
      const i = line(op.line);
      lines[i] = (lines[i] ?? "").replace(/(: |- )/, `$1${op.prop}`);
      return lines.join("\n");
    }
    case "truncate":
      return s.slice(0, op.at % (s.length + 1));
  }
}
