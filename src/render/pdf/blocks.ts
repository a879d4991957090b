// One pdfmake node (or a few) per model block. Every call builds fresh objects: pdfmake writes layout
// state into the nodes it is given, so nothing here is shared between two places or two renders.

import type { Content, ContentText } from "pdfmake/interfaces.js";
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
} from "../../document/types.js";
import {
  DRAFT_MARK,
  HEADER_TABLE,
  HEADING,
  headerColumnsTwips,
  issuingBodyRuleTwips,
  LIST,
  mmToTwips,
  mmTwipPt,
  PARAGRAPH,
  SIGNOFF,
  SPACING,
  signOffColumnsTwips,
  TEXT,
  titleRuleTwips,
} from "../../layout/rules.js";
import type { BlockContext } from "./context.js";
import { round2 } from "./geometry.js";
import { borderless, box } from "./layouts.js";
import { type Frame, fitLines } from "./line-breaks.js";
import { linesOf, setLines } from "./lines.js";
import { centredRule } from "./rule.js";
import { lineOfStyle, sizeOfStyle } from "./styles.js";
import { tableNode } from "./table.js";
import { nfc, type Run, runs } from "./text.js";

export function blockNodes(block: Block, ctx: BlockContext): Content[] {
  switch (block.type) {
    case "draft-mark":
      return [draftMark(block, ctx)];
    case "header":
      return [headerBlock(block, ctx)];
    case "title":
      return [titleBlock(block, ctx)];
    case "heading":
      return [heading(block, ctx)];
    case "paragraph":
      return [paragraph(block, ctx)];
    case "list":
      return listNodes(block, 0, ctx);
    case "table":
      return [tableNode(block, ctx)];
    case "signoff":
      return [signOff(block, ctx)];
    case "appendix-heading":
      return [appendixHeading(block, ctx)];
    default: {
      const unknown: never = block;
      throw new Error(`PDF renderer: no handler for block ${JSON.stringify(unknown)}`);
    }
  }
}

/** Indents in whole twips, as the DOCX has them, so lines are exactly as long in both. */
const FIRST_LINE_INDENT = mmTwipPt(PARAGRAPH.firstLineIndentMm);
const LIST_STEP = mmTwipPt(LIST.levelStepMm);
const LIST_HANGING = mmTwipPt(LIST.hangingMm);

/**
 * Boxed, at the right, above the header block: outside the decree's grid, as drafts carry it. The
 * DOCX draws the same box as a bordered paragraph DRAFT_MARK.boxWidthMm wide.
 */
function draftMark(b: DraftMark, ctx: BlockContext): Content {
  const boxWidth = Math.min(mmTwipPt(DRAFT_MARK.boxWidthMm), ctx.geometry.textWidth);
  return {
    columns: [
      { width: "*", text: "" },
      {
        width: boxWidth,
        table: {
          widths: ["*"],
          body: [[{ text: nfc(b.text), style: "draftMark", alignment: "center" }]],
        },
        layout: box(),
      },
    ],
    margin: [0, 0, 0, SPACING.draftMarkAfterPt],
  };
}

/**
 * The two-column header as a borderless table on the DOCX's grid (rules.ts headerColumnsTwips,
 * the right column wide enough for the national title on one line, a gap kept clear after the
 * left one); the first row holds the bodies and the national title with their rules, the second
 * row "Số:" and the place and date, so those two always stand on one line whatever wraps above.
 */
