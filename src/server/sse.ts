// Server-sent event streams, grouped by what they watch (a plan state, or the index). Each message
// is one `update` event carrying the new view as JSON on a single line. Bounded in number: a local
// preview needs a few, and each holds a socket open.

import type { Request, Response } from "express";
import type { Lang } from "../diagnostics/types.js";

interface Stream {
  res: Response;
  lang: Lang;
}

const HEARTBEAT_MS = 25_000;

export class EventHub {
  private readonly streams = new Map<string, Set<Stream>>();
  private count = 0;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly max: number) {
    // A comment line now and then keeps proxies and idle timers from closing a quiet stream.
    this.heartbeat = setInterval(() => this.each((s) => s.res.write(": ping\n\n")), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  has(key: string): boolean {
    return (this.streams.get(key)?.size ?? 0) > 0;
  }

  /** Opens a stream and sends `first` at once; false (nothing sent) when too many are open. */
  open(req: Request, res: Response, key: string, lang: Lang, first: string): boolean {
    if (this.count >= this.max) return false;
    res.status(200);
    res.setHeader("Content-Type", "text/event-stream; charset=utf-8");
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("X-Accel-Buffering", "no");
    res.flushHeaders();
    req.socket.setNoDelay(true);
    req.socket.setTimeout(0);
    const stream: Stream = { res, lang };
    let set = this.streams.get(key);
    if (!set) {
      set = new Set();
      this.streams.set(key, set);
    }
    set.add(stream);
    this.count++;
    res.write(`retry: 1000\n\n${event(first)}`);
    res.on("close", () => {
      if (set.delete(stream)) this.count--;
      if (set.size === 0 && this.streams.get(key) === set) this.streams.delete(key);
    });
    return true;
  }

  /** Sends to every stream of `key` the data made for its language (made once per language). */
  send(key: string, dataFor: (lang: Lang) => string | undefined): void {
    const set = this.streams.get(key);
    if (!set) return;
    const made = new Map<Lang, string | undefined>();
    for (const s of set) {
      if (!made.has(s.lang)) made.set(s.lang, dataFor(s.lang));
      const data = made.get(s.lang);
      if (data !== undefined) s.res.write(event(data));
    }
  }

  /** Languages the streams of `key` want. */
  langs(key: string): Set<Lang> {
    return new Set([...(this.streams.get(key) ?? [])].map((s) => s.lang));
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.each((s) => s.res.end());
    this.streams.clear();
    this.count = 0;
  }

  private each(f: (s: Stream) => void): void {
    for (const set of this.streams.values()) for (const s of set) f(s);
  }
}

function event(data: string): string {
  return `event: update\ndata: ${data}\n\n`;
}
