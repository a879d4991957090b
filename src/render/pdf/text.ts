// Model inlines → text runs. Every string passes through NFC here: decomposed Vietnamese (base
// letter + combining marks) is drawn badly and extracts garbled, so normalising at the one door text
// enters by is cheap insurance even though the model should already be NFC.

import type { Inline } from "../../document/types.js";
import { withMarkNotes } from "../../layout/marks.js";

export function nfc(text: string): string {
  return text.normalize("NFC");
}

export interface Run {
  text: string;
  bold?: boolean;
  italics?: boolean;
  /** A draft's disagreeing figure or its note (layout/marks.ts). */
  highlight?: boolean;
}

/** One run per model inline; a line break is a "\n" run. Always fresh objects. */
export function runs(content: readonly Inline[]): Run[] {
  return withMarkNotes(content).map((inline): Run => {
    if (inline.type === "break") return { text: "\n" };
    const run: Run = { text: nfc(inline.text) };
    if (inline.bold) run.bold = true;
    if (inline.italic) run.italics = true;
    if (inline.mark !== undefined) run.highlight = true;
    return run;
  });
}
