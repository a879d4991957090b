// The document model: the one contract between the pipeline and the renderers. It depends on nothing,
// holds only final text (every number already formatted, every heading already numbered), and says
// what a thing is, never how big it is: sizes and spacings live in src/layout, shared by renderers.
// Node types are discriminated on `type`; each renderer has one handler per type, so adding a type
// here is a compile error until every renderer handles it.
//
// This folder imports nothing (test/architecture/imports.test.ts checks it): the code that builds the
// model from the spec and the statistics is src/model; the renderers (src/render), src/layout and the
// server read only what is here.
//
// Versioned as pandoc-types versions pandoc's AST: a change here is a change of DOCUMENT_MODEL_VERSION,
// "MAJOR.MINOR.PATCH".
// - MAJOR: a renderer written for the old version can misprint or fail: a node type or field added
//   that must be printed, one removed or renamed, a meaning changed (what a field holds, its units,
//   whether text is final).
// - MINOR: an optional field or node a renderer may ignore without losing anything the official wrote
//   (a hint, a metadata field).
// - PATCH: comments and documentation only.

/** The version of this contract; see the header for what a bump means. */
export const DOCUMENT_MODEL_VERSION = "1.1.0";

export type Inline = TextRun | LineBreak;

export interface TextRun {
  type: "text";
  text: string;
  bold?: boolean;
  italic?: boolean;
  /**
   * A figure that disagrees with another the plan writes, in a draft: the note of what disagrees
   * ("Chưa khớp: …"). Renderers print the text marked (highlighted) and the note after it.
   */
  mark?: string;
}

export interface LineBreak {
  type: "break";
}

export type Align = "left" | "center" | "right" | "justify";

// ---------------------------------------------------------------- blocks

/** The two-column header (Nghị định 30/2020, Phụ lục I): issuing body on the left, national title right. */
export interface HeaderBlock {
  type: "header";
  /**
   * Cơ quan chủ quản, already in capitals, one string per printed line (src/layout/header-lines.ts
   * decides them once: every renderer prints exactly these lines); absent when none.
   */
  parentBody?: string[];
  /** Cơ quan ban hành, already in capitals, one string per printed line: ["ỦY BAN NHÂN DÂN", "XÃ SƠN TRUNG"]. */
  issuingBody: string[];
  /** "Số: 05/KH-UBND", or "Số:      /KH-UBND" in a draft. */
  number: string;
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" */
  nationalTitle: string;
  /** "Độc lập - Tự do - Hạnh phúc" */
  motto: string;
  /** "Quảng Minh, ngày 05 tháng 02 năm 2024", with blanks in a draft. */
  placeDate: string;
}

/** "DỰ THẢO", above the header block, outside the decree's grid. */
export interface DraftMark {
  type: "draft-mark";
  text: string;
}

/** "KẾ HOẠCH", the summary line (trích yếu) under it, and a short rule below. */
export interface TitleBlock {
  type: "title";
  /** "KẾ HOẠCH" */
  kind: string;
  summary: string;
}

export type NumberingStyle =
  | "roman"
  | "decimal"
  | "nested"
  | "letter"
  /** "-", "+", "•": marks rather than numbers, for levels 4, 5 and 6 */
  | "dash"
  | "plus"
  | "bullet";

/** A titled, numbered section heading. Untitled numbered items are paragraphs with a `number`. */
export interface Heading {
  type: "heading";
  /** 1 for "I.", 2 for "1.", 3 for "1.1." or "a)", 4 for "-", 5 for "+", 6 for "•" … */
  level: number;
  numbering: NumberingStyle;
  /** "I.", "2.", "2.1.", "đ)", "-", "+", "•" */
  number: string;
  /** Level-1 titles are already in capitals. */
  content: Inline[];
}

export type ParagraphStyle =
  /** justified body text with first-line indent */
  | "body"
  /** căn cứ: italic, one per line */
  | "basis"
  /** an appendix's note or intro */
  | "note";

export interface Paragraph {
  type: "paragraph";
  style: ParagraphStyle;
  /** For untitled numbered items: "1.", "a)"; rendered before the content, plain. */
  number?: string;
  content: Inline[];
}

export interface ListItem {
  content: Inline[];
  children?: List;
}

/** "-" lists, and "+" sub-lists as the children of an item. */
export interface List {
  type: "list";
  marker: "-" | "+";
  items: ListItem[];
}

export interface TableCell {
  content: Inline[];
  /** Cells covered by another cell's span are simply absent from later cells of the row or rows. */
  colSpan?: number;
  rowSpan?: number;
  align?: "left" | "center" | "right";
  bold?: boolean;
}

export type RowKind = "header" | "index" | "body" | "total";

export interface TableRow {
  kind: RowKind;
  cells: TableCell[];
}

export interface TableColumn {
  /** Relative width; renderers scale the sum to the text width. */
  width: number;
  align: "left" | "center" | "right";
}

export interface Table {
  type: "table";
  columns: TableColumn[];
  /** Header rows (and the index row) first, in `rows`; they repeat on every page. */
  headerRows: number;
  rows: TableRow[];
}

/** Nơi nhận on the left, level with the signature block on the right. */
export interface SignOff {
  type: "signoff";
  recipients: {
    /** "Nơi nhận:" */
    heading: string;
    /** Each line complete with "- " and its final ";" or "." */
    lines: string[];
  };
  signature: {
    /** Authority and titles, already in capitals: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
    lines: string[];
    signer: string;
  };
}

/** "Phụ lục I", the title, "(Kèm theo Kế hoạch số …)". */
export interface AppendixHeading {
  type: "appendix-heading";
  /** "Phụ lục" or "Phụ lục II" */
  label: string;
  /** Already in capitals. */
  title: string;
  /** "(Kèm theo Kế hoạch số      /KH-UBND ngày … của UBND phường Quảng Minh)" */
  attachedTo: string;
}

export type Block =
  | HeaderBlock
  | DraftMark
  | TitleBlock
  | Heading
  | Paragraph
  | List
  | Table
  | SignOff
  | AppendixHeading;

export type BlockType = Block["type"];

// ---------------------------------------------------------------- pages and the document

export interface PageNumbering {
  /** Page numbers centred in the top margin. */
  show: boolean;
  /** The decree hides the number on the first page of the document and of each appendix. */
  showOnFirstPage: boolean;
  /** Start again from this number (each appendix from 1); absent: continue. */
  restartAt?: number;
}

/** A run of pages with one orientation and one page numbering: the body, or one appendix. */
export interface PageSection {
  type: "section";
  orientation: "portrait" | "landscape";
  pageNumbers: PageNumbering;
  children: Block[];
}

export interface PageSetup {
  size: "A4";
  /** Millimetres, of the portrait page; a landscape section turns them with the page. */
  margins: { top: number; bottom: number; left: number; right: number };
  /** Body font size in points. */
  fontSize: 13 | 14;
}

export interface DocumentMeta {
  /** The summary line. */
  title: string;
  /** The issuing body. */
  author: string;
  subject: string;
  keywords: string[];
  lang: "vi";
  /** ISO date the outputs carry as their creation date, from the plan: reproducible. */
  date: string;
  draft: boolean;
}

export interface DocumentModel {
  type: "document";
  meta: DocumentMeta;
  page: PageSetup;
  sections: PageSection[];
}
