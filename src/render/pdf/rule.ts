// Short solid rules (under the issuing body, the motto, the summary line), centred in their frame.

import { HEADER_TABLE, RULE } from "../../layout/rules.js";
import { round2 } from "./geometry.js";
import type { RuleNode } from "./nodes.js";

/**
 * As tall as the DOCX's rule paragraph: an empty line RULE.linePt high with the rule as its bottom
 * border, the border's width below it.
 */
export function centredRule(length: number): RuleNode {
  const width = HEADER_TABLE.ruleWidthPt;
  return {
    rule: { length: round2(length), y: RULE.linePt + width / 2, lineWidth: width },
    alignment: "center",
    margin: [0, 0, 0, width / 2],
  };
}
