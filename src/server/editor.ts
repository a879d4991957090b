// The official's workspace: `/edit/<plan>` shows the plan's YAML in an editor (CodeMirror 6,
// bundled at build time into dist/client/editor.js by scripts/bundle-client.mjs, served from here)
// beside its document. As the official types, the page posts the unsaved text; the server checks
// and renders it like the file (the same diagnostics as `kehoach validate`) without writing
// anything, and answers with the diagnostics and the document. Saving, and making a new plan from
// the index, go through the write routes (write.ts) with the session's token.
//
// Routes:
//   GET  /edit/<path>            the workspace               ?lang=en  ?draft=1|0
//   GET  /api/source/<path>      the plan's text and version (JSON)
//   POST /api/preview/<path>     {text} → diagnostics and document of unsaved text (JSON)
//   POST /api/save/<path>        {text, base} → {version} | 409 {conflict, theirs, version}
//   POST /api/import/<path>      {text, name, data (base64)} → the text with the figures merged,
//                                the report and the diagnostics (JSON); nothing is written
//   POST /api/new                {kind: "sample"} | {kind: "next", from} → 201 {rel, url}
//   GET  /_/editor.js, /_/create.js, /_/workspace.css, /_/plan.schema.json

import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Request, Response } from "express";
import type { Diagnostic, Lang } from "../diagnostics/types.js";
import { localize } from "../edge/catalog.js";
import { isFiguresFile } from "../import/grid.js";
import { importFigures } from "../import/index.js";
import { reportLines } from "../import/report.js";
import { MAX_SPEC_BYTES } from "../spec/limits.js";
import { MONO_FONTS } from "./client.js";
import { esc, urlPath } from "./escape.js";
import { type UiMessage, ui } from "./messages.js";
import {
  type Assets,
  bar,
  diagnosticItem,
  docViews,
  downloadButton,
  downloadReason,
  langLink,
  type PageQuery,
  query,
  statusBadge,
  viewToggle,
} from "./pages.js";
import { type PlanRef, resolvePlan } from "./paths.js";
import { CSP } from "./security.js";
import type { PlanState, PlanStore } from "./store.js";
import { createPlan, readJson, readVersioned, savePlan, sendJson, writeRefusal } from "./write.js";

/** dist/client/ of this kehoach: src/server/ and dist/server/ both lie two levels under the root. */
const CLIENT_DIR = new URL("../../dist/client/", import.meta.url);
const SCHEMA_FILE = new URL("../../schemas/plan.schema.json", import.meta.url);

type Route = (req: Request, res: Response, rest: string) => void | Promise<void>;

export interface EditorContext {
  root: string;
  store: PlanStore;
  dataDir: string;
  langOf(req: Request): { lang: Lang; langInUrl: boolean };
  pageQuery(req: Request): PageQuery;
  assets: Assets;
  sendAsset(req: Request, res: Response, type: string, body: string | Buffer): void;
  sendHtml(res: Response, status: number, html: string): void;
  notFound(req: Request, res: Response): void;
}

export interface EditorRoutes {
  exact: Record<string, Route>;
  prefixed: [string, Route][];
  /** The POST routes: the guard lets them through to their own checks. */
  isWrite(req: Request): boolean;
  /** What the index's head carries: the session's token (writes need it) and its script. */
  head: string;
  /** The index's part that makes new plans. */
  createForm(plans: readonly PlanRef[], lang: Lang): string;
}

const WRITE_PATHS = ["/api/preview/", "/api/save/", "/api/import/", "/api/new"];

