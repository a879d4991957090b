// Issue 15, point 7: downloads were rendered on the server's main thread (a 313-page plan froze it
// for 17 s) and a document that exhausted memory took the server down. They are made on a worker
// thread with a heap limit: the server answers meanwhile, and running out of the limit is an error
// page, after which the server goes on serving.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { heapMbFrom, JobWorker } from "../../src/edge/job-worker.js";
import { RENDER_HEAP_MB } from "../../src/server/downloads.js";
import type { RunningServer } from "../../src/server/listen.js";
import { longPlan, planDir, RENDER_WORKER, rawGet, removeDir, serve } from "./helpers.js";

const PLAN = "quang-minh-2024.yaml";
const dirs: string[] = [];
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
  for (const d of dirs) removeDir(d);
});

async function started(more: Parameters<typeof serve>[2] = {}, lang: "vi" | "en" = "vi") {
  const dir = planDir();
  dirs.push(dir);
  const server = await serve(dir, lang, more);
  servers.push(server);
  return { dir, server };
}

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

describe("the render worker's heap limit", () => {
  it("is 1024 MB unless KEHOACH_WORKER_HEAP_MB says otherwise; 0 stays 0 (no limit)", () => {
    expect(heapMbFrom({}, RENDER_HEAP_MB)).toBe(1024);
    expect(heapMbFrom({ KEHOACH_WORKER_HEAP_MB: "x" }, RENDER_HEAP_MB)).toBe(1024);
    expect(heapMbFrom({ KEHOACH_WORKER_HEAP_MB: "300" }, RENDER_HEAP_MB)).toBe(300);
    expect(heapMbFrom({ KEHOACH_WORKER_HEAP_MB: "0" }, RENDER_HEAP_MB)).toBe(0);
  });

  it("reaches the worker: 64 gives a thread of 64 MB, 0 a thread without resourceLimits", async () => {
    const script = new URL("./limits-worker.mjs", import.meta.url);
    const limited = await started({ renderWorker: { script, heapMb: 64 } });
    const a = await rawGet(limited.server.port, `/download/pdf/${PLAN}`);
    expect(JSON.parse(a.body.toString()).maxOldGenerationSizeMb).toBe(64);
    const free = await started({ renderWorker: { script, heapMb: 0 } });
    const b = await rawGet(free.server.port, `/download/pdf/${PLAN}`);
    expect(JSON.parse(b.body.toString()).maxOldGenerationSizeMb).toBe(await defaultOldGeneration());
  });
});

