// The preview server as an Express app, without a socket: `createApp` wires the plan store, the
// watcher and the event streams; `listen` (listen.ts) binds it. Tests start it on port 0.
//
// Routes (all GET/HEAD; a plan is named by its path under the served folder):
//   /                          index of the plans
//   /plan/<path>               plan page            ?lang=en  ?draft=1|0
//   /events/index              server-sent events of the index
//   /events/plan/<path>        server-sent events of a plan page
//   /download/{docx,pdf}/<path>
//   /_/app.css, /_/live.js, /_/view.js, /_/css/<hash>.css, /_/fonts/<tinos file>
//   /edit/<path>, /api/…       the workspace and its write routes (POST): editor.ts, write.ts

import { createHash, randomBytes } from "node:crypto";
import { readFileSync, realpathSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, extname, resolve } from "node:path";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import { STANDARDS_DIR } from "../data/standards.js";
import type { Lang } from "../diagnostics/types.js";
import { JobWorker } from "../edge/job-worker.js";
import { builtinTemplatesDir } from "../model/templates.js";
import { TINOS_FILES } from "../render/html/index.js";
import { APP_CSS, LIVE_JS, VIEW_JS } from "./client.js";
import {
  contentDisposition,
  DOWNLOAD_TYPES,
  DownloadCache,
  type DownloadOptions,
  isDownloadFormat,
  RENDER_HEAP_MB,
  RENDER_TIMEOUT_MS,
} from "./downloads.js";
import { editorRoutes } from "./editor.js";
import { urlPath } from "./escape.js";
import { type UiMessage, ui } from "./messages.js";
import {
  type Assets,
  errorPage,
  indexView,
  type PageQuery,
  page,
  planView,
  type View,
} from "./pages.js";
import { type PlanRef, resolvePlan } from "./paths.js";
import { PREVIEW_WORKER, type PreviewJob, type PreviewOutcome } from "./preview-run.js";
import { allowedHostNames, guard, type RefuseReason, securityHeaders } from "./security.js";
import { EventHub, type EventLimits } from "./sse.js";
import { CSS_PREFIX, FONT_BASE, type PlanState, PlanStore, stateKey } from "./store.js";
import { type TreeWatcher, watchTrees } from "./watch.js";

export interface ServerOptions {
  /** The folder of plans; only plan files under it are ever shown. */
  dir: string;
  /** How the folder is named on the index page; default: the path as given. */
  dirLabel?: string;
  /** Language of the pages unless ?lang= says otherwise. Default vi. */
  lang?: Lang;
  /** The address the server is bound to: requests must name it (or localhost) in Host. */
  host?: string;
  /** Watch files and push changes; default true. */
  watch?: boolean;
  /** Debounce of file events, in ms. */
  quietMs?: number;
  maxWaitMs?: number;
  /** Open event streams at most; default 100. */
  maxEventStreams?: number;
  /** Bounds of the event streams other than their number (sse.ts, EVENT_LIMITS). */
  eventLimits?: Partial<Omit<EventLimits, "maxStreams">>;
  /** The render worker's script and heap limit in MB, 0 for none (downloads.ts). */
  renderWorker?: DownloadOptions;
  /**
   * The preview worker's script (preview-worker.ts; tests from the sources give the built one) and
   * heap limit in MB, 0 for none (default RENDER_HEAP_MB).
   */
  previewWorker?: { script?: URL; heapMb?: number };
  /** Folder of the poverty standards' data files, watched; default data/standards of the package. */
  dataDir?: string;
}

export interface PreviewApp {
  app: Express;
  store: PlanStore;
  /** The event streams (their counters: events.stats()). */
  events: EventHub;
  downloads: DownloadCache;
  /** Ends the event streams and stops watching; the socket is listen's to close. */
  close(): Promise<void>;
}

const INDEX_KEY = "index";
const REFUSALS: Record<RefuseReason, UiMessage> = {
  host: "error.forbidden-host",
  method: "error.method",
  "too-large": "error.too-large",
};

