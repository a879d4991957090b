// Runs the built command line (dist/, made by `npm test` before vitest) as an official would.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = `${ROOT}bin/kehoach.js`;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function kehoach(args: string[], env: Record<string, string> = {}, cwd = ROOT): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", KEHOACH_LANG: "", ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
