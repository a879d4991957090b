// Text compared the way an official reads it: paragraph by paragraph (a "- " item is a paragraph),
// whitespace and line folding ignored. Counts come from a longest common subsequence: what is left
// over on both sides pairs up as "changed", the rest is added or removed.

import type { BlockSpec, ListItemSpec } from "../spec/types.js";
import { squash } from "./text.js";
import type { ParagraphCounts } from "./types.js";

/** Paragraphs of inline markup: blank lines separate them, and each "- " or "+ " line is one. */
export function textParagraphs(text: string | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const chunk of text.split(/\n[ \t]*\n/u)) {
    let current = "";
    for (const line of chunk.split("\n")) {
      if (/^\s*[-+]\s/u.test(line) && current) {
        out.push(squash(current));
        current = line;
      } else {
        current = current ? `${current} ${line}` : line;
      }
    }
    if (squash(current)) out.push(squash(current));
  }
  return out;
}

function itemParagraphs(item: ListItemSpec): string[] {
  if (typeof item === "string") return [squash(item)];
  return [squash(item.text), ...(item.bullets ?? []).map(squash)];
}

/** Paragraphs of section content or tasks; a table, template or target reference is one. */
export function blockParagraphs(blocks: readonly BlockSpec[] | undefined): string[] {
  const out: string[] = [];
  for (const b of blocks ?? []) {
    if (typeof b === "string") out.push(...textParagraphs(b));
    else if ("bullets" in b) out.push(...b.bullets.flatMap(itemParagraphs));
    else out.push(JSON.stringify(b));
  }
  return out;
}

/** Length of a longest common subsequence: plans have at most a few hundred paragraphs a section. */
function lcs(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++) {
      row[j + 1] = x === b[j] ? (prev[j] ?? 0) + 1 : Math.max(prev[j + 1] ?? 0, row[j] ?? 0);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

export function compareParagraphs(a: readonly string[], b: readonly string[]): ParagraphCounts {
  const same = lcs(a, b);
  const removed = a.length - same;
  const added = b.length - same;
  const changed = Math.min(removed, added);
  return { added: added - changed, removed: removed - changed, changed };
}

export function isZero(c: ParagraphCounts): boolean {
  return c.added === 0 && c.removed === 0 && c.changed === 0;
}