export function editorRoutes(ctx: EditorContext): EditorRoutes {
  const token = randomBytes(24).toString("base64url");
  const client = (name: string): string | undefined => {
    try {
      return readFileSync(new URL(name, CLIENT_DIR), "utf8");
    } catch {
      // not built (npm run build): the workspace shows the document and its diagnostics only
      return undefined;
    }
  };
  const editorJs = client("editor.js");
  const createJs = client("create.js");
  const url = (path: string, body: string | undefined) =>
    `${path}?v=${createHash("sha256")
      .update(body ?? "")
      .digest("hex")
      .slice(0, 16)}`;
  const editorJsUrl = url("/_/editor.js", editorJs);
  const cssUrl = url("/_/workspace.css", WORKSPACE_CSS);
  const head = [
    `<meta name="kh-token" content="${esc(token)}">`,
    `<script src="${esc(url("/_/create.js", createJs))}" defer></script>`,
  ].join("\n");

  /** The write checks, then the JSON body; answers itself and gives undefined when refused. */
  const writeBody = async (req: Request, res: Response): Promise<unknown | undefined> => {
    const { lang } = ctx.langOf(req);
    const refusal = writeRefusal(req, token);
    if (refusal) {
      if (refusal.status === 413) res.setHeader("Connection", "close");
      sendJson(res, refusal.status, { error: ui(lang, refusal.key, refusal.params) });
      return undefined;
    }
    const body = await readJson(req);
    if (body === "too-large") {
      res.setHeader("Connection", "close");
      sendJson(res, 413, { error: ui(lang, "write.too-large", { max: MAX_SPEC_BYTES }) });
      return undefined;
    }
    if (body === "bad") {
      sendJson(res, 400, { error: ui(lang, "write.bad-body") });
      return undefined;
    }
    return body.value;
  };
  const planOr404 = (req: Request, res: Response, rest: string): PlanRef | undefined => {
    const ref = resolvePlan(ctx.root, rest);
    if (!ref) {
      if (req.method === "POST") {
        sendJson(res, 404, { error: ui(ctx.langOf(req).lang, "write.not-plan") });
      } else ctx.notFound(req, res);
    }
    return ref;
  };
  /** A POST route; a failure it did not foresee is said as `failure` (a save's keeps the file). */
  const post = (
    handler: (req: Request, res: Response, rest: string, body: unknown) => void | Promise<void>,
    failure: "ws.save-failed" | "plan.crashed" = "plan.crashed",
  ): Route => {
    return (req, res, rest) => {
      if (req.method !== "POST") {
        res.setHeader("Allow", "POST");
        sendJson(res, 405, { error: ui(ctx.langOf(req).lang, "error.method") });
        return;
      }
      writeBody(req, res)
        .then((body) => {
          if (body !== undefined) return handler(req, res, rest, body);
        })
        .catch((err: unknown) => {
          // a bug or the disk: said as such, never a stack trace; the file is as it was
          const reason = err instanceof Error ? err.message : String(err);
          if (!res.headersSent)
            sendJson(res, 500, { error: ui(ctx.langOf(req).lang, failure, { reason }) });
        });
    };
  };

  const exact: Record<string, Route> = {
    "/_/editor.js": (req, res) =>
      editorJs === undefined
        ? ctx.notFound(req, res)
        : ctx.sendAsset(req, res, "text/javascript; charset=utf-8", editorJs),
    "/_/create.js": (req, res) =>
      createJs === undefined
        ? ctx.notFound(req, res)
        : ctx.sendAsset(req, res, "text/javascript; charset=utf-8", createJs),
    "/_/workspace.css": (req, res) =>
      ctx.sendAsset(req, res, "text/css; charset=utf-8", WORKSPACE_CSS),
    "/_/plan.schema.json": (req, res) =>
      ctx.sendAsset(req, res, "application/json; charset=utf-8", readFileSync(SCHEMA_FILE)),
    "/api/new": post((req, res, _rest, body) => {
      const out = createPlan(ctx.root, body, {
        lang: ctx.langOf(req).lang,
        dataDir: ctx.dataDir,
      });
      sendJson(res, out.status, out.body);
    }),
  };
  const prefixed: [string, Route][] = [
    [
      "/edit/",
      async (req, res, rest) => {
        const ref = planOr404(req, res, rest);
        if (!ref) return;
        const q = ctx.pageQuery(req);
        const state = await ctx.store.state(ref, q.draft);
        // CodeMirror adds its own <style> elements: this page's policy allows those of its nonce
        const nonce = randomBytes(16).toString("base64");
        res.setHeader(
          "Content-Security-Policy",
          CSP.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`),
        );
        const page = workspacePage(state, q, nonce, {
          ...ctx.assets,
          head: `${head}\n<link rel="stylesheet" href="${esc(cssUrl)}">\n<script src="${esc(editorJsUrl)}" defer></script>`,
        });
        ctx.sendHtml(res, 200, page);
      },
    ],
    [
      "/api/source/",
      (req, res, rest) => {
        const ref = planOr404(req, res, rest);
        if (!ref) return;
        sendJson(res, 200, readVersioned(ref.abs));
      },
    ],
    [
      "/api/preview/",
      post(async (req, res, rest, body) => {
        const ref = planOr404(req, res, rest);
        if (!ref) return;
        const q = ctx.pageQuery(req);
        const text = isRecord(body) ? body.text : undefined;
        if (typeof text !== "string") {
          return sendJson(res, 400, { error: ui(q.lang, "write.bad-body") });
        }
        sendJson(res, 200, previewData(await ctx.store.preview(ref, text, q.draft), q));
      }),
    ],
    [
      "/api/import/",
      post((req, res, rest, body) => {
        const ref = planOr404(req, res, rest);
        if (!ref) return;
        const { lang } = ctx.langOf(req);
        const input = importInput(body);
        if (!input) return sendJson(res, 400, { error: ui(lang, "write.bad-body") });
        if (!isFiguresFile(input.name)) {
          return sendJson(res, 200, {
            ok: false,
            text: input.text,
            title: ui(lang, "import.failed", { file: input.name }),
            report: [],
            diagnostics: [ui(lang, "import.wrong-type", { file: input.name })],
          });
        }
        return importFigures(input.text, input.bytes, input.name, { planFile: ref.rel }).then(
          (result) => {
            const failed = result.diagnostics.some((d) => d.severity === "error") || !result.report;
            sendJson(res, 200, {
              ok: !failed,
              // the official reviews and saves: nothing is written here
              text: failed ? input.text : result.text,
              title: ui(lang, failed ? "import.failed" : "import.title", { file: input.name }),
              report: result.report ? reportLines(result.report, result.terms, lang) : [],
              diagnostics: result.diagnostics.map((d) => itemText(d, lang)),
            });
          },
          (err: unknown) => {
            const reason = err instanceof Error ? err.message : String(err);
            sendJson(res, 500, { error: ui(lang, "plan.crashed", { reason }) });
          },
        );
      }),
    ],
    [
      "/api/save/",
      post((req, res, rest, body) => {
        const ref = planOr404(req, res, rest);
        if (!ref) return;
        const out = savePlan(ctx.root, ref, body, ctx.langOf(req).lang);
        sendJson(res, out.status, out.body);
      }, "ws.save-failed"),
    ],
  ];
  return {
    exact,
    prefixed,
    isWrite: (req) => WRITE_PATHS.some((p) => req.path === p || req.path.startsWith(p)),
    head,
    createForm: (plans, lang) => createForm(plans, lang),
  };
}

// ---------------------------------------------------------------- the page

/** What the page shows of a state, for the first load and after each preview. */
export interface PreviewData {
  /** Changes with each run: the script ignores an answer older than what it shows. */
  version: number;
  status: string;
  diagnostics: string;
  /** Where the underlines go, in the plan's own text. */
  marks: {
    line: number;
    col: number;
    endLine?: number;
    endCol?: number;
    severity: string;
    message: string;
  }[];
  /** The document: of this text when it is valid, else the last valid one (stale), or none. */
  doc: string;
  css: string | null;
  stale: boolean;
  downloads: string;
  /** The view toggle (empty without a page view). */
  toggle: string;
}

export function previewData(state: PlanState, q: PageQuery): PreviewData {
  const lang = q.lang;
  const marks: PreviewData["marks"] = [];
  const items: string[] = [];
  for (const d of state.result.diagnostics) {
    items.push(diagnosticItem(d, state, lang, false));
    if (!d.pos || d.pos.file !== state.ref.abs) continue;
    const mark: PreviewData["marks"][number] = {
      line: d.pos.line,
      col: d.pos.col,
      severity: d.severity,
      message: itemText(d, lang),
    };
    if (d.pos.endLine !== undefined) mark.endLine = d.pos.endLine;
    if (d.pos.endCol !== undefined) mark.endCol = d.pos.endCol;
    marks.push(mark);
  }
  if (state.crash !== undefined) {
    items.unshift(
      `<li class="kh-diag kh-sev-error"><span class="kh-msg">${esc(ui(lang, "plan.crashed", { reason: state.crash }))}</span></li>`,
    );
  }
  const diagnostics =
    items.length === 0
      ? `<p class="kh-ws-ok">${esc(ui(lang, "ws.no-problem"))}</p>`
      : `<p class="kh-ws-tip">${esc(ui(lang, "ws.click-to-line"))}</p><ol class="kh-diags">${items.join("")}</ol>`;
  const good = state.good;
  const qs = query(q);
  return {
    version: state.version,
    status: statusBadge(state, lang),
    diagnostics,
    marks,
    doc: good ? docViews(good) : `<p class="kh-ws-none">${esc(ui(lang, "ws.no-rendering"))}</p>`,
    css: good ? `/_/css/${good.cssHash}.css` : null,
    stale: !state.current,
    downloads: [
      downloadButton(state, "docx", qs, lang),
      downloadButton(state, "pdf", qs, lang),
      downloadReason(state, lang),
    ].join(""),
    toggle: viewToggle(good, lang),
  };
}

/** The same words as the list beside the editor, for the underline's tooltip. */
function itemText(d: Diagnostic, lang: Lang): string {
  const l = localize(d, lang);
  return l.hint ? `${l.message}\n${ui(lang, "hint")}: ${l.hint}` : l.message;
}

export function workspacePage(
  state: PlanState,
  q: PageQuery,
  nonce: string,
  assets: Assets,
): string {
  const lang = q.lang;
  const rel = state.ref.rel;
  const data = previewData(state, q);
  const t = (key: UiMessage, params: Record<string, string> = {}) => esc(ui(lang, key, params));
  const words = {
    saved: ui(lang, "ws.saved"),
    saving: ui(lang, "ws.saving"),
    unsaved: ui(lang, "ws.unsaved"),
    failed: ui(lang, "ws.save-failed", { reason: "{reason}" }),
    diskChanged: ui(lang, "ws.disk-changed"),
    importUnsaved: ui(lang, "import.unsaved"),
    close: ui(lang, "import.close"),
  };
  const body = [
    bar(
      [
        `<a href="/${esc(query(q, { draft: "plan" }))}">${t("plan.back")}</a>`,
        `<span class="kh-file">${esc(rel)}</span>`,
        `<span id="kh-ws-status">${data.status}</span>`,
        '<span class="kh-spacer"></span>',
        `<span id="kh-ws-state" class="kh-ws-state">${t("ws.loading")}</span>`,
        `<button type="button" class="kh-btn" id="kh-ws-save" disabled>${t("ws.save")}</button>`,
        `<label class="kh-ws-auto"><input type="checkbox" id="kh-ws-autosave"> ${t("ws.autosave")}</label>`,
        `<span id="kh-ws-downloads" class="kh-ws-downloads">${data.downloads}</span>`,
        `<span id="kh-ws-toggle">${data.toggle}</span>`,
        `<a class="kh-btn" href="${esc(urlPath("/plan", rel) + query(q))}">${t("ws.view")}</a>`,
        langLink(q),
      ],
      lang,
    ),
    '<div class="kh-ws-main">',
    '<section class="kh-ws-left">',
    `<div id="kh-editor" class="kh-ws-editor"><p class="kh-ws-loading">${t("ws.loading")}</p></div>`,
    '<div id="kh-ws-theirs-box" class="kh-ws-theirs" hidden>',
    `<div class="kh-ws-theirs-head"><b>${t("ws.conflict.disk")}</b> <button type="button" class="kh-btn" id="kh-ws-theirs-close">${t("ws.conflict.close")}</button></div>`,
    '<pre id="kh-ws-theirs"></pre>',
    "</div>",
    `<div id="kh-ws-import" class="kh-import kh-ws-import" role="status" hidden></div>`,
    `<aside class="kh-panel kh-ws-diags" aria-live="polite"><p class="kh-ws-tip">${t("import.drop")}</p><h2>${t("ws.diagnostics")}</h2><div id="kh-ws-list">${data.diagnostics}</div></aside>`,
    "</section>",
    '<section class="kh-ws-right">',
    `<p id="kh-ws-stale" class="kh-stale-note kh-ws-note"${data.stale && state.good ? "" : " hidden"}>${t("ws.stale")}</p>`,
    `<div id="kh-ws-doc" class="kh-doc${data.stale ? " kh-stale" : ""}">${data.doc}</div>`,
    "</section>",
    "</div>",
    `<div id="kh-ws-conflict" class="kh-ws-dialog" role="alertdialog" aria-labelledby="kh-ws-conflict-title" hidden>`,
    `<h2 id="kh-ws-conflict-title">${t("ws.conflict.title")}</h2>`,
    `<p>${t("ws.conflict.text", { file: rel })}</p>`,
    '<div class="kh-ws-choices">',
    `<button type="button" class="kh-btn" data-choice="mine">${t("ws.conflict.mine")}</button>`,
    `<button type="button" class="kh-btn" data-choice="theirs">${t("ws.conflict.theirs")}</button>`,
    `<button type="button" class="kh-btn" data-choice="both">${t("ws.conflict.both")}</button>`,
    "</div>",
    "</div>",
  ].join("\n");
  const attrs = {
    "data-kh-plan": rel,
    "data-kh-query": query(q),
    "data-kh-version": String(data.version),
    "data-kh-words": JSON.stringify(words),
    "data-kh-nonce": nonce,
    "data-kh-events": `${urlPath("/events/plan", rel)}?${new URLSearchParams({ lang, draft: q.draft })}`,
  };
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${t("ws.title", { file: rel })} — kehoach</title>`,
    '<link rel="icon" href="data:,">',
    `<link rel="stylesheet" href="${esc(assets.appCss)}">`,
    data.css ? `<link rel="stylesheet" href="${esc(data.css)}" data-kh-doc>` : "",
    `<script src="${esc(assets.viewJs)}"></script>`,
    assets.head ?? "",
    "</head>",
    `<body class="kh-body kh-ws" ${Object.entries(attrs)
      .map(([k, v]) => `${k}="${esc(v)}"`)
      .join(" ")}>`,
    body,
    "</body>",
    "</html>",
    "",
  ]
    .filter((line) => line !== "")
    .join("\n");
}

// ---------------------------------------------------------------- the index's part

function createForm(plans: readonly PlanRef[], lang: Lang): string {
  const t = (key: UiMessage) => esc(ui(lang, key));
  const options = plans.map((p) => `<option value="${esc(p.rel)}">${esc(p.rel)}</option>`).join("");
  return [
    '<section class="kh-create">',
    `<h2>${t("create.title")}</h2>`,
    `<p><button type="button" class="kh-btn" data-kh-create="sample">${t("create.sample")}</button></p>`,
    plans.length > 0
      ? `<p><label>${t("create.next")} <select id="kh-create-from">${options}</select></label> <button type="button" class="kh-btn" data-kh-create="next">${t("create.next-button")}</button></p>`
      : "",
    '<p class="kh-create-error" id="kh-create-error" role="alert" hidden></p>',
    "</section>",
  ].join("\n");
}

/** The body of an import: the editor's text, the file's name and its bytes in base64. */
function importInput(body: unknown): { text: string; name: string; bytes: Uint8Array } | undefined {
  if (!isRecord(body)) return undefined;
  const { text, name, data } = body;
  if (typeof text !== "string" || typeof name !== "string" || typeof data !== "string") {
    return undefined;
  }
  return { text, name: name.split(/[\\/]/).pop() ?? name, bytes: Buffer.from(data, "base64") };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The workspace's own look: the editor on the left, the document on the right. */
export const WORKSPACE_CSS = `body.kh-body.kh-ws { padding: 0; height: 100vh; display: flex; flex-direction: column; overflow: hidden; }
.kh-ws .kh-bar { position: static; flex: none; }
.kh-ws-main { flex: 1 1 auto; display: flex; min-height: 0; }
.kh-ws-left { flex: 0 0 46%; display: flex; flex-direction: column; min-width: 0; background: #fff; }
.kh-ws-editor { flex: 1 1 60%; min-height: 0; overflow: hidden; border-bottom: 1px solid #d1d5db; }
.kh-ws-editor .cm-editor { height: 100%; }
.kh-ws .kh-ws-editor .cm-scroller, .kh-ws-theirs pre { font-family: ${MONO_FONTS}; font-size: 13.5px; }
.kh-ws-loading { padding: 12px 16px; color: #4b5563; font-family: system-ui, sans-serif; }
.kh-ws-theirs { flex: 1 1 30%; min-height: 0; display: flex; flex-direction: column; border-bottom: 1px solid #d1d5db; background: #fffbeb; }
.kh-ws-theirs[hidden] { display: none; }
.kh-ws-theirs-head { padding: 6px 12px; font: 13px system-ui, sans-serif; display: flex; gap: 8px; align-items: center; justify-content: space-between; }
.kh-ws-theirs-head .kh-btn { color: #111; background: #fff; }
.kh-ws-theirs pre { margin: 0; padding: 6px 12px; overflow: auto; flex: 1 1 auto; user-select: text; }
.kh-panel.kh-ws-diags { flex: 0 1 40%; overflow: auto; width: auto; max-width: none; margin: 0; box-shadow: none; border-left: 0; }
.kh-ws-diags .kh-diag[data-line] { cursor: pointer; }
.kh-ws-diags .kh-diag[data-line]:hover, .kh-ws-diags .kh-diag[data-line]:focus-visible { background: #f3f4f6; }
.kh-ws-tip { color: #4b5563; font-size: 13px; }
.kh-import.kh-ws-import { width: auto; max-width: none; margin: 0; box-shadow: none; flex: none; max-height: 30%; overflow: auto; }
.kh-ws-right { flex: 1 1 54%; overflow: auto; min-width: 0; padding: 6mm 0; }
.kh-ws-right .kh-doc { zoom: 0.8; }
.kh-ws-note { margin: 0 8mm 4mm; padding: 6px 10px; background: #fff; font: 14px system-ui, sans-serif; }
.kh-ws-none { color: #fff; text-align: center; font: 14px system-ui, sans-serif; }
.kh-ws-hover { max-width: 420px; padding: 6px 10px; font: 13px/1.45 system-ui, "Noto Sans", "DejaVu Sans", sans-serif; }
.kh-ws-hover b { display: block; margin-bottom: 2px; font-family: ${MONO_FONTS}; }
.kh-ws-state { font-size: 13px; opacity: 0.9; }
.kh-ws-state.kh-ws-dirty { color: #fde68a; }
.kh-ws-state.kh-ws-failed { color: #fecaca; font-weight: 700; }
.kh-ws-auto { font-size: 13px; white-space: nowrap; }
.kh-ws-downloads { display: inline-flex; gap: 6px; align-items: center; }
.kh-ws-dialog {
  position: fixed; top: 80px; left: 50%; transform: translateX(-50%); z-index: 30; width: 560px; max-width: calc(100% - 32px);
  padding: 16px 20px; background: #fff; color: #111; border-top: 6px solid #d97706; box-shadow: 0 4px 24px rgba(0,0,0,0.45);
  font: 14px/1.45 system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif;
}
.kh-ws-dialog h2 { margin: 0 0 8px; font-size: 17px; }
.kh-ws-choices { display: flex; flex-wrap: wrap; gap: 8px; }
@media print { .kh-ws-left, .kh-ws-dialog { display: none !important; } }
`;
