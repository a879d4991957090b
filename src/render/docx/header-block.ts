// The header block (Nghị định 30/2020, Phụ lục I, ô 1–4) and the draft mark above it.
// Two rows so that "Số: …" and the place-date line stay level whatever wraps above them: row 1 holds
// the bodies and the national title with their rules, row 2 the number and the place-date.

import { Paragraph, type Table } from "docx";
import { HEADER_TABLE } from "../../layout/rules.js";
import type { DraftMark, HeaderBlock } from "../../model/types.js";
import type { Ctx } from "./context.js";
import { textRuns } from "./inline.js";
import { borderlessTable } from "./layout-table.js";
import { rule } from "./rule.js";
import { STYLE } from "./style-ids.js";
import { mmToTwip } from "./units.js";

/** Left and right column widths: the right never narrower than the national title needs. */
export function headerColumns(textWidth: number): [number, number] {
  const byShare = textWidth - Math.round(textWidth * HEADER_TABLE.leftShare);
  const right = Math.min(Math.max(byShare, mmToTwip(HEADER_TABLE.rightMinMm)), textWidth);
  return [textWidth - right, right];
}

const para = (style: string, text: string) => new Paragraph({ style, children: textRuns(text) });

export function headerBlock(block: HeaderBlock, ctx: Ctx): Table[] {
  const [left, right] = headerColumns(ctx.textWidth);
  const leftTop = [
    ...(block.parentBody ? [para(STYLE.parentBody, block.parentBody)] : []),
    para(STYLE.issuingBody, block.issuingBody),
    rule(Math.round(left * HEADER_TABLE.bodyRuleShare), left),
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
    ),
  ];
}

export function draftMark(block: DraftMark): Paragraph[] {
  return [para(STYLE.draftMark, block.text)];
}
