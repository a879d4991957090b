// kehoach render DIR: every plan under DIR, on worker threads (one per core), into OUT with the same
// folder structure. A plan that fails does not stop the others; the exit status is 1 if any failed.
// Documents are byte-reproducible and written only when they differ, so a second run over the same
// plans changes nothing.

import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { type Diagnostic, hasErrors } from "../diagnostics/types.js";
import type { Context } from "../edge/io.js";
import { heapMbFrom, JobWorker } from "../edge/job-worker.js";
import { visible } from "../edge/visible.js";
import type { Format } from "../render/formats.js";
import type { BatchJob, BatchResult } from "./batch-render.js";
import { scanPlans, unreadableMessage } from "./find-plans.js";
import { sayPlans } from "./messages-plans.js";
import { formatDiagnostic, toJson } from "./report.js";

export interface BatchOptions {
  formats: readonly Format[];
  outDir: string;
  draft?: boolean;
  /** Figures that disagree are errors (--strict). */
  strict?: boolean;
  /** Worker threads; default one per core (KEHOACH_WORKERS overrides). */
  workers?: number;
}

/** The plans under dir, relative to it, sorted; the output folder is skipped when it lies inside. */
export function findPlans(dir: string, skip: readonly string[] = []): string[] {
  return scanPlans(dir, skip).plans;
}

export function workerCount(env: NodeJS.ProcessEnv, jobs: number): number {
  const asked = Number(env.KEHOACH_WORKERS);
  const n = Number.isInteger(asked) && asked > 0 ? asked : availableParallelism();
  return Math.max(1, Math.min(n, jobs));
}

/**
 * Old-generation heap of a worker. V8 lets an idle heap grow far beyond what one plan needs (about
 * 50 MB live); a limit makes it collect sooner and keeps two workers well under 400 MB.
 */
export const WORKER_HEAP_MB = 128;

/**
 * A plan file larger than this is rendered in a worker of its own with no heap limit, one at a time,
 * beside the pool: its documents need more than WORKER_HEAP_MB (a plan of 1,000 units, 200 KB,
 * needs ~150 MB for DOCX and PDF), and deciding before rendering means it is rendered once. Common
 * plans are 5 to 60 KB.
 */
export const LARGE_PLAN_BYTES = 96 * 1024;

/** KEHOACH_WORKER_HEAP_MB overrides the limit; 0 removes it (for every worker). */
export function workerHeapMb(env: NodeJS.ProcessEnv): number {
  return heapMbFrom(env, WORKER_HEAP_MB);
}

export interface PoolOptions {
  /** Heap limit of the pool's workers in MB, 0 for none (workerHeapMb). */
  heapMb: number;
  /** Plans larger than this (bytes) go to the unlimited worker; default LARGE_PLAN_BYTES. */
  largeBytes?: number;
  /** The worker script; tests give one of their own. */
  script?: URL;
}

/**
 * Runs the jobs on a pool of workers, each taking the next job when it is done with one. Each plan is
 * rendered once: large plans (by file size) go to a worker without a heap limit beside the pool, and
 * a plan that still runs out of memory in a limited worker fails, saying so and how to lift the
 * limit, rather than being rendered again from scratch.
 */
export async function runPool(
  jobs: readonly BatchJob[],
  workers: number,
  onResult: (result: BatchResult, index: number) => void,
  options: PoolOptions,
): Promise<BatchResult[]> {
  const { heapMb } = options;
  const script = options.script ?? new URL("./batch-worker.js", import.meta.url);
  const largeBytes = options.largeBytes ?? LARGE_PLAN_BYTES;
  const results: BatchResult[] = new Array(jobs.length);
  const finish = (index: number, result: BatchResult) => {
    results[index] = result;
    onResult(result, index);
  };
  const failed = (limit: number) => (i: number, err: Error) => {
    const code = (err as NodeJS.ErrnoException).code;
    finish(
      i,
      code === "ERR_WORKER_OUT_OF_MEMORY" && limit > 0
        ? outOfMemory(jobs[i], limit)
        : crashed(jobs[i], err),
    );
  };
  const small: number[] = [];
  const large: number[] = [];
  jobs.forEach((job, i) => {
    (heapMb > 0 && fileSize(job.file) > largeBytes ? large : small).push(i);
  });
  const limited = (threads: number) =>
    Array.from({ length: Math.min(threads, small.length) }, () =>
      worker(script, jobs, small, heapMb, finish, failed(heapMb)),
    );
  const unlimited = async () => {
    if (large.length > 0) await worker(script, jobs, large, 0, finish, failed(0));
  };
  if (workers < 2 || large.length === 0) {
    // one thread at a time (KEHOACH_WORKERS=1): the large plans after the others
    await Promise.all(limited(workers));
    await unlimited();
  } else {
    // the unlimited worker takes one of the threads beside the pool
    await Promise.all([...limited(small.length > 0 ? workers - 1 : 0), unlimited()]);
  }
  return results;
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // the worker reports the missing file
  }
}

