// Issue 15, point 7: server-sent events ignored backpressure, and clients that never read grew the
// server from 304 MB to 1.54 GB in 45 s. Raw sockets that open a plan's event stream and never read
// are dropped once their socket stops taking data, while the server's unsent bytes stay bounded (its
// own counters), and a client that reads keeps getting every latest view.
import { writeFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/listen.js";
import { EVENT_LIMITS } from "../../src/server/sse.js";
import { longPlan, nextEvent, planDir, removeDir, serve } from "./helpers.js";

const SLOW = 4;
/** Far more than the socket buffers of SLOW clients can take. */
const MAX_UPDATES = 120;

let dir: string;
let server: RunningServer;

afterEach(async () => {
  await server.close();
  removeDir(dir);
});

/** A client that asks for the event stream, then never reads a byte of the answer. */
function neverReads(port: number): Promise<{ socket: Socket; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(
        `GET /events/plan/dai.yaml?lang=vi HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept: text/event-stream\r\n\r\n`,
      );
      socket.pause();
      resolve({ socket, closed });
    });
    const closed = new Promise<void>((done) => socket.on("close", () => done()));
    socket.once("error", reject);
  });
}

const tick = () => new Promise((r) => setTimeout(r, 10));

describe("event streams of clients that never read", () => {
  it.each([
    ["'drain' does not come in time", { drainMs: 200 }],
    ["their unsent bytes pass the bound", { drainMs: 600_000, maxBufferedBytes: 64 * 1024 }],
  ])(
    "are dropped when %s; the server's unsent bytes stay bounded; a reader is served",
    async (_, limits) => {
      dir = planDir();
      writeFileSync(join(dir, "dai.yaml"), longPlan(6));
      // the file changes are announced by hand (store.changed), one at a time, not by the watcher
      server = await serve(dir, "vi", { watch: false, eventLimits: limits });
      const events = server.preview.events;
      const clients = await Promise.all(
        Array.from({ length: SLOW }, () => neverReads(server.port)),
      );
      while (events.stats().streams < SLOW) await tick();

      let updates = 0;
      while (events.stats().dropped < SLOW && updates < MAX_UPDATES) {
        updates++;
        writeFileSync(join(dir, "dai.yaml"), longPlan(6, `(lần ${updates})`));
        await server.preview.store.changed(new Set([join(dir, "dai.yaml")]));
        await tick();
      }
      const stats = events.stats();
      expect(stats.dropped).toBe(SLOW);
      expect(stats.streams).toBe(0);
      expect(stats.buffered).toBe(0);
      expect(updates).toBeLessThan(MAX_UPDATES);
      // the server ended each connection: a client reading now gets what was sent, then the end
      for (const c of clients) c.socket.resume();
      await Promise.all(clients.map((c) => c.closed));

      // a client that reads gets the latest view at once, and the next one
      const latest = `(lần ${updates})`;
      const next = `(lần ${updates + 1})`;
      const url = `${server.url}events/plan/dai.yaml?lang=vi`;
      const first = await nextEvent(url, () => true);
      expect(first.body).toContain(latest);
      const msg = await nextEvent(url, (m) => m.body.includes(next), {
        onOpen: () => {
          writeFileSync(join(dir, "dai.yaml"), longPlan(6, next));
          void server.preview.store.changed(new Set([join(dir, "dai.yaml")]));
        },
      });
      expect(msg.title).toContain(next);
      expect(events.stats().dropped).toBe(SLOW);

      // Memory stayed flat: each stream held at most the view its socket could not take and the
      // latest one held back (plus the socket's own 16 KB), never one view per update.
      const view = Buffer.byteLength(JSON.stringify(first)) + 64;
      expect(stats.peakBuffered).toBeGreaterThan(0);
      expect(stats.peakBuffered).toBeLessThanOrEqual(SLOW * (2 * view + 16 * 1024));
      expect(stats.peakBuffered).toBeLessThanOrEqual(SLOW * EVENT_LIMITS.maxBufferedBytes);
    },
  );
});

describe("a client that reads slowly", () => {
  it("is kept, and once it reads again gets the latest view, not every one it missed", async () => {
    dir = planDir();
    writeFileSync(join(dir, "dai.yaml"), longPlan(6));
    server = await serve(dir, "vi", { watch: false, eventLimits: { drainMs: 600_000 } });
    const events = server.preview.events;
    const client = await neverReads(server.port);
    while (events.stats().streams < 1) await tick();
    const update = async (mark: string) => {
      writeFileSync(join(dir, "dai.yaml"), longPlan(6, mark));
      await server.preview.store.changed(new Set([join(dir, "dai.yaml")]));
    };
    // until its socket takes no more: the stream is blocked, a view left unsent
    let n = 0;
    while (events.stats().buffered === 0 && n < MAX_UPDATES) {
      await update(`(chậm ${++n})`);
      await tick();
    }
    expect(n).toBeLessThan(MAX_UPDATES);
    for (const mark of ["(bỏ qua 1)", "(bỏ qua 2)", "(mới nhất)"]) await update(mark);
    expect(events.stats()).toMatchObject({ streams: 1, dropped: 0, skipped: 2 });

    const chunks: Buffer[] = [];
    const seen = () => Buffer.concat(chunks).toString("utf8");
    client.socket.on("data", (c: Buffer) => chunks.push(c));
    client.socket.resume();
    while (!seen().includes("(mới nhất)")) await tick();
    expect(seen()).toContain(`(chậm ${n})`);
    expect(seen()).not.toContain("(bỏ qua 1)");
    expect(seen()).not.toContain("(bỏ qua 2)");
    client.socket.destroy();
    expect(events.stats().dropped).toBe(0);
  });
});
