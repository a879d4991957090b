// A stand-in for src/server/render-worker.ts in test/server/render-worker.test.ts, speaking its
// protocol: every download it is asked for is the JSON of the thread's resource limits.
import { parentPort, resourceLimits } from "node:worker_threads";

parentPort?.on("message", ({ id }) => {
  parentPort?.postMessage({ id, result: new TextEncoder().encode(JSON.stringify(resourceLimits)) });
});
