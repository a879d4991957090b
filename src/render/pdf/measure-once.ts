// Each time pagination.ts moves a node to the next page, pdfmake lays the whole document out again,
// and measures every word again first, though nothing it measures has changed: the same text under
// the same styles. A plan of a few pages is laid out twice or three times, and measuring was most of
// each pass. So a paragraph's measured words are kept on the paragraph after its first measuring,
// and handed back as fresh copies (laying out consumes and splits them) while its text is the same.
// pdfmake's measuring of a paragraph is wrapped once per process; if a pdfmake release moves it,
// nothing is wrapped (a test compares the PDF bytes with and without).

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
  inlines: object[];
  minWidth: number | undefined;
  maxWidth: number | undefined;
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
          node._inlines = copies(saved.inlines);
          node._minWidth = saved.minWidth;
          node._maxWidth = saved.maxWidth;
          return node;
        }
        const measured = measureLeaf.call(this, node);
        if (Array.isArray(node._inlines)) {
          node[MEASURED] = {
            text: node.text,
            inlines: copies(node._inlines),
            minWidth: node._minWidth,
            maxWidth: node._maxWidth,
          };
        }
        return measured;
      },
  );
}

function copies(inlines: readonly object[]): object[] {
  return inlines.map((inline) => ({ ...inline }));
}
