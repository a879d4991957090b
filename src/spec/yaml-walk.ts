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
import { fixParams, lineAt, quoteYaml, replacedIn } from "./yaml-lines.js";

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
    w.unusedAnchors();
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
  /** Anchors an alias uses; the others are text that lost its "&" (see unusedAnchors). */
  private readonly used = new Set<Node>();
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
      if (typeof v === "string" && n.type === "PLAIN") this.plainText(v, start, end, path);
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
    if (!target) {
      const fix = replacedIn(this.text, start, end, quoteYaml(this.text.slice(start, end)));
      this.fail("spec.yaml-alias-unknown", { alias: name, ...fix }, start, path, end);
    }
    if (this.active.has(target))
      this.fail("spec.yaml-alias-cycle", { alias: name }, start, path, end);
    this.used.add(target);
    this.aliasDepth++;
    try {
      const [v, s] = this.node(target, path, depth);
      // The alias stands where it is written; its inner nodes keep the anchor's positions.
      return [v, { ...s, start, end }];
    } finally {
      this.aliasDepth--;
    }
  }

  /**
   * Unquoted text that YAML reads otherwise than it looks: a whole value in Word's curly quotes
   * (printed with them), and a "- " line indented under a list item's text (joined to it).
   */
  private plainText(v: string, start: number, end: number, path: Link): void {
    if (/^[\u201c\u2018\u201e]/.test(v) && /[\u201d\u2019\u201c]$/.test(v)) {
      const l = lineAt(this.text, start);
      const inner = quoteYaml(v.slice(1, -1));
      const fixed =
        end <= l.start + l.text.length
          ? fixParams(l.text.slice(0, start - l.start) + inner + l.text.slice(end - l.start))
          : fixParams(inner);
      this.diagnostics.push(
        specDiag("spec.yaml-curly-quotes", fixed, this.at.at(start, start + 1), pathOf(path)),
      );
    }
    const source = this.text.slice(start, end);
    const more = /\n([ \t]*)- /.exec(source);
    if (!more) return;
    const first = lineAt(this.text, start);
    const before = first.text.slice(0, start - first.start);
    const want = /^[ -]*$/.test(before)
      ? before.lastIndexOf("-")
      : (/^ */.exec(before)?.[0].length ?? 0);
    const at = start + more.index + 1;
    const l = lineAt(this.text, at);
    const have = more[1]?.length ?? 0;
    if (!/^[ -]*$/.test(before)) {
      // "closing: Trên đây là …" then "  - thực hiện": the dash line is joined to the text
      const fixedLine = l.text.slice(0, have) + l.text.slice(have + 1).trimStart();
      this.diagnostics.push(
        specDiag(
          "spec.yaml-continued-text",
          { refLine: this.at.at(start).line, ...fixParams(fixedLine) },
          this.at.at(at + have, at + have + 1),
          pathOf(path),
        ),
      );
      return;
    }
    const fixedLine = " ".repeat(Math.max(0, want)) + l.text.slice(have);
    this.diagnostics.push(
      specDiag(
        "spec.yaml-continued-item",
        {
          have,
          want: Math.max(0, want),
          refLine: this.at.at(start).line,
          ...fixParams(fixedLine),
        },
        this.at.at(at + have, at + have + 1),
        pathOf(path),
      ),
    );
  }

  /**
   * "- &Các ngành liên quan" is the text "ngành liên quan" under an anchor named "Các": valid YAML,
   * silently not what the official wrote. Anchors are a programmer's tool; one that no alias uses
   * has no purpose in a plan, so it is refused with the quoted text as the fix. Anchors that aliases
   * use stay valid (plans valid today stay valid).
   */
  unusedAnchors(): void {
    for (const [name, node] of this.anchors) {
      if (this.used.has(node)) continue;
      const [start = 0, end = start] = node.range ?? [];
      const amp = this.text.lastIndexOf(`&${name}`, start);
      if (amp < 0) continue;
      const l = lineAt(this.text, amp);
      const col = amp - l.start;
      const fix =
        isScalar(node) && end <= l.start + l.text.length
          ? fixParams(
              l.text.slice(0, col) +
                quoteYaml(this.text.slice(amp, end)) +
                l.text.slice(end - l.start),
            )
          : fixParams(l.text.slice(0, col) + l.text.slice(col + name.length + 1).replace(/^ /, ""));
      this.diagnostics.push(
        specDiag(
          "spec.yaml-anchor",
          { anchor: name, ...fix },
          this.at.at(amp, amp + name.length + 1),
        ),
      );
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
