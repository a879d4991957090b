// The yaml Document → plain data and its source map, in one pass. Doing this ourselves rather than
// with doc.toJS() lets every string and key be cleaned (clean-text.ts), duplicate keys be reported with
// both lines, "__proto__" stay an ordinary own key, and alias expansion be bounded and cycle-safe.

import { type Document, isAlias, isMap, isScalar, isSeq, type Node } from "yaml";
import type { Diagnostic, SpecPath } from "../diagnostics/types.js";
import type { Positions, SrcNode } from "../yaml/positions.js";
import {
  CLEAN_KINDS,
  type CleanKind,
  changeOffset,
  cleanString,
  codePointName,
} from "./clean-text.js";
import { specDiag } from "./diag.js";
import { MAX_ALIAS_NODES, MAX_DEPTH } from "./limits.js";
import { setOwn } from "./own-key.js";

export interface Walked {
  value: unknown;
  tree: SrcNode | undefined;
  diagnostics: Diagnostic[];
}

/** Thrown inside the walk to stop it; never escapes walkDocument. */
class Abort {}

/** The path to a node as a chain of links: arrays are only built when a diagnostic needs one. */
type Link = { up: Link; seg: string | number } | undefined;

function pathOf(link: Link): SpecPath {
  const out: (string | number)[] = [];
  for (let l = link; l; l = l.up) out.push(l.seg);
  return out.reverse();
}

export function walkDocument(doc: Document.Parsed, text: string, at: Positions): Walked {
  const w = new Walker(text, at);
  const root = doc.contents;
  if (!root) return { value: null, tree: undefined, diagnostics: w.diagnostics };
  try {
    const [value, tree] = w.node(root, undefined, 0);
    w.reportCleaning();
    return { value, tree, diagnostics: w.diagnostics };
  } catch (e) {
    if (e instanceof Abort)
      return { value: undefined, tree: undefined, diagnostics: w.diagnostics };
    throw e;
  }
}

class Walker {
  readonly diagnostics: Diagnostic[] = [];
  private readonly anchors = new Map<string, Node>();
  /** Anchored nodes being expanded right now: meeting one again is a cycle. */
  private readonly active = new Set<Node>();
  private aliasDepth = 0;
  private aliasNodes = 0;
  /** The first place of each kind of cleaning, and how many strings it changed. */
  private readonly cleaned = new Map<
    CleanKind,
    { offset: number; path: Link; char: number | undefined; count: number }
  >();

  constructor(
    private readonly text: string,
    private readonly at: Positions,
  ) {}

  node(n: Node, path: Link, depth: number): [unknown, SrcNode] {
    const [start = 0, end = start] = n.range ?? [];
    if (depth > MAX_DEPTH) this.fail("spec.yaml-too-deep", { limit: MAX_DEPTH }, start, path);
    if (this.aliasDepth > 0 && ++this.aliasNodes > MAX_ALIAS_NODES) {
      this.fail("spec.yaml-alias-limit", { limit: MAX_ALIAS_NODES }, start, path);
    }
    if (isAlias(n)) return this.alias(n.source, start, end, path, depth);
    if (n.anchor) this.anchors.set(n.anchor, n);
    const src: SrcNode = { start, end };
    if (isScalar(n)) {
      const v = n.value;
      return [typeof v === "string" ? this.clean(v, start, end, path) : v, src];
    }
    if (isSeq(n)) {
      const out: unknown[] = [];
      const children = new Map<string | number, SrcNode>();
      src.children = children;
      this.active.add(n);
      n.items.forEach((item, i) => {
        const [v, s] = this.item(item as Node | null, { up: path, seg: i }, depth, end);
        out.push(v);
        children.set(i, s);
      });
      this.active.delete(n);
      return [out, src];
    }
    if (isMap(n)) {
      const out: Record<string, unknown> = {};
      const children = new Map<string | number, SrcNode>();
      const firstAt = new Map<string, number>();
      src.children = children;
      this.active.add(n);
      for (const pair of n.items) {
        const keyNode = pair.key as Node | null;
        const valueNode = pair.value as Node | null;
        const [kStart = start, kEnd = kStart] = keyNode?.range ?? valueNode?.range ?? [];
        const key = this.keyOf(keyNode, path);
        if (key === undefined) {
          this.diagnostics.push(
            specDiag("spec.yaml-complex-key", {}, this.at.at(kStart, kEnd), pathOf(path)),
          );
          continue;
        }
        const first = firstAt.get(key);
        if (first !== undefined) {
          const firstLine = this.at.at(first).line;
          const pos = this.at.at(kStart, kEnd);
          this.diagnostics.push(
            specDiag("spec.duplicate-key", { key, firstLine }, pos, pathOf({ up: path, seg: key })),
          );
          continue;
        }
        firstAt.set(key, kStart);
        const [v, s] = this.item(valueNode, { up: path, seg: key }, depth, kEnd);
        s.keyStart = kStart;
        s.keyEnd = kEnd;
        setOwn(out, key, v);
        children.set(key, s);
      }
      this.active.delete(n);
      return [out, src];
    }
    this.fail("spec.internal", { detail: "unknown YAML node" }, start, path);
  }

