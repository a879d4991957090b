// The atomic write, shared by the CLI (outputs) and the preview server (saving plans).
// Outputs are written to a temporary file in the same folder and renamed into place, so a failed or
// interrupted render never leaves a partial file nor overwrites a good one. A temporary file left by
// a run that was killed (kill -9, a power cut) is removed by the next run that writes in its folder.

import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Temporary names are this process's own (pid and a count): no random bytes, no crypto to load. */
let count = 0;

export function writeAtomic(target: string, data: Uint8Array | string): void {
  const dir = dirname(target);
  mkdirSync(dir, { recursive: true });
  sweepStale(dir);
  const tmp = createTemporary(dir, basename(target), data);
  try {
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** The name of a temporary file: ".NAME.PID.COUNT.tmp". */
const TEMPORARY = /^\..+\.(\d+)\.\d+\.tmp$/;

/** Folders this thread has already swept: once each, not at every write. */
const swept = new Set<string>();

/**
 * Removes from dir the temporary files of kehoach processes that no longer run; this process's own
 * (its worker threads may be writing them) and a running process's are left alone.
 */
export function sweepStale(dir: string): void {
  if (swept.has(dir)) return;
  swept.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // not there yet: nothing to sweep
  }
  for (const name of names) {
    const pid = Number(TEMPORARY.exec(name)?.[1]);
    if (!pid || pid === process.pid || running(pid)) continue;
    rmSync(join(dir, name), { force: true });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM"; // someone else's process
  }
}

/** Writes `data` to a new file beside the target; a name left by a crashed run is skipped. */
function createTemporary(dir: string, name: string, data: Uint8Array | string): string {
  for (;;) {
    const tmp = join(dir, `.${name}.${process.pid}.${++count}.tmp`);
    try {
      writeFileSync(tmp, data, { flag: "wx" });
      return tmp;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "EEXIST") continue;
      rmSync(tmp, { force: true });
      throw err;
    }
  }
}