/** One worker thread taking jobs from the shared queue until it is empty; a worker that dies (out of
 * memory, a crash in a library) fails its job, not the batch, and a fresh one goes on. */
async function worker(
  script: URL,
  jobs: readonly BatchJob[],
  queue: number[],
  heapMb: number,
  finish: (index: number, result: BatchResult) => void,
  failed: (index: number, err: Error) => void,
): Promise<void> {
  const thread = new JobWorker<BatchJob, BatchResult>({ script, heapMb });
  for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
    const job = jobs[i];
    if (!job) continue;
    try {
      finish(i, await thread.run(job));
    } catch (err) {
      failed(i, err instanceof Error ? err : new Error(String(err)));
    }
  }
  await thread.close();
}

function outOfMemory(job: BatchJob | undefined, heapMb: number): BatchResult {
  return {
    file: job?.file ?? "",
    ok: false,
    written: [],
    unchanged: [],
    failures: [{ format: "*", reason: `out of memory (${heapMb} MB)`, heapMb }],
    diagnostics: [],
  };
}

function crashed(job: BatchJob | undefined, err: Error): BatchResult {
  return {
    file: job?.file ?? "",
    ok: false,
    written: [],
    unchanged: [],
    failures: [{ format: "*", reason: err.message }],
    diagnostics: [],
  };
}

