// The one inline markup of kehoach, read from every string block of a spec and from every template's
// output: paragraphs separated by blank lines; "- " items and "+ " sub-items; **bold**, *italic*,
// "\*" for a literal star. A single newline inside a paragraph is a space, so YAML folding and
// hand wrapping never change the text.

import type { Block, Inline, List, ListItem, ParagraphStyle } from "../document/types.js";
import { inlineText } from "../format/text.js";

type Line =
  | { kind: "blank" }
  | { kind: "item"; marker: "-" | "+"; text: string }
  | { kind: "text"; text: string };

function classify(raw: string): Line {
  const line = raw.trim();
  if (line === "") return { kind: "blank" };
  if (line === "-" || line.startsWith("- "))
    return { kind: "item", marker: "-", text: line.slice(2) };
  if (line === "+" || line.startsWith("+ "))
    return { kind: "item", marker: "+", text: line.slice(2) };
  return { kind: "text", text: line };
}

interface OpenItem {
  marker: "-" | "+";
  lines: string[];
  children: string[][];
}

/** Blocks of a markup text: body paragraphs (or the given style) and "-"/"+" lists. */
export function parseMarkup(text: string, style: ParagraphStyle = "body"): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: OpenItem[] = [];
  // A blank line ends a paragraph, but a list goes on across blank lines until other text comes.
  const flushParagraph = () => {
    if (paragraph.length > 0) {
      const content = parseInline(paragraph.join("\n"));
      if (content.length > 0) blocks.push({ type: "paragraph", style, content });
    }
    paragraph = [];
  };
  const flushList = () => {
    if (list.length > 0) blocks.push(toList(list));
    list = [];
  };

  let afterBlank = false;
  for (const raw of text.replace(/\r\n?/gu, "\n").split("\n")) {
    const line = classify(raw);
    if (line.kind === "blank") {
      flushParagraph();
      afterBlank = true;
      continue;
    }
    if (line.kind === "item") {
      flushParagraph();
      const last = list[list.length - 1];
      if (line.marker === "+" && last && last.marker === "-") {
        last.children.push([line.text]);
      } else {
        if (last && last.marker !== line.marker) flushList();
        list.push({ marker: line.marker, lines: [line.text], children: [] });
      }
    } else {
      const last = list[list.length - 1];
      if (last && !afterBlank) {
        // a wrapped line of the current item (or of its last sub-item)
        const child = last.children[last.children.length - 1];
        (child ?? last.lines).push(line.text);
      } else {
        flushList();
        paragraph.push(line.text);
      }
    }
    afterBlank = false;
  }
  flushParagraph();
  flushList();
  return blocks;
}

function toList(items: OpenItem[]): List {
  const marker = items[0]?.marker ?? "-";
  return {
    type: "list",
    marker,
    items: items.map((item): ListItem => {
      const out: ListItem = { content: parseInline(item.lines.join("\n")) };
      if (item.children.length > 0) {
        out.children = {
          type: "list",
          marker: "+",
          items: item.children.map((lines) => ({ content: parseInline(lines.join("\n")) })),
        };
      }
      return out;
    }),
  };
}

type Token = { kind: "text"; text: string } | { kind: "mark"; mark: "**" | "*" };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let buf = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\" && i + 1 < text.length && "*\\-+".includes(text[i + 1] ?? "")) {
      buf += text[i + 1];
      i++;
    } else if (c === "*") {
      if (buf) tokens.push({ kind: "text", text: buf });
      buf = "";
      if (text[i + 1] === "*") {
        tokens.push({ kind: "mark", mark: "**" });
        i++;
      } else {
        tokens.push({ kind: "mark", mark: "*" });
      }
    } else {
      buf += c;
    }
  }
  if (buf) tokens.push({ kind: "text", text: buf });
  return tokens;
}

/** A marker without its partner is only a star: "5 * 3" stays as written. */
function unpairedToText(tokens: Token[]): Token[] {
  const open: Record<"**" | "*", number | undefined> = { "**": undefined, "*": undefined };
  const paired = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.kind !== "mark") return;
    const at = open[t.mark];
    if (at === undefined) {
      open[t.mark] = i;
    } else {
      paired.add(at);
      paired.add(i);
      open[t.mark] = undefined;
    }
  });
  return tokens.map((t, i) =>
    t.kind === "mark" && !paired.has(i) ? { kind: "text", text: t.mark } : t,
  );
}

/** Inline runs of one paragraph: newlines become spaces, runs of spaces one space. */
export function parseInline(text: string): Inline[] {
  const flat = text
    .replace(/\s*\n\s*/gu, " ")
    .replace(/[ \t]+/gu, " ")
    .trim();
  const runs: Inline[] = [];
  let bold = false;
  let italic = false;
  for (const t of unpairedToText(tokenize(flat))) {
    if (t.kind === "mark") {
      if (t.mark === "**") bold = !bold;
      else italic = !italic;
      continue;
    }
    const prev = runs[runs.length - 1];
    if (prev && prev.type === "text" && !!prev.bold === bold && !!prev.italic === italic) {
      prev.text += t.text;
      continue;
    }
    const run: Inline = { type: "text", text: t.text };
    if (bold) run.bold = true;
    if (italic) run.italic = true;
    runs.push(run);
  }
  return runs.filter((r) => r.type !== "text" || r.text !== "");
}

/** The plain text of inline runs, markup dropped, a line break a space: for metadata and checks. */
export function plainText(content: readonly Inline[]): string {
  return inlineText(content, " ");
}
