// Files are written to a temporary file in the same folder and renamed into place, so a failed or
// interrupted write never leaves a partial file nor overwrites a good one: the CLI's outputs, and
// the plans the preview server saves.

import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Temporary names are this process's own (pid and a count): no random bytes, no crypto to load. */
let count = 0;

export function writeAtomic(target: string, data: Uint8Array | string): void {
  const dir = dirname(target);
  mkdirSync(dir, { recursive: true });
  const tmp = createTemporary(dir, basename(target), data);
  try {
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
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
