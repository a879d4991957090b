// Temporary git repositories for the tests of diff and init: no global or system configuration
// (a developer's hooks or signing settings must not leak in), an identity in the repository's own.
import { spawnSync } from "node:child_process";

export const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_AUTHOR_DATE: "2025-01-02T03:04:05Z",
  GIT_COMMITTER_DATE: "2025-01-02T03:04:05Z",
};

export function git(cwd: string, ...args: string[]) {
  const r = spawnSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, ...GIT_ENV } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function gitOk(cwd: string, ...args: string[]): string {
  const r = git(cwd, ...args);
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

export function newRepo(cwd: string): void {
  gitOk(cwd, "init", "--quiet");
  gitOk(cwd, "config", "user.name", "Cán bộ Thử");
  gitOk(cwd, "config", "user.email", "canbo@example.vn");
  gitOk(cwd, "config", "commit.gpgsign", "false");
}
