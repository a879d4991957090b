// Server-sent event streams, grouped by what they watch (a plan state, or the index). Each message
// is one `update` event carrying the new view as JSON on a single line. Bounded in number: a local
// preview needs a few, and each holds a socket open.
//
// Bounded in memory too. Each update is a whole view, so a stream that cannot take it now (its socket
// buffer is full: `write` returned false) is not written to again until it drains: it keeps only the
// latest view, sent on 'drain'. A stream that does not drain within `drainMs`, or that holds more than
// `maxBufferedBytes` unsent when the next view comes, belongs to a client that does not read: it is
// dropped (a browser that only fell behind reconnects by itself and gets the current view).

import type { Request, Response } from "express";
import type { Lang } from "../diagnostics/types.js";

interface Stream {
  res: Response;
  lang: Lang;
  /** `write` returned false and no 'drain' came yet: nothing more is written. */
  blocked: boolean;
  /** The latest event held back while blocked; it replaces any earlier one. */
  pending?: string;
  /** Its size in bytes. */
  pendingBytes: number;
  /** Ends the stream when no 'drain' comes in time. */
  timer?: NodeJS.Timeout;
}

export interface EventLimits {
  /** Open streams at most. */
  maxStreams: number;
  /** Unsent bytes a blocked stream may hold (socket buffer and the view held back). */
  maxBufferedBytes: number;
  /** How long a blocked stream may wait for 'drain' before it is dropped. */
  drainMs: number;
}

export const EVENT_LIMITS: EventLimits = {
  maxStreams: 100,
  // two views of a 300-page plan (about 1 MB each)
  maxBufferedBytes: 4 * 1024 * 1024,
  drainMs: 15_000,
};

/** What the hub holds and has done, for tests and the curious. */
export interface EventStats {
  streams: number;
  /** Unsent bytes of all streams now. */
  buffered: number;
  /** The most `buffered` ever was, measured after each write. */
  peakBuffered: number;
  /** Streams ended because their client did not read. */
  dropped: number;
  /** Updates not sent because a newer one replaced them before the stream drained. */
  skipped: number;
}

const HEARTBEAT_MS = 25_000;

export class EventHub {
  private readonly streams = new Map<string, Set<Stream>>();
  private count = 0;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly limits: EventLimits;
  private peak = 0;
  private dropped = 0;
  private skipped = 0;

  constructor(limits: Partial<EventLimits> = {}) {
    this.limits = { ...EVENT_LIMITS, ...limits };
    // A comment line now and then keeps proxies and idle timers from closing a quiet stream.
    this.heartbeat = setInterval(
      () => this.each((s) => s.blocked || this.write(s, ": ping\n\n")),
      HEARTBEAT_MS,
    );
    this.heartbeat.unref();
  }

  has(key: string): boolean {
    return (this.streams.get(key)?.size ?? 0) > 0;
  }

  /** Opens a stream and sends `first` at once; false (nothing sent) when too many are open. */
  open(req: Request, res: Response, key: string, lang: Lang, first: string): boolean {
    if (this.count >= this.limits.maxStreams) return false;
    res.status(200);
    res.setHeader("Content-Type", "text/event-stream; charset=utf-8");
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("X-Accel-Buffering", "no");
    res.flushHeaders();
    req.socket.setNoDelay(true);
    req.socket.setTimeout(0);
    const stream: Stream = { res, lang, blocked: false, pendingBytes: 0 };
    let set = this.streams.get(key);
    if (!set) {
      set = new Set();
      this.streams.set(key, set);
    }
    set.add(stream);
    this.count++;
    res.on("close", () => {
      clearTimeout(stream.timer);
      hold(stream, undefined);
      if (set.delete(stream)) this.count--;
      if (set.size === 0 && this.streams.get(key) === set) this.streams.delete(key);
    });
    res.on("drain", () => this.drained(stream));
    this.write(stream, `retry: 1000\n\n${event(first)}`);
    this.notePeak();
    return true;
  }

  /** Sends to every stream of `key` the data made for its language (made once per language). */
  send(key: string, dataFor: (lang: Lang) => string | undefined): void {
    const set = this.streams.get(key);
    if (!set) return;
    const made = new Map<Lang, { text: string; bytes: number } | undefined>();
    for (const s of set) {
      if (!made.has(s.lang)) {
        const data = dataFor(s.lang);
        const text = data === undefined ? undefined : event(data);
        made.set(s.lang, text === undefined ? undefined : { text, bytes: Buffer.byteLength(text) });
      }
      const ev = made.get(s.lang);
      if (ev === undefined) continue;
      if (s.blocked) {
        if (s.pending !== undefined) this.skipped++;
        hold(s, ev.text, ev.bytes);
        this.check(s);
      } else {
        this.write(s, ev.text);
      }
    }
    this.notePeak();
  }

  /** Languages the streams of `key` want. */
  langs(key: string): Set<Lang> {
    return new Set([...(this.streams.get(key) ?? [])].map((s) => s.lang));
  }

  stats(): EventStats {
    return {
      streams: this.count,
      buffered: this.buffered(),
      peakBuffered: this.peak,
      dropped: this.dropped,
      skipped: this.skipped,
    };
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.each((s) => {
      clearTimeout(s.timer);
      s.res.end();
    });
    this.streams.clear();
    this.count = 0;
  }

  private write(s: Stream, chunk: string): void {
    if (!s.res.write(chunk)) {
      s.blocked = true;
      s.timer = setTimeout(() => this.drop(s), this.limits.drainMs);
    }
  }

  private drained(s: Stream): void {
    if (!s.blocked) return;
    clearTimeout(s.timer);
    s.timer = undefined;
    s.blocked = false;
    const pending = s.pending;
    hold(s, undefined);
    if (pending !== undefined) this.write(s, pending);
    this.notePeak();
  }

  /**
   * Drops a blocked stream holding more unsent bytes than allowed, when a new view comes for it (a
   * big view written to a healthy socket leaves `write` false too, until the socket takes it).
   */
  private check(s: Stream): void {
    if (s.blocked && unsent(s) > this.limits.maxBufferedBytes) this.drop(s);
  }

  /** The hub's unsent bytes after a round of writes, for the peak. */
  private notePeak(): void {
    const total = this.buffered();
    if (total > this.peak) this.peak = total;
  }

  private drop(s: Stream): void {
    if (s.res.destroyed) return;
    this.dropped++;
    clearTimeout(s.timer);
    hold(s, undefined);
    s.res.destroy();
  }

  private buffered(): number {
    let total = 0;
    this.each((s) => {
      total += unsent(s);
    });
    return total;
  }

  private each(f: (s: Stream) => void): void {
    for (const set of this.streams.values()) for (const s of set) f(s);
  }
}

/** Bytes written to the stream and not yet taken by the socket, and the view held back. */
function unsent(s: Stream): number {
  return (s.res.destroyed ? 0 : s.res.writableLength) + s.pendingBytes;
}

function hold(s: Stream, pending: string | undefined, bytes = 0): void {
  s.pending = pending;
  s.pendingBytes = pending === undefined ? 0 : bytes;
}

function event(data: string): string {
  return `event: update\ndata: ${data}\n\n`;
}
