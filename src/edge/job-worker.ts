// One worker thread that takes jobs one at a time, shared by `kehoach render DIR` (a pool of them) and
// the preview server (its DOCX and PDF downloads). The thread starts with the first job and stays
// loaded between jobs, which is where the speed is; its old-generation heap may be limited, so that a
// job that needs too much memory ends the thread (ERR_WORKER_OUT_OF_MEMORY) and fails that job alone,
// never the process. A fresh thread takes the next job.
//
// Protocol: the main thread posts { id, job }; the worker answers { id, result } or { id, error }.

import { parentPort, Worker, type WorkerOptions } from "node:worker_threads";

/** Options of a worker whose old generation is limited to heapMb; 0: no limit. */
export function workerOptions(heapMb: number): WorkerOptions {
  return heapMb > 0 ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {};
}

/**
 * The heap limit of kehoach's workers in MB: KEHOACH_WORKER_HEAP_MB when it is a whole number (0
 * removes the limit), else `fallback`. One reading for every worker, so that 0 means 0 everywhere.
 */
export function heapMbFrom(env: NodeJS.ProcessEnv, fallback: number): number {
  const asked = env.KEHOACH_WORKER_HEAP_MB;
  if (asked === undefined || !/^\d+$/.test(asked)) return fallback;
  return Number(asked);
}

export interface JobWorkerOptions {
  /** The worker script (an ES module answering with serveJobs or the same protocol). */
  script: URL;
  /** Heap limit in MB; 0: none. Required: no default can turn an asked-for 0 into a limit. */
  heapMb: number;
  /**
   * Time a job may take, in ms; beyond it the thread is ended and the job fails with code
   * ERR_WORKER_TIMEOUT (a fresh thread takes the next job). Default: none.
   */
  timeoutMs?: number;
}

/** The code of the error of a job that took longer than `timeoutMs`. */
export const WORKER_TIMEOUT = "ERR_WORKER_TIMEOUT";

interface Pending<R> {
  id: number;
  message: unknown;
  transfer: readonly Transferable[];
  resolve: (result: R) => void;
  reject: (err: Error) => void;
}

type Transferable = ArrayBuffer;

export class JobWorker<J, R> {
  private thread: Worker | undefined;
  private readonly queue: Pending<R>[] = [];
  private current: Pending<R> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private nextId = 0;
  private closed = false;

  constructor(private readonly opts: JobWorkerOptions) {}

  /** The heap limit of the thread, in MB (0: none): what an out-of-memory failure names. */
  get heapMb(): number {
    return this.opts.heapMb;
  }

  /** Jobs posted and not yet answered, the one running included. */
  get waiting(): number {
    return this.queue.length + (this.current ? 1 : 0);
  }

  /**
   * The result of one job. It fails with the worker's error when the thread dies on it: code
   * ERR_WORKER_OUT_OF_MEMORY when it ran out of its heap limit.
   */
  run(job: J, transfer: readonly Transferable[] = []): Promise<R> {
    if (this.closed) return Promise.reject(new Error("the worker is closed"));
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, message: job, transfer, resolve, reject });
      this.feed();
    });
  }

  /** Ends the thread; jobs not answered yet fail. */
  async close(): Promise<void> {
    this.closed = true;
    const gone = new Error("the worker is closed");
    for (const p of this.queue.splice(0)) p.reject(gone);
    this.current?.reject(gone);
    this.current = undefined;
    clearTimeout(this.timer);
    const t = this.thread;
    this.thread = undefined;
    await t?.terminate();
  }

  private feed(): void {
    if (this.current || this.closed) return;
    const next = this.queue.shift();
    if (!next) return;
    this.current = next;
    const thread = this.thread ?? this.start();
    const limit = this.opts.timeoutMs;
    if (limit !== undefined) {
      this.timer = setTimeout(() => {
        const err: NodeJS.ErrnoException = new Error(`the job took more than ${limit} ms`);
        err.code = WORKER_TIMEOUT;
        void thread.terminate();
        this.died(thread, err);
      }, limit);
    }
    try {
      thread.postMessage({ id: next.id, job: next.message }, [...next.transfer]);
    } catch (err) {
      // a job that cannot be copied to the thread (DataCloneError) fails alone
      clearTimeout(this.timer);
      this.current = undefined;
      next.reject(err instanceof Error ? err : new Error(String(err)));
      this.feed();
    }
  }

  /** The thread ended (out of memory, a crash, too slow): its job fails, a fresh thread goes on. */
  private died(t: Worker, err: Error): void {
    if (this.thread !== t) return;
    this.thread = undefined;
    clearTimeout(this.timer);
    const p = this.current;
    this.current = undefined;
    p?.reject(err);
    this.feed();
  }

  private start(): Worker {
    const t = new Worker(this.opts.script, workerOptions(this.opts.heapMb));
    this.thread = t;
    t.on("message", (msg: { id: number; result?: R; error?: string }) => {
      const p = this.current;
      if (!p || p.id !== msg.id || this.thread !== t) return;
      this.current = undefined;
      clearTimeout(this.timer);
      if (msg.error !== undefined) p.reject(new Error(msg.error));
      else p.resolve(msg.result as R);
      this.feed();
    });
    t.on("error", (err) => this.died(t, err));
    t.on("exit", (code) => this.died(t, new Error(`the worker stopped (exit code ${code})`)));
    return t;
  }
}

/**
 * The worker's side: answers each job with what `handle` returns, or with the message of what it
 * threw. `transfer` names the buffers of a result that move to the main thread instead of a copy.
 */
export function serveJobs<J, R>(
  handle: (job: J) => Promise<R> | R,
  transfer: (result: R) => readonly Transferable[] = () => [],
): void {
  const port = parentPort;
  if (!port) return;
  port.on("message", async (msg: { id: number; job: J }) => {
    let result: R;
    try {
      result = await handle(msg.job);
    } catch (err) {
      port.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
      return;
    }
    port.postMessage({ id: msg.id, result }, [...transfer(result)]);
  });
}