function headerBlock(b: HeaderBlock, ctx: BlockContext): Content {
  const nationalTitle = nfc(b.nationalTitle);
  const motto = nfc(b.motto);
  const [leftTwips, rightTwips] = headerColumnsTwips(Math.round(ctx.geometry.textWidth * 20));
  const gap = Math.min(mmTwipPt(HEADER_TABLE.columnGapMm), leftTwips / 20);
  const left = leftTwips / 20 - gap;
  const right = rightTwips / 20;
  const { measure } = ctx;
  const drop = round2(
    Math.max(
      0,
      measure.ascent(sizeOfStyle("placeDate", ctx.bodySize)) -
        measure.ascent(sizeOfStyle("number", ctx.bodySize)),
    ),
  );
  const second = SPACING.headerSecondRowPt;

  const leftTop: Content[] = [];
  // each body's lines as the model decided them, forced breaks between them
  if (b.parentBody) leftTop.push(line(b.parentBody.join("\n"), "parentBody", left, ctx));
  leftTop.push(line(b.issuingBody.join("\n"), "issuingBody", left, ctx));
  const gapTwips = Math.min(mmToTwips(HEADER_TABLE.columnGapMm), leftTwips);
  const bodyRule = issuingBodyRuleTwips(b.issuingBody, leftTwips - gapTwips) / 20;
  leftTop.push(centredRule(Math.min(left, bodyRule)));

  const rightTop: Content[] = [
    { text: nationalTitle, style: "nationalTitle", noWrap: true },
    { text: motto, style: "motto", noWrap: true },
    centredRule(Math.min(right, mmTwipPt(HEADER_TABLE.mottoRuleMm))),
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
          wrapped(
            {
              text: nfc(b.number),
              style: "number",
              alignment: "center",
              margin: [0, second + drop, 0, 0],
            },
            left,
            ctx,
          ),
          wrapped(
            {
              text: nfc(b.placeDate),
              style: "placeDate",
              alignment: "center",
              margin: [0, second, 0, 0],
            },
            right,
            ctx,
          ),
        ],
      ],
    },
    layout: borderless([gap, 0]),
    margin: [0, 0, 0, 0],
  };
}

/** A string pdfmake wraps itself in `room` points: its lines recorded as pdfmake will break it. */
function wrapped(
  node: ContentText & { text: string; style: string },
  room: number,
  ctx: BlockContext,
) {
  const face = TEXT[node.style];
  const size = sizeOfStyle(node.style, ctx.bodySize);
  const faceOf = { bold: face?.bold === true, italics: face?.italic === true };
  setLines(node, ctx.measure.lines(node.text, size, room, faceOf));
  return node;
}

function titleBlock(b: TitleBlock, ctx: BlockContext): Content {
  return {
    stack: [
      { text: nfc(b.kind), style: "titleKind", alignment: "center" },
      { ...line(b.summary, "titleSummary", ctx.geometry.textWidth, ctx), alignment: "center" },
      centredRule(titleRuleTwips(b.summary, Math.round(ctx.geometry.textWidth * 20)) / 20),
    ],
    unbreakable: true,
    margin: [0, SPACING.titleBeforePt, 0, SPACING.titleAfterPt],
  };
}

/**
 * A heading, justified with the body's first-line indent as Word's heading styles (based on
 * Normal) have it; pagination.ts keeps it with what follows. `headlineLevel` marks it in the
 * definition (pdfmake's outline feature is not used).
 */
function heading(b: Heading, ctx: BlockContext): Content {
  const look = HEADING[b.numbering];
  const text: Run[] = [{ text: `${nfc(b.number)} ` }, ...runs(b.content)];
  const frame = bodyFrame(ctx, "body", { bold: look.bold, italics: look.italic });
  return {
    ...fitted(text, frame, ctx),
    style: "body",
    bold: look.bold,
    italics: look.italic,
    alignment: "justify",
    leadingIndent: FIRST_LINE_INDENT,
    headlineLevel: b.level,
  };
}

function paragraph(b: Paragraph, ctx: BlockContext): Content {
  const number: Run[] = b.number ? [{ text: `${nfc(b.number)} ` }] : [];
  const text = [...number, ...runs(b.content)];
  const frame = bodyFrame(ctx, b.style, { italics: TEXT[b.style]?.italic === true });
  return {
    ...fitted(text, frame, ctx),
    style: b.style,
    alignment: "justify",
    leadingIndent: FIRST_LINE_INDENT,
  };
}

/** Running text's room: the text width, less the first-line indent on the first line. */
function bodyFrame(ctx: BlockContext, style: string, face: { bold?: boolean; italics?: boolean }) {
  const width = ctx.geometry.textWidth;
  return {
    size: sizeOfStyle(style, ctx.bodySize),
    first: round2(width - FIRST_LINE_INDENT),
    rest: width,
    ...face,
  };
}

/**
 * A one-style string in `room` points, broken into lines as the DOCX's paragraph is (the header
 * block's bodies, the sign-off's lines, which may wrap in their columns).
 */
function line(text: string, style: string, room: number, ctx: BlockContext): ContentText {
  const face = TEXT[style];
  const { runs: out, lines } = fitLines(
    [{ text: nfc(text) }],
    {
      size: sizeOfStyle(style, ctx.bodySize),
      first: room,
      rest: room,
      bold: face?.bold === true,
      italics: face?.italic === true,
    },
    ctx.measure,
  );
  setLines(out, lines);
  return { text: out, style };
}

