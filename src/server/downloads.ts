// DOCX and PDF of a plan, made when asked for and kept by the content hash of what they were made
// from (plan, templates, data, draft mode): asking twice for an unchanged plan renders once, and two
// requests at the same moment share one rendering. They are made on a worker thread
// (render-worker.ts) with a heap limit: the server answers other requests meanwhile, and a plan
// whose document needs more memory than the limit gets an error page, never a dead server.

import type { DocumentModel } from "../document/types.js";
import { JobWorker, WORKER_TIMEOUT } from "../edge/job-worker.js";
import type { UiMessage } from "./messages.js";
import type { PlanState } from "./store.js";

export type DownloadFormat = "docx" | "pdf";

export const DOWNLOAD_TYPES: Readonly<Record<DownloadFormat, string>> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

export function isDownloadFormat(s: string): s is DownloadFormat {
  return s === "docx" || s === "pdf";
}

/** What the render worker is sent: the model is copied to it, the bytes come back. */
export interface RenderJob {
  format: DownloadFormat;
  model: DocumentModel;
}

/**
 * Heap limit of the render worker, in MB, unless KEHOACH_WORKER_HEAP_MB says otherwise: far above
 * what a real plan needs (a 300-page PDF renders within 384 MB), far below what takes a machine down.
 */
export const RENDER_HEAP_MB = 1024;

/**
 * Time a download may take before its worker is ended: far above a real plan (a 300-page PDF takes
 * 25 s, 100 s on a busy machine), so that no document holds the downloads up for ever.
 */
export const RENDER_TIMEOUT_MS = 10 * 60_000;

/** The worker script beside this module (dist/server/render-worker.js once built). */
export const RENDER_WORKER = new URL("./render-worker.js", import.meta.url);

const MAX_ENTRIES = 16;

export interface DownloadOptions {
  /** The worker script; tests running from the sources give the built one. */
  script?: URL;
  /** Heap limit of the worker in MB; 0: none. Default RENDER_HEAP_MB. */
  heapMb?: number;
  /** Time a rendering may take, in ms. Default RENDER_TIMEOUT_MS. */
  timeoutMs?: number;
}

export class DownloadCache {
  private readonly entries = new Map<string, Promise<Uint8Array>>();
  private readonly worker: JobWorker<RenderJob, Uint8Array>;
  private readonly timeoutMs: number;

  constructor(opts: DownloadOptions = {}) {
    this.worker = new JobWorker({
      script: opts.script ?? RENDER_WORKER,
      heapMb: opts.heapMb ?? RENDER_HEAP_MB,
      timeoutMs: opts.timeoutMs ?? RENDER_TIMEOUT_MS,
    });
    this.timeoutMs = opts.timeoutMs ?? RENDER_TIMEOUT_MS;
  }

  /** Renderings asked for and not finished, the one running included. */
  get rendering(): number {
    return this.worker.waiting;
  }

  /** Bytes of the plan's current valid version; the caller checks that it is valid. */
  get(state: PlanState, format: DownloadFormat): Promise<Uint8Array> {
    const good = state.good;
    if (!good || !state.current) return Promise.reject(new Error("the plan has no valid version"));
    const key = `${good.inputsHash}:${state.draft}:${format}`;
    const hit = this.entries.get(key);
    if (hit) return hit;
    const made = this.worker.run({ format, model: good.model });
    made.catch(() => this.entries.delete(key));
    this.entries.set(key, made);
    for (const old of this.entries.keys()) {
      if (this.entries.size <= MAX_ENTRIES) break;
      this.entries.delete(old);
    }
    return made;
  }

  /** What the page says when a download could not be made: running out of the worker's heap or of
   * time is the plan's size, said as such; anything else is the renderer's message. */
  failure(err: unknown): { key: UiMessage; params: Record<string, string | number> } {
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    if (code === "ERR_WORKER_OUT_OF_MEMORY") {
      return { key: "download.out-of-memory", params: { heapMb: this.worker.heapMb } };
    }
    if (code === WORKER_TIMEOUT) {
      return { key: "download.too-long", params: { seconds: Math.ceil(this.timeoutMs / 1000) } };
    }
    return {
      key: "download.failed",
      params: { reason: err instanceof Error ? err.message : String(err) },
    };
  }

  /** Ends the worker; renderings not finished fail. */
  close(): Promise<void> {
    return this.worker.close();
  }
}

/** `attachment` with an ASCII fallback name and the real one in RFC 5987 form. */
export function contentDisposition(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9._-]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
