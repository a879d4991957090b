// Issue 5: the preview server. `kehoach serve` runs as its own process (as an official runs it);
// this process is the load: 50 clients on keep-alive connections asking for a plan page for 20 s
// (BENCH_SERVER_SECONDS overrides), then the time from writing a plan file to its new rendering
// arriving over server-sent events, median of BENCH_SERVER_CHANGES (default 10) changes.
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { Agent, get } from "node:http";
import { join } from "node:path";

const CLIENTS = 50;
const PLAN = "quang-minh-2024.yaml";
const SUMMARY = "Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024";

export default async function benchServer({ root, bin, work, record, median }) {
  const seconds = Number(process.env.BENCH_SERVER_SECONDS ?? 20);
  const changes = Number(process.env.BENCH_SERVER_CHANGES ?? 10);
  const dir = join(work, "serve");
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(root, "plans", PLAN), join(dir, PLAN));

  const server = await startServe(bin, dir);
  try {
    const load = await loadRun(server.port, `/plan/${PLAN}`, seconds);
    record(
      `kehoach serve: ${CLIENTS} clients × ${seconds} s on a plan page, errors`,
      load.errors,
      0,
      "err",
    );
    record(
      `kehoach serve: requests per second (${load.count} requests)`,
      load.count / load.elapsedS,
      undefined,
      "req/s",
    );
    record("kehoach serve: p99 latency under that load", load.p99);
    record("kehoach serve: median latency under that load", load.p50);

    const pushes = await changeToPush(server.port, join(dir, PLAN), changes);
    record(
      `kehoach serve: file change → new rendering pushed over SSE (median of ${pushes.length})`,
      pushes.length === changes ? median(pushes) : null,
      100,
    );
  } finally {
    await server.stop();
  }
}

/** Starts `kehoach serve DIR --port 0` and reads its port from the first line it prints. */
export function startServe(bin, dir) {
  const child = spawn(process.execPath, [bin, "serve", dir, "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  let out = "";
  let err = "";
  child.stderr.on("data", (c) => {
    err += c;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`kehoach serve did not start: ${err}`)),
      15_000,
    );
    child.stdout.on("data", (c) => {
      out += c;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        port: Number(m[1]),
        stop: async () => {
          child.kill("SIGTERM");
          await exited;
        },
      });
    });
    exited.then((code) => reject(new Error(`kehoach serve exited ${code}: ${err}`)));
  });
}

function request(agent, port, path) {
  return new Promise((resolve) => {
    const req = get({ host: "127.0.0.1", port, path, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode === 200));
      res.on("error", () => resolve(false));
    });
    req.setTimeout(10_000, () => req.destroy());
    req.on("error", () => resolve(false));
  });
}

async function loadRun(port, path, seconds) {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  await request(agent, port, path); // warm: the first request runs the pipeline
  const latencies = [];
  let errors = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const start = performance.now();
      const ok = await request(agent, port, path);
      latencies.push(performance.now() - start);
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const elapsedS = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { count: latencies.length, errors, elapsedS, p99: at(0.99), p50: at(0.5) };
}

/** Writes the plan `n` times, each with a new marker, and times until the push carries it. */
async function changeToPush(port, file, n) {
  const original = readFileSync(file, "utf8");
  const stream = openEvents(port, `/events/plan/${PLAN}?lang=vi&draft=plan`);
  const times = [];
  try {
    await stream.next(() => true, 10_000); // the current view, sent on connect
    for (let i = 1; i <= n; i++) {
      const marker = `(bench ${i})`;
      const start = performance.now();
      writeFileSync(file, original.replace(SUMMARY, `${SUMMARY} ${marker}`));
      const got = await stream.next((data) => data.includes(marker), 5_000);
      if (got) times.push(performance.now() - start);
      // quiet time, so that each change is its own batch for the watcher
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    stream.close();
    writeFileSync(file, original);
  }
  return times;
}

function openEvents(port, path) {
  let buffer = "";
  let waiter;
  const messages = [];
  const req = get({ host: "127.0.0.1", port, path }, (res) => {
    res.setEncoding("utf8");
    res.on("data", (chunk) => {
      buffer += chunk;
      let end = buffer.indexOf("\n\n");
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf("\n\n");
        const data = block
          .split("\n")
          .filter((l) => l.startsWith("data: "))
          .map((l) => l.slice(6))
          .join("\n");
        if (data) {
          messages.push(data);
          waiter?.();
        }
      }
    });
  });
  req.on("error", () => {});
  return {
    /** The first message (already arrived or still to come) that `accept` takes, else null. */
    async next(accept, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        while (messages.length > 0) {
          const data = messages.shift();
          if (accept(data)) return data;
        }
        const left = deadline - performance.now();
        if (left <= 0) return null;
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, left);
          waiter = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    },
    close() {
      req.destroy();
    },
  };
}
