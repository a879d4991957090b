// Paragraph style ids of the document. Built-in Word styles keep their built-in ids and names
// (Normal, Heading1…, Title, Subtitle, List…, Header) so Word localises them and the navigation pane
// and outline work; kehoach's own roles get Vietnamese names an official recognises in the gallery.

export const STYLE = {
  normal: "Normal",
  title: "Title",
  subtitle: "Subtitle",
  basis: "Basis",
  note: "Note",
  draftMark: "DraftMark",
  parentBody: "ParentBody",
  issuingBody: "IssuingBody",
  docNumber: "DocNumber",
  nationalTitle: "NationalTitle",
  motto: "Motto",
  placeDate: "PlaceDate",
  rule: "Rule",
  recipientsHeading: "RecipientsHeading",
  recipient: "Recipient",
  signatureLine: "SignatureLine",
  signer: "Signer",
  appendixLabel: "AppendixLabel",
  appendixTitle: "AppendixTitle",
  appendixAttached: "AppendixAttached",
  tableHeader: "TableHeader",
  tableIndex: "TableIndex",
  tableText: "TableText",
  tableTotal: "TableTotal",
  pageHeader: "Header",
  spacer: "Spacer",
} as const;

/** Heading1 … Heading4: Word's built-in heading styles, levels 1 to 4 of the outline. */
export const HEADING_LEVELS = 4;

export function headingStyle(level: number): string {
  return `Heading${clampLevel(level)}`;
}

export function clampLevel(level: number): number {
  return Math.min(Math.max(Math.trunc(level) || 1, 1), HEADING_LEVELS);
}

/** List, List2, List3: one per nesting depth (0-based), the deepest reused below it. */
export const LIST_DEPTHS = 3;

export function listStyle(depth: number): string {
  const d = Math.min(Math.max(depth, 0), LIST_DEPTHS - 1);
  return d === 0 ? "List" : `List${d + 1}`;
}
