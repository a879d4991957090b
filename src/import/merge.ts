// Merging imported figures into the plan's text. The plan is read as a `yaml` Document, for the
// ranges of its nodes, and changed by text edits at those ranges (as src/plan-next does): every byte
// not changed stays — comments, blank lines, key order, flow or block style. A unit of the file is
// matched to a plan unit by name (accents and case kept, spaces tidied; then without "TDP", "Thôn"
// …); an unmatched one is added after the last unit; plan units the file lacks are kept and
// reported. Totals the plan declares for an imported figure become the units' new sum.

import { isMap, isScalar, type Pair, parseDocument, type YAMLMap } from "yaml";
import { applyEdits, columnOf, type Edit, lineEnd } from "../plan-next/edits.js";
import { asMap, asSeq, insertLineAfter, pairOf } from "../plan-next/yaml-doc.js";
import { sumExact } from "../stats/decimal.js";
import { fold } from "./counts.js";
import type { ImportedUnit } from "./table.js";

export interface FieldChange {
  /** "households", "groups.poor.persons" */
  field: string;
  from?: number;
  to: number;
}

export interface UnitReport {
  name: string;
  status: "added" | "changed" | "unchanged";
  /** "Sheet1!B7" */
  cell: string;
  changes: FieldChange[];
}

export interface MergeReport {
  units: UnitReport[];
  /** Plan units the file does not give. */
  missing: string[];
  totals: FieldChange[];
}

export type MergeResult =
  | { text: string; report: MergeReport }
  | { problem: "no-statistics" | "units-inline" | "yaml"; detail?: string };

type Tree = { [key: string]: Tree | number };

const FIELD_ORDER = ["name", "households", "persons", "groups", "exits", "entries", "breakdowns"];

/**
 * The imported values as a tree in the plan's order: households before groups, groups, breakdowns
 * and parts as the plan declares them (`order`).
 */
function treeOf(values: ReadonlyMap<string, number>, order: readonly string[]): Tree {
  const rank = (key: string): number => {
    const field = FIELD_ORDER.indexOf(key);
    if (field >= 0) return field;
    const declared = order.indexOf(key);
    return declared >= 0 ? 100 + declared : 100000;
  };
  const paths = [...values.keys()].map((k) => k.split("."));
  paths.sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const x = a[i] ?? "";
      const y = b[i] ?? "";
      if (x !== y) return rank(x) - rank(y) || (x < y ? -1 : 1);
    }
    return a.length - b.length;
  });
  const tree: Tree = {};
  for (const path of paths) {
    let node = tree;
    for (const key of path.slice(0, -1)) {
      let next = node[key];
      if (typeof next !== "object") {
        next = {};
        node[key] = next;
      }
      node = next;
    }
    node[path[path.length - 1] ?? ""] = values.get(path.join(".")) ?? 0;
  }
  return tree;
}

function flow(value: Tree | number): string {
  if (typeof value === "number") return String(value);
  const inner = Object.entries(value).map(([k, v]) => `${k}: ${flow(v)}`);
  return inner.length === 0 ? "{}" : `{ ${inner.join(", ")} }`;
}

/** A name as a YAML scalar: plain when it can be, else double-quoted. */
export function scalarText(text: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .()/'-]*$/u.test(text) && !/ $/.test(text)
    ? text
    : JSON.stringify(text);
}

const PREFIXES = /^(to dan pho|tdp|thon|xom|ban|khu pho|kp|khu|ap|to|xa|phuong|thi tran|lang) /;

/**
 * How names are compared, strictest first: as written (case and spaces aside); without accents
 * ("Kha Ly Thuong"); without "TDP", "Thôn" … ("Tổ dân phố Kẽ" for "TDP Kẽ"). A looser key matches
 * only when it names one unit of the plan.
 */
export function matchKeys(name: string): [string, string, string] {
  const f = fold(name);
  return [name.normalize("NFC").toLowerCase(), f, f.replace(PREFIXES, "")];
}

type AnyMap = YAMLMap<unknown, unknown>;