  /** A collection item or mapping value; an absent one ("key:" alone) is null, placed after the key. */
  private item(n: Node | null, path: Link, depth: number, after: number): [unknown, SrcNode] {
    if (!n) return [null, { start: after, end: after }];
    return this.node(n, path, depth + 1);
  }

  private keyOf(n: Node | null, path: Link): string | undefined {
    if (!n) return "";
    if (!isScalar(n)) return undefined;
    const v = n.value;
    const [s, e] = n.range ?? [0, 0];
    if (typeof v === "string") return this.clean(v, s, e, path, true);
    // 2024: or true: as written, not as re-printed by JavaScript
    return this.text.slice(s, e).normalize("NFC");
  }

  /** A string of the plan, cleaned; its changes noted for reportCleaning. */
  private clean(s: string, start: number, end: number, path: Link, isKey = false): string {
    const { value, changes } = cleanString(s, isKey);
    // an alias repeats what its anchor said, and the anchor was counted
    if (this.aliasDepth > 0) return value;
    for (const { kind, char } of changes) {
      const seen = this.cleaned.get(kind);
      if (seen) {
        seen.count++;
        continue;
      }
      const at = changeOffset(kind, this.text.slice(start, end)) ?? 0;
      this.cleaned.set(kind, { offset: start + at, path, char, count: 1 });
    }
    return value;
  }

  /** One informational diagnostic per kind of cleaning, at its first place. */
  reportCleaning(): void {
    for (const kind of CLEAN_KINDS) {
      const c = this.cleaned.get(kind);
      if (!c) continue;
      const params = { count: c.count, char: c.char === undefined ? "" : codePointName(c.char) };
      const pos = this.at.at(c.offset);
      this.diagnostics.push(specDiag(`spec.clean-${kind}`, params, pos, pathOf(c.path), "info"));
    }
  }

  private alias(
    name: string,
    start: number,
    end: number,
    path: Link,
    depth: number,
  ): [unknown, SrcNode] {
    const target = this.anchors.get(name);
    if (!target) this.fail("spec.yaml-alias-unknown", { alias: name }, start, path, end);
    if (this.active.has(target))
      this.fail("spec.yaml-alias-cycle", { alias: name }, start, path, end);
    this.aliasDepth++;
    try {
      const [v, s] = this.node(target, path, depth);
      // The alias stands where it is written; its inner nodes keep the anchor's positions.
      return [v, { ...s, start, end }];
    } finally {
      this.aliasDepth--;
    }
  }

  private fail(
    code: string,
    params: Record<string, string | number>,
    start: number,
    path: Link,
    end = start,
  ): never {
    this.diagnostics.push(specDiag(code, params, this.at.at(start, end), pathOf(path)));
    throw new Abort();
  }
}
