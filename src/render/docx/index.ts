// renderDocx: the document model to a DOCX that follows Nghị định 30/2020/NĐ-CP and stays editable
// (styles, real tables, real headings). Reads only the model and src/layout/rules.ts. The bytes
// depend on nothing but the model: same input, same file, in any time zone.

import type { DocumentModel } from "../../document/types.js";
import { documentOf } from "./document.js";
import { packageParts, zipParts } from "./package.js";

export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  const { document, tables } = documentOf(model);
  return zipParts(await packageParts(document), model.meta, tables);
}
