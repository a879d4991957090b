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
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", KEHOACH_LANG: "" },
    ...(process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Why kehoachUnprivileged cannot run here, or undefined: as root, "nobody" must be able to read this
 * checkout (a clone under /root is not), and on Windows permissions do not bind the same way. Said
 * once on the console by the first test file that asks.
 */
export function unprivilegedMissing(): string | undefined {
  if (missing === null) {
    const r = process.platform === "win32" ? undefined : kehoachUnprivileged(["--version"]);
    missing = !r
      ? "file permissions do not apply on Windows"
      : r.status === 0
        ? undefined
        : `the unprivileged user cannot run ${BIN} (${r.stderr.trim().split("\n")[0] || r.status})`;
    if (missing) console.warn(`unreadable-folder checks skipped: ${missing}`);
  }
  return missing;
}
let missing: string | undefined | null = null;
