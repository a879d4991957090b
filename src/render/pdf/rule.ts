// Short solid rules (under the issuing body, the motto, the summary line): canvas lines from x = 0,
// centred by pdfmake's own canvas alignment (a canvas inherits `alignment` from its container, so
// offsetting x by hand would be centred a second time).

import type { Content } from "pdfmake/interfaces.js";
import { HEADER_TABLE } from "../../layout/rules.js";
import { round2 } from "./geometry.js";

export function centredRule(length: number, gapAbove = 2, gapBelow = 0): Content {
  return {
    canvas: [
      {
        type: "line",
        x1: 0,
        y1: 0,
        x2: round2(length),
        y2: 0,
        lineWidth: HEADER_TABLE.ruleWidthPt,
        lineColor: "black",
      },
    ],
    alignment: "center",
    margin: [0, gapAbove, 0, gapBelow],
  };
}