export function mergeUnits(
  src: string,
  imported: readonly ImportedUnit[],
  order: readonly string[],
): MergeResult {
  const doc = parseDocument(src, { keepSourceTokens: false });
  if (doc.errors.length > 0) return { problem: "yaml", detail: doc.errors[0]?.message ?? "" };
  const statsPair = pairOf(asMap(doc.contents), "statistics");
  const stats = asMap(statsPair?.value);
  if (!statsPair || !stats) return { problem: "no-statistics" };
  const unitsPair = pairOf(stats, "units");
  const seq = asSeq(unitsPair?.value);
  if (seq?.flow) return { problem: "units-inline" };

  const planUnits = (seq?.items ?? []).flatMap((item) => {
    const map = asMap(item);
    const name = map?.get("name");
    if (!map || typeof name !== "string") return [];
    return [{ map, name, keys: matchKeys(name), unit: undefined as ImportedUnit | undefined }];
  });
  const edits: Edit[] = [];
  const report: MergeReport = { units: [], missing: [], totals: [] };
  const added: ImportedUnit[] = [];
  /** Each unit's final values, for the totals. */
  const finals: Map<string, number>[] = [];

  for (const unit of imported) {
    const keys = matchKeys(unit.name);
    const free = planUnits.filter((p) => !p.unit);
    const found =
      free.find((p) => p.keys[0] === keys[0]) ??
      uniqueOr(free.filter((p) => p.keys[1] === keys[1])) ??
      uniqueOr(free.filter((p) => p.keys[2] === keys[2]));
    if (!found) {
      added.push(unit);
      report.units.push({
        name: unit.name,
        status: "added",
        cell: unit.cell,
        changes: changesOf(unit),
      });
      continue;
    }
    found.unit = unit;
    const changes: FieldChange[] = [];
    setTree(src, found.map, treeOf(unit.values, order), [], edits, changes);
    report.units.push({
      name: found.name,
      status: changes.length > 0 ? "changed" : "unchanged",
      cell: unit.cell,
      changes,
    });
  }
  for (const p of planUnits) {
    const values = leaves(p.map.toJSON() as unknown);
    if (p.unit) for (const [k, v] of p.unit.values) values.set(k, v);
    else report.missing.push(p.name);
    finals.push(values);
  }
  for (const unit of added) finals.push(new Map(unit.values));

  if (added.length > 0) {
    const text = added.map((u) => unitText(u, order));
    if (seq && seq.items.length > 0) {
      const first = seq.items[0];
      const last = seq.items[seq.items.length - 1];
      const itemCol = columnOf(src, rangeOf(first)[0]);
      const end = rangeOf(last)[1];
      const at = src[end - 1] === "\n" ? end : lineEnd(src, end);
      const nl = at > 0 && src[at - 1] !== "\n" ? "\n" : "";
      edits.push({
        start: at,
        end: at,
        text: nl + text.map((t) => indentUnit(t, itemCol)).join(""),
      });
    } else {
      const lastPair = stats.items[stats.items.length - 1] as Pair<unknown, unknown>;
      const col = columnOf(src, rangeOf(lastPair.key)[0]);
      const body = text.map((t) => indentUnit(t, col + 4)).join("");
      if (unitsPair) {
        // "units:" with nothing under it
        const at = lineEnd(src, rangeOf(unitsPair.key)[0]);
        edits.push({ start: at, end: at, text: body });
      } else {
        const e = insertLineAfter(src, lastPair, "units:");
        if (e) edits.push({ ...e, text: `${e.text}${body}` });
      }
    }
  }

  const totals = asMap(pairOf(stats, "totals")?.value);
  if (totals) {
    const fields = new Set(imported.flatMap((u) => [...u.values.keys()]));
    for (const field of fields) {
      const node = nodeAt(totals, field.split("."));
      if (!node || !isScalar(node) || typeof node.value !== "number") continue;
      const all = finals.map((f) => f.get(field));
      if (all.some((v) => v === undefined)) continue;
      const sum = sumExact(all as number[]);
      if (sum === node.value) continue;
      const r = rangeOf(node);
      edits.push({ start: r[0], end: r[1], text: String(sum) });
      report.totals.push({ field, from: node.value, to: sum });
    }
  }
  return { text: applyEdits(src, edits), report };
}

function uniqueOr<T>(xs: T[]): T | undefined {
  return xs.length === 1 ? xs[0] : undefined;
}

