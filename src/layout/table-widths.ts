// A data table's column widths, decided once for DOCX, PDF and HTML (issue 13, point 6): the model's
// relative widths split in whole twips of the text width, unless a column would then be narrower
// than its longest word, which the line breaker would cut ("1|0" in a squeezed TT column,
// "Phươn|g tiện" in a header). Such a column gets the width of its longest word (cell margins
// included) and the other columns share what is left in their proportions. The rule:
// - every column's minimum is its widest word (a stretch between spaces) among the cells that lie in
//   it alone (a cell spanning columns is not counted), measured with Times New Roman's advance widths
//   (text-width.ts) at the row's font: header and total rows bold, the index row italic (measured
//   with the bold widths, which are never narrower in Times New Roman), plus both cell margins;
// - when every column already has its minimum, the widths are the proportional split, twip for twip
//   (tables that need nothing keep exactly the widths they had);
// - when the minimums fit the text width together, columns below theirs get them and the others
//   share the rest in proportion to their weights (again raising any that fall below): no word is cut;
// - when they do not fit (too many columns for their words), the proportional split again, but no
//   column narrower than its widest number (words of digits and number punctuation in body and
//   total rows: TT's "10", counts, rates), index label ("A", "1", "(2)") and short header word
//   ("TT", "Số"): a long word may then be cut, never a number nor an index. If even those do not
//   fit (a 300-digit "number"), the proportional split as it is, and the line breaker cuts words.

import type { Inline, RowKind, Table } from "../document/types.js";
import { mmToTwips, splitTwips, TABLE, TEXT } from "./rules.js";
import { textWidthPt } from "./text-width.js";

/** Twips added to a measured word: kerning and LibreOffice's rounding of glyph positions. */
const SLACK_TWIPS = 10;

const STYLE_OF_KIND: Readonly<Record<RowKind, keyof typeof TEXT>> = {
  header: "tableHeader",
  index: "tableIndex",
  body: "tableBody",
  total: "tableTotal",
};

/** A header word this short (TT, STT, Số, %) is kept whole as numbers are. */
const SHORT_WORD = 3;

/** Whether a word of a body, total or index row sets its column's floor: a number or an index label. */
function floorWord(kind: RowKind, word: string): boolean {
  return kind === "index" || NUMBER_WORD.test(word);
}

/** Digits and the marks that numbers, index labels and rates are written with. */
const NUMBER_WORD = /^[\d.,%()+\-–=x×/:]*\d[\d.,%()+\-–=x×/:]*$/u;

export interface ColumnNeed {
  /** Twips the column's widest word needs, cell margins included (the margins for an empty column). */
  minTwips: number;
  /**
   * Twips the column's number words need, its index labels ("A", "1", "(2)") and short header words
   * ("TT"): what it keeps when the table is too narrow for every word (the margins when none).
   */
  floorTwips: number;
}

function plainText(content: readonly Inline[]): { text: string; bold: boolean; italic: boolean } {
  let text = "";
  let bold = false;
  let italic = false;
  for (const inline of content) {
    if (inline.type === "break") {
      text += " ";
      continue;
    }
    text += inline.text;
    bold ||= inline.bold === true;
    italic ||= inline.italic === true;
  }
  return { text, bold, italic };
}

/**
 * What each column needs: its widest word among the cells that lie in it alone. Cells are placed on
 * the grid as the renderers place them (a cell takes the next column free of spans from above).
 */
