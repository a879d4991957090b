// Completion and hover from schemas/plan.schema.json, for the YAML of a plan. A small reader of
// the schema (properties, $ref, items, and the branches of oneOf/anyOf/allOf/if-then-else) and of
// where the cursor stands in the YAML (the keys and list items above it, by indentation), so that a
// key is completed in any mapping of the plan, however deep. (codemirror-json-schema completes only
// the keys of the top level in YAML: its nested block mappings give no suggestions.)

import type { Completion, CompletionContext, CompletionResult } from "@codemirror/autocomplete";
import type { Text } from "@codemirror/state";
import type { EditorView, Tooltip } from "@codemirror/view";

type Schema = { [key: string]: unknown };
/** A key of a mapping, or "[]" for an item of a list. */
type Step = string;

const KEY_LINE = /^(\s*)((?:-\s+)*)([^\s#:'"][^#:]*?|"[^"]*"|'[^']*'):(?:\s|$)/;
const DASH_LINE = /^(\s*)((?:-\s+)+)/;

function isSchema(v: unknown): v is Schema {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Follows $ref (local only) and gathers the node and the schemas it combines. */
function expand(root: Schema, node: unknown, seen = new Set<unknown>()): Schema[] {
  if (!isSchema(node) || seen.has(node)) return [];
  seen.add(node);
  const out: Schema[] = [node];
  const ref = node.$ref;
  if (typeof ref === "string" && ref.startsWith("#/")) {
    let target: unknown = root;
    for (const part of ref.slice(2).split("/"))
      target = isSchema(target) ? target[part] : undefined;
    out.push(...expand(root, target, seen));
  }
  for (const key of ["oneOf", "anyOf", "allOf"]) {
    const list = node[key];
    if (Array.isArray(list)) for (const s of list) out.push(...expand(root, s, seen));
  }
  for (const key of ["then", "else"]) out.push(...expand(root, node[key], seen));
  return out;
}

/** The schemas that may describe the value at `path`. */
function schemasAt(root: Schema, path: readonly Step[]): Schema[] {
  let nodes = expand(root, root);
  for (const step of path) {
    const next: Schema[] = [];
    for (const n of nodes) {
      const child =
        step === "[]" ? n.items : isSchema(n.properties) ? n.properties[step] : undefined;
      next.push(...expand(root, child));
    }
    nodes = next;
  }
  return nodes;
}

function describe(nodes: readonly Schema[]): string {
  for (const n of nodes) {
    if (typeof n.description === "string") return n.description;
  }
  for (const n of nodes) {
    if (typeof n.markdownDescription === "string") return n.markdownDescription;
  }
  return "";
}

function unquote(key: string): string {
  return key.replace(/^(["'])(.*)\1$/, "$2").trim();
}

/**
 * The path of the mapping (or list) that holds line `lineNo` when its content starts at column
 * `col`: the keys and list items of the lines above, found by their indentation.
 */
export function containerPath(doc: Text, lineNo: number, col: number): Step[] {
  const path: Step[] = [];
  let target = col;
  // after a list item: its parent key may stand at the same column as the dash
  let inList = false;
  for (let n = lineNo - 1; n >= 1 && target > 0; n--) {
    const text = doc.line(n).text;
    if (/^\s*(#|$)/.test(text)) continue;
    const key = KEY_LINE.exec(text);
    const dash = DASH_LINE.exec(text);
    const indent = (key?.[1] ?? dash?.[1] ?? /^\s*/.exec(text)?.[0] ?? "").length;
    const dashes = (key?.[2] ?? dash?.[2] ?? "").length;
    const keyCol = indent + dashes;
    if (key && keyCol < target && !(dashes === 0 && inList && indent > target)) {
      // the parent key; its dashes (if any) are items of lists that hold it
      path.unshift(unquote(key[3] ?? ""));
      const items = (key[2] ?? "").match(/-/g)?.length ?? 0;
      for (let i = 0; i < items; i++) path.unshift("[]");
      target = indent;
      inList = items > 0;
      continue;
    }
    if (key && dashes === 0 && inList && keyCol === target) {
      path.unshift(unquote(key[3] ?? ""));
      target = indent;
      inList = false;
      continue;
    }
    if (dash && keyCol === target) {
      // an earlier key of the same list item ("- kind: …" above "  number: …")
      const items = (dash[2] ?? "").match(/-/g)?.length ?? 0;
      for (let i = 0; i < items; i++) path.unshift("[]");
      target = indent;
      inList = true;
      continue;
    }
    if (indent < target && !dash) {
    }
  }
  return path;
}

/** Where the cursor is on its line: writing a key, or the value of a key. */
function lineContext(
  doc: Text,
  pos: number,
):
  | { kind: "key"; path: Step[]; from: number }
  | { kind: "value"; path: Step[]; from: number }
  | undefined {
  const line = doc.lineAt(pos);
  const before = line.text.slice(0, pos - line.from);
  const keyStart = /^(\s*)((?:-\s+)*)([\w-]*)$/.exec(before);
  if (keyStart) {
    const col = (keyStart[1] ?? "").length + (keyStart[2] ?? "").length;
    const path = containerPath(doc, line.number, col);
    const items = (keyStart[2] ?? "").match(/-/g)?.length ?? 0;
    for (let i = 0; i < items; i++) path.push("[]");
    return { kind: "key", path, from: pos - (keyStart[3] ?? "").length };
  }
  const valueStart = /^(\s*)((?:-\s+)*)([^\s#:'"][^#:]*?):\s+([^\s#]*)$/.exec(before);
  if (valueStart) {
    const col = (valueStart[1] ?? "").length + (valueStart[2] ?? "").length;
    const path = containerPath(doc, line.number, col);
    const items = (valueStart[2] ?? "").match(/-/g)?.length ?? 0;
    for (let i = 0; i < items; i++) path.push("[]");
    path.push(unquote(valueStart[3] ?? ""));
    return { kind: "value", path, from: pos - (valueStart[4] ?? "").length };
  }
  return undefined;
}

/** Completion of keys (with their descriptions) and of values the schema lists. */
export function schemaCompletion(root: Schema) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const where = lineContext(ctx.state.doc, ctx.pos);
    if (!where) return null;
    const word = ctx.state.sliceDoc(where.from, ctx.pos);
    if (!ctx.explicit && word === "") return null;
    const nodes = schemasAt(root, where.path);
    const options: Completion[] = [];
    const seen = new Set<string>();
    if (where.kind === "key") {
      for (const n of nodes) {
        if (!isSchema(n.properties)) continue;
        for (const [key, sub] of Object.entries(n.properties)) {
          if (seen.has(key)) continue;
          seen.add(key);
          const info = describe(expand(root, sub));
          options.push({
            label: key,
            type: "property",
            apply: `${key}: `,
            ...(info ? { info } : {}),
          });
        }
      }
    } else {
      for (const n of nodes) {
        const values = Array.isArray(n.enum) ? n.enum : "const" in n ? [n.const] : [];
        if (n.type === "boolean") values.push(true, false);
        for (const v of values) {
          const label = String(v);
          if (seen.has(label) || typeof v === "object") continue;
          seen.add(label);
          options.push({ label, type: "enum" });
        }
      }
    }
    if (options.length === 0) return null;
    return { from: where.from, options, validFor: /^[\w-]*$/ };
  };
}

/** The description of the key under the pointer. */
export function schemaHover(root: Schema) {
  return (view: EditorView, pos: number): Tooltip | null => {
    const doc = view.state.doc;
    const line = doc.lineAt(pos);
    const m = KEY_LINE.exec(line.text);
    if (!m) return null;
    const col = (m[1] ?? "").length + (m[2] ?? "").length;
    const start = line.from + col;
    const end = start + (m[3] ?? "").length;
    if (pos < start || pos > end) return null;
    const path = containerPath(doc, line.number, col);
    const items = (m[2] ?? "").match(/-/g)?.length ?? 0;
    for (let i = 0; i < items; i++) path.push("[]");
    path.push(unquote(m[3] ?? ""));
    const text = describe(schemasAt(root, path));
    if (!text) return null;
    return {
      pos: start,
      end,
      above: true,
      create: () => {
        const dom = document.createElement("div");
        dom.className = "kh-ws-hover";
        const title = document.createElement("b");
        title.textContent = path.filter((s) => s !== "[]").join(".");
        const body = document.createElement("div");
        body.textContent = text;
        dom.append(title, body);
        return { dom };
      },
    };
  };
}
