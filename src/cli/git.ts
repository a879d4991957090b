// The little of git that `kehoach diff` and `kehoach init` need, through the git command itself.

import { spawnSync } from "node:child_process";
import { basename, dirname } from "node:path";

export interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** git itself could not be started (not installed). */
  missing?: boolean;
}

export function git(args: readonly string[], cwd: string): GitResult {
  const r = spawnSync("git", args, {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, LC_ALL: "C", GIT_PAGER: "cat" },
  });
  if (r.error) {
    const missing = (r.error as NodeJS.ErrnoException).code === "ENOENT";
    return { ok: false, stdout: "", stderr: r.error.message, ...(missing ? { missing } : {}) };
  }
  return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr };
}

/** The top folder of the repository holding dir, or undefined outside any repository. */
export function repoRoot(dir: string): string | undefined {
  const r = git(["rev-parse", "--show-toplevel"], dir);
  return r.ok ? r.stdout.trim() : undefined;
}

/** The path of a file as git names it inside its repository ("plans/x.yaml"). */
export function repoPath(file: string): string | undefined {
  const r = git(["rev-parse", "--show-prefix"], dirname(file));
  return r.ok ? `${r.stdout.trim()}${basename(file)}` : undefined;
}

/** A file's content at a revision: `git show REV:path`. */
export function showAt(root: string, rev: string, path: string): GitResult {
  return git(["show", `${rev}:${path}`], root);
}