export function columnNeeds(table: Table, bodySize: number): ColumnNeed[] {
  const n = table.columns.length;
  const margins = 2 * mmToTwips(TABLE.cellPaddingMm);
  const needs: ColumnNeed[] = Array.from({ length: n }, () => ({
    minTwips: margins,
    floorTwips: margins,
  }));
  const coveredFor = new Array<number>(n).fill(0);
  table.rows.forEach((row, r) => {
    const style = TEXT[STYLE_OF_KIND[row.kind]] ?? { size: 12 };
    const size = style.size === "body" ? bodySize : style.size;
    let next = 0;
    for (let col = 0; col < n; ) {
      if ((coveredFor[col] ?? 0) > 0) {
        coveredFor[col] = (coveredFor[col] ?? 0) - 1;
        col++;
        continue;
      }
      const cell = row.cells[next++];
      if (cell === undefined) break;
      const span = Math.max(1, Math.min(Math.floor(cell.colSpan ?? 1), n - col));
      const down = Math.min(Math.max(1, Math.floor(cell.rowSpan ?? 1)), table.rows.length - r);
      for (let c = col; c < col + span; c++) if (down > 1) coveredFor[c] = down - 1;
      if (span === 1) {
        const { text: content, bold, italic } = plainText(cell.content);
        const wide = (cell.bold ?? style.bold === true) || bold || italic || style.italic === true;
        const need = needs[col] as ColumnNeed;
        for (const word of content.split(/\s+/u)) {
          if (word === "") continue;
          const twips = Math.ceil(textWidthPt(word, size, wide) * 20) + margins + SLACK_TWIPS;
          need.minTwips = Math.max(need.minTwips, twips);
          if (row.kind === "header" ? [...word].length <= SHORT_WORD : floorWord(row.kind, word)) {
            need.floorTwips = Math.max(need.floorTwips, twips);
          }
        }
      }
      col += span;
    }
  });
  return needs;
}

/**
 * Splits `total` twips in proportion to `weights`, giving each column at least `mins[i]` when the
 * minimums fit: columns below their minimum are fixed at it and the others share the rest, until
 * none falls below (each round fixes at least one column, so at most n rounds).
 */
export function splitWithMinimums(
  total: number,
  weights: readonly number[],
  mins: readonly number[],
): number[] {
  const n = weights.length;
  const fixed = new Array<boolean>(n).fill(false);
  for (;;) {
    const free = weights.map((w, i) => (fixed[i] ? 0 : w));
    const left = total - mins.reduce((sum, m, i) => sum + (fixed[i] ? m : 0), 0);
    // All weights of the free columns zero: splitTwips would share equally among every column.
    const anyFree = free.some((w) => Number.isFinite(w) && w > 0);
    const shares = anyFree ? splitTwips(left, free) : free.map(() => 0);
    let raised = false;
    for (let i = 0; i < n; i++) {
      if (!fixed[i] && (shares[i] ?? 0) < (mins[i] ?? 0)) {
        fixed[i] = true;
        raised = true;
      }
    }
    if (!raised || fixed.every(Boolean)) {
      const out = shares.map((s, i) => (fixed[i] ? (mins[i] ?? 0) : s));
      // Rounding or all columns fixed: the last column takes what the others leave.
      const sum = out.reduce((a, b) => a + b, 0);
      if (n > 0) out[n - 1] = (out[n - 1] ?? 0) + total - sum;
      return out;
    }
  }
}

/** The weights as splitTwips reads them: a weight that is not a positive number is 0, all 0 alike. */
function positive(weights: readonly number[]): number[] {
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  return safe.some((w) => w > 0) ? safe : safe.map(() => 1);
}

/**
 * The table's column widths in twips, cell margins included, summing to `textWidthTwips`: the one
 * decision DOCX (the grid), PDF (the text widths, less the padding) and HTML (percentages) read.
 */
export function tableColumnsTwips(
  table: Table,
  textWidthTwips: number,
  bodySize: number,
): number[] {
  const weights = table.columns.length > 0 ? table.columns.map((c) => c.width) : [1];
  const plain = splitTwips(textWidthTwips, weights);
  if (table.columns.length === 0) return plain;
  const needs = columnNeeds(table, bodySize);
  const mins = needs.map((need) => need.minTwips);
  if (plain.every((w, i) => w >= (mins[i] ?? 0))) return plain;
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(mins) <= textWidthTwips) {
    return splitWithMinimums(textWidthTwips, positive(weights), mins);
  }
  // Too narrow for every word: the proportional split, but numbers, index labels and short header
  // words kept whole; if even they cannot be, the proportional split as it is.
  const floors = needs.map((need) => need.floorTwips);
  if (sum(floors) > textWidthTwips) return plain;
  return splitWithMinimums(textWidthTwips, positive(weights), floors);
}
