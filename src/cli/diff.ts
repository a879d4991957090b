// kehoach diff FILE [--from REV] [--to REV] | kehoach diff OLD NEW: what changed in a plan, as a
// plan. Each version goes through the stages up to the computed figures (and the target phrases of
// the document model); plan-diff compares them; the report is phrased here.

import { existsSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { loadStandards } from "../data/standards.js";
import { hasErrors } from "../diagnostics/types.js";
import type { Context } from "../edge/io.js";
import { loadTemplates } from "../model/templates.js";
import { templateDirsFor } from "../pipeline.js";
import { diffPlans } from "../plan-diff/diff.js";
import { targetPhrases } from "../plan-diff/phrases.js";
import type { PlanSide } from "../plan-diff/types.js";
import { loadSpec } from "../spec/load.js";
import { readSpecText } from "../spec/read-file.js";
import { computeStats } from "../stats/compute.js";
import { renderDiff } from "./diff-report.js";
import { repoPath, repoRoot, showAt } from "./git.js";
import { sayPlans } from "./messages-plans.js";
import { formatDiagnostic } from "./report.js";

export interface DiffOptions {
  from?: string;
  to?: string;
}

interface Version {
  label: string;
  text: string;
}

type Got = { version: Version } | { status: number };

export async function diffCommand(
  ctx: Context,
  paths: readonly string[],
  opts: DiffOptions,
): Promise<number> {
  const usage = (key: Parameters<typeof sayPlans>[1], params: Record<string, string> = {}) => {
    ctx.io.err(sayPlans(ctx.lang, key, params));
    return 2;
  };
  const revs = opts.from !== undefined || opts.to !== undefined;
  if (paths.length === 0 || paths.length > 2) return usage("diff.usage");
  if (paths.length === 2 && revs) return usage("diff.files-and-revs");

  let before: Got;
  let after: Got;
  let fileLabel: string;
  let planFile: string;
  if (paths.length === 2) {
    const [a = "", b = ""] = paths;
    before = fromFile(ctx, a);
    after = fromFile(ctx, b);
    fileLabel = "";
    planFile = resolve(ctx.io.cwd, b);
  } else {
    const file = resolve(ctx.io.cwd, paths[0] ?? "");
    planFile = file;
    fileLabel = paths[0] ?? "";
    const dir = existsSync(dirname(file)) ? dirname(file) : ctx.io.cwd;
    const root = repoRoot(dir);
    const inRepo = root ? repoPath(file) : undefined;
    if (!root || !inRepo) return usage("diff.not-git", { file: fileLabel });
    const from = opts.from ?? "HEAD";
    before = fromGit(ctx, root, from, inRepo);
    after =
      opts.to === undefined
        ? fromFile(ctx, paths[0] ?? "", true)
        : fromGit(ctx, root, opts.to, inRepo);
  }
  if ("status" in before) return before.status;
  if ("status" in after) return after.status;

  const a = side(ctx, before.version, planFile);
  const b = side(ctx, after.version, planFile);
  if (typeof a === "number") return a;
  if (typeof b === "number") return b;
  const diff = diffPlans(a, b);
  if (ctx.json) {
    ctx.io.out(
      JSON.stringify(
        {
          file: fileLabel || null,
          from: before.version.label,
          to: after.version.label,
          ...diff,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  for (const line of renderDiff(diff, ctx.lang, {
    file: fileLabel,
    from: before.version.label,
    to: after.version.label,
  })) {
    ctx.io.out(line);
  }
  return 0;
}

function fromFile(ctx: Context, path: string, workingTree = false): Got {
  const file = resolve(ctx.io.cwd, path);
  const read = readSpecText(file);
  if ("diagnostic" in read) {
    ctx.io.err(formatDiagnostic(read.diagnostic, ctx.lang, ctx.style));
    return { status: 1 };
  }
  const label = workingTree ? sayPlans(ctx.lang, "diff.working-tree") : shownPath(ctx.io.cwd, file);
  return { version: { label, text: read.text } };
}

function fromGit(ctx: Context, root: string, rev: string, path: string): Got {
  const r = showAt(root, rev, path);
  if (!r.ok) {
    ctx.io.err(
      sayPlans(ctx.lang, "diff.not-in-rev", {
        file: path,
        rev,
        reason: r.stderr.trim().split("\n")[0] ?? "",
      }),
    );
    return { status: 1 };
  }
  return { version: { label: rev, text: r.stdout } };
}

/** One version through the stages; a version that does not load is reported and stops the diff. */
function side(ctx: Context, v: Version, planFile: string): PlanSide | number {
  const loaded = loadSpec(v.text, v.label);
  if (!loaded.spec) {
    for (const d of loaded.diagnostics) {
      if (d.severity === "error") ctx.io.err(formatDiagnostic(d, ctx.lang, ctx.style, loaded.text));
    }
    ctx.io.err(sayPlans(ctx.lang, "diff.side-invalid", { label: v.label }));
    return 1;
  }
  const out: PlanSide = { spec: loaded.spec };
  const stats = computeStats(loaded.spec, loadStandards());
  if (hasErrors(stats.diagnostics)) return out;
  out.computed = stats.computed;
  try {
    out.phrases = targetPhrases(
      loaded.spec,
      stats.computed,
      loadTemplates(templateDirsFor(planFile, loaded.spec)),
    );
  } catch {
    // without phrases the targets are described by their fields
  }
  return out;
}

function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : path;
}
