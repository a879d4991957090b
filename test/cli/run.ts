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

/**
 * As kehoach(), by a user whom file permissions bind: when the tests run as root (who reads any
 * folder), as the unprivileged "nobody"; the folders it works in must be open to others.
 */
export function kehoachUnprivileged(args: string[], cwd = ROOT): Run {
  const root = process.getuid?.() === 0;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", KEHOACH_LANG: "" },
    ...(root ? { uid: 65534, gid: 65534 } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
