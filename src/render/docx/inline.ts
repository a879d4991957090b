// Inline content to docx runs. Text is normalised to NFC and cleaned of characters XML 1.0 cannot
// carry (a stray control character would make Word refuse the whole file); a newline inside a text
// run becomes a line break and a tab a tab, as they would in the other renderers.

import { Tab, TextRun } from "docx";
import type { Inline } from "../../document/types.js";
import { withMarkNotes } from "../../layout/marks.js";
import { stripNonXml } from "./xml-text.js";

/** Formatting the surrounding cell imposes when the inline says nothing (true) or forbids (false). */
export interface RunOverride {
  bold?: boolean;
  italic?: boolean;
}

export function cleanText(text: string): string {
  return stripNonXml(text.normalize("NFC")).replace(/\r\n?/g, "\n");
}

function flag(own: boolean | undefined, override: boolean | undefined): boolean | undefined {
  return own === true ? true : override;
}

/** A stretch of text with one formatting, after a line break or not. */
interface Segment {
  text: string;
  bold: boolean | undefined;
  italic: boolean | undefined;
  breakBefore: boolean;
  /** A draft's disagreeing figure or its note: highlighted. */
  marked?: boolean;
}

/**
 * Adjacent text of the same formatting becomes one run ("I. " and its title, a sentence split by
 * the model): fewer runs make a lighter file and a faster render, and are what Word itself writes.
 */
function segments(content: readonly Inline[], override: RunOverride): Segment[] {
  const out: Segment[] = [];
  let pendingBreak = false;
  for (const inline of withMarkNotes(content)) {
    if (inline.type === "break") {
      if (pendingBreak)
        out.push({ text: "", bold: undefined, italic: undefined, breakBefore: true });
      pendingBreak = true;
      continue;
    }
    const bold = flag(inline.bold, override.bold);
    const italic = flag(inline.italic, override.italic);
    const marked = inline.mark !== undefined;
    cleanText(inline.text)
      .split("\n")
      .forEach((line, i) => {
        const breakBefore = pendingBreak || i > 0;
        pendingBreak = false;
        const last = out[out.length - 1];
        if (
          !breakBefore &&
          last &&
          last.bold === bold &&
          last.italic === italic &&
          (last.marked ?? false) === marked
        ) {
          last.text += line;
        } else if (line !== "" || breakBefore) {
          out.push({ text: line, bold, italic, breakBefore, ...(marked ? { marked } : {}) });
        }
      });
  }
  if (pendingBreak) out.push({ text: "", bold: undefined, italic: undefined, breakBefore: true });
  return out;
}

export function runs(content: readonly Inline[], override: RunOverride = {}): TextRun[] {
  return segments(content, override).map((seg) => {
    const children: (string | Tab)[] = [];
    seg.text.split("\t").forEach((part, j) => {
      if (j > 0) children.push(new Tab());
      if (part !== "") children.push(part);
    });
    return new TextRun({
      ...(seg.bold === undefined ? {} : { bold: seg.bold }),
      ...(seg.italic === undefined ? {} : { italics: seg.italic }),
      ...(seg.breakBefore ? { break: 1 } : {}),
      ...(seg.marked ? { highlight: "yellow" } : {}),
      children,
    });
  });
}

/** XML text as docx writes it: the five markup characters escaped (control characters are gone). */
export function escapeXmlText(text: string): string {
  return text.replace(/[&"'<>]/g, (c) => XML_ESCAPES[c] ?? c);
}

const XML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};

const flagXml = (tag: string, on: boolean | undefined): string =>
  on === undefined
    ? ""
    : on
      ? `<w:${tag}/><w:${tag}Cs/>`
      : `<w:${tag} w:val="false"/><w:${tag}Cs w:val="false"/>`;

/**
 * The same runs as runs(), as WordprocessingML text: for the data tables that table.ts writes
 * itself. Each run is what docx writes for the TextRun runs() makes (a marked figure highlighted).
 */
export function runsXml(content: readonly Inline[], override: RunOverride = {}): string {
  let out = "";
  for (const seg of segments(content, override)) {
    const props =
      flagXml("b", seg.bold) +
      flagXml("i", seg.italic) +
      (seg.marked ? '<w:highlight w:val="yellow"/>' : "");
    out += props === "" ? "<w:r>" : `<w:r><w:rPr>${props}</w:rPr>`;
    if (seg.breakBefore) out += "<w:br/>";
    seg.text.split("\t").forEach((part, j) => {
      if (j > 0) out += "<w:tab/>";
      if (part !== "") out += `<w:t xml:space="preserve">${escapeXmlText(part)}</w:t>`;
    });
    out += "</w:r>";
  }
  return out;
}

/** A plain string as runs, for the model's string fields (header block, sign-off lines). */
export function textRuns(text: string, override: RunOverride = {}): TextRun[] {
  return runs([{ type: "text", text }], override);
}
