// "KẾ HOẠCH", the summary line under it, a short rule; and an appendix's label, title and
// "(Kèm theo …)" line.

import { Paragraph } from "docx";
import type { AppendixHeading, TitleBlock } from "../../document/types.js";
import { SPACING, titleRuleTwips } from "../../layout/rules.js";
import type { Ctx } from "./context.js";
import { textRuns } from "./inline.js";
import { rule } from "./rule.js";
import { STYLE } from "./style-ids.js";
import { ptToTwip } from "./units.js";

export function titleBlock(block: TitleBlock, ctx: Ctx): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.title, children: textRuns(block.kind) }),
    new Paragraph({ style: STYLE.subtitle, children: textRuns(block.summary) }),
    rule(
      titleRuleTwips(block.summary, ctx.textWidth),
      ctx.textWidth,
      ptToTwip(SPACING.titleAfterPt),
    ),
  ];
}

export function appendixHeading(block: AppendixHeading): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.appendixLabel, children: textRuns(block.label) }),
    new Paragraph({ style: STYLE.appendixTitle, children: textRuns(block.title) }),
    new Paragraph({ style: STYLE.appendixAttached, children: textRuns(block.attachedTo) }),
  ];
}
