// The worker pool of `kehoach render DIR`: the heap limit, its removal (KEHOACH_WORKER_HEAP_MB=0),
// and a plan rendered once: a large plan goes to a worker without a limit before it is rendered, and
// a plan that runs out of memory fails, saying so, rather than being rendered again from scratch.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { runPool, WORKER_HEAP_MB, workerHeapMb } from "../../src/cli/batch.js";
import type { BatchJob, BatchResult } from "../../src/cli/batch-render.js";
import { workerOptions } from "../../src/edge/job-worker.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-pool-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const script = new URL("./pool-worker.mjs", import.meta.url);

function job(stem: string, bytes = 10): BatchJob {
  const file = join(dir, `${stem}.yaml`);
  writeFileSync(file, "#".repeat(bytes));
  return { file, outDir: dir, stem, formats: ["docx"] };
}

const renders = () => readFileSync(join(dir, "renders.log"), "utf8").trim().split("\n").sort();
const limitsOf = (r: BatchResult | undefined) => JSON.parse(r?.written[0] ?? "{}");

/** What a worker started with no options reports as its old-generation limit (V8's default). */
function defaultOldGeneration(): Promise<number> {
  return new Promise((resolve) => {
    const code =
      "require('node:worker_threads').parentPort.postMessage(require('node:worker_threads').resourceLimits)";
    const w = new Worker(code, { eval: true });
    w.on("message", (m: { maxOldGenerationSizeMb: number }) => {
      resolve(m.maxOldGenerationSizeMb);
      void w.terminate();
    });
  });
}

describe("the worker heap limit", () => {
  it("is 128 MB by default; KEHOACH_WORKER_HEAP_MB sets it, and 0 means none", () => {
    expect(workerHeapMb({})).toBe(WORKER_HEAP_MB);
    expect(workerHeapMb({ KEHOACH_WORKER_HEAP_MB: "" })).toBe(WORKER_HEAP_MB);
    expect(workerHeapMb({ KEHOACH_WORKER_HEAP_MB: "abc" })).toBe(WORKER_HEAP_MB);
    expect(workerHeapMb({ KEHOACH_WORKER_HEAP_MB: "512" })).toBe(512);
    expect(workerHeapMb({ KEHOACH_WORKER_HEAP_MB: "0" })).toBe(0);
    expect(workerOptions(0)).toEqual({});
    expect(workerOptions(256)).toEqual({ resourceLimits: { maxOldGenerationSizeMb: 256 } });
  });

  it("a pool given 0 starts workers without resourceLimits; given 64, with 64", async () => {
    rmSync(join(dir, "renders.log"), { force: true });
    const free = await runPool([job("a")], 1, () => {}, { heapMb: 0, script });
    expect(limitsOf(free[0]).maxOldGenerationSizeMb).toBe(await defaultOldGeneration());
    const limited = await runPool([job("b")], 1, () => {}, { heapMb: 64, script });
    expect(limitsOf(limited[0]).maxOldGenerationSizeMb).toBe(64);
  });
});

describe("each plan is rendered once", () => {
  it("a large plan goes to a worker without a limit, the others to the limited pool", async () => {
    rmSync(join(dir, "renders.log"), { force: true });
    const jobs = [job("nho-1"), job("lon", 5000), job("nho-2")];
    const results = await runPool(jobs, 2, () => {}, { heapMb: 64, largeBytes: 1000, script });
    expect(results.map((r) => limitsOf(r).maxOldGenerationSizeMb)).toEqual([
      64,
      await defaultOldGeneration(),
      64,
    ]);
    expect(renders()).toEqual(["lon", "nho-1", "nho-2"]);
  });

  it("with one thread (KEHOACH_WORKERS=1), the large plans come after the others, never beside", async () => {
    rmSync(join(dir, "renders.log"), { force: true });
    const jobs = [job("lon-2", 5000), job("nho-4")];
    const results = await runPool(jobs, 1, () => {}, { heapMb: 64, largeBytes: 1000, script });
    expect(results.every((r) => r.ok)).toBe(true);
    const log = readFileSync(join(dir, "renders.log"), "utf8").trim().split("\n");
    expect(log).toEqual(["nho-4", "lon-2"]);
  });

  it("a plan that runs out of the worker's heap fails once, saying so; the others render", async () => {
    rmSync(join(dir, "renders.log"), { force: true });
    const seen: number[] = [];
    const results = await runPool([job("huge"), job("nho-3")], 1, (_, i) => seen.push(i), {
      heapMb: 32,
      script,
    });
    expect(renders()).toEqual(["huge", "nho-3"]); // not rendered a second time
    expect(seen.sort()).toEqual([0, 1]); // one result each
    expect(results[0]?.ok).toBe(false);
    expect(results[0]?.failures).toEqual([
      { format: "*", reason: "out of memory (32 MB)", heapMb: 32 },
    ]);
    expect(results[1]?.ok).toBe(true);
  });
});
