// Watching folders for changes. One non-recursive fs.watch per folder (recursive watching is uneven
// across Node 20 releases), the set of folders refreshed when entries appear or vanish. Editors
// write a file in several steps (truncate, write, rename a backup, chmod): events are gathered until
// the folder has been quiet for a moment, then reported once.

import { type FSWatcher, lstatSync, readdirSync, watch } from "node:fs";
import { join } from "node:path";
import { MAX_DIRS } from "./paths.js";

export interface WatchOptions {
  /** Report once no event came for this long. */
  quietMs?: number;
  /** …but never later than this after the first event of a batch. */
  maxWaitMs?: number;
}

export interface TreeWatcher {
  close(): void;
}

const SKIPPED = new Set(["node_modules"]);

export function watchTrees(
  roots: readonly string[],
  onChange: (paths: ReadonlySet<string>) => void,
  opts: WatchOptions = {},
): TreeWatcher {
  const quietMs = opts.quietMs ?? 20;
  const maxWaitMs = opts.maxWaitMs ?? 100;
  const watchers = new Map<string, FSWatcher>();
  let pending = new Set<string>();
  let rescanNeeded = false;
  let quietTimer: NodeJS.Timeout | undefined;
  let maxTimer: NodeJS.Timeout | undefined;
  let closed = false;

  const flush = (): void => {
    clearTimeout(quietTimer);
    clearTimeout(maxTimer);
    quietTimer = maxTimer = undefined;
    if (closed) return;
    if (rescanNeeded) {
      rescanNeeded = false;
      rescan();
    }
    const batch = pending;
    pending = new Set();
    if (batch.size > 0) onChange(batch);
  };

  const onEvent = (dir: string, type: string, name: string | Buffer | null): void => {
    if (closed) return;
    pending.add(name ? join(dir, name.toString()) : dir);
    if (type === "rename") rescanNeeded = true;
    clearTimeout(quietTimer);
    quietTimer = setTimeout(flush, quietMs);
    maxTimer ??= setTimeout(flush, maxWaitMs);
  };

  const add = (dir: string): void => {
    if (watchers.has(dir) || watchers.size >= MAX_DIRS) return;
    try {
      const w = watch(dir, { persistent: false }, (type, name) => onEvent(dir, type, name));
      // A watched folder that is deleted may report an error: forget it and look again.
      w.on("error", () => {
        w.close();
        watchers.delete(dir);
        onEvent(dir, "rename", null);
      });
      watchers.set(dir, w);
    } catch {
      // gone already, or not readable: nothing to watch
    }
  };

  const walk = (dir: string, seen: Set<string>): void => {
    if (seen.size >= MAX_DIRS) return;
    seen.add(dir);
    add(dir);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith(".") || SKIPPED.has(name)) continue;
      const path = join(dir, name);
      try {
        // lstat: a symlinked folder is not followed (it may lead anywhere)
        if (lstatSync(path).isDirectory()) walk(path, seen);
      } catch {
        // vanished meanwhile
      }
    }
  };

  const rescan = (): void => {
    const seen = new Set<string>();
    for (const root of roots) walk(root, seen);
    for (const [dir, w] of watchers) {
      if (!seen.has(dir)) {
        w.close();
        watchers.delete(dir);
      }
    }
  };

  rescan();
  return {
    close() {
      closed = true;
      clearTimeout(quietTimer);
      clearTimeout(maxTimer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
