// Text conventions of administrative documents.

import type { Inline } from "../document/types.js";

/** The text of inline runs, markup dropped, each line break as `lineBreak`. */
export function inlineText(content: readonly Inline[], lineBreak = "\n"): string {
  return content.map((i) => (i.type === "text" ? i.text : lineBreak)).join("");
}

/** Capitals the Vietnamese way (ơ → Ơ, đ → Đ), kept NFC. */
export function upperVi(s: string): string {
  return s.toLocaleUpperCase("vi").normalize("NFC");
}

/** "Phòng LĐ-TB&XH" → "- Phòng LĐ-TB&XH;" ; the last line ends with "." instead. */
export function dashLine(text: string, last: boolean): string {
  const bare = text.replace(/[;.,]\s*$/u, "");
  return `- ${bare}${last ? "." : ";"}`;
}

/** Make sure a closing sentence ends with "./." exactly once. */
export function withClosingMark(s: string): string {
  const bare = s.trimEnd().replace(/\.?\/?\.?$/u, "");
  return `${bare}./.`;
}

/** Ensure a sentence ends with the given punctuation, replacing any final ; , . */
export function endWith(s: string, mark: "." | ";" | ":"): string {
  return `${s.trimEnd().replace(/[;,.:]$/u, "")}${mark}`;
}

/** "hộ nghèo" → "Hộ nghèo", for a phrase that starts a sentence or a column head. */
export function capitalizeFirst(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const head = String.fromCodePoint(first);
  return (head.toLocaleUpperCase("vi") + s.slice(head.length)).normalize("NFC");
}

/** "Thực hiện công tác …" → "thực hiện công tác …", for a phrase that continues a sentence. */
export function lowerFirst(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const head = String.fromCodePoint(first);
  return (head.toLocaleLowerCase("vi") + s.slice(head.length)).normalize("NFC");
}

/** Vietnamese without its marks, for comparing what an official typed: "Phường Đông" → "Phuong Dong". */
export function withoutMarks(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}
