// Whether bytes are a well-formed DOCX or PDF: what an official's word processor or reader needs
// first. Each check returns the problems it found (none for a good file).

import { strFromU8, unzipSync } from "fflate";

const DOCX_PARTS = ["[Content_Types].xml", "_rels/.rels", "word/document.xml"];

export function docxProblems(bytes: Uint8Array): string[] {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return ["not a zip file (no PK header)"];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    return [`the zip does not open: ${e instanceof Error ? e.message : String(e)}`];
  }
  const out = DOCX_PARTS.filter((p) => !(p in files)).map((p) => `missing part ${p}`);
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith(".xml") && !name.endsWith(".rels")) continue;
    const xml = strFromU8(data);
    out.push(...xmlProblems(name, xml));
  }
  return out;
}

/**
 * A light well-formedness check: balanced tags, and no character XML 1.0 forbids (a control
 * character in a text node makes Word refuse the whole document).
 */
function xmlProblems(name: string, xml: string): string[] {
  const out: string[] = [];
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids
  const bad = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.exec(xml);
  if (bad)
    out.push(
      `${name}: forbidden character U+${bad[0].charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [, close, tagName, selfClose] = m;
    if (!tagName) continue;
    if (close) {
      const open = stack.pop();
      if (open !== tagName) {
        out.push(`${name}: </${tagName}> closes <${open ?? "nothing"}>`);
        break;
      }
    } else if (!selfClose) {
      stack.push(tagName);
    }
  }
  if (stack.length > 0 && out.length === 0) out.push(`${name}: <${stack.at(-1)}> never closed`);
  return out;
}

export function pdfProblems(bytes: Uint8Array): string[] {
  const head = Buffer.from(bytes.subarray(0, 8)).toString("latin1");
  if (!head.startsWith("%PDF-")) return ["no %PDF- header"];
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString("latin1");
  const out: string[] = [];
  if (!/%%EOF\s*$/.test(tail)) out.push("no %%EOF at the end");
  const start = /startxref\s+(\d+)\s+%%EOF/.exec(tail);
  if (!start) {
    out.push("no startxref");
  } else {
    const at = Number(start[1]);
    const there = Buffer.from(bytes.subarray(at, at + 20)).toString("latin1");
    if (!/^(xref|\d+ \d+ obj)/.test(there))
      out.push(`startxref ${at} points at ${JSON.stringify(there)}`);
  }
  return out;
}
