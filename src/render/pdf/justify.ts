// Justified lines stretched at their spaces only, as Word and LibreOffice stretch them. pdfmake
// spreads a justified line's slack over every boundary between its pieces of text, and a word is
// in several pieces wherever its style changes ("(" upright, "trừ" italic) or line-breaks.ts marks
// it ("155/KH-" and "LĐTBXH"): those words came out with gaps inside ("155/ KH- LĐTBXH"), on the
// page and in the extracted text. pdfmake has no option for this; its line aligner is replaced,
// once, by one that adds the slack after pieces ending in a space. If a pdfmake release moves the
// aligner, nothing is replaced and lines are justified as pdfmake does (a test says so).

import { prototypeOf, replaceMethod } from "../patch.js";

interface Inline {
  text?: string;
  x: number;
  alignment?: string;
  justifyShift?: number;
}

interface Line {
  inlines: Inline[];
  newLineForced?: boolean;
  lastLineInParagraph?: boolean;
  getWidth(): number;
}

interface Writer {
  context(): { availableWidth: number };
}

type AlignLine = (this: Writer, line: Line) => void;

/** Installs the aligner on pdfmake's ElementWriter class; true when it is in place. */
export function justifyAtSpaces(ElementWriter: unknown): boolean {
  return replaceMethod<AlignLine>(
    prototypeOf(ElementWriter),
    "alignLine",
    (original) =>
      function (this: Writer, line: Line) {
        const inlines = line.inlines;
        const justify =
          inlines.length > 1 &&
          inlines[0]?.alignment === "justify" &&
          !line.newLineForced &&
          !line.lastLineInParagraph;
        if (!justify) {
          original.call(this, line);
          return;
        }
        const gaps = inlines.filter((_inline, i) => i > 0 && endsInSpace(inlines[i - 1])).length;
        if (gaps === 0) return;
        const slack = (this.context().availableWidth - line.getWidth()) / gaps;
        let offset = 0;
        inlines.forEach((inline, i) => {
          if (i === 0) return;
          const gap = endsInSpace(inlines[i - 1]);
          if (gap) offset += slack;
          inline.x += offset;
          inline.justifyShift = gap ? slack : 0;
        });
      },
  );
}

function endsInSpace(inline: Inline | undefined): boolean {
  return /\s$/u.test(inline?.text ?? "");
}
