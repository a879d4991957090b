// Outputs are written to a temporary file in the same folder and renamed into place, so a failed or
// interrupted render never leaves a partial file nor overwrites a good one.

import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export function writeAtomic(target: string, data: Uint8Array | string): void {
  const dir = dirname(target);
  mkdirSync(dir, { recursive: true });
  const tmp = join(
    dir,
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
