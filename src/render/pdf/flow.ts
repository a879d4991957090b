// The PDF's layout, decided once by kehoach in one pass over the document: the layout tree's nodes
// (nodes.ts, every paragraph already in lines) are stacked on the pages, and what the pages hold is
// written down as positioned text and lines (pages.ts) that draw.ts only draws.
//
// Stacking: a line goes to the next page when it does not fit, a block that must stay whole goes
// over whole, a table's rows go whole and its header rows open every page it continues on, and a
// top margin that does not fit opens the next page. pagination.ts's rules (a heading never ends a
// page, a paragraph's lone first line goes over when LibreOffice's does) are asked about each node
// in order; where a rule moves a node, the node gets a page break and the stacking goes on from it:
// only the nodes the rule looked at (the rest of its page) are stacked again, so the time is linear
// in the document. A last pass, with the breaks known, writes the pages.

import { lineHeightPt } from "../../layout/rules.js";
import { round3 } from "./geometry.js";
import { type Frame, Grid, type Look, positive, sum } from "./grid.js";
import type { Face, Measure } from "./measure.js";
import type {
  ColumnsNode,
  LayoutNode,
  Margin,
  SectionLayout,
  StyleDictionary,
  TableNode,
  TextLine,
  TextNode,
} from "./nodes.js";
import { isColumns, isRule, isStack, isTable, isText } from "./nodes.js";
import type { Page } from "./pages.js";
import { keyOf, type NodeQueries, type NodeView, type Pagination } from "./pagination.js";

export interface FlowOptions {
  styles: StyleDictionary;
  /** The look of text that names no style: the body's size and line height. */
  defaultStyle: { fontSize: number; lineHeight: number };
  measure: Measure;
  pagination: Pagination;
  /** The paper's size, portrait. */
  paper: { width: number; height: number };
}

export interface Flowed {
  /** Per section, per top-level node, the pages (from 1) it is on. */
  nodePages: number[][][];
  pages: Page[];
  /** Per page (index 0: page 1), the section (its position in the list given) it belongs to. */
  sectionOfPage: number[];
}

/**
 * Decides the page breaks of the sections' nodes (sets `pageBreak: "before"` on each node that the
 * rules move to the next page), then lays the document out on its pages.
 */
