// Model inlines → text runs. Every string passes through NFC here: decomposed Vietnamese (base
// letter + combining marks) is drawn badly and extracts garbled, so normalising at the one door text
// enters by is cheap insurance even though the model should already be NFC.

import type { Inline } from "../../document/types.js";

export function nfc(text: string): string {
  return text.normalize("NFC");
}

export interface Run {
  text: string;
  bold?: boolean;
  italics?: boolean;
}

/** One run per model inline; a line break is a "\n" run. Always fresh objects. */
export function runs(content: readonly Inline[]): Run[] {
  return content.map((inline): Run => {
    if (inline.type === "break") return { text: "\n" };
    // a draft's disagreeing figure: marked in plain text, "[!] 17 (Chưa khớp: …)"
    const text = inline.mark === undefined ? inline.text : `[!] ${inline.text} (${inline.mark})`;
    const run: Run = { text: nfc(text) };
    if (inline.bold) run.bold = true;
    if (inline.italic) run.italics = true;
    return run;
  });
}