/** Runs broken into lines where the DOCX breaks them, with the paragraph's margins. */
function fitted(text: Run[], frame: Frame, ctx: BlockContext): { text: Run[]; margin: Margin } {
  const { runs: out, inset, lines } = fitLines(text, frame, ctx.measure);
  setLines(out, lines);
  return {
    text: out,
    margin: [0, PARAGRAPH.spaceBeforePt, inset, PARAGRAPH.spaceAfterPt],
  };
}

type Margin = [number, number, number, number];

/**
 * "-" and "+" items with hanging indents: the marker at the first-line indent (one step further per
 * level), the text after the hanging indent, wrapped lines under the text. Literal markers, not
 * pdfmake's drawn bullets, so the text extracts as officials typed it.
 */
function listNodes(list: List, level: number, ctx: BlockContext): Content[] {
  const indent = round2(FIRST_LINE_INDENT + level * LIST_STEP);
  const room = round2(ctx.geometry.textWidth - indent - LIST_HANGING);
  const nodes: Content[] = [];
  for (const item of list.items) {
    const frame: Frame = { size: ctx.bodySize, first: room, rest: room };
    const { runs: text, inset, lines } = fitLines(runs(item.content), frame, ctx.measure);
    setLines(text, lines);
    nodes.push({
      columns: [
        { width: LIST_HANGING, text: list.marker },
        { width: "*", text, alignment: "justify" },
      ],
      columnGap: 0,
      style: "body",
      margin: [indent, PARAGRAPH.spaceBeforePt, inset, PARAGRAPH.spaceAfterPt],
    });
    if (item.children) nodes.push(...listNodes(item.children, level + 1, ctx));
  }
  return nodes;
}

/**
 * Nơi nhận left, the signature right, in one unbreakable borderless table; the space above it sits
 * on the first line of each column, where the DOCX, whose tables have no space of their own, has it.
 */
/**
 * The sign-off's height as laid out: its taller column, each the sum of its lines (as broken by
 * line()) and spaces. pagination.ts keeps a heading with it by this height.
 */
export function signOffHeight(b: SignOff, ctx: BlockContext): number {
  const node = signOff(b, ctx) as { table: { body: { stack: ContentText[] }[][] } };
  const [left, right] = node.table.body[0] ?? [];
  const height = (stack: ContentText[] | undefined) =>
    (stack ?? []).reduce((h, n) => {
      const margin = (n.margin as number[] | undefined)?.[1] ?? 0;
      return h + margin + linesOf(n) * lineOfStyle(n.style as string, ctx.bodySize);
    }, 0);
  return Math.max(height(left?.stack), height(right?.stack));
}

function signOff(b: SignOff, ctx: BlockContext): Content {
  const [leftTwips, rightTwips] = signOffColumnsTwips(Math.round(ctx.geometry.textWidth * 20));
  const left = leftTwips / 20;
  const right = rightTwips / 20;
  const above = SPACING.signOffBeforePt;
  const recipients: Content[] = [
    { ...line(b.recipients.heading, "recipientsHeading", left, ctx), margin: [0, above, 0, 0] },
    ...b.recipients.lines.map((text): Content => line(text, "recipient", left, ctx)),
  ];
  const signature: Content[] = [
    ...b.signature.lines.map(
      (text, i): Content => ({
        ...line(text, "signatureLine", right, ctx),
        alignment: "center",
        ...(i === 0 ? { margin: [0, above, 0, 0] as [number, number, number, number] } : {}),
      }),
    ),
    {
      ...line(b.signature.signer, "signer", right, ctx),
      alignment: "center",
      margin: [0, mmTwipPt(SIGNOFF.signatureSpaceMm), 0, 0],
    },
  ];
  return {
    table: { widths: [left, right], body: [[{ stack: recipients }, { stack: signature }]] },
    layout: borderless(),
    unbreakable: true,
  };
}

/** Not unbreakable: it opens its section's first page (and pagination.ts reads the label's page). */
function appendixHeading(b: AppendixHeading, ctx: BlockContext): Content {
  const width = ctx.geometry.textWidth;
  return {
    stack: [
      { text: [{ text: nfc(b.label) }], style: "appendixLabel" },
      line(b.title, "appendixTitle", width, ctx),
      line(b.attachedTo, "appendixAttached", width, ctx),
    ],
    alignment: "center",
    margin: [0, 0, 0, SPACING.appendixHeadingAfterPt],
  };
}