describe("a download that fails", () => {
  it("running out of the worker's heap is an error page saying what to do; the server goes on", async () => {
    const { server } = await started({ renderWorker: { script: RENDER_WORKER, heapMb: 6 } });
    const res = await rawGet(server.port, `/download/pdf/${PLAN}`);
    expect(res.status).toBe(500);
    const text = res.body.toString("utf8");
    expect(text).toContain(
      `Không tạo được tệp PDF của ${PLAN}: văn bản cần nhiều bộ nhớ hơn mức 6 MB dành cho việc tạo tệp`,
    );
    expect(text).toContain(`kehoach render plans/${PLAN} --format pdf`);
    expect(text).toContain("KEHOACH_WORKER_HEAP_MB");
    expect(text).not.toMatch(/at .*\.js:\d+/); // no stack trace
    // the server still answers, and the next download gets a fresh worker (which fails the same way)
    expect((await rawGet(server.port, "/")).status).toBe(200);
    expect((await rawGet(server.port, `/plan/${PLAN}`)).status).toBe(200);
    const again = await rawGet(server.port, `/download/pdf/${PLAN}?lang=en`);
    expect(again.status).toBe(500);
    expect(again.body.toString("utf8")).toContain(
      `Could not make the PDF file of ${PLAN}: the document needs more memory than the 6 MB`,
    );
    expect(server.preview.downloads.rendering).toBe(0);
  });

  it("a rendering that does not end is stopped after the time limit: an error page, the next gets a fresh worker", async () => {
    const script = new URL("./silent-worker.mjs", import.meta.url);
    const { server } = await started({ renderWorker: { script, heapMb: 64, timeoutMs: 2000 } });
    const res = await rawGet(server.port, `/download/pdf/${PLAN}`);
    expect(res.status).toBe(500);
    expect(res.body.toString("utf8")).toContain(
      `Không tạo được tệp PDF của ${PLAN}: việc tạo tệp kéo dài quá 2 giây nên đã được dừng lại`,
    );
    expect((await rawGet(server.port, "/")).status).toBe(200);
    const again = await rawGet(server.port, `/download/docx/${PLAN}?lang=en`);
    expect(again.body.toString("utf8")).toContain(
      `Could not make the DOCX file of ${PLAN}: making it took more than 2 seconds`,
    );
    expect(server.preview.downloads.rendering).toBe(0);
  });

  it("a worker that cannot run is an error page, not a crash", async () => {
    const script = new URL("./no-such-worker.mjs", import.meta.url);
    const { server } = await started({ renderWorker: { script, heapMb: 64 } });
    const res = await rawGet(server.port, `/download/docx/${PLAN}`);
    expect(res.status).toBe(500);
    expect(res.body.toString("utf8")).toContain("Không tạo được tệp DOCX");
    expect((await rawGet(server.port, "/")).status).toBe(200);
  });
});

describe("a long plan rendering", () => {
  it("does not hold up other requests: the index and another plan answer before its PDF is done", async () => {
    const { dir, server } = await started();
    writeFileSync(join(dir, "dai.yaml"), longPlan(12));
    const done: string[] = [];
    const pdf = rawGet(server.port, "/download/pdf/dai.yaml").then((res) => {
      done.push("pdf");
      return res;
    });
    // the request reached the worker (the server ran the plan's pipeline first, on its own thread)
    while (server.preview.downloads.rendering === 0) await new Promise((r) => setTimeout(r, 20));
    const index = await rawGet(server.port, "/");
    done.push("index");
    const other = await rawGet(server.port, `/plan/${PLAN}`);
    done.push("plan");
    const res = await pdf;
    expect(index.status).toBe(200);
    expect(other.status).toBe(200);
    expect(res.status).toBe(200);
    expect(res.body.subarray(0, 5).toString()).toBe("%PDF-");
    expect(done).toEqual(["index", "plan", "pdf"]);
  });
});

describe("a long plan run for its page", () => {
  it("does not hold up other requests: run on the preview worker, the server answers meanwhile", async () => {
    const { dir, server } = await started();
    writeFileSync(join(dir, "dai.yaml"), longPlan(12));
    const done: string[] = [];
    const page = rawGet(server.port, "/plan/dai.yaml").then((res) => {
      done.push("page");
      return res;
    });
    // the plan is being run on the preview worker, not on the server's thread
    while (server.preview.store.runs === 0) await new Promise((r) => setTimeout(r, 5));
    const css = await rawGet(server.port, "/_/app.css");
    done.push("css");
    const res = await page;
    expect(css.status).toBe(200);
    expect(res.status).toBe(200);
    expect(res.body.toString("utf8")).toContain(`<div class="kh-doc">`);
    expect(done).toEqual(["css", "page"]);
  });
});

describe("the job worker", () => {
  it("fails a job that cannot be sent to the thread, and goes on with the next", async () => {
    const worker = new JobWorker<unknown, Uint8Array>({
      script: new URL("./limits-worker.mjs", import.meta.url),
      heapMb: 64,
    });
    const bad = worker.run({ f: () => 1 });
    const good = worker.run({ ok: true });
    await expect(bad).rejects.toThrow(/could not be cloned/);
    expect(JSON.parse(new TextDecoder().decode(await good)).maxOldGenerationSizeMb).toBe(64);
    await worker.close();
  });
});
