// The header block (Nghị định 30/2020, Phụ lục I, ô 1–4) and the draft mark above it.
// Two rows so that "Số: …" and the place-date line stay level whatever wraps above them: row 1 holds
// the bodies and the national title with their rules, row 2 the number and the place-date.

import { Paragraph, type Table } from "docx";
import type { DraftMark, HeaderBlock } from "../../document/types.js";
import {
  DRAFT_MARK,
  HEADER_TABLE,
  headerColumnsTwips,
  issuingBodyRuleTwips,
} from "../../layout/rules.js";
import type { Ctx } from "./context.js";
import { textRuns } from "./inline.js";
import { borderlessTable } from "./layout-table.js";
import { rule } from "./rule.js";
import { STYLE } from "./style-ids.js";
import { mmToTwip } from "./units.js";

/** Left and right column widths: the right never narrower than the national title needs. */
export const headerColumns = headerColumnsTwips;

const para = (style: string, text: string) => new Paragraph({ style, children: textRuns(text) });

export function headerBlock(block: HeaderBlock, ctx: Ctx): Table[] {
  const [left, right] = headerColumns(ctx.textWidth);
  const gap = Math.min(mmToTwip(HEADER_TABLE.columnGapMm), left);
  const leftTop = [
    // one paragraph per body, its lines separated by line breaks: the lines the model decided
    ...(block.parentBody ? [para(STYLE.parentBody, block.parentBody.join("\n"))] : []),
    para(STYLE.issuingBody, block.issuingBody.join("\n")),
    rule(issuingBodyRuleTwips(block.issuingBody, left - gap), left - gap),
  ];
  const rightTop = [
    para(STYLE.nationalTitle, block.nationalTitle),
    para(STYLE.motto, block.motto),
    rule(mmToTwip(HEADER_TABLE.mottoRuleMm), right),
  ];
  return [
    borderlessTable(
      [left, right],
      [
        [leftTop, rightTop],
        [[para(STYLE.docNumber, block.number)], [para(STYLE.placeDate, block.placeDate)]],
      ],
      [gap, 0],
    ),
  ];
}

/** Indented from the left so that its box, drawn by the style, is DRAFT_MARK's width at the right. */
export function draftMark(block: DraftMark, ctx: Ctx): Paragraph[] {
  const box = Math.min(mmToTwip(DRAFT_MARK.boxWidthMm), ctx.textWidth);
  return [
    new Paragraph({
      style: STYLE.draftMark,
      indent: { left: ctx.textWidth - box },
      children: textRuns(block.text),
    }),
  ];
}
