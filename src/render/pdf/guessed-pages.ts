// LibreOffice's first guess at where a DOCX's pages break, which leaves a trace in its final layout.
// Opening a file without a layout cache, it puts a fixed number of paragraphs on each page (a table
// counts its rows) and then lets the text flow: a page with room left pulls the next page's first
// paragraph back, but only when at least two of its lines (or all of it) come along, while text
// flowing forward leaves a single first line at a page's foot. So a paragraph whose first line
// alone fits at a page's foot stays there when LibreOffice's guess put it on that page or before,
// and moves whole to the next page when the guess put it later. And a paragraph kept with the next
// one (a heading) is only kept with it when the guess put the two on one page: where the guess broke
// the page between them, the heading may end a page. (sw/source/core/layout/laycache.cxx,
// SwLayHelper; measured with LibreOffice 7.4.) This module replays the guess on the model, block by
// block, as the DOCX renderer writes the blocks.

import type { Block, DocumentModel, List, Table } from "../../document/types.js";
import { spacerBefore } from "../../layout/word-tables.js";

/**
 * Per section, per block: the guessed page (from the section's first page, 1-based) of each of
 * the block's frames: a list has one per item, a table (the header block, the sign-off) one, the
 * title and an appendix heading three, others one.
 */
export type GuessedPages = number[][][];

interface Frame {
  /** Paragraphs count 1, tables their rows. */
  weight: number;
  /** The block this frame belongs to; -1 for the DOCX's own paragraphs (spacers, breaks). */
  block: number;
}

export function guessPages(model: DocumentModel): GuessedPages {
  const perPage = paragraphsPerPage(model);
  return model.sections.map((section, s) => {
    const last = s === model.sections.length - 1;
    const frames = framesOf(section.children, last);
    const pages: number[][] = section.children.map(() => []);
    let page = 1;
    let count = 0;
    frames.forEach((frame, i) => {
      count += frame.weight;
      // The paragraph that goes over the limit opens the next page, and is not counted on it; so
      // is a later section's first paragraph, which opens the section's first page.
      if (count > perPage || (i === 0 && s > 0)) {
        if (i > 0) page++;
        count = 0;
      }
      if (frame.block >= 0) pages[frame.block]?.push(page);
    });
    return pages;
  });
}

/** The frames of a section as the DOCX has them, in order. */
function framesOf(blocks: readonly Block[], lastSection: boolean): Frame[] {
  const frames: Frame[] = [];
  const paragraphs = (block: number, n: number) => {
    for (let i = 0; i < n; i++) frames.push({ weight: 1, block });
  };
  blocks.forEach((block, b) => {
    // The spacer paragraph the DOCX puts between two tables.
    if (spacerBefore(blocks, b)) {
      frames.push({ weight: 1, block: -1 });
    }
    switch (block.type) {
      case "header":
        frames.push({ weight: 2, block: b });
        break;
      case "signoff":
        frames.push({ weight: 1, block: b });
        break;
      case "table":
        frames.push({ weight: Math.max(1, block.rows.length), block: b });
        break;
      case "title":
      case "appendix-heading":
        paragraphs(b, 3);
        break;
      case "list":
        paragraphs(b, itemsOf(block));
        break;
      default:
        paragraphs(b, 1);
    }
  });
  if (blocks.length === 0) frames.push({ weight: 1, block: -1 });
  // The paragraph that carries a section break.
  if (!lastSection) frames.push({ weight: 1, block: -1 });
  return frames;
}

function itemsOf(list: List): number {
  return list.items.reduce((n, item) => n + 1 + (item.children ? itemsOf(item.children) : 0), 0);
}

/**
 * LibreOffice's paragraphs per page: 25, or when the document has more than 100 nodes (paragraphs,
 * and for each table its cells and their paragraphs, less 25 a table) 20, growing by 3 a thousand.
 */
export function paragraphsPerPage(model: DocumentModel): number {
  let nodes = 2;
  let tables = 0;
  model.sections.forEach((section, s) => {
    const blocks = section.children;
    if (blocks.length === 0) nodes += 1;
    blocks.forEach((block, b) => {
      if (spacerBefore(blocks, b)) nodes += 1;
      switch (block.type) {
        case "header": {
          tables++;
          // Two rows of two cells: bodies and their rule | title, motto, rule; number | date.
          const left = (block.parentBody ? 1 : 0) + 2;
          nodes += 2 + cellNodes(left) + cellNodes(3) + cellNodes(1) + cellNodes(1);
          break;
        }
        case "signoff":
          tables++;
          nodes +=
            2 +
            cellNodes(1 + block.recipients.lines.length) +
            cellNodes(block.signature.lines.length + 1);
          break;
        case "table":
          tables++;
          nodes += 2 + tableCells(block) * cellNodes(1);
          break;
        case "title":
        case "appendix-heading":
          nodes += 3;
          break;
        case "list":
          nodes += itemsOf(block);
          break;
        default:
          nodes += 1;
      }
    });
    if (s < model.sections.length - 1) nodes += 1;
  });
  const estimate = nodes - 25 * tables;
  if (estimate <= 100) return 25;
  return Math.min(53, Math.max(20, 20 + Math.floor(estimate / 1000) * 3));
}

/** A cell is a start node, an end node and its paragraphs. */
function cellNodes(paragraphs: number): number {
  return 2 + paragraphs;
}

/** Cells on the table's grid: every grid position not covered by a horizontal span. */
function tableCells(table: Table): number {
  const columns = Math.max(1, table.columns.length);
  const rows = Math.max(1, table.rows.length);
  let cells = 0;
  for (const row of table.rows) {
    let width = 0;
    for (const cell of row.cells) {
      width += Math.max(1, Math.trunc(cell.colSpan ?? 1));
      cells++;
    }
    // Cells covered from above by a vertical span are written as continuation cells.
    cells += Math.max(0, Math.floor((columns - width) / 1));
  }
  return Math.max(cells, rows);
}
