// Worker thread of `kehoach render DIR`: renders the jobs the main thread sends, one at a time, and
// answers each with its result. Renderers stay loaded between jobs, which is where the speed is.

import { parentPort } from "node:worker_threads";
import { type BatchJob, renderJob } from "./batch-render.js";

export interface JobMessage {
  id: number;
  job: BatchJob;
}

const port = parentPort;
if (port) {
  port.on("message", async (msg: JobMessage) => {
    try {
      port.postMessage({ id: msg.id, result: await renderJob(msg.job) });
    } catch (err) {
      port.postMessage({
        id: msg.id,
        result: {
          file: msg.job.file,
          ok: false,
          written: [],
          unchanged: [],
          failures: [{ format: "*", reason: err instanceof Error ? err.message : String(err) }],
          diagnostics: [],
        },
      });
    }
  });
}
