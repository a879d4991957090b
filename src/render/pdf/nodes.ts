// The PDF's layout tree: what the node builders (blocks.ts, section.ts, table.ts) make of the
// document model, with every paragraph already broken into lines (line-breaks.ts). flow.ts stacks
// it on the pages once and hands the positions to the drawing (draw.ts); nothing else lays it out.
// Plain data: the golden definition of the tests is this tree as JSON.

import type { PageNumbering } from "../../document/types.js";

/** A stretch of a line in one face. */
export interface LineRun {
  text: string;
  bold?: boolean;
  italics?: boolean;
  /** Drawn on a highlight (a draft's disagreeing figure and its note). */
  highlight?: boolean;
}

/** One line of a paragraph, as line-breaks.ts broke it. */
export interface TextLine {
  runs: LineRun[];
  /** Width of its text at its size, in points, the spaces at its end left out. */
  width: number;
  /** Spaces a justified line stretches (those between its first and last visible characters). */
  spaces: number;
  /** The paragraph's last line, or one ended by a forced break: never stretched. */
  last: boolean;
}

export type Alignment = "left" | "center" | "right" | "justify";

/** [left, top, right, bottom], in points. */
export type Margin = [number, number, number, number];

interface Common {
  /** A style of styles.ts: size, face and line height of the text inside. */
  style?: string;
  margin?: Margin;
  /** Text inside is laid out with this alignment unless it says otherwise. */
  alignment?: Alignment;
  bold?: boolean;
  italics?: boolean;
  /** Decided by flow.ts: the node opens a new page. */
  pageBreak?: "before";
  /** Goes whole onto one page. */
  unbreakable?: boolean;
  /** In a table: how many columns and rows the cell spans. */
  colSpan?: number;
  rowSpan?: number;
  /** In a table row: centred between the row's top and bottom padding. */
  verticalAlignment?: "middle";
}

export interface TextNode extends Common {
  lines: TextLine[];
  /** The first line starts this far in (the body's first-line indent). */
  leadingIndent?: number;
  /** The heading level, for the reader of the tree (the outline is not drawn). */
  headlineLevel?: number;
}

export interface StackNode extends Common {
  stack: LayoutNode[];
}

export interface Column {
  /** Points, or "*": what the fixed columns leave, shared. */
  width: number | "*";
  node: LayoutNode;
}

export interface ColumnsNode extends Common {
  columns: Column[];
}

/** A horizontal rule of `length` points, `y` below the top of its box, `lineWidth` thick. */
export interface RuleNode extends Common {
  rule: { length: number; y: number; lineWidth: number };
}

/** Room and nothing else: its margins are its height. */
export interface SpaceNode extends Common {
  space: true;
}

/** Lines and padding of a table, in points. */
export interface TableLook {
  /** Width of every line, horizontal and vertical; 0: no lines. */
  line: number;
  padding: { left: number; right: number; top: number; bottom: number };
  /** Extra room after each column's text (the header block's gap after its left column). */
  gaps?: number[];
}

export interface TableNode extends Common {
  table: {
    /** Width of each column's text, padding left out. */
    widths: number[];
    /** A full grid: a cell covered by another's span is `null`. */
    body: (LayoutNode | null)[][];
    /** Rows that open every page the table continues on. */
    headerRows: number;
    /** Rows kept on one page with the header rows. */
    keepWithHeaderRows: number;
    /** Rows go whole onto a page; false: the table goes as one block (it is never broken). */
    dontBreakRows: boolean;
  };
  look: TableLook;
}

export type LayoutNode = TextNode | StackNode | ColumnsNode | RuleNode | SpaceNode | TableNode;

/** Text styles by name (styles.ts): the size, face and line height of text in that style. */
export interface TextStyleSpec {
  fontSize: number;
  bold: boolean;
  italics: boolean;
  /** Height of one line, in points. */
  lineHeight: number;
}

export type StyleDictionary = Record<string, TextStyleSpec>;

/** The page's text area and orientation of one section. */
export interface SectionLayout {
  /** The section's index in the model. */
  index: number;
  nodes: LayoutNode[];
  orientation: "portrait" | "landscape";
  /** [left, top, right, bottom], the bottom as the flow uses it (see definition.ts overhang). */
  margins: Margin;
  /** Where the page number stands, when the section prints one. */
  pageNumberTop: number;
  /** Which pages print a number, and which number. */
  pageNumbers: PageNumbering;
}

export const isText = (n: LayoutNode): n is TextNode => "lines" in n;
export const isStack = (n: LayoutNode): n is StackNode => "stack" in n;
export const isColumns = (n: LayoutNode): n is ColumnsNode => "columns" in n;
export const isRule = (n: LayoutNode): n is RuleNode => "rule" in n;
export const isTable = (n: LayoutNode): n is TableNode => "table" in n;
