// ajv's errors → one readable diagnostic per problem, placed on the offending key or value.
// ajv reports the structure of the schema (if/then chains, anyOf, discriminator) as extra errors;
// those are folded away here so that one mistake reads as one message.

import type { Diagnostic, SourcePos, SpecPath } from "../diagnostics/types.js";
import { printLiteralVi, readNumberLiteral } from "../format/index.js";
import { withoutMarks } from "../format/text.js";
import { findNode, type Positions, type SrcNode } from "../yaml/positions.js";
import { describeTypes, describeValue, showValue } from "./describe.js";
import { fieldName, specDiag } from "./diag.js";
import { fold, suggest } from "./did-you-mean.js";
import { keyFromVietnamese } from "./key-names.js";
import { ambiguousParams, countParams } from "./numbers.js";
import type { SchemaError, SchemaNode } from "./schema-validator.js";
import { quoteYaml, replacedIn } from "./yaml-lines.js";

/** Must equal $defs.date.pattern of the schema (a test checks it). */
export const DATE_PATTERN =
  "^(199[0-9]|20[0-9][0-9]|2100)-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$";
/** The schema's "non-empty text" pattern. */
export const TEXT_PATTERN = "\\S";
/** The schema's pattern of agency, task and task group ids (a test checks it). */
export const ID_PATTERN = "^[A-Za-z0-9_-]+$";
/** The keys that choose the kind of a content block. */
const BLOCK_KINDS = ["bullets", "target", "targets", "template", "table", "tasks", "appendix"];

interface Ctx {
  data: unknown;
  tree: SrcNode | undefined;
  at: Positions;
  /** The source text, for the corrected line a hint shows. */
  text: string;
}