export function createApp(opts: ServerOptions): PreviewApp {
  const root = realpathSync(resolve(opts.dir));
  if (!statSync(root).isDirectory()) throw new Error(`${opts.dir} is not a folder`);
  const defaultLang: Lang = opts.lang ?? "vi";
  const dirLabel = opts.dirLabel ?? opts.dir;
  const bootId = randomBytes(4).toString("hex");
  const hub = new EventHub({
    ...opts.eventLimits,
    ...(opts.maxEventStreams !== undefined ? { maxStreams: opts.maxEventStreams } : {}),
  });
  const templatesDir = builtinTemplatesDir();
  const dataDir = opts.dataDir ?? STANDARDS_DIR;
  // Plans are run and rendered for the pages on a worker of their own (preview-worker.ts): a long
  // plan never holds up the server's other requests, and one that needs too much memory or time
  // fails alone.
  const previews = new JobWorker<PreviewJob, PreviewOutcome>({
    script: opts.previewWorker?.script ?? PREVIEW_WORKER,
    heapMb: opts.previewWorker?.heapMb ?? RENDER_HEAP_MB,
    timeoutMs: RENDER_TIMEOUT_MS,
  });
  const store = new PlanStore({
    root,
    builtinTemplatesDir: templatesDir,
    dataDir,
    interest: (key) => hub.has(key),
    indexWatched: () => hub.has(INDEX_KEY),
    run: (job) => previews.run(job),
  });
  const downloads = new DownloadCache(opts.renderWorker);
  const assets: Assets = {
    appCss: `/_/app.css?v=${shortHash(APP_CSS)}`,
    liveJs: `/_/live.js?v=${shortHash(LIVE_JS)}`,
    viewJs: `/_/view.js?v=${shortHash(VIEW_JS)}`,
  };
  const fonts = fontFiles();

  // A page depends only on the state (which changes by replacement) and the language: made once.
  const planPages = new WeakMap<PlanState, Map<Lang, string>>();
  const planPage = (state: PlanState, q: PageQuery): string => {
    let byLang = planPages.get(state);
    if (!byLang) {
      byLang = new Map();
      planPages.set(state, byLang);
    }
    let html = byLang.get(q.lang);
    if (html === undefined) {
      const events = `${urlPath("/events/plan", state.ref.rel)}?${new URLSearchParams({ lang: q.lang, draft: q.draft })}`;
      html = page(planView(state, q, bootId), q, events, assets);
      byLang.set(q.lang, html);
    }
    return html;
  };

  // ---------------------------------------------------------------- live updates
  const planData = async (ref: PlanRef, q: PageQuery): Promise<string> => {
    const state = await store.state(ref, q.draft);
    return JSON.stringify(planView(state, q, bootId));
  };
  const lastIndex = new Map<Lang, string>();
  const indexData = async (lang: Lang): Promise<string> => {
    const view = await indexPage(lang);
    lastIndex.set(lang, view.token);
    return JSON.stringify(view);
  };
  const indexPage = async (lang: Lang): Promise<View> => {
    const rows = [];
    for (const ref of store.plans())
      rows.push({ rel: ref.rel, state: await store.state(ref, "plan") });
    const view = indexView(
      rows,
      dirLabel,
      { lang, langInUrl: lang !== defaultLang, draft: "plan" },
      editor.createForm(
        rows.map((r) => r.state.ref),
        lang,
      ),
    );
    view.token = shortHash(view.body);
    return view;
  };
  store.on((ev) => {
    if (ev.type === "plan") {
      const { state } = ev;
      hub.send(state.key, (lang) =>
        JSON.stringify(
          planView(state, { lang, langInUrl: lang !== defaultLang, draft: state.draft }, bootId),
        ),
      );
    } else if (hub.has(INDEX_KEY)) {
      void (async () => {
        for (const lang of hub.langs(INDEX_KEY)) {
          const before = lastIndex.get(lang);
          const data = await indexData(lang);
          if (lastIndex.get(lang) !== before)
            hub.send(INDEX_KEY, (l) => (l === lang ? data : undefined));
        }
      })().catch(() => {
        // a plan that cannot be run is shown as such when its page asks; the index tries again
      });
    }
  });
  const watchOn = opts.watch ?? true;
  const watcher: TreeWatcher | undefined = watchOn
    ? watchTrees([root, templatesDir, dataDir], (paths) => void store.changed(paths), {
        ...(opts.quietMs !== undefined ? { quietMs: opts.quietMs } : {}),
        ...(opts.maxWaitMs !== undefined ? { maxWaitMs: opts.maxWaitMs } : {}),
      })
    : undefined;

  // ---------------------------------------------------------------- helpers
  const langOf = (req: Request): { lang: Lang; langInUrl: boolean } => {
    const q = req.query.lang;
    const lang: Lang = q === "en" || q === "vi" ? q : defaultLang;
    return { lang, langInUrl: lang !== defaultLang };
  };
  const pageQuery = (req: Request): PageQuery => {
    const d = req.query.draft;
    const draft = d === "1" || d === "on" ? "on" : d === "0" || d === "off" ? "off" : "plan";
    return { ...langOf(req), draft };
  };
  const sendHtml = (res: Response, status: number, html: string): void => {
    res.status(status);
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Cache-Control", "no-store");
    res.send(html);
  };
  const fail = (req: Request, res: Response, status: number, key: UiMessage, params = {}) => {
    sendHtml(res, status, errorPage(langOf(req).lang, ui(langOf(req).lang, key, params), assets));
  };
  const notFound = (req: Request, res: Response) => fail(req, res, 404, "error.not-found");
  const sendAsset = (req: Request, res: Response, type: string, body: string | Buffer) => {
    const etag = `"${shortHash(body)}"`;
    res.setHeader("Content-Type", type);
    res.setHeader("ETag", etag);
    // Versioned URLs (?v=, a hash in the name) never change: cache them; the rest revalidate.
    res.setHeader(
      "Cache-Control",
      req.query.v !== undefined || req.path.startsWith(CSS_PREFIX) || req.path.startsWith(FONT_BASE)
        ? "public, max-age=31536000, immutable"
        : "no-cache",
    );
    if (req.headers["if-none-match"] === etag) {
      res.status(304).end();
      return;
    }
    res.send(body);
  };

  // The workspace (editor.ts) and its write routes (write.ts).
  const editor = editorRoutes({
    root,
    store,
    dataDir,
    langOf,
    pageQuery,
    assets,
    sendAsset,
    sendHtml,
    notFound,
  });
  const indexAssets: Assets = { ...assets, head: editor.head };

  // ---------------------------------------------------------------- the app
  const app = express();
  app.disable("x-powered-by");
  app.disable("etag");
  app.set("query parser", "simple");
  app.use(securityHeaders);
  app.use(
    guard({
      names: allowedHostNames(opts.host ?? "127.0.0.1"),
      isWrite: (req) => editor.isWrite(req),
      refuse: (req, res, status, reason) => {
        if (status === 413) res.setHeader("Connection", "close");
        res.status(status).type("text/plain; charset=utf-8");
        res.send(`${ui(langOf(req).lang, REFUSALS[reason])}\n`);
      },
    }),
  );

  type Route = (req: Request, res: Response, rest: string) => void | Promise<void>;
  const exact: Record<string, Route> = {
    "/": async (req, res) => {
      const { lang } = langOf(req);
      const view = await indexPage(lang);
      sendHtml(res, 200, page(view, pageQuery(req), `/events/index?lang=${lang}`, indexAssets));
    },
    "/events/index": async (req, res) => {
      const { lang } = langOf(req);
      if (req.method === "HEAD") res.status(200).type("text/event-stream").end();
      else if (!hub.open(req, res, INDEX_KEY, lang, await indexData(lang))) {
        fail(req, res, 503, "error.busy");
      }
    },
    "/_/app.css": (req, res) => sendAsset(req, res, "text/css; charset=utf-8", APP_CSS),
    "/_/live.js": (req, res) => sendAsset(req, res, "text/javascript; charset=utf-8", LIVE_JS),
    "/_/view.js": (req, res) => sendAsset(req, res, "text/javascript; charset=utf-8", VIEW_JS),
  };
  Object.assign(exact, editor.exact);
  // `rest` is the path after the prefix, still percent-encoded: resolvePlan decodes and checks it.
  const prefixed: [string, Route][] = [
    ...editor.prefixed,
    [
      "/plan/",
      async (req, res, rest) => {
        const ref = resolvePlan(root, rest);
        if (!ref) return notFound(req, res);
        const q = pageQuery(req);
        sendHtml(res, 200, planPage(await store.state(ref, q.draft), q));
      },
    ],
    [
      "/events/plan/",
      async (req, res, rest) => {
        const ref = resolvePlan(root, rest);
        if (!ref) return notFound(req, res);
        const q = pageQuery(req);
        if (req.method === "HEAD") res.status(200).type("text/event-stream").end();
        else if (!hub.open(req, res, stateKey(ref, q.draft), q.lang, await planData(ref, q))) {
          fail(req, res, 503, "error.busy");
        }
      },
    ],
    [
      "/download/",
      async (req, res, rest) => {
        const slash = rest.indexOf("/");
        const format = rest.slice(0, Math.max(slash, 0));
        if (!isDownloadFormat(format)) return notFound(req, res);
        const ref = resolvePlan(root, rest.slice(slash + 1));
        if (!ref) return notFound(req, res);
        const state = await store.state(ref, pageQuery(req).draft);
        const upper = format.toUpperCase();
        if (!state.current) {
          return fail(req, res, 409, "download.invalid", { file: ref.rel, format: upper });
        }
        downloads.get(state, format).then(
          (bytes) => {
            res.status(200);
            res.setHeader("Content-Type", DOWNLOAD_TYPES[format]);
            res.setHeader(
              "Content-Disposition",
              contentDisposition(`${basename(ref.rel, extname(ref.rel))}.${format}`),
            );
            res.setHeader("Cache-Control", "no-store");
            res.send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
          },
          (err: unknown) => {
            const why = downloads.failure(err);
            const path = `${dirLabel.replace(/\/?$/, "/")}${ref.rel}`;
            fail(req, res, 500, why.key, {
              format: upper,
              ext: format,
              file: ref.rel,
              path,
              ...why.params,
            });
          },
        );
      },
    ],
    [
      CSS_PREFIX,
      (req, res, rest) => {
        const css = /^[0-9a-f]{1,64}\.css$/.test(rest) ? store.css(rest.slice(0, -4)) : undefined;
        if (css === undefined) return notFound(req, res);
        sendAsset(req, res, "text/css; charset=utf-8", css);
      },
    ],
    [
      `${FONT_BASE}/`,
      (req, res, rest) => {
        const file = fonts.get(rest);
        if (!file) return notFound(req, res);
        sendAsset(req, res, "font/woff", readFileSync(file));
      },
    ],
  ];
  app.use((req: Request, res: Response, next: NextFunction) => {
    const path = req.path;
    const route = exact[path];
    if (route) return route(req, res, "");
    for (const [prefix, handler] of prefixed) {
      if (path.startsWith(prefix)) return handler(req, res, path.slice(prefix.length));
    }
    next();
  });
  app.use((req: Request, res: Response) => notFound(req, res));
  // No stack trace reaches the page: the message only, as an internal error.
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (res.headersSent) {
      res.end();
      return;
    }
    fail(req, res, 500, "plan.crashed", { reason: errorText(err) });
  });

  return {
    app,
    store,
    events: hub,
    downloads,
    async close() {
      watcher?.close();
      hub.close();
      await downloads.close();
      await previews.close();
    },
  };
}

/** The four Tinos files, by name; nothing else is served from the font folder. */
function fontFiles(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const map = new Map<string, string>();
  for (const f of TINOS_FILES) {
    try {
      map.set(f.file, require.resolve(`@fontsource/tinos/files/${f.file}`));
    } catch {
      // not installed: the page falls back to the system's Times New Roman
    }
  }
  return map;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function shortHash(s: string | Buffer): string {
  return createHash("sha256").update(s).digest("hex").slice(0, 16);
}
