// Where each value of a YAML file came from in its text, as a tree mirroring the value, so that any
// stage can turn a SpecPath into a file position without keeping the YAML document around. Part of
// src/yaml, the project's YAML reading, which src/spec (plans), src/model (templates) and src/data
// (the package's data files) share; it imports no stage.

import type { LineCounter } from "yaml";
import type { SourcePos, SpecPath } from "../diagnostics/types.js";

export interface SrcNode {
  /** Offsets of the value in the NFC text. */
  start: number;
  end: number;
  /** Offsets of the key, when the value is the value of a mapping entry. */
  keyStart?: number;
  keyEnd?: number;
  children?: Map<string | number, SrcNode>;
}

export function findNode(root: SrcNode | undefined, path: SpecPath): SrcNode | undefined {
  let node = root;
  for (const seg of path) {
    node = node?.children?.get(seg);
    if (!node) return undefined;
  }
  return node;
}

/** Turns offsets into 1-based line/col positions of one file. */
export class Positions {
  constructor(
    readonly file: string,
    private readonly lines: LineCounter | undefined,
  ) {}

  at(start: number, end = start): SourcePos {
    if (!this.lines) return { file: this.file, line: 1, col: 1 };
    const a = this.lines.linePos(start);
    const b = this.lines.linePos(Math.max(start, end));
    return { file: this.file, line: a.line, col: a.col, endLine: b.line, endCol: b.col };
  }

  /** The whole entry: from the key (when there is one) to the end of the value. */
  entry(node: SrcNode): SourcePos {
    return this.at(node.keyStart ?? node.start, Math.max(node.end, node.keyEnd ?? 0));
  }

  /** The key of a mapping entry, else the value. */
  key(node: SrcNode): SourcePos {
    return node.keyStart !== undefined ? this.at(node.keyStart, node.keyEnd) : this.value(node);
  }

  /** The value; an empty value ("key:" and nothing after) points at its key instead. */
  value(node: SrcNode): SourcePos {
    if (node.end <= node.start && node.keyStart !== undefined) return this.key(node);
    return this.at(node.start, node.end);
  }
}
