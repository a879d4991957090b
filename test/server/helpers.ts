// A preview server on an ephemeral port over a temporary copy of the example plans, and a raw GET
// that sends its path exactly as written (fetch would resolve "..", "%2e%2e" before sending). The
// server's render worker is the built one (dist/, `npm run build` first): a worker thread cannot load
// the TypeScript sources the tests run from.

import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { type ListenOptions, type RunningServer, startServer } from "../../src/server/listen.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const PLANS = join(ROOT, "plans");
export const EXAMPLES = readdirSync(PLANS)
  .filter((f) => f.endsWith(".yaml"))
  .sort();

/** A fresh folder holding copies of the example plans. */
export function planDir(prefix = "kehoach-serve-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of EXAMPLES) copyFileSync(join(PLANS, f), join(dir, f));
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The render worker of the preview, built. */
export const RENDER_WORKER = new URL("../../dist/server/render-worker.js", import.meta.url);
/** The preview worker, built. */
export const PREVIEW_WORKER = new URL("../../dist/server/preview-worker.js", import.meta.url);

export function serve(
  dir: string,
  lang: "vi" | "en" = "vi",
  more: Partial<ListenOptions> = {},
): Promise<RunningServer> {
  return startServer({
    dir,
    dirLabel: "plans/",
    host: "127.0.0.1",
    port: 0,
    lang,
    renderWorker: { script: RENDER_WORKER },
    previewWorker: { script: PREVIEW_WORKER },
    ...more,
  });
}

/** A plan of about 7 × `times` pages: the sections of quang-minh repeated (as bench/bench-long.js). */
export function longPlan(times: number, change = ""): string {
  const plan = parse(readFileSync(join(PLANS, "quang-minh-2024.yaml"), "utf8"));
  if (change) plan.document.summary = `${plan.document.summary} ${change}`;
  return stringify({
    ...plan,
    sections: Array.from({ length: times }, () => plan.sections).flat(),
  });
}

/** The example plan with `<script>` and `{{x}}` in its summary line. */
export function hostileSummaryPlan(): string {
  const text = readFileSync(join(PLANS, "pho-minh-2024.yaml"), "utf8");
  const out = text.replace(
    /^ {2}summary: >-\n(?: {4}.*\n)+/m,
    '  summary: "Thử <script>alert(1)</script> và {{x}} trong kế hoạch"\n',
  );
  if (out === text) throw new Error("summary block not found in pho-minh-2024.yaml");
  return out;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export function rawGet(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path, method, headers: { Host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end();
  });
}

type ServerEvent = { token: string; body: string; title: string; css?: string };

/**
 * Reads server-sent events from a URL until `until` accepts one or the time is up. On a connection
 * of its own, closed at the end (node:http, not fetch: after an event stream read through fetch is
 * aborted, Node's fetch leaves a connection open that never sends a request, and the server's close
 * waits 1 s for it).
 */
export function nextEvent(
  url: string,
  until: (data: ServerEvent) => boolean,
  opts: { timeoutMs?: number; onOpen?: () => void } = {},
): Promise<ServerEvent> {
  return new Promise((resolve, reject) => {
    let finished = false;
    const finish = (end: () => void) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      req.destroy();
      end();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`no such event from ${url} in time`))),
      opts.timeoutMs ?? 10_000,
    );
    const req = request(url, { agent: false, headers: { Accept: "text/event-stream" } }, (res) => {
      res.setEncoding("utf8");
      let buffer = "";
      let opened = false;
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf("\n\n");
        while (end >= 0 && !finished) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
          const data = block
            .split("\n")
            .filter((l) => l.startsWith("data: "))
            .map((l) => l.slice(6))
            .join("\n");
          if (!data) continue;
          try {
            const msg = JSON.parse(data) as ServerEvent;
            if (!opened) {
              opened = true;
              opts.onOpen?.();
            }
            if (until(msg)) finish(() => resolve(msg));
          } catch (err) {
            finish(() => reject(err));
          }
        }
      });
      res.on("end", () => finish(() => reject(new Error("stream ended"))));
    });
    req.on("error", (err) => finish(() => reject(err)));
    req.end();
  });
}
