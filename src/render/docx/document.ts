// The model as a docx Document: styles from rules.ts, one section per model PageSection.

import { Document } from "docx";
import type { DocumentModel } from "../../document/types.js";
import { FONT_FAMILY } from "../../layout/rules.js";
import { headingLooks } from "./heading-look.js";
import { renderSection } from "./section.js";
import { buildStyles } from "./styles.js";

/** The docx Document, and the data tables' XML its marker paragraphs stand for (table.ts). */
export interface DocxDocument {
  document: Document;
  tables: readonly string[];
}

export function documentOf(model: DocumentModel): DocxDocument {
  const headings = headingLooks(model);
  const { meta } = model;
  const tables: string[] = [];
  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    keywords: meta.keywords.join(", "),
    lastModifiedBy: meta.author,
    revision: 1,
    styles: buildStyles(model.page.fontSize, headings),
    // Word offers the theme's fonts first in its font list; make them the decree's font too.
    theme: { fonts: { headings: FONT_FAMILY, body: FONT_FAMILY } },
    // A manual line break ends a line of justified text without stretching it.
    compatibility: { doNotExpandShiftReturn: true },
    sections: model.sections.map((section) => renderSection(section, model.page, headings, tables)),
  });
  return { document, tables };
}
