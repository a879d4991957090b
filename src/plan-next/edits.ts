// Text edits on the original YAML source, located through the `yaml` Document's node ranges. Editing
// the text instead of re-serialising the Document keeps every byte that is not changed: comments,
// blank lines, flow or block style, and the official's own line folding of long scalars.

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies edits given as offsets into the original text. At one offset an insertion (start = end)
 * lands before a replacement that starts there, so a comment line goes above the line it concerns.
 */
export function applyEdits(src: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = src;
  let limit = src.length;
  for (const e of sorted) {
    if (e.end > limit) throw new Error(`overlapping edits at offset ${e.start}`);
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

export function lineStart(src: string, pos: number): number {
  return src.lastIndexOf("\n", pos - 1) + 1;
}

/** The offset just after the newline that ends the line holding pos (or the end of the text). */
export function lineEnd(src: string, pos: number): number {
  const nl = src.indexOf("\n", pos);
  return nl < 0 ? src.length : nl + 1;
}

/** The column of pos in its line: the indentation of whatever starts there. */
export function columnOf(src: string, pos: number): number {
  return pos - lineStart(src, pos);
}

/** Whether only spaces (or nothing) lie between the start of the line and pos. */
export function startsLine(src: string, pos: number): boolean {
  return /^[ \t]*$/.test(src.slice(lineStart(src, pos), pos));
}

/** Whether only spaces lie between pos and the end of its line: nothing, not even a comment. */
export function endsLine(src: string, pos: number): boolean {
  const end = src.indexOf("\n", pos);
  return /^[ \t\r]*$/.test(src.slice(pos, end < 0 ? src.length : end));
}

/**
 * Extends a line-start offset upward over the comment lines right above it (no blank line between):
 * the `yaml` library attaches those comments to the key below, so they go when the key goes.
 */
export function withCommentsAbove(src: string, start: number): number {
  let s = start;
  while (s > 0) {
    const prev = lineStart(src, s - 1);
    if (!/^[ \t]*#/.test(src.slice(prev, s))) break;
    s = prev;
  }
  return s;
}

/** Plans are folded at 100 columns; comments kehoach writes follow suit. */
export const LINE_WIDTH = 100;

/** Comment lines, indented like the line they precede, words wrapped at the line width. */
export function commentLine(indent: number, text: string): string {
  const prefix = `${" ".repeat(indent)}# `;
  const room = Math.max(40, LINE_WIDTH - prefix.length);
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => `${prefix}${l}\n`).join("");
}