function changesOf(unit: ImportedUnit): FieldChange[] {
  return [...unit.values].map(([field, to]) => ({ field, to }));
}

function rangeOf(node: unknown): [number, number, number] {
  return (node as { range: [number, number, number] }).range;
}

function nodeAt(map: AnyMap, path: readonly string[]): unknown {
  let node: unknown = map;
  for (const key of path) {
    const m = asMap(node);
    if (!m) return undefined;
    node = pairOf(m, key)?.value;
  }
  return node;
}

/** The numbers of a plain value, by dotted path: "groups.poor.households" → 7. */
function leaves(value: unknown, prefix = "", out = new Map<string, number>()): Map<string, number> {
  if (typeof value === "number") out.set(prefix, value);
  else if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

/** Edits that make a map hold the tree's numbers; new keys go after the map's last key. */
function setTree(
  src: string,
  map: AnyMap,
  tree: Tree,
  path: readonly string[],
  edits: Edit[],
  changes: FieldChange[],
): void {
  const missing: [string, Tree | number][] = [];
  for (const [key, value] of Object.entries(tree)) {
    const pair = pairOf(map, key);
    const here = [...path, key];
    if (!pair) {
      missing.push([key, value]);
      for (const [field, to] of leaves(value, here.join("."))) changes.push({ field, to });
      continue;
    }
    const child = pair.value;
    if (typeof value === "number") {
      const from = isScalar(child) && typeof child.value === "number" ? child.value : undefined;
      if (from === value) continue;
      changes.push({ field: here.join("."), ...(from !== undefined ? { from } : {}), to: value });
      edits.push(replaceOrFill(src, pair, String(value)));
    } else if (isMap(child)) {
      setTree(src, child, value, here, edits, changes);
    } else {
      for (const [field, to] of leaves(value, here.join("."))) changes.push({ field, to });
      edits.push(replaceOrFill(src, pair, flow(value)));
    }
  }
  if (missing.length === 0) return;
  if (map.flow) {
    const r = rangeOf(map);
    const inner = missing.map(([k, v]) => `${k}: ${flow(v)}`).join(", ");
    const last = map.items[map.items.length - 1];
    if (!last) {
      edits.push({ start: r[0], end: r[1], text: `{ ${inner} }` });
    } else {
      const end = rangeOf(last.value ?? last.key)[1];
      edits.push({ start: end, end, text: `, ${inner}` });
    }
    return;
  }
  const last = map.items[map.items.length - 1];
  if (!last) return;
  const indent = " ".repeat(columnOf(src, rangeOf(last.key)[0]));
  const lines = missing.map(([k, v]) => `${k}: ${flow(v)}`).join(`\n${indent}`);
  const e = insertLineAfter(src, last, lines);
  if (e) edits.push(e);
}

/** Replaces a value; "key:" with nothing after it gets " value". */
function replaceOrFill(src: string, pair: Pair<unknown, unknown>, text: string): Edit {
  const value = pair.value as { range?: [number, number, number] } | null;
  if (value?.range && value.range[1] > value.range[0]) {
    return { start: value.range[0], end: value.range[1], text };
  }
  const keyEnd = rangeOf(pair.key)[1];
  const colon = src.indexOf(":", keyEnd) + 1;
  return { start: colon, end: colon, text: ` ${text}` };
}

/** A new unit as block lines relative to column 0: "- name: …", "  households: …", "  groups: …". */
function unitText(unit: ImportedUnit, order: readonly string[]): string[] {
  const tree = treeOf(unit.values, order);
  const lines = [`- name: ${scalarText(unit.name)}`];
  for (const [k, v] of Object.entries(tree)) {
    if (k === "groups" && typeof v === "object") {
      lines.push("  groups:");
      for (const [g, counts] of Object.entries(v)) lines.push(`    ${g}: ${flow(counts)}`);
    } else {
      lines.push(`  ${k}: ${flow(v)}`);
    }
  }
  if (!("groups" in tree)) lines.push("  groups: {}");
  return lines;
}

function indentUnit(lines: string[], itemCol: number): string {
  const dash = " ".repeat(Math.max(0, itemCol - 2));
  return lines.map((l) => `${dash}${l}\n`).join("");
}
