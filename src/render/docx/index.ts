// renderDocx: the document model to a DOCX that follows Nghị định 30/2020/NĐ-CP and stays editable
// (styles, real tables, real headings). Reads only the model and src/layout/rules.ts. The bytes
// depend on nothing but the model: same input, same file, in any time zone.

import type { DocumentModel } from "../../document/types.js";
import { documentOf } from "./document.js";
import { fastPrepForXml } from "./fast-prep.js";
import { packageParts, zipParts } from "./package.js";

/** Tests turn the shortcuts through docx's internals off (before the first render) to compare bytes. */
const shortcuts = process.env.KEHOACH_DOCX_SHORTCUTS !== "0";

export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  if (shortcuts) fastPrepForXml();
  return zipParts(await packageParts(documentOf(model)), model.meta);
}
