// Byte-identical output. docx stamps docProps/core.xml with the current time and its zip entries
// with the current time; core.xml is replaced by one dated from the plan, and the package re-zipped
// with a fixed modification time: noon of the plan's date, written as it is (a zip's time has no
// zone), so the bytes are the same in every time zone.

import { type Document, Packer } from "docx";
import { unzipSync } from "fflate";
import type { DocumentMeta } from "../../document/types.js";
import { STYLE } from "./style-ids.js";
import { LANG } from "./styles.js";
import { placeTables } from "./table.js";
import { stripNonXml } from "./xml-text.js";
import { type ZipEntry, zip } from "./zip.js";

const CORE = "docProps/core.xml";
const CONTENT_TYPES = "[Content_Types].xml";

function escapeXml(text: string): string {
  return stripNonXml(text.normalize("NFC"))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Year, month, day of the plan's date; 1980-01-01 (the zip epoch) when it is not a date. */
export function dateParts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const y = Number(m?.[1]);
  const mo = Number(m?.[2]);
  const d = Number(m?.[3]);
  const day = new Date(Date.UTC(y, mo - 1, d));
  const valid =
    m !== null && y >= 1980 && y <= 2099 && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
  return valid ? [y, mo, d] : [1980, 1, 1];
}

export function coreXml(meta: DocumentMeta): string {
  const [y, mo, d] = dateParts(meta.date);
  const stamp = `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}T00:00:00Z`;
  const el = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    el("dc:title", meta.title),
    el("dc:subject", meta.subject),
    el("dc:creator", meta.author),
    el("cp:keywords", meta.keywords.join(", ")),
    el("dc:language", LANG),
    el("cp:lastModifiedBy", meta.author),
    "<cp:revision>1</cp:revision>",
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
    "</cp:coreProperties>",
  ].join("");
}

type Data = string | ArrayBuffer | ArrayBufferView;

/**
 * docx's package parts, through its public API: Packer zips them (with the current time), and they
 * are unzipped here to be zipped again with a fixed time and our core properties.
 */
export async function packageParts(doc: Document): Promise<Map<string, Data>> {
  const zip = await Packer.pack(doc, "uint8array");
  return new Map(Object.entries(unzipSync(zip)));
}

const utf8 = (text: string): Uint8Array => Buffer.from(text, "utf8");

function bytes(data: Data): Uint8Array {
  if (typeof data === "string") return utf8(data);
  if (ArrayBuffer.isView(data))
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

const DOCUMENT = "word/document.xml";
const BREAK_PARAGRAPH = "<w:p><w:pPr><w:sectPr>";

/**
 * docx ends every section but the last with an empty paragraph of its own holding the section
 * break; in Normal style it is a 14 pt line plus 6 pt, enough to push a page-filling sign-off's
 * section onto one more, blank page. Giving it the 6 pt Spacer style keeps it small.
 */
export function tidyDocument(xml: string, tables: readonly string[] = []): string {
  return placeTables(xml, tables).replaceAll(
    BREAK_PARAGRAPH,
    `<w:p><w:pPr><w:pStyle w:val="${STYLE.spacer}"/><w:sectPr>`,
  );
}

/** Zips the parts: fixed time, [Content_Types].xml first, core.xml replaced by ours. */
export function zipParts(
  parts: Map<string, Data>,
  meta: DocumentMeta,
  tables: readonly string[] = [],
): Uint8Array {
  const [year, month, day] = dateParts(meta.date);
  // Noon: a reader that takes the time for its own zone's and converts it still shows the date.
  const mtime = { year, month, day, hour: 12 };
  const entries: ZipEntry[] = [];
  const add = (name: string, data: Uint8Array) => {
    entries.push({ name, data });
  };
  const types = parts.get(CONTENT_TYPES);
  if (types !== undefined) add(CONTENT_TYPES, bytes(types));
  for (const [name, data] of parts) {
    if (name === CONTENT_TYPES) continue;
    if (name === CORE) add(name, utf8(coreXml(meta)));
    else if (name === DOCUMENT) {
      const xml = typeof data === "string" ? data : Buffer.from(bytes(data)).toString("utf8");
      add(name, utf8(tidyDocument(xml, tables)));
    } else add(name, bytes(data));
  }
  if (!parts.has(CORE)) add(CORE, utf8(coreXml(meta)));
  return zip(entries, mtime);
}
