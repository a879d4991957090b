// kehoach serve [DIR]: the live preview, until Ctrl+C (SIGINT) or SIGTERM.

import { statSync } from "node:fs";
import { resolve } from "node:path";
import type { Context } from "../edge/io.js";
import { heapMbFrom } from "../edge/job-worker.js";
import { say } from "../edge/messages.js";
import { RENDER_HEAP_MB } from "./downloads.js";
import { findFreePort, type RunningServer, startServer } from "./listen.js";
import { openBrowser } from "./open.js";
import { isLoopback } from "./security.js";

export const DEFAULT_PORT = 4173;
export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_DIR = "plans";

export interface ServeOptions {
  dir?: string;
  port?: string;
  host?: string;
  open?: boolean;
}

export async function serveCommand(ctx: Context, opts: ServeOptions): Promise<number> {
  const { io, lang } = ctx;
  const dirArg = opts.dir ?? DEFAULT_DIR;
  const dir = resolve(io.cwd, dirArg);
  if (!isDir(dir)) {
    io.err(say(lang, "serve.no-dir", { dir: dirArg }));
    return 2;
  }
  const port = opts.port === undefined ? DEFAULT_PORT : Number(opts.port);
  if (!/^\d{1,5}$/.test(opts.port ?? "0") || !Number.isInteger(port) || port > 65535) {
    io.err(say(lang, "serve.bad-port", { port: opts.port ?? "" }));
    return 2;
  }
  const host = opts.host ?? DEFAULT_HOST;
  if (!isLoopback(host)) io.err(say(lang, "serve.not-loopback", { host }));

  let running: RunningServer;
  try {
    running = await startServer({
      dir,
      dirLabel: dirArg.endsWith("/") ? dirArg : `${dirArg}/`,
      lang,
      host,
      port,
      renderWorker: { heapMb: heapMbFrom(io.env, RENDER_HEAP_MB) },
      previewWorker: { heapMb: heapMbFrom(io.env, RENDER_HEAP_MB) },
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") {
      const free = await findFreePort(host, port);
      io.err(
        free === undefined
          ? say(lang, "serve.port-in-use-none", { port })
          : say(lang, "serve.port-in-use", { port, free, dir: dirArg }),
      );
      return 1;
    }
    io.err(
      say(lang, "serve.cannot-listen", {
        host,
        port,
        reason: err instanceof Error ? err.message : String(err),
      }),
    );
    return 1;
  }

  io.out(say(lang, "serve.listening", { dir: dirArg, url: running.url }));
  if (opts.open && !(await openBrowser(running.url))) {
    io.err(say(lang, "serve.open-failed", { url: running.url }));
  }
  await new Promise<void>((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      running.close().then(done, done);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  io.out(say(lang, "serve.stopped"));
  return 0;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
