// How a draft shows a figure that disagrees with another (issue 13): the figure highlighted, then
// what disagrees, " (…)", in italics, highlighted too. The DOCX and the PDF show it so; the HTML
// shows the same text (its note in a <small> beside the <mark>).

import type { Inline } from "../document/types.js";

/**
 * The inlines with each marked figure followed by its note. Both keep a `mark` (the note's is
 * empty): a renderer highlights every inline that has one.
 */
export function withMarkNotes(content: readonly Inline[]): Inline[] {
  if (!content.some((i) => i.type === "text" && i.mark)) return [...content];
  return content.flatMap((i): Inline[] => {
    if (i.type !== "text" || !i.mark) return [i];
    return [
      { ...i, mark: "" },
      { type: "text", text: ` (${i.mark})`, italic: true, mark: "" },
    ];
  });
}
