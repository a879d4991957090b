// A stand-in for src/cli/batch-worker.ts in test/batch/pool.test.ts, speaking its protocol: each job
// is logged to <outDir>/renders.log (so a test counts how often a plan was rendered), then answered
// with the worker's resource limits; a job whose stem is "huge" allocates until the heap runs out.
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort, resourceLimits } from "node:worker_threads";

parentPort?.on("message", ({ id, job }) => {
  appendFileSync(join(job.outDir, "renders.log"), `${job.stem}\n`);
  if (job.stem === "huge") {
    const hoard = [];
    for (;;) hoard.push(new Array(1 << 16).fill(hoard.length));
  }
  parentPort?.postMessage({
    id,
    result: {
      file: job.file,
      ok: true,
      written: [JSON.stringify(resourceLimits)],
      unchanged: [],
      failures: [],
      diagnostics: [],
    },
  });
});
