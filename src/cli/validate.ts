// kehoach validate FILE|DIR…: every stage up to the document model, without writing anything. A
// folder stands for every plan under it, as `render DIR` finds them.

import { statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/types.js";
import { hasErrors } from "../diagnostics/types.js";
import type { Context } from "../edge/io.js";
import { say } from "../edge/messages.js";
import { runPipeline } from "../pipeline.js";
import { scanPlans, unreadableMessage } from "./find-plans.js";
import { sayPlans } from "./messages-plans.js";
import { formatDiagnostic, toJson } from "./report.js";

export function validateCommand(
  ctx: Context,
  paths: string[],
  opts: { strict?: boolean } = {},
): number {
  const files: string[] = [];
  let problems = 0;
  let unreadable = 0;
  for (const path of paths) {
    const abs = resolve(ctx.io.cwd, path);
    if (!isDirectory(abs)) {
      files.push(path);
      continue;
    }
    const found = scanPlans(abs);
    for (const u of found.unreadable) {
      ctx.io.err(unreadableMessage(ctx, u, abs, (p) => shownUnder(path, abs, p)));
      unreadable++;
    }
    if (found.plans.length === 0 && found.unreadable.length === 0) {
      ctx.io.err(sayPlans(ctx.lang, "batch.no-plans", { dir: path }));
      problems++;
    }
    // named as the official wrote the folder: plans/ → plans/a.yaml
    for (const rel of found.plans) files.push(join(path, rel));
  }
  // nothing to validate: a usage error, unless a folder could not be read
  if (files.length === 0) return unreadable > 0 ? 1 : 2;
  let errors = 0;
  let warnings = 0;
  const jsonOut: { file: string; valid: boolean; diagnostics: unknown[] }[] = [];
  for (const file of files) {
    const result = runPipeline(file, opts.strict ? { strict: true } : {});
    const bad = hasErrors(result.diagnostics);
    errors += count(result.diagnostics, "error");
    warnings += count(result.diagnostics, "warning");
    if (ctx.json) {
      jsonOut.push({ file, valid: !bad, diagnostics: toJson(result.diagnostics, ctx.lang) });
      continue;
    }
    for (const d of result.diagnostics) {
      ctx.io.err(formatDiagnostic(d, ctx.lang, ctx.style, result.text));
    }
    ctx.io.out(say(ctx.lang, bad ? "validate.bad" : "validate.ok", { file }));
  }
  if (ctx.json) ctx.io.out(JSON.stringify(jsonOut, null, 2));
  else if (files.length > 1 || errors + warnings > 0) {
    ctx.io.out(say(ctx.lang, "summary", { files: files.length, errors, warnings }));
  }
  return errors + problems + unreadable > 0 ? 1 : 0;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A path under the folder `abs`, shown under the folder as the official wrote it (`written`). */
function shownUnder(written: string, abs: string, path: string): string {
  const rel = relative(abs, path);
  return rel === "" ? written : join(written, rel);
}

export function count(diags: readonly Diagnostic[], severity: Diagnostic["severity"]): number {
  return diags.filter((d) => d.severity === severity).length;
}
