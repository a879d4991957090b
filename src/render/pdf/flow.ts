// Where the PDF's pages break, decided once, in one pass over the document, by kehoach: the blocks'
// nodes are stacked on the pages as pdfmake stacks them (a line goes to the next page when it does
// not fit, a block that must stay whole goes over whole, a table's header rows open every page it
// continues on), and pagination.ts's rules (a heading never ends a page, a paragraph's lone first
// line goes over when LibreOffice's does) are asked about each node in order, as pdfmake would ask
// them after a layout pass. Where a rule moves a node, the node gets an explicit page break and the
// stacking goes on from it: only the nodes the rule looked at (the rest of its page) are stacked
// again, so the time is linear in the document. pdfmake then lays the document out once, with the
// breaks in its definition, and draws it.
//
// The heights are the ones pdfmake computes for these nodes: every line's height as pdfkit has it
// (measure.pdfLine), margins as pdfmake applies them (a top margin that does not fit opens the next
// page), tables as rows whose cells' lines are known (blocks.ts linesOf). This only reads the
// definition's nodes that this renderer builds (blocks.ts, section.ts, table.ts): it is not a
// general pdfmake layout.

import type { Content, Node, NodeQueries, StyleDictionary } from "pdfmake/interfaces.js";
import { linesOf } from "./lines.js";
import type { Measure } from "./measure.js";
import { keyOf, type Pagination } from "./pagination.js";

/** What flow needs of one section: its nodes and its page. */
export interface FlowSection {
  nodes: Content[];
  /** The page's top margin and the height between its margins (bottom margin as pdfmake gets it). */
  top: number;
  innerHeight: number;
}

export interface FlowOptions {
  styles: StyleDictionary;
  /** The definition's default style: the font size and lineHeight of text that names no style. */
  defaultStyle: { fontSize?: number; lineHeight?: number };
  measure: Measure;
  pagination: Pagination;
}

/** Where one node was put: the pages its content is on, and where its first line starts. */
interface Placed {
  pages: number[];
  /** The page and y of its first content, and whether the page had content before it. */
  first?: { page: number; y: number; afterContent: boolean };
}

interface State {
  page: number;
  y: number;
  avail: number;
  /** Content (a line, a rule, a table row) stands on the current page. */
  content: boolean;
}

type AnyNode = Record<string, unknown> & {
  margin?: unknown;
  pageBreak?: string;
  style?: string;
  unbreakable?: boolean;
  stack?: AnyNode[];
  columns?: AnyNode[];
  table?: {
    body: AnyNode[][];
    headerRows?: number;
    keepWithHeaderRows?: number;
    dontBreakRows?: boolean;
  };
  layout?: {
    hLineWidth?: (i: number, node: unknown) => number;
    paddingTop?: (i: number, node: unknown) => number;
    paddingBottom?: (i: number, node: unknown) => number;
  };
  text?: unknown;
  canvas?: { type: string; y1?: number; y2?: number }[];
  rowSpan?: number;
};

/**
 * Decides the page breaks of the sections' nodes: sets `pageBreak: "before"` on each node that
 * pagination.ts's rules move to the next page. Returns, per section, the pages (from 1 at the
 * document's first page) each top-level node stands on.
 */
export function decidePageBreaks(sections: FlowSection[], options: FlowOptions): number[][][] {
  const flow = new Flow(options);
  return sections.map((section, s) => flow.section(section, s === 0));
}

class Flow {
  private state: State = { page: 0, y: 0, avail: 0, content: false };
  private top = 0;
  private innerHeight = 0;
  /** Heights of the header rows that open each page a table continues on, innermost last. */
  private repeatables: number[] = [];
  /** Set while a node is placed: collects where its content goes. */
  private placing: Placed | undefined;

  constructor(private readonly options: FlowOptions) {}

