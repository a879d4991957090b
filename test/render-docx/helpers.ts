// Shared helpers of the DOCX renderer tests: unzip a rendered DOCX, pick XML parts and elements out
// of it with plain string matching (the renderer's XML is machine-written and regular), check that a
// part is well-formed, and pretty-print it for the golden files.

import { strFromU8, unzipSync } from "fflate";
import type { DocumentModel } from "../../src/document/types.js";
import { renderDocx } from "../../src/render/docx/index.js";

export type Parts = Record<string, string>;

export function unzip(bytes: Uint8Array): Parts {
  const files = unzipSync(bytes);
  const out: Parts = {};
  for (const [name, data] of Object.entries(files)) out[name] = strFromU8(data);
  return out;
}

export async function render(model: DocumentModel): Promise<Parts> {
  return unzip(await renderDocx(model));
}

export function part(parts: Parts, name: string): string {
  const xml = parts[name];
  if (xml === undefined) throw new Error(`no ${name} in the package`);
  return xml;
}

/** The <w:style> element with this id. */
export function style(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  if (m === null) throw new Error(`no style ${id}`);
  return m[0];
}

/** Every element <tag …>…</tag> (or self-closed) at any depth, outermost first; nesting-aware. */
export function elements(xml: string, tag: string): string[] {
  const out: string[] = [];
  const open = new RegExp(`<${tag}(?=[ />])`, "g");
  let m: RegExpExecArray | null = open.exec(xml);
  while (m !== null) {
    const start = m.index;
    const end = closeOf(xml, tag, start);
    out.push(xml.slice(start, end));
    open.lastIndex = end;
    m = open.exec(xml);
  }
  return out;
}

function closeOf(xml: string, tag: string, start: number): number {
  const first = xml.indexOf(">", start);
  if (xml[first - 1] === "/") return first + 1;
  const re = new RegExp(`<${tag}(?=[ />])|</${tag}>`, "g");
  re.lastIndex = first + 1;
  let depth = 1;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    if (m[0].startsWith("</")) depth -= 1;
    else if (xml[xml.indexOf(">", m.index) - 1] !== "/") depth += 1;
    if (depth === 0) return m.index + m[0].length;
  }
  throw new Error(`unclosed <${tag}>`);
}

/** Attribute value of the first <tag> carrying it. */
export function attr(xml: string, tag: string, name: string): string | undefined {
  const m = new RegExp(`<${tag}(?=[ />])[^>]*\\s${name}="([^"]*)"`).exec(xml);
  return m?.[1];
}

/** All visible text of a fragment (w:t contents joined). */
export function text(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1] ?? "")
    .join("")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** Throws unless every tag is closed in order and no character XML 1.0 forbids is present. */
export function assertWellFormed(xml: string, name = "part"): void {
  for (let i = 0; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    if (control || code === 0xfffe || code === 0xffff) {
      throw new Error(`${name}: character U+${code.toString(16)} not allowed in XML at ${i}`);
    }
  }
  const stack: string[] = [];
  for (const m of xml.matchAll(
    /<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->/g,
  )) {
    const [, close, tag, selfClose] = m;
    if (tag === undefined) continue;
    if (close) {
      const top = stack.pop();
      if (top !== tag) throw new Error(`${name}: </${tag}> closes <${top}> at ${m.index}`);
    } else if (!selfClose) stack.push(tag);
  }
  if (stack.length > 0) throw new Error(`${name}: unclosed <${stack.join("> <")}>`);
}

/** One element per line, indented; text stays on its element's line. For golden files. */
export function pretty(xml: string): string {
  const tokens = xml.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (token.startsWith("</")) {
      depth -= 1;
      lines.push(`${"  ".repeat(depth)}${token}`);
    } else if (token.startsWith("<?") || token.endsWith("/>")) {
      lines.push(`${"  ".repeat(depth)}${token}`);
    } else if (token.startsWith("<")) {
      const inner = tokens[i + 1];
      const after = tokens[i + 2];
      if (inner !== undefined && !inner.startsWith("<") && after?.startsWith("</")) {
        lines.push(`${"  ".repeat(depth)}${token}${inner}${after}`);
        i += 2;
      } else {
        lines.push(`${"  ".repeat(depth)}${token}`);
        depth += 1;
      }
    } else {
      lines.push(`${"  ".repeat(depth)}${token}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** Twips of `mm`, rounded to the nearest twip as the renderer must. */
export const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
