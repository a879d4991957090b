// The HTML of the preview pages. A page is a view (title, stylesheet, body): served whole on first
// load, and pushed as JSON over server-sent events afterwards, when the script swaps the body.
// Every string from a plan or a diagnostic is escaped here or by the HTML renderer.

import { relative, sep } from "node:path";
import type { Diagnostic, Lang } from "../diagnostics/types.js";
import { localize } from "../edge/catalog.js";
import { formatPeriod } from "../format/date.js";
import { esc, urlPath } from "./escape.js";
import { ui } from "./messages.js";
import { isInside } from "./paths.js";
import { CSS_PREFIX, type DraftMode, type PlanState, type Rendering } from "./store.js";

export interface View {
  /** Changes whenever the body does: the script skips a push of what it already shows. */
  token: string;
  title: string;
  /** The document's stylesheet, when a rendering is shown. */
  css?: string;
  body: string;
}

/** What every page link carries along: the language asked for, the draft mode. */
export interface PageQuery {
  lang: Lang;
  /** The language is not the server's default: links carry it along. */
  langInUrl: boolean;
  draft: DraftMode;
}

export interface Assets {
  appCss: string;
  liveJs: string;
  /** The view toggle's script (continuous or page view, remembered in localStorage): client.ts. */
  viewJs: string;
  /** More of the head (the workspace's session token and script: editor.ts). */
  head?: string;
}

export function query(q: PageQuery, change: Partial<PageQuery> = {}): string {
  const next = { ...q, ...change };
  const params = new URLSearchParams();
  if (next.langInUrl || change.lang !== undefined) params.set("lang", next.lang);
  if (next.draft !== "plan") params.set("draft", next.draft === "on" ? "1" : "0");
  const s = params.toString();
  return s ? `?${s}` : "";
}

