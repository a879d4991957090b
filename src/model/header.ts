// The front of the plan: the draft mark, the two-column header, the title, the legal bases
// ("Căn cứ …;" one per line) and the opening ("Thực hiện …; <lead-in>").

import type { Block, HeaderBlock, Paragraph } from "../document/types.js";
import {
  BLANK,
  documentNumber,
  endWith,
  formatLongDate,
  formatPlaceDate,
  parseSpecDate,
  upperVi,
} from "../format/index.js";
import { headerLines } from "../layout/header-lines.js";
import { headerBodyRoomPt, TEXT } from "../layout/rules.js";
import { type Ctx, label, renderTemplate } from "./context.js";
import { parseInline, parseMarkup } from "./markup.js";
import { pageSetup } from "./meta.js";
import { baseView, docRefPhrase, shortBody } from "./views.js";

/** "05", or the blanks a clerk fills in: a draft never shows a number, even one already given. */
export function numberText(ctx: Ctx): string {
  const n = ctx.spec.document.number;
  return ctx.draft || n === undefined || String(n).trim() === "" ? BLANK : documentNumber(n);
}

/** "ngày 22 tháng 02 năm 2024", the day blank in a draft. */
export function longDateText(ctx: Ctx): string {
  return formatLongDate(parseSpecDate(ctx.spec.document.date), { blankDay: ctx.draft });
}

/** "(Kèm theo Kế hoạch số 05/KH-UBND ngày 22 tháng 02 năm 2024 của UBND phường Quảng Minh)" */
export function attachedToText(ctx: Ctx): string {
  return label(ctx, "attachedTo", {
    kind: label(ctx, "documentKindText"),
    number: numberText(ctx),
    symbol: ctx.spec.document.symbol,
    date: longDateText(ctx),
    issuer: shortBody(ctx),
  });
}

/**
 * A body's name in capitals, as the lines the header's left column prints (a line break written in
 * the name is kept; otherwise src/layout/header-lines.ts breaks it between its parts).
 */
export function bodyLines(ctx: Ctx, name: string, style: "issuingBody" | "parentBody"): string[] {
  const font = TEXT[style];
  const size = typeof font?.size === "number" ? font.size : 13;
  const room = headerBodyRoomPt(pageSetup(ctx).margins);
  return headerLines(upperVi(name), room, { size, bold: font?.bold === true });
}

export function frontMatter(ctx: Ctx): Block[] {
  const doc = ctx.spec.document;
  const out: Block[] = [];
  if (ctx.draft) out.push({ type: "draft-mark", text: label(ctx, "draftMark") });
  const header: HeaderBlock = {
    type: "header",
    issuingBody: bodyLines(ctx, doc.issuing_body, "issuingBody"),
    number: label(ctx, "number", { number: numberText(ctx), symbol: doc.symbol }),
    nationalTitle: label(ctx, "nationalTitle"),
    motto: label(ctx, "motto"),
    placeDate: formatPlaceDate(doc.place, parseSpecDate(doc.date), { blankDay: ctx.draft }),
  };
  if (doc.parent_body) header.parentBody = bodyLines(ctx, doc.parent_body, "parentBody");
  out.push(header);
  out.push({ type: "title", kind: label(ctx, "documentKind"), summary: doc.summary });
  out.push(...bases(ctx));
  out.push(...opening(ctx));
  return out;
}

function bases(ctx: Ctx): Paragraph[] {
  const refs = ctx.spec.document.legal_bases ?? [];
  return refs.map((ref, i): Paragraph => {
    const phrase = docRefPhrase(ctx, ref);
    const text = /^căn cứ\s/iu.test(phrase) ? phrase : label(ctx, "basis", { ref: phrase });
    return {
      type: "paragraph",
      style: "basis",
      content: parseInline(endWith(text, i === refs.length - 1 ? "." : ";")),
    };
  });
}

function opening(ctx: Ctx): Block[] {
  const doc = ctx.spec.document;
  const refList = (doc.implements ?? []).map((r) => docRefPhrase(ctx, r));
  const leadIn = doc.lead_in?.trim() || null;
  if (refList.length === 0 && !leadIn) return [];
  const view = { ...baseView(ctx), refList, refs: refList.join("; ") || null, leadIn };
  const out = renderTemplate(ctx, "mo-dau", view, ["document", "implements"]);
  return out === undefined ? [] : parseMarkup(out);
}