export function flow(sections: SectionLayout[], options: FlowOptions): Flowed {
  const deciding = new Flow(options, false);
  sections.forEach((section, s) => {
    deciding.section(section, s === 0, true);
  });
  const writing = new Flow(options, true);
  const nodePages = sections.map((section, s) => writing.section(section, s === 0, false));
  return { nodePages, pages: writing.pages, sectionOfPage: writing.sectionOfPage };
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

/** Header rows that open every page a table continues on: their height, and how to draw them. */
interface Repeatable {
  height: number;
  draw: (y: number) => void;
}

class Flow {
  readonly pages: Page[] = [];
  readonly sectionOfPage: number[] = [];
  private state: State = { page: 0, y: 0, avail: 0, content: false };
  private layout: SectionLayout | undefined;
  private sectionIndex = -1;
  private top = 0;
  private innerHeight = 0;
  private repeatables: Repeatable[] = [];
  /** Room kept free at the foot of every page (a breaking row's padding and line under it). */
  private reserved = 0;
  /** Set while a node is placed: collects where its content goes. */
  private placing: Placed | undefined;

  constructor(
    private readonly options: FlowOptions,
    /** Whether this pass writes the pages (the last one) or only decides where they break. */
    private readonly writes: boolean,
  ) {}

  section(section: SectionLayout, first: boolean, decide: boolean): number[][] {
    this.layout = section;
    this.sectionIndex++;
    const [, top, , bottom] = section.margins;
    const height = this.paperOf(section).height;
    this.top = top;
    this.innerHeight = height - top - bottom;
    // Every section opens a page.
    if (first) {
      this.state = { page: 0, y: 0, avail: 0, content: false };
    }
    this.newPage();
    this.options.pagination.startSection(section.index, this.state.page);
    const frame = this.sectionFrame(section);
    const nodes = section.nodes;
    const snapshots: State[] = [];
    const placed: Placed[] = [];
    let laidOut = 0;
    const layOut = () => {
      snapshots[laidOut] = { ...this.state };
      placed[laidOut] = this.place(nodes[laidOut] as LayoutNode, frame);
      laidOut++;
    };
    for (let k = 0; k < nodes.length; k++) {
      while (laidOut <= k) layOut();
      if (!decide) continue;
      const node = nodes[k] as LayoutNode;
      if (node.pageBreak === "before") continue;
      const at = placed[k] as Placed;
      const view = this.describe(node, at);
      if (view === undefined) continue;
      const page = view.pageNumbers[0] ?? 1;
      const queries: NodeQueries = {
        hasContentBefore: () => at.first?.afterContent === true,
        getFollowingNodesOnPage: () => {
          // Stack on until a node starts past this page: what follows on it is then known.
          while (laidOut < nodes.length && lastPage(placed[laidOut - 1]) <= page) layOut();
          const out: NodeView[] = [];
          for (let j = k + 1; j < laidOut; j++) {
            const p = placed[j] as Placed;
            if (!p.pages.includes(page)) continue;
            const d = this.describe(nodes[j] as LayoutNode, p);
            if (d) out.push(d);
          }
          return out;
        },
      };
      if (this.options.pagination.pageBreakBefore(view, queries)) {
        node.pageBreak = "before";
        this.state = { ...(snapshots[k] as State) };
        laidOut = k;
        layOut();
      }
    }
    return placed.map((p) => p.pages);
  }

  private paperOf(section: SectionLayout): { width: number; height: number } {
    const { width, height } = this.options.paper;
    return section.orientation === "landscape"
      ? { width: height, height: width }
      : { width, height };
  }

  private sectionFrame(section: SectionLayout): Frame {
    const [left, , right] = section.margins;
    const { defaultStyle } = this.options;
    return {
      x: left,
      width: this.paperOf(section).width - left - right,
      look: {
        size: defaultStyle.fontSize,
        bold: false,
        italics: false,
        lineHeight: defaultStyle.lineHeight,
        alignment: "left",
      },
    };
  }

  /** The node as the rules see it, if it has content. */
  private describe(node: LayoutNode, at: Placed): NodeView | undefined {
    const first = at.first;
    const key = keyOf(node);
    if (first === undefined || key === undefined) return undefined;
    return {
      key,
      pageNumbers: at.pages,
      startPosition: {
        pageNumber: first.page,
        pageInnerHeight: this.innerHeight,
        verticalRatio: (first.y - this.top) / this.innerHeight,
        top: first.y,
      },
    };
  }

  // ---- the page -------------------------------------------------------------------------------

  private newPage(): void {
    const page = this.state.page + 1;
    this.state = { page, y: this.top, avail: this.innerHeight - this.reserved, content: false };
    // A page opened again (by the second column of a group) is not drawn on again.
    const fresh = this.writes && this.pages[page - 1] === undefined;
    if (fresh) {
      const layout = this.layout as SectionLayout;
      this.pages[page - 1] = { ...this.paperOf(layout), orientation: layout.orientation, ops: [] };
      this.sectionOfPage[page - 1] = this.sectionIndex;
    }
    for (const repeated of this.repeatables) {
      if (fresh) repeated.draw(this.state.y);
      this.moveDown(repeated.height);
      this.state.content = true;
    }
  }

  private moveDown(h: number): void {
    this.state.y += h;
    this.state.avail -= h;
  }

  /**
   * Something `h` tall that goes to the next page when it does not fit (a line, a rule, a row);
   * returns the y it is put at, on the current page.
   */
  private put(h: number, isContent: boolean, fits: (avail: number) => boolean): number {
    if (!fits(this.state.avail)) this.newPage();
    if (isContent) this.mark();
    const y = this.state.y;
    this.moveDown(h);
    return y;
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

  /** The page being written, when this pass writes. */
  private get page(): Page | undefined {
    return this.writes ? this.pages[this.state.page - 1] : undefined;
  }

  // ---- nodes on the pages ---------------------------------------------------------------------

  private place(node: LayoutNode, frame: Frame): Placed {
    const placed: Placed = { pages: [] };
    this.placing = placed;
    this.flowNode(node, frame);
    this.placing = undefined;
    return placed;
  }

  private flowNode(node: LayoutNode, outer: Frame): void {
    const frame = this.inside(node, outer);
    if (node.pageBreak === "before") this.newPage();
    const [, top, , bottom] = marginOf(node.margin);
    this.margin(top);
    if (node.unbreakable) {
      const h = this.content(node, frame, 0, undefined);
      const y = this.put(h, true, (avail) => !(h > avail));
      this.content(node, frame, y, this.page);
    } else if (isStack(node)) {
      for (const child of node.stack) this.flowNode(child, frame);
    } else if (isColumns(node)) {
      this.flowColumns(node, frame);
    } else if (isTable(node)) {
      this.flowTable(node, frame);
    } else if (isText(node)) {
      const h = frame.look.lineHeight;
      const shown = hasText(node);
      node.lines.forEach((line, i) => {
        const y = this.put(h, shown, (avail) => !(avail < h));
        this.drawLine(node, line, i, frame, y, this.page);
      });
    } else if (isRule(node)) {
      const h = node.rule.y;
      const y = this.put(h, true, (avail) => !(avail < h));
      this.drawRule(node, frame, y, this.page);
    } else {
      this.put(0, false, (avail) => !(avail < 0));
    }
    this.margin(bottom);
  }

  /** A node's top or bottom margin: moved over, or the next page when it does not fit. */
  private margin(h: number): void {
    if (h === 0) return;
    if (this.state.avail - h < 0) {
      this.moveDown(this.state.avail);
      this.newPage();
    } else this.moveDown(h);
  }

  /** The frame a node's content is laid out in: its margins taken off, its look applied. */
  private inside(node: LayoutNode, outer: Frame): Frame {
    const [left, , right] = marginOf(node.margin);
    const style = node.style === undefined ? undefined : this.options.styles[node.style];
    const look: Look = {
      size: style?.fontSize ?? outer.look.size,
      lineHeight: style?.lineHeight ?? outer.look.lineHeight,
      bold: node.bold ?? style?.bold ?? outer.look.bold,
      italics: node.italics ?? style?.italics ?? outer.look.italics,
      alignment: node.alignment ?? outer.look.alignment,
    };
    return { x: outer.x + left, width: outer.width - left - right, look };
  }

  /** Columns start together; the group ends where the lowest column ends. */
  private flowColumns(node: ColumnsNode, frame: Frame): void {
    const start = { ...this.state };
    let end = start;
    columnFrames(node, frame).forEach((f, i) => {
      this.state = { ...start };
      this.flowNode((node.columns[i] as ColumnsNode["columns"][number]).node, f);
      const s = this.state;
      if (s.page > end.page || (s.page === end.page && s.y > end.y)) end = { ...s };
    });
    this.state = end;
  }

  /**
   * A table's rows: a table kept together (header rows with the rows kept with them, or rows that
   * may not break) goes in fragments, each put whole on a page; the header rows then open every
   * later page of the table. A table that may break inside its rows (the header block, the draft
   * mark's box: always at the top of the first page) goes as one block.
   */
  private flowTable(node: TableNode, frame: Frame): void {
    const grid = new Grid(node, frame, this);
    const rows = grid.heights;
    const table = node.table;
    const line = node.look.line;
    const headerRows = positive(table.headerRows);
    const kept = headerRows > 0 ? headerRows + positive(table.keepWithHeaderRows) : 0;
    if (!table.dontBreakRows && kept === 0) {
      const h = line + sum(rows, 0, rows.length);
      const y = this.put(h, true, () => true);
      grid.draw(0, rows.length, y, this.page);
      return;
    }
    const firstRows = Math.min(rows.length, Math.max(kept, 1));
    const first = line + sum(rows, 0, firstRows);
    const y = this.put(first, true, (avail) => !(first > avail));
    grid.draw(0, firstRows, y, this.page);
    const repeated = headerRows > 0;
    if (repeated) {
      this.repeatables.push({
        height: line + sum(rows, 0, headerRows),
        draw: (top) => grid.draw(0, headerRows, top, this.page),
      });
    }
    for (let r = firstRows; r < rows.length; r++) {
      const h = rows[r] as number;
      if (!table.dontBreakRows && h > this.state.avail) {
        this.flowRowAcross(grid, r, repeated);
        continue;
      }
      const pageBefore = this.state.page;
      const y = this.put(h, true, (avail) => !(h > avail));
      // a row that opens a page of a table without header rows gets the line above it there
      const opens = this.state.page !== pageBefore && !repeated;
      grid.drawRow(r, y, opens, this.page);
    }
    if (repeated) this.repeatables.pop();
  }

  /**
   * A row that may break, where it does not fit: it starts on this page and its cells' lines flow
   * on to the next pages side by side, as columns do; its lines are drawn on every page it is on.
   */
  private flowRowAcross(grid: Grid, r: number, repeated: boolean): void {
    const { padding, line } = grid.look;
    this.mark();
    const from = { page: this.state.page, y: this.state.y };
    this.margin(padding.top);
    // Each page the row breaks on keeps room for its padding and its line at the foot.
    this.reserved = padding.bottom + line;
    this.state.avail -= this.reserved;
    const start = { ...this.state };
    let end = start;
    grid.cellsOf(r).forEach(({ cell, frame }) => {
      this.state = { ...start };
      this.flowNode(cell, frame);
      const s = this.state;
      if (s.page > end.page || (s.page === end.page && s.y > end.y)) end = { ...s };
    });
    this.state = { ...end, avail: end.avail + this.reserved };
    this.reserved = 0;
    this.moveDown(padding.bottom);
    if (this.writes) {
      // each page's stretch of the row, from its top (or the row's) to its foot (or the row's)
      for (let page = from.page; page <= end.page; page++) {
        const top = page === from.page ? from.y : this.top + (repeated ? grid.headerHeight : 0);
        const bottom = page === end.page ? this.state.y : this.top + this.innerHeight - line;
        grid.drawFrame(
          r,
          top,
          bottom - top,
          page === from.page ? false : !repeated,
          this.pages[page - 1],
        );
      }
    }
    this.moveDown(line);
  }

  // ---- what is laid out whole -----------------------------------------------------------------

  /**
   * Lays a node out whole from `y` down (inside an unbreakable block or a table cell) and returns
   * its height, margins included; draws it on `page` when one is given.
   */
  box(node: LayoutNode, outer: Frame, y: number, page: Page | undefined): number {
    const frame = this.inside(node, outer);
    const [, top, , bottom] = marginOf(node.margin);
    return top + this.content(node, frame, y + top, page) + bottom;
  }

  /** A node's content laid out whole in its frame from `y` down: its height. */
  private content(node: LayoutNode, frame: Frame, y: number, page: Page | undefined): number {
    if (isStack(node)) {
      let h = 0;
      for (const child of node.stack) h += this.box(child, frame, y + h, page);
      return h;
    }
    if (isColumns(node)) {
      let h = 0;
      columnFrames(node, frame).forEach((f, i) => {
        const column = (node.columns[i] as ColumnsNode["columns"][number]).node;
        h = Math.max(h, this.box(column, f, y, page));
      });
      return h;
    }
    if (isTable(node)) {
      const grid = new Grid(node, frame, this);
      if (page) grid.draw(0, grid.heights.length, y, page);
      return node.look.line + sum(grid.heights, 0, grid.heights.length);
    }
    if (isText(node)) {
      const h = frame.look.lineHeight;
      node.lines.forEach((line, i) => {
        this.drawLine(node, line, i, frame, y + i * h, page);
      });
      return node.lines.length * h;
    }
    if (isRule(node)) {
      this.drawRule(node, frame, y, page);
      return node.rule.y;
    }
    return 0;
  }

  // ---- drawing --------------------------------------------------------------------------------

  /**
   * A line at `y` (its top): placed by the alignment; a justified line that is not a paragraph's
   * last is stretched at its spaces to the frame's width.
   */
  private drawLine(
    node: TextNode,
    line: TextLine,
    i: number,
    frame: Frame,
    y: number,
    page: Page | undefined,
  ): void {
    if (!page || line.runs.length === 0) return;
    const { look } = frame;
    const indent = i === 0 ? (node.leadingIndent ?? 0) : 0;
    const room = frame.width - indent;
    let x = frame.x + indent;
    let extra = 0;
    if (look.alignment === "center") x += (room - line.width) / 2;
    else if (look.alignment === "right") x += room - line.width;
    else if (look.alignment === "justify" && !line.last && line.spaces > 0) {
      extra = Math.max(0, (room - line.width) / line.spaces);
    }
    const { measure } = this.options;
    for (const run of line.runs) {
      const face: Face = { bold: run.bold ?? look.bold, italics: run.italics ?? look.italics };
      const op = (text: string, at: number, spacing: number) => {
        page.ops.push({
          kind: "text",
          x: round3(at),
          y: round3(y),
          size: look.size,
          bold: face.bold === true,
          italics: face.italics === true,
          text,
          wordSpacing: round3(spacing),
        });
      };
      const width = measure.width(run.text, look.size, face);
      if (run.highlight) {
        page.ops.push({
          kind: "highlight",
          x: round3(x),
          y: round3(y),
          width: round3(width + spacesIn(run.text) * extra),
          height: lineHeightPt(look.size),
        });
      }
      if (extra === 0) {
        op(run.text, x, 0);
      } else {
        // Stretched spaces: each word of the run at its place (a space is its width and `extra`);
        // a run whose only blanks are single spaces is one op, its spaces widened by the drawing.
        const space = measure.width(" ", look.size, face) + extra;
        const words = run.text.split(" ");
        if (/^ *[^\s]+( [^\s]+)* *$/.test(run.text)) {
          const lead = run.text.length - run.text.trimStart().length;
          op(run.text.trim(), x + lead * space, extra);
        } else {
          let at = x;
          for (const word of words) {
            if (word !== "") op(word, at, 0);
            at += measure.width(word, look.size, face) + space;
          }
        }
      }
      x += width + spacesIn(run.text) * extra;
    }
  }

  private drawRule(
    node: LayoutNode & { rule: { length: number; y: number; lineWidth: number } },
    frame: Frame,
    y: number,
    page: Page | undefined,
  ): void {
    if (!page) return;
    const { length, lineWidth } = node.rule;
    const x = frame.look.alignment === "center" ? frame.x + (frame.width - length) / 2 : frame.x;
    const at = y + node.rule.y;
    page.ops.push({
      kind: "line",
      x1: round3(x),
      y1: round3(at),
      x2: round3(x + length),
      y2: round3(at),
      width: lineWidth,
    });
  }

  /** A straight line on a page (a table's grid). */
  line(page: Page | undefined, x1: number, y1: number, x2: number, y2: number, width: number) {
    page?.ops.push({
      kind: "line",
      x1: round3(x1),
      y1: round3(y1),
      x2: round3(x2),
      y2: round3(y2),
      width,
    });
  }
}

/** The frames of a group's columns: fixed widths first, "*" columns share what is left. */
function columnFrames(node: ColumnsNode, frame: Frame): Frame[] {
  let fixed = 0;
  let stars = 0;
  for (const c of node.columns) {
    if (c.width === "*") stars++;
    else fixed += c.width;
  }
  const star = stars > 0 ? Math.max(0, frame.width - fixed) / stars : 0;
  let x = frame.x;
  return node.columns.map((c) => {
    const width = c.width === "*" ? star : c.width;
    const f = { ...frame, x, width };
    x += width;
    return f;
  });
}

function lastPage(p: Placed | undefined): number {
  return p?.pages.at(-1) ?? 0;
}

/** Empty text still takes a line's height, but is no content on its page. */
function hasText(node: TextNode): boolean {
  return node.lines.some((l) => l.runs.length > 0);
}

function spacesIn(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x20) n++;
  return n;
}

function marginOf(margin: Margin | undefined): Margin {
  return margin ?? [0, 0, 0, 0];
}
