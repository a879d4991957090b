// A stand-in for src/server/render-worker.ts in test/server/render-worker.test.ts: a rendering that
// never ends (it never answers).
import { parentPort } from "node:worker_threads";

parentPort?.on("message", () => {});
