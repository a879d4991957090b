// Headings, paragraphs and "-"/"+" lists. Numbers are text, as the model gives them: no Word
// numbering, which renumbers itself when an official moves a paragraph and is what broke the seeds.

import { Paragraph, Tab, TextRun } from "docx";
import type { Heading, Inline, List, Paragraph as ModelParagraph } from "../../document/types.js";
import { HEADING } from "../../layout/rules.js";
import type { Ctx } from "./context.js";
import { runs } from "./inline.js";
import { clampLevel, headingStyle, listStyle, STYLE } from "./style-ids.js";

function numbered(number: string | undefined, content: readonly Inline[]): Inline[] {
  return number ? [{ type: "text", text: `${number} ` }, ...content] : [...content];
}

export function heading(block: Heading, ctx: Ctx): Paragraph[] {
  const style = ctx.headings[clampLevel(block.level) - 1] ?? { bold: false, italic: false };
  const want = HEADING[block.numbering] ?? style;
  // Direct formatting only where this heading's numbering looks unlike its level's style.
  const override = {
    ...(want.bold === style.bold ? {} : { bold: want.bold }),
    ...(want.italic === style.italic ? {} : { italic: want.italic }),
  };
  return [
    new Paragraph({
      style: headingStyle(block.level),
      children: runs(numbered(block.number, block.content), override),
    }),
  ];
}

const PARAGRAPH_STYLE: Record<ModelParagraph["style"], string> = {
  body: STYLE.normal,
  basis: STYLE.basis,
  note: STYLE.note,
};

export function paragraph(block: ModelParagraph, ctx: Ctx): Paragraph[] {
  return [
    new Paragraph({
      // Normal is the default paragraph style: naming it would only weigh the file.
      ...(block.style === "body" ? {} : { style: PARAGRAPH_STYLE[block.style] ?? STYLE.normal }),
      ...(ctx.keepWithNext ? { keepNext: true, keepLines: true } : {}),
      children: runs(numbered(block.number, block.content)),
    }),
  ];
}

interface Line {
  depth: number;
  marker: string;
  content: readonly Inline[];
}

function flatten(block: List, depth: number, out: Line[]): Line[] {
  for (const item of block.items) {
    out.push({ depth, marker: block.marker, content: item.content });
    if (item.children) flatten(item.children, depth + 1, out);
  }
  return out;
}

export function list(block: List, ctx: Ctx): Paragraph[] {
  const lines = flatten(block, 0, []);
  return lines.map(
    (line, i) =>
      new Paragraph({
        style: listStyle(line.depth),
        ...(ctx.keepWithNext && i === lines.length - 1 ? { keepNext: true, keepLines: true } : {}),
        children: [new TextRun({ children: [line.marker, new Tab()] }), ...runs(line.content)],
      }),
  );
}
