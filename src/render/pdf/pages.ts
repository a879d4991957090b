// The PDF's pages as flow.ts lays them out: what stands where, in points from the page's top-left
// corner. draw.ts writes them as they are; tests read them to see where things went.

/** A stretch of text in one face, its line's top at `y`. */
export interface TextOp {
  kind: "text";
  x: number;
  y: number;
  size: number;
  bold: boolean;
  italics: boolean;
  text: string;
  /** Points added to each space (a justified line); 0: none. */
  wordSpacing: number;
}

/** A straight line, `width` thick, centred on the points given. */
export interface LineOp {
  kind: "line";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
}

/** A highlight behind text (a draft's disagreeing figure), its top-left corner at x, y. */
export interface HighlightOp {
  kind: "highlight";
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Op = TextOp | LineOp | HighlightOp;

export interface Page {
  orientation: "portrait" | "landscape";
  /** The page as it is read, in points. */
  width: number;
  height: number;
  ops: Op[];
}
