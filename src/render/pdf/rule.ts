// Short solid rules (under the issuing body, the motto, the summary line): canvas lines from x = 0,
// centred by pdfmake's own canvas alignment (a canvas inherits `alignment` from its container, so
// offsetting x by hand would be centred a second time).

import type { Content } from "pdfmake/interfaces.js";
import { HEADER_TABLE, RULE } from "../../layout/rules.js";
import { round2 } from "./geometry.js";

/**
 * As tall as the DOCX's rule paragraph: an empty line RULE.linePt high with the rule as its bottom
 * border, the border's width below it.
 */
export function centredRule(length: number): Content {
  const width = HEADER_TABLE.ruleWidthPt;
  const y = RULE.linePt + width / 2;
  return {
    canvas: [
      {
        type: "line",
        x1: 0,
        y1: y,
        x2: round2(length),
        y2: y,
        lineWidth: width,
        lineColor: "black",
      },
    ],
    alignment: "center",
    margin: [0, 0, 0, width / 2],
  };
}
