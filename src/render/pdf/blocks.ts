// One pdfmake node (or a few) per model block. Every call builds fresh objects: pdfmake writes layout
// state into the nodes it is given, so nothing here is shared between two places or two renders.

import type { Content } from "pdfmake/interfaces.js";
import { HEADER_TABLE, HEADING, LIST, PARAGRAPH, SIGNOFF } from "../../layout/rules.js";
import type {
  AppendixHeading,
  Block,
  DraftMark,
  HeaderBlock,
  Heading,
  List,
  Paragraph,
  SignOff,
  TitleBlock,
} from "../../model/types.js";
import type { BlockContext } from "./context.js";
import { pt, round2 } from "./geometry.js";
import { borderless, box } from "./layouts.js";
import { centredRule } from "./rule.js";
import { sizeOfStyle } from "./styles.js";
import { tableNode } from "./table.js";
import { nfc, runs } from "./text.js";

export function blockNodes(block: Block, ctx: BlockContext): Content[] {
  switch (block.type) {
    case "draft-mark":
      return [draftMark(block)];
    case "header":
      return [headerBlock(block, ctx)];
    case "title":
      return [titleBlock(block, ctx)];
    case "heading":
      return [heading(block)];
    case "paragraph":
      return [paragraph(block)];
    case "list":
      return listNodes(block, 0);
    case "table":
      return [tableNode(block, ctx)];
    case "signoff":
      return [signOff(block, ctx)];
    case "appendix-heading":
      return [appendixHeading(block)];
    default: {
      const unknown: never = block;
      throw new Error(`PDF renderer: no handler for block ${JSON.stringify(unknown)}`);
    }
  }
}

const FIRST_LINE_INDENT = pt(PARAGRAPH.firstLineIndentMm);
const PARAGRAPH_MARGIN = (): [number, number, number, number] => [
  0,
  PARAGRAPH.spaceBeforePt,
  0,
  PARAGRAPH.spaceAfterPt,
];

/** Boxed, at the right, above the header block: outside the decree's grid, as drafts carry it. */
function draftMark(b: DraftMark): Content {
  return {
    columns: [
      { width: "*", text: "" },
      {
        width: "auto",
        table: { body: [[{ text: nfc(b.text), style: "draftMark" }]] },
        layout: box(),
      },
    ],
    margin: [0, 0, 0, 6],
  };
}

/**
 * The two-column header as a borderless table with fixed widths. The right column is wide enough
 * for the national title on one line (measured, and never below rules.ts's minimum); the first row
 * holds the bodies and the national title with their rules, the second row "Số:" and the place and
 * date, so those two always stand on one line whatever wraps above them.
 */
function headerBlock(b: HeaderBlock, ctx: BlockContext): Content {
  const width = ctx.geometry.textWidth;
  const { measure } = ctx;
  const titleSize = sizeOfStyle("nationalTitle", ctx.bodySize);
  const mottoSize = sizeOfStyle("motto", ctx.bodySize);
  const nationalTitle = nfc(b.nationalTitle);
  const motto = nfc(b.motto);
  const titleWidth = measure.width(nationalTitle, titleSize, { bold: true });
  const mottoWidth = measure.width(motto, mottoSize, { bold: true });
  const right = round2(
    Math.min(
      width * 0.75,
      Math.max(
        width * (1 - HEADER_TABLE.leftShare),
        pt(HEADER_TABLE.rightMinMm),
        // Kerning and rounding may add a little to the advance widths; never wrap for that.
        titleWidth * 1.02 + 2,
        mottoWidth * 1.02 + 2,
      ),
    ),
  );
  const left = round2(width - right);
  const drop = round2(
    Math.max(
      0,
      measure.ascent(sizeOfStyle("placeDate", ctx.bodySize)) -
        measure.ascent(sizeOfStyle("number", ctx.bodySize)),
    ),
  );

  const leftTop: Content[] = [];
  if (b.parentBody) leftTop.push({ text: nfc(b.parentBody), style: "parentBody" });
  leftTop.push({ text: nfc(b.issuingBody), style: "issuingBody" });
  leftTop.push(centredRule(Math.min(left, left * HEADER_TABLE.bodyRuleShare)));

  const rightTop: Content[] = [
    { text: nationalTitle, style: "nationalTitle", noWrap: true },
    { text: motto, style: "motto", noWrap: true },
    centredRule(Math.min(right, mottoWidth)),
  ];

  return {
    table: {
      widths: [left, right],
      body: [
        [
          { stack: leftTop, alignment: "center" },
          { stack: rightTop, alignment: "center" },
        ],
        [
          // Smaller than the place and date: lowered so the two stand on one baseline.
          {
            text: nfc(b.number),
            style: "number",
            alignment: "center",
            margin: [0, 6 + drop, 0, 0],
          },
          { text: nfc(b.placeDate), style: "placeDate", alignment: "center", margin: [0, 6, 0, 0] },
        ],
      ],
    },
    layout: borderless(),
    margin: [0, 0, 0, 0],
  };
}

