// One handler per block type. The record is typed over every Block["type"], so a node type added
// to the model is a compile error here until it has a handler.

import type {
  AppendixHeading,
  Block,
  BlockType,
  DraftMark,
  HeaderBlock,
  Heading,
  List,
  Paragraph,
  SignOff,
  Table,
  TitleBlock,
} from "../../document/types.js";
import { textClass } from "./classes.js";
import { escapeHtml } from "./escape.js";
import { renderInlines } from "./inline.js";
import { renderTable } from "./table.js";

export interface RenderContext {
  tableIds: ReadonlyMap<Table, string>;
}

type Handler<T extends Block> = (block: T, ctx: RenderContext) => string;
type Handlers = { [K in BlockType]: Handler<Extract<Block, { type: K }>> };

const p = (cls: string, html: string): string => `<p class="${cls}">${html}</p>`;

const HANDLERS: Handlers = {
  "draft-mark": (b: DraftMark) =>
    `<p class="draft-mark ${textClass("draftMark")}"><span>${escapeHtml(b.text)}</span></p>`,
  header: renderHeader,
  title: (b: TitleBlock) =>
    [
      '<div class="title-block">',
      `<h1 class="${textClass("titleKind")}">${escapeHtml(b.kind)}</h1>`,
      p(textClass("titleSummary"), escapeHtml(b.summary)),
      '<hr class="rule rule-title">',
      "</div>",
    ].join("\n"),
  heading: renderHeading,
  paragraph: renderParagraph,
  list: renderList,
  table: (b: Table, ctx) => renderTable(b, ctx.tableIds.get(b) ?? "tbl-0"),
  signoff: renderSignOff,
  "appendix-heading": (b: AppendixHeading) =>
    [
      '<div class="appendix-heading">',
      `<h2 class="${textClass("appendixLabel")}">${escapeHtml(b.label)}</h2>`,
      p(textClass("appendixTitle"), escapeHtml(b.title)),
      p(textClass("appendixAttached"), escapeHtml(b.attachedTo)),
      "</div>",
    ].join("\n"),
};

export function renderBlock(block: Block, ctx: RenderContext): string {
  // The mapped type guarantees the handler matches the block's own type.
  const handler = HANDLERS[block.type] as Handler<Block>;
  return handler(block, ctx);
}

/** A body's lines as the model decided them, with explicit breaks between them. */
const bodyLines = (lines: readonly string[]): string => lines.map(escapeHtml).join("<br>");

/**
 * Two rows so that "Số:" and the place-date share a line, as the decree places them. Cells hold no
 * whitespace between their paragraphs: cells keep spaces (pre-wrap).
 */
function renderHeader(b: HeaderBlock): string {
  const left = [
    b.parentBody === undefined ? "" : p(textClass("parentBody"), bodyLines(b.parentBody)),
    p(textClass("issuingBody"), bodyLines(b.issuingBody)),
    '<hr class="rule rule-body">',
  ].join("");
  const right = [
    p(`${textClass("nationalTitle")} nowrap`, escapeHtml(b.nationalTitle)),
    p(`${textClass("motto")} nowrap`, `<span class="motto-line">${escapeHtml(b.motto)}</span>`),
  ].join("");
  return [
    '<table class="header-block" role="presentation">',
    '<colgroup><col class="left"><col class="right"></colgroup>',
    `<tr><td>${left}</td><td>${right}</td></tr>`,
    `<tr><td>${p(textClass("number"), escapeHtml(b.number))}</td><td>${p(textClass("placeDate"), escapeHtml(b.placeDate))}</td></tr>`,
    "</table>",
  ].join("\n");
}

function renderHeading(b: Heading): string {
  const tag = `h${Math.min(Math.max(b.level, 1) + 1, 6)}`;
  const title = renderInlines(b.content);
  const text = title === "" ? escapeHtml(b.number) : `${escapeHtml(b.number)} ${title}`;
  return `<${tag} class="heading h-${b.numbering}">${text}</${tag}>`;
}

const PARAGRAPH_CLASS: Readonly<Record<Paragraph["style"], string>> = {
  body: `para ${textClass("body")}`,
  basis: `para ${textClass("basis")}`,
  note: `note ${textClass("note")}`,
};

function renderParagraph(b: Paragraph): string {
  const number =
    b.number === undefined ? "" : `<span class="num-plain">${escapeHtml(b.number)}</span> `;
  return p(PARAGRAPH_CLASS[b.style], number + renderInlines(b.content));
}

/** Literal "-" and "+" markers, not browser bullets: they are part of the document's text. */
function renderList(b: List): string {
  const items = b.items.map((item) => {
    const line = p(
      "item",
      `<span class="marker">${escapeHtml(b.marker)} </span>${renderInlines(item.content)}`,
    );
    const children = item.children === undefined ? "" : `\n${renderList(item.children)}\n`;
    return `<li>${line}${children}</li>`;
  });
  const kind = b.marker === "-" ? "list-dash" : "list-plus";
  return [`<ul class="list ${kind}">`, ...items, "</ul>"].join("\n");
}

function renderSignOff(b: SignOff): string {
  const recipients = [
    p(textClass("recipientsHeading"), escapeHtml(b.recipients.heading)),
    ...b.recipients.lines.map((line) => p(textClass("recipient"), escapeHtml(line))),
  ].join("");
  const signature = [
    ...b.signature.lines.map((line) => p(textClass("signatureLine"), escapeHtml(line))),
    p(`${textClass("signer")} signer`, escapeHtml(b.signature.signer)),
  ].join("");
  return [
    '<table class="signoff" role="presentation">',
    '<colgroup><col class="left"><col class="right"></colgroup>',
    `<tr><td class="recipients">${recipients}</td><td class="signature">${signature}</td></tr>`,
    "</table>",
  ].join("\n");
}