export async function batchCommand(ctx: Context, dir: string, opts: BatchOptions): Promise<number> {
  const root = resolve(ctx.io.cwd, dir);
  const outDir = resolve(opts.outDir);
  const shown = (p: string) => shownPath(ctx.io.cwd, p);
  const found = scanPlans(root, [outDir]);
  // two plans with one output name are both refused, before anything is rendered
  const clashes = sameOutputs(found.plans);
  const clashing = new Set(clashes.flat());
  // folders not read and plans refused: said first, and in the JSON report as "problems"
  const problems = [
    ...found.unreadable.map((u) => unreadableMessage(ctx, u, root, shown)),
    ...clashes.map(([first, second]) => {
      const output = shown(join(outDir, stemOf(first)));
      const other = shown(join(outDir, stemOf(second)));
      return sayPlans(ctx.lang, output === other ? "batch.same-output" : "batch.same-output-case", {
        first: shown(join(root, first)),
        second: shown(join(root, second)),
        output,
        other,
      });
    }),
  ];
  if (!ctx.json) for (const p of problems) ctx.io.err(p);
  if (found.plans.length === 0) {
    if (found.unreadable.length === 0) {
      ctx.io.err(sayPlans(ctx.lang, "batch.no-plans", { dir }));
      return 2;
    }
    if (ctx.json) ctx.io.out(JSON.stringify({ problems }, null, 2));
    return 1;
  }
  const plans = found.plans.filter((p) => !clashing.has(p));
  const refused = found.unreadable.length + clashing.size;
  const jobs: BatchJob[] = plans.map((rel) => {
    const file = join(root, rel);
    return {
      file,
      outDir: join(outDir, dirname(rel)),
      stem: basename(rel, extname(rel)),
      formats: opts.formats,
      ...(opts.draft ? { draft: true } : {}),
      ...(opts.strict ? { strict: true } : {}),
    };
  });
  const workers = opts.workers ?? workerCount(ctx.io.env, jobs.length);
  const started = process.hrtime.bigint();
  const progress = ctx.json ? undefined : makeProgress(ctx, jobs.length);
  let done = 0;
  const results = await runPool(
    jobs,
    workers,
    (r, i) => {
      done++;
      progress?.(done, plans[i] ?? r.file, r);
    },
    { heapMb: workerHeapMb(ctx.io.env) },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const failed = results.filter((r) => !r.ok);
  const status = failed.length > 0 || refused > 0 ? 1 : 0;
  const written = results.reduce((n, r) => n + r.written.length, 0);
  const unchanged = results.reduce((n, r) => n + r.unchanged.length, 0);
  const warnings = results.reduce(
    (n, r) => n + r.diagnostics.filter((d) => d.severity === "warning").length,
    0,
  );

  if (ctx.json) {
    ctx.io.out(
      JSON.stringify(
        {
          dir: shown(root),
          out: shown(outDir),
          problems,
          plans: results.map((r) => ({
            file: shown(r.file),
            ok: r.ok,
            written: r.written.map(shown),
            unchanged: r.unchanged.map(shown),
            failures: r.failures,
            diagnostics: toJson(
              r.diagnostics.map((d) => relabel(d, shown)),
              ctx.lang,
            ),
          })),
          summary: {
            plans: results.length,
            ok: results.length - failed.length,
            failed: failed.length,
            written,
            unchanged,
            warnings,
            workers,
            seconds: Math.round(seconds * 1000) / 1000,
            maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
          },
        },
        null,
        2,
      ),
    );
    return status;
  }

  for (const r of failed) {
    ctx.io.err("");
    for (const d of r.diagnostics.map((d) => relabel(d, shown))) {
      if (d.severity === "error") ctx.io.err(formatDiagnostic(d, ctx.lang, ctx.style, r.text));
    }
    for (const f of r.failures) {
      const key =
        f.heapMb !== undefined
          ? "batch.out-of-memory"
          : f.format === "*"
            ? "batch.crashed"
            : "batch.format-failed";
      ctx.io.err(sayPlans(ctx.lang, key, { file: shown(r.file), ...f }));
    }
    if (hasErrors(r.diagnostics) || r.failures.length === 0) {
      ctx.io.err(sayPlans(ctx.lang, "batch.plan-failed", { file: shown(r.file) }));
    }
  }
  ctx.io.out(
    sayPlans(ctx.lang, "batch.summary", {
      plans: results.length,
      ok: results.length - failed.length,
      failed: failed.length,
      written,
      unchanged,
      out: shown(outDir),
      seconds: seconds.toFixed(1),
    }),
  );
  if (warnings > 0) ctx.io.out(sayPlans(ctx.lang, "batch.warnings", { warnings }));
  return status;
}

/** The path of a plan without its extension: the name of its documents, relative to OUT. */
function stemOf(rel: string): string {
  return join(dirname(rel), basename(rel, extname(rel)));
}

/**
 * Pairs of plans whose documents would have one name: a.yaml and a.yml, and A.yaml and a.yaml too,
 * which are one file on Windows and macOS. Each later plan is paired with the first of its name.
 */
export function sameOutputs(plans: readonly string[]): [string, string][] {
  const first = new Map<string, string>();
  const pairs: [string, string][] = [];
  for (const rel of plans) {
    const key = stemOf(rel).normalize("NFC").toLowerCase();
    const seen = first.get(key);
    if (seen === undefined) first.set(key, rel);
    else pairs.push([seen, rel]);
  }
  return pairs;
}

type Progress = (done: number, rel: string, r: BatchResult) => void;

/** A bar redrawn in place on a terminal; elsewhere (a log, a pipe) one line per plan. */
function makeProgress(ctx: Context, total: number): Progress {
  if (process.stderr.isTTY && ctx.io.env.TERM !== "dumb") {
    const width = 30;
    return (done, rel, r) => {
      const filled = Math.round((done / total) * width);
      const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
      const mark = r.ok ? "" : ` ${ctx.style.red("✗")}`;
      const name = visible(rel.length > 40 ? `…${rel.slice(-39)}` : rel);
      process.stderr.write(`\r\x1b[2K${bar} ${done}/${total} ${name}${mark}`);
      if (done === total) process.stderr.write("\r\x1b[2K");
    };
  }
  return (done, rel, r) => {
    const key = !r.ok
      ? "batch.line-failed"
      : r.written.length > 0
        ? "batch.line-wrote"
        : "batch.line-same";
    ctx.io.out(sayPlans(ctx.lang, key, { done, total, file: rel, written: r.written.length }));
  };
}

function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : path;
}

/** Diagnostics name the plan by the path the official would type, not the absolute one. */
function relabel(d: Diagnostic, shown: (p: string) => string): Diagnostic {
  return d.pos ? { ...d, pos: { ...d.pos, file: shown(d.pos.file) } } : d;
}
