// kehoach init [DIR] [--hooks]: starts a repository of plans. It creates what is missing and never
// overwrites a file that exists; it says what it created and what it left alone.

import { chmodSync, copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Context } from "../edge/io.js";
import { sampleOfYear } from "../edge/sample-plan.js";
import { git, repoRoot } from "./git.js";
import { GITIGNORE, preCommitHook, vscodeSettings } from "./init-files.js";
import { sayPlans } from "./messages-plans.js";
import { OWN_SCHEMA } from "./new-plan.js";

export interface InitOptions {
  hooks?: boolean;
}

/** bin/kehoach.js of this kehoach, which the hook calls when the repository has no kehoach of its own. */
const OWN_BIN = fileURLToPath(new URL("../../bin/kehoach.js", import.meta.url));

const SCHEMA_PATH = "schemas/plan.schema.json";

export function initCommand(ctx: Context, dir: string | undefined, opts: InitOptions): number {
  const root = resolve(ctx.io.cwd, dir ?? ".");
  if (existsSync(root) && !statSync(root).isDirectory()) {
    ctx.io.err(sayPlans(ctx.lang, "init.not-dir", { dir: root }));
    return 2;
  }
  mkdirSync(root, { recursive: true });
  const created: string[] = [];
  const kept: string[] = [];
  const put = (rel: string, write: (abs: string) => void): boolean => {
    const abs = join(root, rel);
    if (existsSync(abs)) {
      kept.push(rel);
      return false;
    }
    mkdirSync(dirname(abs), { recursive: true });
    write(abs);
    created.push(rel);
    return true;
  };

  // the sample is of the current year, with the poverty standard in force that year
  const sample = sampleOfYear();
  const samplePath = sample.path;
  put(samplePath, (abs) => writeFileSync(abs, sample.text));
  put(SCHEMA_PATH, (abs) => copyFileSync(OWN_SCHEMA, abs));
  put(".gitignore", (abs) => writeFileSync(abs, GITIGNORE));
  const settings = put(".vscode/settings.json", (abs) =>
    writeFileSync(abs, vscodeSettings(`./${SCHEMA_PATH}`)),
  );

  const notes: string[] = [];
  const existing = repoRoot(root);
  if (existing) {
    if (resolve(existing) !== resolve(root)) {
      notes.push(sayPlans(ctx.lang, "init.inside-repo", { repo: existing }));
    }
  } else {
    const r = git(["init", "--quiet"], root);
    if (r.ok) created.push(".git/");
    else
      notes.push(
        sayPlans(ctx.lang, r.missing ? "init.no-git" : "init.git-failed", {
          reason: r.stderr.trim(),
        }),
      );
  }

  if (opts.hooks) {
    const hooksDir = git(["rev-parse", "--git-path", "hooks"], root);
    if (!hooksDir.ok) {
      notes.push(sayPlans(ctx.lang, "init.hooks-no-git"));
    } else {
      const abs = resolve(root, hooksDir.stdout.trim(), "pre-commit");
      const rel = shownPath(root, abs);
      if (existsSync(abs)) {
        kept.push(rel);
        notes.push(sayPlans(ctx.lang, "init.hook-exists", { hook: rel }));
      } else {
        mkdirSync(dirname(abs), { recursive: true });
        writeFileSync(abs, preCommitHook({ node: process.execPath, bin: OWN_BIN, lang: ctx.lang }));
        chmodSync(abs, 0o755);
        created.push(rel);
      }
    }
  }
  if (!settings)
    notes.push(sayPlans(ctx.lang, "init.settings-kept", { schema: `./${SCHEMA_PATH}` }));

  const where = shownPath(ctx.io.cwd, root) || ".";
  if (ctx.json) {
    ctx.io.out(JSON.stringify({ dir: where, created, kept, notes }, null, 2));
    return 0;
  }
  ctx.io.out(sayPlans(ctx.lang, "init.done", { dir: where }));
  for (const c of created) ctx.io.out(sayPlans(ctx.lang, "init.created", { path: c }));
  for (const k of kept) ctx.io.out(sayPlans(ctx.lang, "init.kept", { path: k }));
  for (const n of notes) ctx.io.out(n);
  ctx.io.out(sayPlans(ctx.lang, "init.next", { plan: samplePath }));
  return 0;
}

function shownPath(from: string, path: string): string {
  const rel = relative(from, path);
  if (rel === "") return "";
  return !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : path;
}
