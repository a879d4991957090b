import type { Inline } from "../../document/types.js";
import { escapeHtml } from "./escape.js";

export function renderInlines(content: readonly Inline[]): string {
  return content.map(renderInline).join("");
}

function renderInline(inline: Inline): string {
  switch (inline.type) {
    case "break":
      return "<br>";
    case "text": {
      let html = escapeHtml(inline.text);
      if (inline.italic) html = `<i>${html}</i>`;
      if (inline.bold) html = `<b>${html}</b>`;
      // a draft's disagreeing figure, and the note of what disagrees
      if (inline.mark !== undefined) {
        const note = escapeHtml(inline.mark);
        html = `<mark class="disagrees" title="${note}">${html}</mark><small class="disagrees-note"> (${note})</small>`;
      }
      return html;
    }
    default:
      return unreachable(inline);
  }
}

/** A new node type in the model is a compile error here until it is handled. */
export function unreachable(node: never): never {
  throw new Error(`kehoach html: unknown node ${JSON.stringify(node)}`);
}