export function schemaDiagnostics(
  errors: readonly SchemaError[],
  data: unknown,
  tree: SrcNode | undefined,
  at: Positions,
  text = "",
): Diagnostic[] {
  const ctx: Ctx = { data, tree, at, text };
  // anyOf of bare "required" branches reads as "one of these keys": its branches' errors go.
  const folded = new Set(
    errors
      .filter((e) => e.keyword === "anyOf" && requiredOnly(e))
      .map((e) => `${e.instancePath}|${e.schemaPath}/`),
  );
  const reservedAt = new Set(
    errors.filter((e) => e.keyword === "propertyNames").map((e) => e.instancePath),
  );
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const here = `${e.instancePath}|${e.schemaPath}`;
    if (e.keyword === "required" && [...folded].some((p) => here.startsWith(p))) continue;
    if (e.keyword === "not" && reservedAt.has(e.instancePath)) continue;
    const d = toDiagnostic(e, ctx);
    if (!d) continue;
    const key = `${d.code}|${(d.path ?? []).join("\u0000")}|${JSON.stringify(d.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

function requiredOnly(e: SchemaError): boolean {
  const branches = e.parentSchema?.anyOf;
  return (
    Array.isArray(branches) &&
    branches.every((b) => Object.keys(b).length === 1 && Array.isArray(b.required))
  );
}

function toDiagnostic(e: SchemaError, ctx: Ctx): Diagnostic | undefined {
  const path = toPath(e.instancePath, ctx.data);
  const node = findNode(ctx.tree, path);
  const valuePos = node ? ctx.at.value(node) : ctx.at.at(0);
  const field = fieldName(path);
  const value = e.data;
  const parent = e.parentSchema ?? {};
  const p = e.params as Record<string, unknown>;

  switch (e.keyword) {
    // Summaries of other errors, or covered by the tag's own enum and required errors.
    case "if":
    case "discriminator":
    case "oneOf":
      return undefined;

    case "anyOf": {
      // Any other anyOf (a template's name: a built-in one or a locality's id) is explained by
      // its branches' own errors, which ajv reports beside it.
      if (!requiredOnly(e)) return undefined;
      const keys = (parent.anyOf ?? []).flatMap((b) => b.required ?? []).join(", ");
      return specDiag("spec.missing-one-of", { keys }, parentPos(node, ctx), path);
    }

    case "required": {
      const key = String(p.missingProperty);
      // In the Vietnamese hint only: the schema's descriptions are Vietnamese.
      const text = parent.properties?.[key]?.description;
      const description = text ? ` ${text}` : "";
      return specDiag("spec.missing-key", { key, description }, parentPos(node, ctx), [
        ...path,
        key,
      ]);
    }

    case "additionalProperties":
      return unknownKey(String(p.additionalProperty), path, parent, ctx);

    case "propertyNames": {
      const key = String(p.propertyName);
      return specDiag("spec.reserved-key", { key }, keyPos(ctx, [...path, key]), [...path, key]);
    }

    case "type":
      if (path.length === 0) {
        const got = describeValue(value);
        return specDiag("spec.not-a-plan", { got_vi: got.vi, got_en: got.en }, valuePos, path);
      }
      return typeError(String(p.type), value, field, valuePos, path, fixValue(node, ctx));

    case "enum":
    case "const": {
      if (e.keyword === "const" && path.length === 1 && path[0] === "kehoach") {
        return specDiag("spec.version", { value: showValue(value) }, valuePos, path);
      }
      const allowedValues = (
        e.keyword === "enum" ? p.allowedValues : [p.allowedValue]
      ) as unknown[];
      const allowed = allowedValues.map(showValue).join(", ");
      const words = allowedValues.filter((v): v is string => typeof v === "string");
      const suggestion = typeof value === "string" ? suggest(value, words) : undefined;
      const shown = showValue(value);
      return suggestion !== undefined
        ? specDiag(
            "spec.enum-suggest",
            { field, value: shown, suggestion, allowed },
            valuePos,
            path,
          )
        : specDiag("spec.enum", { field, value: shown, allowed }, valuePos, path);
    }

    case "minimum":
    case "maximum": {
      const shown = showValue(value);
      const { minimum: min, maximum: max } = parent;
      if (min !== undefined && max !== undefined) {
        return specDiag("spec.range", { field, value: shown, min, max }, valuePos, path);
      }
      return e.keyword === "minimum"
        ? specDiag("spec.minimum", { field, value: shown, min: Number(p.limit) }, valuePos, path)
        : specDiag("spec.maximum", { field, value: shown, max: Number(p.limit) }, valuePos, path);
    }

    case "exclusiveMinimum":
      return specDiag(
        "spec.above",
        { field, value: showValue(value), min: Number(p.limit) },
        valuePos,
        path,
      );

    case "pattern": {
      if (p.pattern === DATE_PATTERN) return badDate(String(value), valuePos, path);
      if (p.pattern === TEXT_PATTERN) return specDiag("spec.empty-text", { field }, valuePos, path);
      if (p.pattern === ID_PATTERN) {
        const id = String(value);
        return specDiag("spec.bad-id", { field, value: id, suggestion: asId(id) }, valuePos, path);
      }
      return specDiag("spec.schema", { field, detail: e.message ?? "pattern" }, valuePos, path);
    }

    // The bounds of schemas/plan.schema.json: far above any real plan, they keep memory and time
    // bounded (a colspan of three million would build a table of that many cells).
    case "maxItems":
      return specDiag(
        "spec.too-many",
        { field, count: Array.isArray(value) ? value.length : 0, max: Number(p.limit) },
        valuePos,
        path,
      );

    case "maxProperties":
      return specDiag(
        "spec.too-many-keys",
        { field, count: Object.keys(value ?? {}).length, max: Number(p.limit) },
        valuePos,
        path,
      );

    case "maxLength":
      return specDiag(
        "spec.too-long",
        { field, length: String(value).length, max: Number(p.limit) },
        valuePos,
        path,
      );

    case "minItems":
      return specDiag("spec.empty-list", { field, min: Number(p.limit) }, valuePos, path);

    case "minProperties":
      if (parent.properties && BLOCK_KINDS.every((k) => k in (parent.properties ?? {}))) {
        return specDiag("spec.block-kind", {}, valuePos, path);
      }
      return specDiag(
        "spec.schema",
        { field, detail: e.message ?? "minProperties" },
        valuePos,
        path,
      );

    default:
      return specDiag("spec.schema", { field, detail: e.message ?? e.keyword }, valuePos, path);
  }
}

/** "22/02/2024", as dates are written in Vietnamese, gets its ISO form as the fix. */
function badDate(value: string, pos: SourcePos, path: SpecPath): Diagnostic {
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value.trim());
  if (dmy) {
    const [, d = "", m = "", y = ""] = dmy;
    const suggestion = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
    return specDiag("spec.bad-date-dmy", { value, suggestion }, pos, path);
  }
  return specDiag("spec.bad-date", { value }, pos, path);
}

/** "Văn phòng" → "van-phong": lower case, without tone marks or đ, spaces as "-", other signs dropped. */
function asId(s: string): string {
  const id = withoutMarks(s)
    .trim()
    .replace(/\s+/gu, "-")
    .replace(/[^A-Za-z0-9_-]/gu, "")
    .toLowerCase();
  return id === "" ? "ma-1" : id;
}

function unknownKey(
  key: string,
  path: SpecPath,
  parent: SchemaNode,
  ctx: Ctx,
): Diagnostic | undefined {
  const pos = keyPos(ctx, [...path, key]);
  const at = [...path, key];
  const allowedKeys = Object.keys(parent.properties ?? {});
  const present = new Set(Object.keys(valueAt(ctx.data, path) ?? {}));
  // {target: a, targets: all}: two kinds in one block, not a misspelt key
  const kind = allowedKeys.length === 1 ? allowedKeys[0] : undefined;
  if (kind && BLOCK_KINDS.includes(kind) && BLOCK_KINDS.includes(key) && present.has(kind)) {
    return specDiag("spec.block-mixed", { key, other: kind }, pos, at);
  }
  const allowed = allowedKeys.join(", ");
  const node = findNode(ctx.tree, at);
  const vietnamese = keyFromVietnamese(key, allowedKeys);
  if (vietnamese !== undefined && node?.keyStart !== undefined && node.keyEnd !== undefined) {
    const fix = replacedIn(ctx.text, node.keyStart, node.keyEnd, vietnamese);
    return specDiag("spec.vietnamese-key", { key, suggestion: vietnamese, ...fix }, pos, at);
  }
  const suggestion = suggest(
    key,
    allowedKeys.filter((k) => !present.has(k)),
  );
  if (suggestion !== undefined) {
    return specDiag("spec.unknown-key-suggest", { key, suggestion, allowed }, pos, at);
  }
  // "localty" beside "locality": a misspelt copy of a key already written
  const written = suggest(key, allowedKeys);
  const there = written !== undefined ? findNode(ctx.tree, [...path, written]) : undefined;
  if (written !== undefined && there) {
    const line = ctx.at.key(there).line;
    return specDiag("spec.unknown-key-written", { key, suggestion: written, line }, pos, at);
  }
  const far = elsewhere(key, parent);
  if (far) {
    const code = far.suggestion === key ? "spec.key-misplaced" : "spec.unknown-key-elsewhere";
    return specDiag(code, { key, ...far }, pos, at);
  }
  const parentNode = findNode(ctx.tree, path);
  if (node && parentNode && ctx.text) {
    const text = textMistake(key, node, parentNode, path, ctx, pos);
    if (text !== null) return text;
  }
  return specDiag("spec.unknown-key", { key, allowed }, pos, at);
}

/**
 * A "key" no schema would have (with spaces or tone marks) that is really text: "- Trong đó: các hộ
 * sau", a list item with a colon in it; or "ban" in "{ text: Các phòng, ban, đơn vị }", where the
 * commas cut the text into keys. The fix is the text in quotes, on its line. Undefined: this key is
 * part of a comma run already reported at its first piece.
 */
/**
 * A key of another part of the plan, written at the top level ("localty:" or "trích yếu:" out of
 * document): the key it may be, and the part it belongs in. Only the top level's schema carries the
 * definitions of every part ($defs), so only there is this looked for.
 */
function elsewhere(
  key: string,
  parent: SchemaNode,
): { suggestion: string; owner: string } | undefined {
  const keys = keysOfParts(parent);
  if (keys.size === 0) return undefined;
  const names = [...keys.keys()];
  const suggestion = keyFromVietnamese(key, names) ?? suggest(key, names);
  const owner = suggestion !== undefined ? keys.get(suggestion) : undefined;
  return suggestion !== undefined && owner !== undefined ? { suggestion, owner } : undefined;
}

const PART_KEYS = new WeakMap<SchemaNode, Map<string, string>>();

/** Each key of a part → the key of the part it is written in ("locality" → "document"). */
function keysOfParts(root: SchemaNode): Map<string, string> {
  const known = PART_KEYS.get(root);
  if (known) return known;
  const out = new Map<string, string>();
  const defs = (root.$defs ?? {}) as Record<string, SchemaNode>;
  const refOf = (n: SchemaNode | undefined): string | undefined => {
    const ref = (n?.$ref ?? (n?.items as SchemaNode | undefined)?.$ref) as string | undefined;
    return ref?.startsWith("#/$defs/") ? ref.slice(8) : undefined;
  };
  // the keys that hold each part: document → "document", section → "sections"
  const holders = new Map<string, string>();
  for (const owner of [root, ...Object.values(defs)]) {
    for (const [k, n] of Object.entries(owner.properties ?? {})) {
      const def = refOf(n);
      if (def && !holders.has(def)) holders.set(def, k);
    }
  }
  // keys of one part only: "title" (of a section, a signature, an appendix) names no one place
  const top = new Set(Object.keys(root.properties ?? {}));
  const places = new Map<string, Set<string>>();
  for (const [name, def] of Object.entries(defs)) {
    for (const k of Object.keys(def.properties ?? {})) {
      if (top.has(k)) continue;
      const set = places.get(k) ?? new Set<string>();
      set.add(holders.get(name) ?? "");
      places.set(k, set);
    }
  }
  for (const [k, set] of places) {
    const [holder] = [...set];
    if (set.size === 1 && holder) out.set(k, holder);
  }
  PART_KEYS.set(root, out);
  return out;
}

/**
 * Where a value cut by commas inside { } ends: after the pieces that are no "key: value" of their
 * own, before the next "key: value" or the closing "}". Read from the text, since a piece written
 * twice ("350,000,000") is one key to YAML.
 */
function runEnd(text: string, from: number): number {
  let end = from;
  for (let i = from; i < text.length; ) {
    if (text[i] !== ",") return end;
    let j = i + 1;
    while (j < text.length && !",}\n".includes(text[j] ?? "")) j++;
    const piece = text.slice(i + 1, j);
    if (/:(\s|$)/.test(piece) || piece.trim() === "") return end;
    end = i + 1 + piece.trimEnd().length;
    i = j;
  }
  return end;
}

/** A mapping's entries in order, with each key's place: built once per mapping, however many keys are reported. */
const ENTRIES = new WeakMap<
  SrcNode,
  { entries: [string | number, SrcNode][]; index: Map<string | number, number> }
>();

function entriesOf(node: SrcNode) {
  let e = ENTRIES.get(node);
  if (!e) {
    const entries = [...(node.children ?? new Map<string | number, SrcNode>()).entries()];
    e = { entries, index: new Map(entries.map(([k], i) => [k, i])) };
    ENTRIES.set(node, e);
  }
  return e;
}

function textMistake(
  key: string,
  node: SrcNode,
  parentNode: SrcNode,
  path: SpecPath,
  ctx: Ctx,
  pos: SourcePos,
): Diagnostic | undefined | null {
  const { text } = ctx;
  const at = [...path, key];
  const flow = text[parentNode.start] === "{";
  const { entries, index } = entriesOf(parentNode);
  // "ban" in "{ text: Các phòng, ban, đơn vị }": a key with no colon, ended by a comma or "}"
  const bare = (n: SrcNode | undefined) => {
    if (!n || n.start !== n.end || n.keyEnd === undefined) return false;
    let j = n.keyEnd;
    while (text[j] === " " || text[j] === "\t" || text[j] === "\n" || text[j] === "\r") j++;
    return text[j] === "," || text[j] === "}";
  };
  if (flow && bare(node)) {
    const i = index.get(key) ?? -1;
    const head = entries[i - 1]?.[1];
    // a later piece of the run was reported with its first one
    if (bare(head)) return undefined;
    if (!head || head.start === head.end) return null;
    const end = runEnd(text, head.end);
    const written = text.slice(head.start, end);
    // "{ households: 1,011 }": a number with a thousands comma, cut in two
    const literal = readNumberLiteral(written);
    const digits =
      literal?.kind === "grouped"
        ? literal.fix
        : literal?.kind === "ambiguous"
          ? literal.whole
          : "";
    if (digits !== "") {
      const fix = replacedIn(text, head.start, end, digits);
      const where = ctx.at.at(head.start, end);
      return specDiag("spec.number-comma-in-flow", { value: written, ...fix }, where, at);
    }
    const fix = replacedIn(text, head.start, end, quoteYaml(written));
    return specDiag("spec.comma-in-flow", { key, ...fix }, pos, at);
  }
  const item = typeof path[path.length - 1] === "number";
  const value = valueAt(ctx.data, path)?.[key];
  // "- Lưu: VT, VHXH" closing the recipients, as the printed document shows it: that is archive
  if (item && path.length === 2 && path[0] === "recipients" && fold(key) === "luu") {
    const archive = typeof value === "string" ? value.replace(/\.$/, "") : "VT";
    return specDiag("spec.archive-in-recipients", { fixed: `archive: ${archive}` }, pos, at);
  }
  // a key no schema would have: with a space, a tone mark, a sign
  const wordy = !/^[A-Za-z0-9_$-]*$/.test(key);
  if (
    !flow &&
    wordy &&
    item &&
    entries.length === 1 &&
    (typeof value === "string" || value === null)
  ) {
    const start = node.keyStart ?? node.start;
    const fix = replacedIn(
      text,
      start,
      node.end,
      quoteYaml(text.slice(start, Math.max(node.end, node.keyEnd ?? 0))),
    );
    return specDiag("spec.colon-in-text", { key, ...fix }, pos, at);
  }
  return null;
}

/** The line of a value with the value replaced: the fix a hint shows. */
type FixValue = (replacement: string) => { fixed: string; fixedLine: string };

function fixValue(node: SrcNode | undefined, ctx: Ctx): FixValue {
  return (replacement) =>
    node && ctx.text
      ? replacedIn(ctx.text, node.start, node.end, replacement)
      : { fixed: replacement, fixedLine: replacement };
}

function typeError(
  types: string,
  value: unknown,
  field: string,
  pos: SourcePos,
  path: SpecPath,
  fix: FixValue,
): Diagnostic {
  const wanted = types.split(",");
  const wantsNumber = wanted.includes("number") || wanted.includes("integer");
  if (wanted.includes("integer") && typeof value === "number" && Number.isFinite(value)) {
    return specDiag("spec.not-integer", { field, value: String(value) }, pos, path);
  }
  if (wantsNumber && typeof value === "string") {
    const d = numberAsText(value.trim(), field, !wanted.includes("number"), pos, path, fix);
    if (d) return d;
  }
  const want = describeTypes(types);
  const got = describeValue(value);
  return specDiag(
    "spec.type",
    { field, want_vi: want.vi, want_en: want.en, got_vi: got.vi, got_en: got.en },
    pos,
    path,
  );
}

/**
 * A number written as text where a number is wanted ("50" in quotes, "1,250", "350.000.000"): the
 * fix it needs, after the rule of src/format/number-literal.ts. `integer`: only a whole number fits.
 */
function numberAsText(
  value: string,
  field: string,
  integer: boolean,
  pos: SourcePos,
  path: SpecPath,
  fix: FixValue,
): Diagnostic | undefined {
  // "7%": a percent sign where the schema's number is already a percentage, or where a count is wanted
  const percent = /^(.*\d)\s*%$/.exec(value);
  if (percent && readNumberLiteral(percent[1] ?? "")?.kind === "plain") {
    const fix_ = percent[1] ?? "";
    return integer
      ? specDiag("spec.count-percent", { field, value, count: fix_, ...fix(fix_) }, pos, path)
      : specDiag("spec.number-percent", { field, value, fix: fix_ }, pos, path);
  }
  const literal = readNumberLiteral(value);
  switch (literal?.kind) {
    case undefined:
      return undefined;
    case "plain":
      return specDiag("spec.number-quoted", { field, value, fix: value }, pos, path);
    case "decimal-comma":
      return specDiag("spec.decimal-comma", { field, value, suggestion: literal.fix }, pos, path);
    case "ambiguous":
      return integer
        ? specDiag(
            "spec.count-thousands",
            { ...countParams(field, value, literal.whole), ...fix(literal.whole) },
            pos,
            path,
          )
        : specDiag(
            "spec.number-ambiguous",
            ambiguousParams(field, value, literal.whole, literal.decimal),
            pos,
            path,
          );
    case "grouped":
      return specDiag(
        "spec.number-grouped",
        { field, value, fix: literal.fix, fix_vi: printLiteralVi(literal.fix) },
        pos,
        path,
      );
  }
}

/** A missing key is reported on the mapping that should hold it: its key line, or its first line. */
function parentPos(node: SrcNode | undefined, ctx: Ctx): SourcePos {
  if (!node) return ctx.at.at(0);
  return node.keyStart !== undefined ? ctx.at.key(node) : ctx.at.at(node.start);
}

function keyPos(ctx: Ctx, path: SpecPath): SourcePos {
  const node = findNode(ctx.tree, path);
  if (node) return ctx.at.key(node);
  return parentPos(findNode(ctx.tree, path.slice(0, -1)), ctx);
}

/** "/sections/0/title" → ["sections", 0, "title"]: a segment is a number where the data is a list. */
function toPath(pointer: string, data: unknown): SpecPath {
  if (pointer === "") return [];
  const path: (string | number)[] = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(cur)) {
      const i = Number(seg);
      path.push(i);
      cur = cur[i];
    } else {
      path.push(seg);
      cur =
        cur !== null && typeof cur === "object" ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  return path;
}

function valueAt(data: unknown, path: SpecPath): Record<string, unknown> | undefined {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur !== null && typeof cur === "object" ? (cur as Record<string, unknown>) : undefined;
}
