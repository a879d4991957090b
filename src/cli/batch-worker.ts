// Worker thread of `kehoach render DIR`: renders the jobs the main thread sends, one at a time, and
// answers each with its result (src/edge/job-worker.ts). Renderers stay loaded between jobs, which is
// where the speed is.

import { serveJobs } from "../edge/job-worker.js";
import { type BatchJob, type BatchResult, renderJob } from "./batch-render.js";

serveJobs(async (job: BatchJob): Promise<BatchResult> => {
  try {
    return await renderJob(job);
  } catch (err) {
    return {
      file: job.file,
      ok: false,
      written: [],
      unchanged: [],
      failures: [{ format: "*", reason: err instanceof Error ? err.message : String(err) }],
      diagnostics: [],
    };
  }
});