export function page(view: View, q: PageQuery, events: string, assets: Assets): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${q.lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(view.title)}</title>`,
    '<link rel="icon" href="data:,">',
    `<link rel="stylesheet" href="${esc(assets.appCss)}">`,
    view.css ? `<link rel="stylesheet" href="${esc(view.css)}" data-kh-doc>` : "",
    `<script src="${esc(assets.viewJs)}"></script>`,
    `<script src="${esc(assets.liveJs)}" defer></script>`,
    assets.head ?? "",
    "</head>",
    `<body class="kh-body" data-kh-events="${esc(events)}" data-kh-token="${esc(view.token)}">`,
    view.body,
    "</body>",
    "</html>",
    "",
  ]
    .filter((line) => line !== "")
    .join("\n");
}

// ---------------------------------------------------------------- index

export interface IndexRow {
  rel: string;
  state: PlanState;
}

export function indexView(
  rows: readonly IndexRow[],
  dirLabel: string,
  q: PageQuery,
  extra = "",
): View {
  const lang = q.lang;
  const title = ui(lang, "index.title", { dir: dirLabel });
  const table =
    rows.length === 0
      ? `<p>${esc(ui(lang, "index.empty"))}</p>`
      : [
          '<table class="kh-plans">',
          "<thead><tr>",
          `<th>${esc(ui(lang, "index.col.plan"))}</th>`,
          `<th>${esc(ui(lang, "index.col.body"))}</th>`,
          `<th>${esc(ui(lang, "index.col.period"))}</th>`,
          `<th>${esc(ui(lang, "index.col.status"))}</th>`,
          "</tr></thead>",
          "<tbody>",
          ...rows.map((row) => indexRow(row, q)),
          "</tbody>",
          "</table>",
        ].join("\n");
  const body = [
    bar(
      [
        `<span class="kh-app">${esc(ui(lang, "app.name"))}</span>`,
        '<span class="kh-spacer"></span>',
        langLink(q),
      ],
      lang,
    ),
    '<main class="kh-index">',
    `<h1>${esc(title)}</h1>`,
    table,
    extra,
    "</main>",
    offline(lang),
  ].join("\n");
  return { token: "", title: `${title} — kehoach`, body };
}

function indexRow(row: IndexRow, q: PageQuery): string {
  const doc = readableDocument(row.state);
  const href = `${urlPath("/plan", row.rel)}${query(q, { draft: "plan" })}`;
  return [
    "<tr>",
    `<td><a href="${esc(href)}">${esc(row.rel)}</a>`,
    ` <a class="kh-edit" href="${esc(urlPath("/edit", row.rel) + query(q, { draft: "plan" }))}">${esc(ui(q.lang, "ws.edit"))}</a>`,
    doc.summary ? `<div class="kh-summary">${esc(doc.summary)}</div>` : "",
    "</td>",
    `<td>${esc(doc.issuing_body ?? "—")}</td>`,
    `<td>${esc(doc.period ?? "—")}</td>`,
    `<td>${statusBadge(row.state, q.lang)}</td>`,
    "</tr>",
  ].join("");
}

/**
 * The summary, body and period of a plan for the index: of the valid spec, or of an invalid plan
 * those of its values that have the right shape (a plan with an error elsewhere still shows them).
 */
export function readableDocument(state: PlanState): {
  summary?: string;
  issuing_body?: string;
  period?: string;
} {
  const spec = state.result.spec?.document;
  if (spec) {
    return {
      summary: spec.summary,
      issuing_body: spec.issuing_body,
      period: formatPeriod(spec.period),
    };
  }
  const data = state.result.data;
  const doc = isRecord(data) && isRecord(data.document) ? data.document : undefined;
  if (!doc) return {};
  const out: { summary?: string; issuing_body?: string; period?: string } = {};
  if (typeof doc.summary === "string" && doc.summary.trim()) out.summary = doc.summary;
  if (typeof doc.issuing_body === "string" && doc.issuing_body.trim()) {
    out.issuing_body = doc.issuing_body;
  }
  const p = doc.period;
  if (isYear(p)) out.period = formatPeriod(p);
  else if (isRecord(p) && isYear(p.from) && isYear(p.to) && p.from <= p.to) {
    out.period = formatPeriod({ from: p.from, to: p.to });
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isYear(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2999;
}

// ---------------------------------------------------------------- plan

export function planView(state: PlanState, q: PageQuery, bootId: string): View {
  const lang = q.lang;
  const good = state.good;
  const draftOn = good ? good.model.meta.draft : draftOfResult(state);
  const qs = query(q);
  const buttons = [
    `<a class="kh-btn${draftOn ? " kh-on" : ""}" href="${esc(urlPath("/plan", state.ref.rel) + query(q, { draft: draftOn ? "off" : "on" }))}" title="${esc(ui(lang, "plan.draft-toggle"))}">${esc(ui(lang, draftOn ? "plan.draft-on" : "plan.draft-off"))}</a>`,
    downloadButton(state, "docx", qs, lang),
    downloadButton(state, "pdf", qs, lang),
  ];
  const body = [
    bar(
      [
        `<a href="/${esc(query(q, { draft: "plan" }))}">${esc(ui(lang, "plan.back"))}</a>`,
        `<span class="kh-file">${esc(state.ref.rel)}</span>`,
        statusBadge(state, lang),
        '<span class="kh-spacer"></span>',
        ...buttons,
        viewToggle(good, lang),
        downloadReason(state, lang),
        `<a class="kh-btn" href="${esc(urlPath("/edit", state.ref.rel) + qs)}">${esc(ui(lang, "ws.edit"))}</a>`,
        langLink(q),
      ],
      lang,
    ),
    panel(state, lang),
    good
      ? `<div class="kh-doc${state.current ? "" : " kh-stale"}">\n${docViews(good)}\n</div>`
      : `<p class="kh-empty">${esc(ui(lang, "plan.no-rendering"))}</p>`,
    offline(lang),
  ].join("\n");
  const view: View = {
    token: `${bootId}.${state.version}.${lang}`,
    title: `${good?.title ?? state.ref.rel} — kehoach`,
    body,
  };
  if (good) view.css = `${CSS_PREFIX}${good.cssHash}.css`;
  return view;
}

/**
 * Both views of a rendering: the one shown and the other in a <template> (inert: one document in the
 * page, its ids once), swapped by the view script (client.ts VIEW_JS) to the view the official chose.
 * Sent as the continuous view; without a page view, that only.
 */
export function docViews(good: Rendering): string {
  if (good.paged === undefined) return good.main;
  return [
    `<div class="kh-views" data-kh-views data-shown="flow" data-pages="${good.pageCount ?? 0}">`,
    `<div class="kh-view-shown">${good.main}</div>`,
    `<template class="kh-view-other">${good.paged}</template>`,
    "</div>",
  ].join("\n");
}

/** The button switching the view; its words follow the view shown (APP_CSS). */
export function viewToggle(good: Rendering | undefined, lang: Lang): string {
  if (good?.paged === undefined) return "";
  const n = ui(lang, "view.page-count", { n: good.pageCount ?? 0 });
  return `<button type="button" class="kh-btn kh-view-toggle" data-kh-view-toggle aria-pressed="false" title="${esc(ui(lang, "view.toggle"))}"><span class="kh-to-pages">${esc(ui(lang, "view.pages"))} (${esc(n)})</span><span class="kh-to-flow">${esc(ui(lang, "view.flow"))}</span></button>`;
}

/**
 * A download of the plan: a link while the plan is valid; on an invalid plan a disabled button whose
 * title and text say why (there is nothing to download but the last good version's).
 */
export function downloadButton(
  state: PlanState,
  format: "docx" | "pdf",
  qs: string,
  lang: Lang,
): string {
  const label = ui(lang, format === "docx" ? "plan.download-docx" : "plan.download-pdf");
  if (state.current) {
    return `<a class="kh-btn kh-dl" href="${esc(urlPath(`/download/${format}`, state.ref.rel) + qs)}" download>${esc(label)}</a>`;
  }
  const why = ui(lang, "download.disabled", { format: format.toUpperCase() });
  return `<button type="button" class="kh-btn kh-dl" disabled title="${esc(why)}" aria-describedby="kh-dl-why">${esc(label)}</button>`;
}

/** The reason shown once beside disabled download buttons. */
export function downloadReason(state: PlanState, lang: Lang): string {
  if (state.current) return "";
  return `<span class="kh-dl-why" id="kh-dl-why">${esc(ui(lang, "download.disabled-short"))}</span>`;
}

function draftOfResult(state: PlanState): boolean {
  if (state.draft !== "plan") return state.draft === "on";
  return state.result.spec?.document.draft ?? false;
}

function panel(state: PlanState, lang: Lang): string {
  const diags = state.result.diagnostics;
  const { errors, warnings } = counts(state);
  const bad = errors > 0 || state.crash !== undefined;
  const cls = bad ? " kh-panel-bad" : warnings > 0 ? " kh-panel-warn" : "";
  const lines = [`<aside class="kh-panel${cls}" aria-live="polite">`];
  lines.push(`<h2>${esc(ui(lang, "plan.diagnostics"))}: ${statusBadge(state, lang)}</h2>`);
  if (state.crash !== undefined) {
    lines.push(
      `<p class="kh-stale-note">${esc(ui(lang, "plan.crashed", { reason: state.crash }))}</p>`,
    );
  }
  if (diags.length === 0 && !bad) {
    lines.push(`<p>${esc(ui(lang, "plan.no-problem"))} ${esc(ui(lang, "plan.live"))}</p>`);
  } else {
    lines.push('<ol class="kh-diags">');
    // Several problems on one line (missing keys all point at their parent) share one excerpt.
    let framed = "";
    for (const d of diags) {
      const at = d.pos ? `${d.pos.file}:${d.pos.line}` : "";
      lines.push(diagnosticItem(d, state, lang, at !== framed));
      if (at) framed = at;
    }
    lines.push("</ol>");
  }
  if (bad && state.good) lines.push(`<p class="kh-stale-note">${esc(ui(lang, "plan.stale"))}</p>`);
  lines.push("</aside>");
  return lines.join("\n");
}

export function diagnosticItem(
  d: Diagnostic,
  state: PlanState,
  lang: Lang,
  withFrame: boolean,
): string {
  const l = localize(d, lang);
  const where = l.file
    ? `${displayPath(state, l.file)}:${l.line ?? 1}:${l.col ?? 1}`
    : displayPath(state, state.ref.abs);
  const text = state.result.text;
  const frame =
    withFrame && text !== undefined && d.pos && d.pos.file === state.ref.abs
      ? codeContext(text, d.pos.line, d.pos.col)
      : "";
  // in the plan's own text: the workspace moves the editor's cursor there on a click
  const line =
    d.pos && d.pos.file === state.ref.abs
      ? ` data-line="${d.pos.line}" data-col="${d.pos.col}"`
      : "";
  return [
    `<li class="kh-diag kh-sev-${d.severity}"${line}>`,
    "<div>",
    `<span class="kh-sev">${esc(ui(lang, `severity.${d.severity}`))}</span>`,
    `<code class="kh-where">${esc(where)}</code>`,
    `<span class="kh-msg">${esc(l.message)}</span>`,
    "</div>",
    frame,
    l.hint ? `<div class="kh-hint"><b>${esc(ui(lang, "hint"))}:</b> ${esc(l.hint)}</div>` : "",
    "</li>",
  ].join("");
}

/** The YAML lines around a position, numbered, the line itself marked and a caret under the column. */
export function codeContext(text: string, line: number, col: number, around = 2): string {
  const lines = text.split(/\r?\n/);
  if (line < 1 || line > lines.length) return "";
  const first = Math.max(1, line - around);
  const last = Math.min(lines.length, line + around);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const src = clip(lines[n - 1] ?? "");
    const num = `<span class="kh-ln">${String(n).padStart(width)}</span>`;
    out.push(`<span${n === line ? ' class="kh-hit"' : ""}>${num}${esc(src)}</span>`);
    if (n === line) {
      const caretAt = Math.min(Math.max(col - 1, 0), src.length);
      out.push(`<span class="kh-caret"><span class="kh-ln"></span>${" ".repeat(caretAt)}^</span>`);
    }
  }
  return `<pre class="kh-frame">${out.join("")}</pre>`;
}

function clip(s: string): string {
  return s.length > 200 ? `${s.slice(0, 197)}...` : s;
}

export function displayPath(state: PlanState, file: string): string {
  // The plan itself by the name the official knows it by; any other file relative to the plan's folder.
  if (file === state.ref.abs) return state.ref.rel;
  const root = state.ref.abs.slice(0, state.ref.abs.length - state.ref.rel.length);
  return isInside(root.replace(/[/\\]$/, ""), file)
    ? relative(root, file).split(sep).join("/")
    : file;
}

// ---------------------------------------------------------------- shared parts

export function counts(state: PlanState): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of state.result.diagnostics) {
    if (d.severity === "error") errors++;
    else if (d.severity === "warning") warnings++;
  }
  return { errors, warnings };
}

export function statusText(state: PlanState, lang: Lang): string {
  if (state.crash !== undefined) return ui(lang, "status.crashed");
  const { errors, warnings } = counts(state);
  const parts: string[] = [];
  if (errors > 0) parts.push(ui(lang, "status.errors", { n: errors }));
  if (warnings > 0) parts.push(ui(lang, "status.warnings", { n: warnings }));
  return parts.length > 0 ? parts.join(", ") : ui(lang, "status.valid");
}

export function statusBadge(state: PlanState, lang: Lang): string {
  const { errors, warnings } = counts(state);
  const cls =
    errors > 0 || state.crash !== undefined ? "kh-bad" : warnings > 0 ? "kh-warn" : "kh-ok";
  return `<span class="kh-status ${cls}">${esc(statusText(state, lang))}</span>`;
}

export function bar(items: string[], lang: Lang): string {
  return `<header class="kh-bar" lang="${lang}">\n${items.join("\n")}\n</header>`;
}

export function langLink(q: PageQuery): string {
  const other: Lang = q.lang === "vi" ? "en" : "vi";
  return `<a class="kh-lang" href="${esc(query(q, { lang: other }) || "?")}" hreflang="${other}">${esc(ui(q.lang, "plan.other-lang"))}</a>`;
}

function offline(lang: Lang): string {
  return `<div class="kh-offline" role="status">${esc(ui(lang, "plan.disconnected"))}</div>`;
}

export function errorPage(lang: Lang, message: string, assets: Assets): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<title>${esc(message)}</title>`,
    '<link rel="icon" href="data:,">',
    `<link rel="stylesheet" href="${esc(assets.appCss)}">`,
    "</head>",
    '<body class="kh-body">',
    `<main class="kh-index"><h1>${esc(message)}</h1><p><a href="/">${esc(ui(lang, "plan.back"))}</a></p></main>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
