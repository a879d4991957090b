// Document metadata and page setup: reproducible (the date is the plan's, not the clock's).

import type { DocumentMeta, PageSetup } from "../document/types.js";
import { formatPeriod, isoDate, lowerFirst, parseSpecDate } from "../format/index.js";
import { oneLine } from "../layout/header-lines.js";
import { MARGIN_RANGE_MM } from "../layout/rules.js";
import { type Ctx, label } from "./context.js";

export function documentMeta(ctx: Ctx): DocumentMeta {
  const doc = ctx.spec.document;
  const keywords = [
    lowerFirst(label(ctx, "documentKindText")),
    doc.unit_kind ? `${doc.unit_kind} ${doc.locality}` : doc.locality,
    formatPeriod(doc.period),
  ];
  if (ctx.computed.statistics) keywords.push("giảm nghèo");
  return {
    title: doc.summary,
    // on one line: a line break written for the header is no part of the name
    author: oneLine(doc.issuing_body),
    subject: `${label(ctx, "documentKindText")} ${lowerFirst(doc.summary)}`,
    keywords,
    lang: "vi",
    // a draft's partial date ("2024-02", 2024) becomes the first day of what it names
    date: isoDate(parseSpecDate(doc.date)),
    draft: ctx.draft,
  };
}

export function pageSetup(ctx: Ctx): PageSetup {
  const m = ctx.spec.page?.margins ?? {};
  return {
    size: "A4",
    margins: {
      top: m.top ?? MARGIN_RANGE_MM.top.default,
      bottom: m.bottom ?? MARGIN_RANGE_MM.bottom.default,
      left: m.left ?? MARGIN_RANGE_MM.left.default,
      right: m.right ?? MARGIN_RANGE_MM.right.default,
    },
    fontSize: ctx.spec.page?.font_size ?? 14,
  };
}