  section(section: FlowSection, first: boolean): number[][] {
    this.top = section.top;
    this.innerHeight = section.innerHeight;
    // Every section opens a page (pdfmake's processSection on a page that has content).
    if (first) {
      this.state = { page: 1, y: this.top, avail: this.innerHeight, content: false };
    } else {
      this.newPage();
    }
    const nodes = section.nodes as AnyNode[];
    const snapshots: State[] = [];
    const placed: Placed[] = [];
    let laidOut = 0;
    const layOut = () => {
      snapshots[laidOut] = { ...this.state };
      placed[laidOut] = this.place(nodes[laidOut] as AnyNode);
      laidOut++;
    };
    for (let k = 0; k < nodes.length; k++) {
      while (laidOut <= k) layOut();
      const node = nodes[k] as AnyNode;
      if (node.pageBreak === "before") continue;
      const asked = askedNodes(node);
      for (const n of asked) {
        const at = placed[k] as Placed;
        const description = this.describe(n, at);
        if (description === undefined) continue;
        const page = description.pageNumbers[0] ?? 1;
        const queries: NodeQueries = {
          getPreviousNodesOnPage: () => (at.first?.afterContent ? [IN_FLOW] : []),
          getFollowingNodesOnPage: () => {
            // Stack on until a node starts past this page: what follows on it is then known.
            while (laidOut < nodes.length && lastPage(placed[laidOut - 1]) <= page) layOut();
            const out: Node[] = [];
            for (let j = k + 1; j < laidOut; j++) {
              const p = placed[j] as Placed;
              if (!p.pages.includes(page)) continue;
              const d = this.describe(nodes[j] as AnyNode, p);
              if (d) out.push(d);
            }
            return out;
          },
          getNodesOnNextPage: () => [],
        };
        if (this.options.pagination.pageBreakBefore(description, queries)) {
          node.pageBreak = "before";
          this.state = { ...(snapshots[k] as State) };
          laidOut = k;
          layOut();
          break;
        }
      }
    }
    return placed.map((p) => p.pages);
  }

  /** The node as pdfmake describes it to pageBreakBefore, if it has content. */
  private describe(node: AnyNode, at: Placed): Node | undefined {
    const first = at.first;
    if (first === undefined) return undefined;
    const key = keyOf(node);
    return {
      ...(Array.isArray(node.columns) ? { columns: key } : { text: key }),
      pageNumbers: at.pages,
      pages: 0,
      stack: false,
      startPosition: {
        pageNumber: first.page,
        pageInnerHeight: this.innerHeight,
        verticalRatio: (first.y - this.top) / this.innerHeight,
        top: first.y,
      },
    } as unknown as Node;
  }

  // ---- the page -------------------------------------------------------------------------------

  private newPage(): void {
    this.state = {
      page: this.state.page + 1,
      y: this.top,
      avail: this.innerHeight,
      content: false,
    };
    for (const height of this.repeatables) {
      this.moveDown(height);
      this.state.content = true;
    }
  }

  private moveDown(h: number): void {
    this.state.y += h;
    this.state.avail -= h;
  }

  /** Something `h` tall that is put on the next page when it does not fit (a line, a rule). */
  private put(h: number, isContent: boolean, fits: (avail: number) => boolean): void {
    if (!fits(this.state.avail)) this.newPage();
    if (isContent) this.mark();
    this.moveDown(h);
  }

  private mark(): void {
    const p = this.placing;
    if (p) {
      if (p.first === undefined) {
        p.first = { page: this.state.page, y: this.state.y, afterContent: this.state.content };
      }
      if (!p.pages.includes(this.state.page)) p.pages.push(this.state.page);
    }
    this.state.content = true;
  }

  // ---- nodes on the pages ---------------------------------------------------------------------

  private place(node: AnyNode): Placed {
    const placed: Placed = { pages: [] };
    this.placing = placed;
    this.flowNode(node, undefined);
    this.placing = undefined;
    return placed;
  }