function titleBlock(b: TitleBlock, ctx: BlockContext): Content {
  return {
    stack: [
      { text: nfc(b.kind), style: "titleKind", alignment: "center" },
      { text: nfc(b.summary), style: "titleSummary", alignment: "center" },
      centredRule(Math.min(ctx.geometry.textWidth, pt(HEADER_TABLE.titleRuleMm)), 4),
    ],
    unbreakable: true,
    margin: [0, 18, 0, 12],
  };
}

/**
 * A heading carries `headlineLevel`, which the definition's pageBreakBefore reads to keep it with
 * what follows (a heading is never the last thing on a page).
 */
function heading(b: Heading): Content {
  const look = HEADING[b.numbering];
  return {
    text: [{ text: `${nfc(b.number)} ` }, ...runs(b.content)],
    style: "body",
    bold: look.bold,
    italics: look.italic,
    alignment: "justify",
    leadingIndent: FIRST_LINE_INDENT,
    headlineLevel: b.level,
    margin: PARAGRAPH_MARGIN(),
  };
}

function paragraph(b: Paragraph): Content {
  const number = b.number ? [{ text: `${nfc(b.number)} ` }] : [];
  const text = [...number, ...runs(b.content)];
  if (b.style === "note") {
    return { text, style: "note", alignment: "justify", margin: [0, 6, 0, 0] };
  }
  return {
    text,
    style: b.style === "basis" ? "basis" : "body",
    alignment: "justify",
    leadingIndent: FIRST_LINE_INDENT,
    margin: PARAGRAPH_MARGIN(),
  };
}

/**
 * "-" and "+" items with hanging indents: the marker at the first-line indent (one step further per
 * level), the text after the hanging indent, wrapped lines under the text. Literal markers, not
 * pdfmake's drawn bullets, so the text extracts as officials typed it.
 */
function listNodes(list: List, level: number): Content[] {
  const indent = round2(FIRST_LINE_INDENT + level * pt(LIST.levelStepMm));
  const hanging = pt(LIST.hangingMm);
  const nodes: Content[] = [];
  for (const item of list.items) {
    nodes.push({
      columns: [
        { width: hanging, text: list.marker },
        { width: "*", text: runs(item.content), alignment: "justify" },
      ],
      columnGap: 0,
      style: "body",
      margin: [indent, PARAGRAPH.spaceBeforePt, 0, PARAGRAPH.spaceAfterPt],
    });
    if (item.children) nodes.push(...listNodes(item.children, level + 1));
  }
  return nodes;
}

/** Nơi nhận left, the signature right, in one unbreakable borderless table. */
function signOff(b: SignOff, ctx: BlockContext): Content {
  const width = ctx.geometry.textWidth;
  const left = round2(width * SIGNOFF.leftShare);
  const right = round2(width - left);
  const recipients: Content[] = [
    { text: nfc(b.recipients.heading), style: "recipientsHeading" },
    ...b.recipients.lines.map((line): Content => ({ text: nfc(line), style: "recipient" })),
  ];
  const signature: Content[] = [
    ...b.signature.lines.map(
      (line): Content => ({ text: nfc(line), style: "signatureLine", alignment: "center" }),
    ),
    {
      text: nfc(b.signature.signer),
      style: "signer",
      alignment: "center",
      margin: [0, pt(SIGNOFF.signatureSpaceMm), 0, 0],
    },
  ];
  return {
    stack: [
      {
        table: { widths: [left, right], body: [[{ stack: recipients }, { stack: signature }]] },
        layout: borderless(),
      },
    ],
    unbreakable: true,
    margin: [0, 12, 0, 0],
  };
}

function appendixHeading(b: AppendixHeading): Content {
  return {
    stack: [
      { text: nfc(b.label), style: "appendixLabel" },
      { text: nfc(b.title), style: "appendixTitle" },
      { text: nfc(b.attachedTo), style: "appendixAttached" },
    ],
    alignment: "center",
    unbreakable: true,
    margin: [0, 0, 0, 12],
  };
}
