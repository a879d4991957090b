// One layout node (or a few) per model block (nodes.ts), every paragraph broken into its lines here
// (line-breaks.ts). Every call builds fresh objects: flow.ts marks page breaks on the nodes.

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
import type { LayoutNode, Margin, TextNode } from "./nodes.js";
import { centredRule } from "./rule.js";
import { lineOfStyle, sizeOfStyle } from "./styles.js";
import { tableNode } from "./table.js";
import { nfc, type Run, runs } from "./text.js";

export function blockNodes(block: Block, ctx: BlockContext): LayoutNode[] {
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
function draftMark(b: DraftMark, ctx: BlockContext): LayoutNode {
  const boxWidth = Math.min(mmTwipPt(DRAFT_MARK.boxWidthMm), ctx.geometry.textWidth);
  const look = box();
  const textWidth = Math.max(1, boxWidth - 2 * look.line - look.padding.left - look.padding.right);
  return {
    columns: [
      { width: "*", node: line("", "body", ctx.geometry.textWidth, ctx) },
      {
        width: boxWidth,
        node: {
          table: {
            widths: [textWidth],
            body: [[{ ...line(b.text, "draftMark", textWidth, ctx), alignment: "center" }]],
            headerRows: 0,
            keepWithHeaderRows: 0,
            dontBreakRows: false,
          },
          look,
        },
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
function headerBlock(b: HeaderBlock, ctx: BlockContext): LayoutNode {
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

  const leftTop: LayoutNode[] = [];
  // each body's lines as the model decided them, forced breaks between them
  if (b.parentBody) leftTop.push(line(b.parentBody.join("\n"), "parentBody", left, ctx));
  leftTop.push(line(b.issuingBody.join("\n"), "issuingBody", left, ctx));
  const gapTwips = Math.min(mmToTwips(HEADER_TABLE.columnGapMm), leftTwips);
  const bodyRule = issuingBodyRuleTwips(b.issuingBody, leftTwips - gapTwips) / 20;
  leftTop.push(centredRule(Math.min(left, bodyRule)));

  // The columns are wide enough for the national title and the motto on one line each.
  const rightTop: LayoutNode[] = [
    line(b.nationalTitle, "nationalTitle", Number.POSITIVE_INFINITY, ctx),
    line(b.motto, "motto", Number.POSITIVE_INFINITY, ctx),
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
          {
            ...line(b.number, "number", left, ctx),
            alignment: "center",
            margin: [0, second + drop, 0, 0],
          },
          {
            ...line(b.placeDate, "placeDate", right, ctx),
            alignment: "center",
            margin: [0, second, 0, 0],
          },
        ],
      ],
      headerRows: 0,
      keepWithHeaderRows: 0,
      dontBreakRows: false,
    },
    look: borderless([gap, 0]),
  };
}

function titleBlock(b: TitleBlock, ctx: BlockContext): LayoutNode {
  const width = ctx.geometry.textWidth;
  return {
    stack: [
      line(b.kind, "titleKind", width, ctx),
      line(b.summary, "titleSummary", width, ctx),
      centredRule(titleRuleTwips(b.summary, Math.round(width * 20)) / 20),
    ],
    alignment: "center",
    unbreakable: true,
    margin: [0, SPACING.titleBeforePt, 0, SPACING.titleAfterPt],
  };
}

/**
 * A heading, justified with the body's first-line indent as Word's heading styles (based on
 * Normal) have it; pagination.ts keeps it with what follows. `headlineLevel` marks it in the
 * definition (no outline is drawn).
 */
function heading(b: Heading, ctx: BlockContext): LayoutNode {
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

function paragraph(b: Paragraph, ctx: BlockContext): LayoutNode {
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
function line(text: string, style: string, room: number, ctx: BlockContext): TextNode {
  const face = TEXT[style];
  const lines = fitLines(
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
  return { lines, style };
}

/** Runs broken into lines where the DOCX breaks them, with the paragraph's spaces. */
function fitted(
  text: Run[],
  frame: Frame,
  ctx: BlockContext,
): { lines: TextNode["lines"]; margin: Margin } {
  return {
    lines: fitLines(text, frame, ctx.measure),
    margin: [0, PARAGRAPH.spaceBeforePt, 0, PARAGRAPH.spaceAfterPt],
  };
}

/**
 * "-" and "+" items with hanging indents: the marker at the first-line indent (one step further per
 * level), the text after the hanging indent, wrapped lines under the text. Literal markers, not
 * drawn bullets, so the text extracts as officials typed it.
 */
function listNodes(list: List, level: number, ctx: BlockContext): LayoutNode[] {
  const indent = round2(FIRST_LINE_INDENT + level * LIST_STEP);
  const room = round2(ctx.geometry.textWidth - indent - LIST_HANGING);
  const nodes: LayoutNode[] = [];
  for (const item of list.items) {
    const frame: Frame = { size: ctx.bodySize, first: room, rest: room };
    nodes.push({
      columns: [
        {
          width: LIST_HANGING,
          node: { lines: line(list.marker, "body", LIST_HANGING, ctx).lines },
        },
        {
          width: "*",
          node: { lines: fitLines(runs(item.content), frame, ctx.measure), alignment: "justify" },
        },
      ],
      style: "body",
      margin: [indent, PARAGRAPH.spaceBeforePt, 0, PARAGRAPH.spaceAfterPt],
    });
    if (item.children) nodes.push(...listNodes(item.children, level + 1, ctx));
  }
  return nodes;
}

/**
 * The sign-off's height as laid out: its taller column, each the sum of its lines (as broken by
 * line()) and spaces. pagination.ts keeps a heading with it by this height.
 */
export function signOffHeight(b: SignOff, ctx: BlockContext): number {
  const { recipients, signature } = signOffColumns(b, ctx);
  const height = (stack: TextNode[]) =>
    stack.reduce((h, n) => {
      const margin = n.margin?.[1] ?? 0;
      return h + margin + n.lines.length * lineOfStyle(n.style as string, ctx.bodySize);
    }, 0);
  return Math.max(height(recipients), height(signature));
}

/**
 * Nơi nhận left, the signature right, in one unbreakable borderless table; the space above it sits
 * on the first line of each column, where the DOCX, whose tables have no space of their own, has it.
 */
function signOff(b: SignOff, ctx: BlockContext): LayoutNode {
  const { left, right, recipients, signature } = signOffColumns(b, ctx);
  return {
    table: {
      widths: [left, right],
      body: [[{ stack: recipients }, { stack: signature }]],
      headerRows: 0,
      keepWithHeaderRows: 0,
      dontBreakRows: false,
    },
    look: borderless(),
    unbreakable: true,
  };
}

function signOffColumns(b: SignOff, ctx: BlockContext) {
  const [leftTwips, rightTwips] = signOffColumnsTwips(Math.round(ctx.geometry.textWidth * 20));
  const left = leftTwips / 20;
  const right = rightTwips / 20;
  const above = SPACING.signOffBeforePt;
  const recipients: TextNode[] = [
    { ...line(b.recipients.heading, "recipientsHeading", left, ctx), margin: [0, above, 0, 0] },
    ...b.recipients.lines.map((text) => line(text, "recipient", left, ctx)),
  ];
  const signature: TextNode[] = [
    ...b.signature.lines.map(
      (text, i): TextNode => ({
        ...line(text, "signatureLine", right, ctx),
        alignment: "center",
        ...(i === 0 ? { margin: [0, above, 0, 0] as Margin } : {}),
      }),
    ),
    {
      ...line(b.signature.signer, "signer", right, ctx),
      alignment: "center",
      margin: [0, mmTwipPt(SIGNOFF.signatureSpaceMm), 0, 0],
    },
  ];
  return { left, right, recipients, signature };
}

/** Not unbreakable: it opens its section's first page (and pagination.ts reads the label's page). */
function appendixHeading(b: AppendixHeading, ctx: BlockContext): LayoutNode {
  const width = ctx.geometry.textWidth;
  return {
    stack: [
      line(b.label, "appendixLabel", width, ctx),
      line(b.title, "appendixTitle", width, ctx),
      line(b.attachedTo, "appendixAttached", width, ctx),
    ],
    alignment: "center",
    margin: [0, 0, 0, SPACING.appendixHeadingAfterPt],
  };
}
