// Binding the app to a socket, and closing it cleanly: event streams ended, watchers stopped, idle
// keep-alive connections dropped, so that the process can exit at once on Ctrl+C.

import { createServer, type Server } from "node:http";
import { createServer as createNetServer } from "node:net";
import { createApp, type PreviewApp, type ServerOptions } from "./app.js";

export interface ListenOptions extends ServerOptions {
  /** 0: any free port. */
  port: number;
  host: string;
}

export interface RunningServer {
  preview: PreviewApp;
  server: Server;
  /** http://host:port/ */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Headers beyond this are refused by Node itself (431). */
const MAX_HEADER_BYTES = 8 * 1024;

export async function startServer(opts: ListenOptions): Promise<RunningServer> {
  const preview = createApp(opts);
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, preview.app);
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  server.maxHeadersCount = 100;
  try {
    await bind(server, opts.port, opts.host);
  } catch (err) {
    await preview.close();
    throw err;
  }
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  let closing: Promise<void> | undefined;
  return {
    preview,
    server,
    port,
    url: `http://${urlHost(opts.host)}:${port}/`,
    close() {
      closing ??= (async () => {
        await preview.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          // whatever is still open after a moment (a slow download) is cut
          setTimeout(() => server.closeAllConnections(), 1000).unref();
        });
      })();
      return closing;
    },
  };
}

function bind(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
}

function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "127.0.0.1";
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

/** A port near `from` that can be bound on `host` now (a suggestion: it may be taken meanwhile). */
export async function findFreePort(host: string, from: number): Promise<number | undefined> {
  for (let port = from + 1; port <= Math.min(from + 50, 65535); port++) {
    if (await canBind(host, port)) return port;
  }
  return undefined;
}

function canBind(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createNetServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}
