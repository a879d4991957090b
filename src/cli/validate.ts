// kehoach validate FILE…: every stage up to the document model, without writing anything.

import type { Diagnostic } from "../diagnostics/types.js";
import { hasErrors } from "../diagnostics/types.js";
import type { Context } from "../edge/io.js";
import { say } from "../edge/messages.js";
import { runPipeline } from "../pipeline.js";
import { formatDiagnostic, toJson } from "./report.js";

export function validateCommand(
  ctx: Context,
  files: string[],
  opts: { strict?: boolean } = {},
): number {
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
  return errors > 0 ? 1 : 0;
}

export function count(diags: readonly Diagnostic[], severity: Diagnostic["severity"]): number {
  return diags.filter((d) => d.severity === severity).length;
}
