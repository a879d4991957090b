// Worker thread of the preview server: makes the DOCX and PDF downloads (src/server/downloads.ts), so
// that a long plan (a 300-page PDF takes 20 s) never holds up the server's other requests, and a
// rendering that runs out of the thread's heap limit ends this thread, not the server.

import { serveJobs } from "../edge/job-worker.js";
import { rendererOptionsFrom } from "../edge/renderer-options.js";
import { renderFormat } from "../render/formats.js";
import type { RenderJob } from "./downloads.js";

serveJobs(
  async (job: RenderJob): Promise<Uint8Array> => {
    const out = await renderFormat(job.format, job.model, rendererOptionsFrom(process.env));
    return typeof out === "string" ? new TextEncoder().encode(out) : out;
  },
  // the bytes move to the main thread instead of being copied, when they own their whole buffer
  (bytes) =>
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer
      ? [bytes.buffer]
      : [],
);
