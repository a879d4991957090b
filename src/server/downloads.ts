// DOCX and PDF of a plan, made when asked for and kept by the content hash of what they were made
// from (plan, templates, data, draft mode): asking twice for an unchanged plan renders once, and two
// requests at the same moment share one rendering.

import { rendererOptionsFrom } from "../edge/renderer-options.js";
import { renderFormat } from "../render/formats.js";
import type { PlanState } from "./store.js";

export type DownloadFormat = "docx" | "pdf";

export const DOWNLOAD_TYPES: Readonly<Record<DownloadFormat, string>> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

export function isDownloadFormat(s: string): s is DownloadFormat {
  return s === "docx" || s === "pdf";
}

const MAX_ENTRIES = 16;

export class DownloadCache {
  private readonly entries = new Map<string, Promise<Uint8Array>>();

  /** Bytes of the plan's current valid version; the caller checks that it is valid. */
  get(state: PlanState, format: DownloadFormat): Promise<Uint8Array> {
    const good = state.good;
    if (!good || !state.current) return Promise.reject(new Error("the plan has no valid version"));
    const key = `${good.inputsHash}:${state.draft}:${format}`;
    const hit = this.entries.get(key);
    if (hit) return hit;
    const made = renderFormat(format, good.model, rendererOptionsFrom(process.env)).then((out) =>
      typeof out === "string" ? new TextEncoder().encode(out) : out,
    );
    made.catch(() => this.entries.delete(key));
    this.entries.set(key, made);
    for (const old of this.entries.keys()) {
      if (this.entries.size <= MAX_ENTRIES) break;
      this.entries.delete(old);
    }
    return made;
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