  private flowNode(node: AnyNode, inherited: string | undefined): void {
    const style = typeof node.style === "string" ? node.style : inherited;
    if (node.pageBreak === "before") this.newPage();
    const [, top, , bottom] = marginOf(node.margin);
    if (top !== 0) {
      if (this.state.avail - top < 0) {
        this.moveDown(this.state.avail);
        this.newPage();
      } else this.moveDown(top);
    }
    if (node.unbreakable) {
      const h = this.heightOf({ ...node, margin: undefined }, style);
      this.put(h, true, (avail) => !(h > avail));
    } else if (Array.isArray(node.stack)) {
      for (const child of node.stack) this.flowNode(child, style);
    } else if (Array.isArray(node.columns)) {
      this.flowColumns(node.columns, style);
    } else if (node.table) {
      this.flowTable(node, style);
    } else if (node.text !== undefined) {
      const n = linesOf(node);
      const h = this.lineOf(style);
      const shown = !isEmptyText(node.text);
      for (let i = 0; i < n; i++) this.put(h, shown, (avail) => !(avail < h));
    } else if (Array.isArray(node.canvas)) {
      const h = canvasHeight(node.canvas);
      this.put(h, node.canvas.length > 0, (avail) => !(avail < h));
    }
    if (bottom !== 0) {
      if (this.state.avail - bottom < 0) {
        this.moveDown(this.state.avail);
        this.newPage();
      } else this.moveDown(bottom);
    }
  }

  /** Columns start together; the group ends where the lowest column ends. */
  private flowColumns(columns: AnyNode[], style: string | undefined): void {
    const start = { ...this.state };
    let end = start;
    for (const column of columns) {
      this.state = { ...start };
      this.flowNode(column, style);
      const s = this.state;
      if (s.page > end.page || (s.page === end.page && s.y > end.y)) end = { ...s };
    }
    this.state = end;
  }

  /**
   * A table's rows as pdfmake commits them: a table kept together (header rows with the rows kept
   * with them, or rows that may not break) goes in fragments, each put whole on a page; the header
   * rows then open every later page of the table. A table that may break inside its rows (the
   * header block, the draft mark's box: always at the top of the first page) goes as one block.
   */
  private flowTable(node: AnyNode, style: string | undefined): void {
    const rows = this.rowHeights(node, style);
    const table = node.table as NonNullable<AnyNode["table"]>;
    const topLine = lineWidth(node, 0);
    const headerRows = positive(table.headerRows);
    const kept = headerRows > 0 ? headerRows + positive(table.keepWithHeaderRows) : 0;
    const dontBreakRows = table.dontBreakRows === true;
    if (!dontBreakRows && kept === 0) {
      const h = topLine + rows.reduce((a, b) => a + b, 0);
      this.put(h, true, () => true);
      return;
    }
    const fragment = (h: number) => this.put(h, true, (avail) => !(h > avail));
    const firstRows = Math.min(rows.length, Math.max(kept, 1));
    let first = topLine;
    for (let r = 0; r < firstRows; r++) first += rows[r] as number;
    fragment(first);
    let repeated = false;
    if (headerRows > 0) {
      let header = topLine;
      for (let r = 0; r < headerRows; r++) header += rows[r] as number;
      this.repeatables.push(header);
      repeated = true;
    }
    for (let r = firstRows; r < rows.length; r++) fragment(rows[r] as number);
    if (repeated) this.repeatables.pop();
  }

