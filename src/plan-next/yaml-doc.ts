// Finding things in a `yaml` Document and turning the wanted changes into text edits (see edits.ts).

import { isMap, isScalar, isSeq, type Pair, type YAMLMap, type YAMLSeq } from "yaml";
import {
  columnOf,
  commentLine,
  type Edit,
  lineEnd,
  lineStart,
  startsLine,
  withCommentsAbove,
} from "./edits.js";

export type AnyPair = Pair<unknown, unknown>;

export function asMap(node: unknown): YAMLMap<unknown, unknown> | undefined {
  return isMap(node) ? node : undefined;
}

export function asSeq(node: unknown): YAMLSeq<unknown> | undefined {
  return isSeq(node) ? node : undefined;
}

export function pairOf(
  map: YAMLMap<unknown, unknown> | undefined,
  key: string,
): AnyPair | undefined {
  return map?.items.find((p) => isScalar(p.key) && p.key.value === key);
}

export function keyText(pair: AnyPair): string {
  return isScalar(pair.key) ? String(pair.key.value) : "";
}

function range(node: unknown): [number, number, number] | undefined {
  const r = (node as { range?: [number, number, number] | null } | null)?.range;
  return r ?? undefined;
}

/** The value written without its trailing comment: [start, end). */
export function valueSpan(node: unknown): [number, number] | undefined {
  const r = range(node);
  return r ? [r[0], r[1]] : undefined;
}

/** Replaces a value (a scalar, or a whole flow collection) by new source text. */
export function replaceValue(pair: AnyPair, text: string): Edit | undefined {
  const span = valueSpan(pair.value);
  return span ? { start: span[0], end: span[1], text } : undefined;
}

/** Rewrites the source of a value through a function (years moved inside a title, say). */
export function rewriteValue(
  src: string,
  node: unknown,
  f: (raw: string) => string,
): Edit | undefined {
  const span = valueSpan(node);
  if (!span) return undefined;
  const raw = src.slice(span[0], span[1]);
  const text = f(raw);
  return text === raw ? undefined : { start: span[0], end: span[1], text };
}

/**
 * Removes a key and its value from a map. In block style the whole lines go, with the comment lines
 * right above the key; a key sharing its line with a "- " gives its place to the next key.
 */
export function removePair(src: string, map: YAMLMap<unknown, unknown>, pair: AnyPair): Edit[] {
  const i = map.items.indexOf(pair);
  const key = range(pair.key);
  if (!key || i < 0) return [];
  const next = map.items[i + 1];
  const nextKey = next ? range(next.key) : undefined;
  const valueEnd = (range(pair.value) ?? key)[2];
  if (map.flow) {
    if (nextKey) return [{ start: key[0], end: nextKey[0], text: "" }];
    const prev = map.items[i - 1];
    const prevEnd = prev ? valueSpan(prev.value)?.[1] : undefined;
    const end = valueSpan(pair.value)?.[1] ?? key[1];
    return [{ start: prevEnd ?? key[0], end, text: "" }];
  }
  if (startsLine(src, key[0])) {
    const start = withCommentsAbove(src, lineStart(src, key[0]));
    const end = src[valueEnd - 1] === "\n" ? valueEnd : lineEnd(src, valueEnd);
    return [{ start, end, text: "" }];
  }
  if (nextKey) return [{ start: key[0], end: nextKey[0], text: "" }];
  return [];
}

/**
 * A new `key: value` after an existing pair: a line of its own in a block map, indented like the
 * pair; `, key: value` right after the pair's value in a flow map ({ … }, a JSON plan), with the key
 * quoted as the pair's is.
 */
export function insertAfter(
  src: string,
  map: YAMLMap<unknown, unknown>,
  pair: AnyPair,
  name: string,
  value: string,
): Edit | undefined {
  const key = range(pair.key);
  if (!key) return undefined;
  if (map.flow) {
    const at = valueSpan(pair.value)?.[1] ?? key[1];
    const quoted = isScalar(pair.key) && pair.key.type === "QUOTE_DOUBLE";
    return { start: at, end: at, text: `, ${quoted ? JSON.stringify(name) : name}: ${value}` };
  }
  return insertLineAfter(src, pair, `${name}: ${value}`);
}

/** A line (or lines) after a pair of a block map, at the pair's key's column. */
export function insertLineAfter(src: string, pair: AnyPair, line: string): Edit | undefined {
  const key = range(pair.key);
  if (!key) return undefined;
  const valueEnd = (range(pair.value) ?? key)[2];
  const at = src[valueEnd - 1] === "\n" ? valueEnd : lineEnd(src, valueEnd);
  const nl = at > 0 && src[at - 1] !== "\n" ? "\n" : "";
  return { start: at, end: at, text: `${nl}${" ".repeat(columnOf(src, key[0]))}${line}\n` };
}

/** A comment line above a key of a block map; undefined when the key does not start its line. */
export function commentBeforeKey(src: string, pair: AnyPair, text: string): Edit | undefined {
  const key = range(pair.key);
  if (!key || !startsLine(src, key[0])) return undefined;
  const at = lineStart(src, key[0]);
  return { start: at, end: at, text: commentLine(columnOf(src, key[0]), text) };
}

/** A comment line above an item of a block sequence, indented like its "-". */
export function commentBeforeItem(src: string, item: unknown, text: string): Edit | undefined {
  const r = range(item);
  if (!r) return undefined;
  const at = lineStart(src, r[0]);
  const dash = /^([ \t]*)-[ \t]+$/.exec(src.slice(at, r[0]));
  const indent = dash ? (dash[1]?.length ?? 0) : Math.max(0, columnOf(src, r[0]) - 2);
  if (!dash && !startsLine(src, r[0])) return undefined;
  return { start: at, end: at, text: commentLine(indent, text) };
}

/** A comment at the end of the line where a value ends, when that line has none yet. */
export function trailingComment(src: string, node: unknown, text: string): Edit | undefined {
  const span = valueSpan(node);
  if (!span) return undefined;
  const end = src.indexOf("\n", span[1]);
  const rest = src.slice(span[1], end < 0 ? src.length : end);
  if (!/^[ \t\r]*$/.test(rest)) return undefined;
  return { start: span[1], end: span[1], text: `  # ${text}` };
}

/** XEM LẠI on each item of a list, or once on its key when the list is written inline. */
export function reviewEach(src: string, pair: AnyPair | undefined, text: string): Edit[] {
  if (!pair) return [];
  const seq = asSeq(pair.value);
  if (!seq || seq.flow) {
    const e = commentBeforeKey(src, pair, text);
    return e ? [e] : [];
  }
  return seq.items.flatMap((item) => {
    const e = commentBeforeItem(src, item, text);
    return e ? [e] : [];
  });
}
