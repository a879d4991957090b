// One plan of a batch, from its file to its documents: what a worker thread does for each job. A
// document is written only when its bytes differ from what is there, and atomically, so a second
// run over unchanged plans touches nothing.

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Diagnostic } from "../diagnostics/types.js";
import { hasErrors } from "../diagnostics/types.js";
import { rendererOptionsFrom } from "../edge/renderer-options.js";
import { runPipeline } from "../pipeline.js";
import { type Format, renderFormat } from "../render/formats.js";
import { sweepStale, writeAtomic } from "./write.js";

export interface BatchJob {
  /** Absolute path of the plan. */
  file: string;
  /** Folder of its documents and their name without extension. */
  outDir: string;
  stem: string;
  formats: readonly Format[];
  draft?: boolean;
  strict?: boolean;
}

export interface BatchResult {
  file: string;
  ok: boolean;
  /** Documents written because they were new or different. */
  written: string[];
  /** Documents already there with the same bytes. */
  unchanged: string[];
  /**
   * Formats that failed: "pdf: reason"; "*" when the whole plan failed. heapMb: the plan ran out of
   * the worker's heap limit (in MB), and was not rendered again.
   */
  failures: { format: string; reason: string; heapMb?: number }[];
  diagnostics: Diagnostic[];
  /** The plan's text, sent back only when there are errors to show with their source line. */
  text?: string;
}

export function writeIfChanged(target: string, data: Uint8Array | string): boolean {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  sweepStale(dirname(target)); // even when nothing is written
  try {
    if (Buffer.compare(readFileSync(target), bytes) === 0) return false;
  } catch {
    // absent or unreadable: write it
  }
  writeAtomic(target, bytes);
  return true;
}

export async function renderJob(job: BatchJob): Promise<BatchResult> {
  const result = runPipeline(job.file, {
    ...(job.draft ? { draft: true } : {}),
    ...(job.strict ? { strict: true } : {}),
  });
  const out: BatchResult = {
    file: job.file,
    ok: false,
    written: [],
    unchanged: [],
    failures: [],
    diagnostics: result.diagnostics,
  };
  if (result.model) {
    for (const format of job.formats) {
      const target = join(job.outDir, `${job.stem}.${format}`);
      try {
        const data = await renderFormat(format, result.model, rendererOptionsFrom(process.env));
        (writeIfChanged(target, data) ? out.written : out.unchanged).push(target);
      } catch (err) {
        out.failures.push({ format, reason: err instanceof Error ? err.message : String(err) });
      }
    }
  }
  out.ok = result.model !== undefined && out.failures.length === 0;
  if (hasErrors(result.diagnostics) && result.text !== undefined) out.text = result.text;
  return out;
}