  /**
   * Each row's height with its padding and the line under it. A cell spanning rows counts in the
   * last row it spans, from the top of its first.
   */
  private rowHeights(node: AnyNode, style: string | undefined): number[] {
    const table = node.table as NonNullable<AnyNode["table"]>;
    const body = table.body;
    const tops: number[] = [];
    const heights: number[] = [];
    /** Where each row's content ends, from the table's top, by cells that end in it. */
    const ends: number[] = body.map(() => 0);
    let y = 0;
    for (let r = 0; r < body.length; r++) {
      const padTop = node.layout?.paddingTop?.(r, node) ?? 0;
      const padBottom = node.layout?.paddingBottom?.(r, node) ?? 0;
      const top = y + padTop;
      tops[r] = top;
      for (const cell of body[r] ?? []) {
        if (cell === undefined || Object.keys(cell).length === 0) continue;
        const span = Math.max(1, Math.min(positive(cell.rowSpan) || 1, body.length - r));
        const end = top + this.heightOf(cell, style);
        const last = r + span - 1;
        ends[last] = Math.max(ends[last] ?? 0, end);
      }
      const contentEnd = Math.max(top, ends[r] ?? 0);
      const h = contentEnd - y + padBottom + lineWidth(node, r + 1);
      heights[r] = h;
      y += h;
    }
    return heights;
  }

  // ---- heights of what is never broken --------------------------------------------------------

  /** Height of a node laid out whole (inside an unbreakable block or a table cell). */
  private heightOf(node: AnyNode, inherited: string | undefined): number {
    const style = typeof node.style === "string" ? node.style : inherited;
    const [, top, , bottom] = marginOf(node.margin);
    let inner = 0;
    if (Array.isArray(node.stack)) {
      for (const child of node.stack) inner += this.heightOf(child, style);
    } else if (Array.isArray(node.columns)) {
      for (const column of node.columns) inner = Math.max(inner, this.heightOf(column, style));
    } else if (node.table) {
      inner = lineWidth(node, 0) + this.rowHeights(node, style).reduce((a, b) => a + b, 0);
    } else if (node.text !== undefined) {
      inner = linesOf(node) * this.lineOf(style);
    } else if (Array.isArray(node.canvas)) {
      inner = canvasHeight(node.canvas);
    }
    return top + inner + bottom;
  }

  private lineOf(style: string | undefined): number {
    const { styles, defaultStyle, measure } = this.options;
    const s = style === undefined ? undefined : styles[style];
    const size = (s?.fontSize as number | undefined) ?? defaultStyle.fontSize ?? 12;
    const factor = (s?.lineHeight as number | undefined) ?? defaultStyle.lineHeight ?? 1;
    return measure.pdfLine(size, factor);
  }
}

/** Stands for content earlier on the page, in answers to pageBreakBefore's queries. */
const IN_FLOW = {} as Node;

function lastPage(p: Placed | undefined): number {
  return p?.pages.at(-1) ?? 0;
}

/** The node and the nodes inside it that pdfmake asks pageBreakBefore about, in its order. */
function askedNodes(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  if (keyOf(node)) out.push(node);
  if (Array.isArray(node.stack) && !node.unbreakable) {
    for (const child of node.stack) if (keyOf(child)) out.push(child);
  }
  return out;
}

/** Empty text still takes a line's height, but pdfmake does not count it as content. */
function isEmptyText(text: unknown): boolean {
  return text === "" || (Array.isArray(text) && text.length === 0);
}

function canvasHeight(canvas: NonNullable<AnyNode["canvas"]>): number {
  let h = 0;
  for (const v of canvas) if (v.type === "line") h = Math.max(h, v.y1 ?? 0, v.y2 ?? 0);
  return h;
}

function lineWidth(node: AnyNode, i: number): number {
  return node.layout?.hLineWidth?.(i, node) ?? 0;
}

function positive(n: unknown): number {
  return typeof n === "number" && Number.isInteger(n) && n > 0 ? n : 0;
}

function marginOf(margin: unknown): [number, number, number, number] {
  if (typeof margin === "number") return [margin, margin, margin, margin];
  if (Array.isArray(margin)) {
    if (margin.length === 2) return [margin[0], margin[1], margin[0], margin[1]];
    if (margin.length === 4) return margin as [number, number, number, number];
  }
  return [0, 0, 0, 0];
}
