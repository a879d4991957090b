// How many lines each text node of the definition takes, as the node builders decided them.

/**
 * Lines of each text node built here, keyed by its runs (or by the node, for a plain string):
 * pagination and flow.ts need the nodes' heights.
 */
export const LINES = new WeakMap<object, number>();

/** Records that the node with these runs (or this node) takes `lines` lines. */
export function setLines(key: object, lines: number): void {
  LINES.set(key, lines);
}

/** The lines of a text node built here; 1 where none were recorded (a short fixed text). */
export function linesOf(node: object): number {
  const text = (node as { text?: unknown }).text;
  const byText = typeof text === "object" && text !== null ? LINES.get(text) : undefined;
  return byText ?? LINES.get(node) ?? 1;
}
