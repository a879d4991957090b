// Each time pagination.ts moves a node to the next page, pdfmake lays the whole document out again,
// and measures every word again first, though nothing it measures has changed: the same text under
// the same styles. A plan of a few pages is laid out twice or three times, and measuring was most of
// each pass. So a paragraph's measured words are kept on the paragraph after its first measuring,
// and handed back while its text is the same. Laying out consumes the list (a new one is handed
// back each time) and writes into the words: their place on the line (x, and justifyShift on a
// justified line), their page reference, and, when a word is too wide for any line, a shorter text
// and width (the rest goes on in a new word). Those five fields are noted when the words are
// measured and put back, instead of copying every word (copies were a tenth of what a render
// allocated, and kept the garbage collector busy). pdfmake's measuring of a paragraph is wrapped
// once per process; if a pdfmake release moves it, nothing is wrapped. Kept for now: without it a
// warm render is ~1.3× slower; issue 12's single layout pass makes it pointless.

import { prototypeOf, replaceMethod } from "../patch.js";

interface Leaf {
  text?: unknown;
  _inlines?: object[];
  _minWidth?: number;
  _maxWidth?: number;
  [MEASURED]?: Measured;
}

interface Measured {
  text: unknown;
  inlines: Word[];
  /** The fields layout writes, as measuring left them: five per word, word after word. */
  fields: unknown[];
  minWidth: number | undefined;
  maxWidth: number | undefined;
}

interface Word {
  text?: unknown;
  width?: unknown;
  x?: unknown;
  justifyShift?: unknown;
  _pageNodeRef?: unknown;
}

type MeasureLeaf = (this: unknown, node: Leaf) => Leaf;

const MEASURED = Symbol("kehoach.measured");

/** Installs the wrapper on pdfmake's DocMeasure class; true when it is in place. */
export function measureOnce(DocMeasure: unknown): boolean {
  return replaceMethod<MeasureLeaf>(
    prototypeOf(DocMeasure),
    "measureLeaf",
    (measureLeaf) =>
      function (this: unknown, node: Leaf) {
        const saved = node[MEASURED];
        if (saved !== undefined && saved.text === node.text) {
          node._inlines = restored(saved);
          node._minWidth = saved.minWidth;
          node._maxWidth = saved.maxWidth;
          return node;
        }
        const measured = measureLeaf.call(this, node);
        if (Array.isArray(node._inlines)) {
          const inlines = node._inlines as Word[];
          node[MEASURED] = {
            text: node.text,
            inlines: inlines.slice(),
            fields: noted(inlines),
            minWidth: node._minWidth,
            maxWidth: node._maxWidth,
          };
        }
        return measured;
      },
  );
}

function noted(words: readonly Word[]): unknown[] {
  const fields: unknown[] = [];
  for (const w of words) fields.push(w.text, w.width, w.x, w.justifyShift, w._pageNodeRef);
  return fields;
}

/** The measured words as measuring left them, in a list of their own. */
function restored(saved: Measured): Word[] {
  const { inlines, fields } = saved;
  for (let i = 0, f = 0; i < inlines.length; i++, f += 5) {
    const w = inlines[i] as Word;
    w.text = fields[f];
    w.width = fields[f + 1];
    // a field measuring did not set is left undefined: read, it is what an absent one is
    if (w.x !== fields[f + 2]) w.x = fields[f + 2];
    if (w.justifyShift !== fields[f + 3]) w.justifyShift = fields[f + 3];
    if (w._pageNodeRef !== fields[f + 4]) w._pageNodeRef = fields[f + 4];
  }
  return inlines.slice();
}
