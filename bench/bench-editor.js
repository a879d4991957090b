// Issue 14: the workspace. `kehoach serve` runs as its own process; this process is the editor's
// page: it posts the plan's unsaved text as the official types (a new word in the summary each
// time, so nothing is answered from a cache) and times the round trip until the answer carries the
// updated document, median of BENCH_EDITOR_KEYSTROKES (default 21). The browser's debounce
// (~200 ms after the last keystroke) comes on top, and is the page's choice, not the server's work.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { startServe } from "./bench-server.js";

const PLAN = "quang-minh-2024.yaml";
const SUMMARY = "Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024";

export default async function benchEditor({ root, bin, work, record, median }) {
  const n = Number(process.env.BENCH_EDITOR_KEYSTROKES ?? 21);
  const dir = join(work, "edit");
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(root, "plans", PLAN), join(dir, PLAN));
  const text = readFileSync(join(dir, PLAN), "utf8");

  const server = await startServe(bin, dir);
  try {
    const headers = await writeHeaders(server.port);
    const times = [];
    for (let i = 0; i <= n; i++) {
      const marker = `lần ${i}`;
      const body = JSON.stringify({ text: text.replace(SUMMARY, `${SUMMARY} ${marker}`) });
      const t0 = performance.now();
      const res = await call(server.port, "POST", `/api/preview/${PLAN}`, body, headers);
      const ms = performance.now() - t0;
      const doc = res.status === 200 ? JSON.parse(res.body).doc : "";
      if (!doc.includes(marker)) throw new Error(`preview ${i} lacks its change (${res.status})`);
      if (i > 0) times.push(ms); // the first runs the templates' first compile
    }
    record(
      `kehoach serve: keystroke → updated document, quang-minh (server round trip, median of ${n})`,
      median(times),
      150,
    );
  } finally {
    await server.stop();
  }
}

/** The headers of a write the workspace's page would send: its session token, same origin. */
export async function writeHeaders(port) {
  const index = await call(port, "GET", "/", undefined, {});
  const token = /<meta name="kh-token" content="([^"]+)">/.exec(index.body)?.[1];
  if (!token) throw new Error("no session token on the index page");
  return {
    "Content-Type": "application/json",
    "X-Kehoach-Token": token,
    Origin: `http://127.0.0.1:${port}`,
    "Sec-Fetch-Site": "same-origin",
  };
}

export function call(port, method, path, body, headers) {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method,
        headers: {
          ...headers,
          ...(body ? { "Content-Length": String(Buffer.byteLength(body)) } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}
