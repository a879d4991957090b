// kehoach new --from FILE --year YYYY [--out FILE]: next year's plan, written beside the old one
// (its name with the year moved: quang-minh-2024.yaml → quang-minh-2025.yaml), never over an existing
// file. The new plan is then checked like `kehoach validate` would.

import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { loadStandards } from "../data/standards.js";
import { hasErrors } from "../diagnostics/types.js";
import type { Context } from "../edge/io.js";
import { runPipeline } from "../pipeline.js";
import { nextName } from "../plan-next/names.js";
import { nextPlan } from "../plan-next/next-plan.js";
import { readSpecText } from "../spec/read-file.js";
import { sayPlans } from "./messages-plans.js";
import { formatDiagnostic, toJson } from "./report.js";
import { writeAtomic } from "./write.js";

export { nextName };

export interface NewPlanOptions {
  from?: string;
  year?: string;
  out?: string;
}

/** schemas/plan.schema.json of this kehoach: dist/cli/ and src/cli/ sit two levels under the root. */
export const OWN_SCHEMA = fileURLToPath(new URL("../../schemas/plan.schema.json", import.meta.url));

export function newPlanCommand(ctx: Context, opts: NewPlanOptions): number {
  const usage = (key: Parameters<typeof sayPlans>[1], params: Record<string, string> = {}) => {
    ctx.io.err(sayPlans(ctx.lang, key, params));
    return 2;
  };
  if (!opts.from) return usage("new.no-from");
  let year: number | undefined;
  if (opts.year !== undefined) {
    if (!/^\d{4}$/.test(opts.year)) return usage("new.bad-year", { year: opts.year });
    year = Number(opts.year);
  }
  const source = resolve(ctx.io.cwd, opts.from);
  const read = readSpecText(source);
  if ("diagnostic" in read) {
    ctx.io.err(formatDiagnostic(read.diagnostic, ctx.lang, ctx.style));
    return 1;
  }
  const toStdout = opts.out === "-";
  const given = toStdout || opts.out === undefined ? undefined : resolve(ctx.io.cwd, opts.out);
  const result = nextPlan(read.text, {
    file: opts.from,
    ...(year !== undefined ? { year } : {}),
    schemaRef: schemaRefFor(read.text, source, given ? dirname(given) : dirname(source)),
    standards: loadStandards(),
  });
  if (result.text === undefined || hasErrors(result.diagnostics) || !result.period) {
    for (const d of result.diagnostics) {
      ctx.io.err(formatDiagnostic(d, ctx.lang, ctx.style, read.text));
    }
    const yearProblem = result.diagnostics.some((d) => d.code === "plans.next-year");
    if (!yearProblem) ctx.io.err(sayPlans(ctx.lang, "new.source-invalid", { file: opts.from }));
    return yearProblem ? 2 : 1;
  }
  if (toStdout) {
    ctx.io.out(result.text.replace(/\n$/, ""));
    return 0;
  }
  const finalTarget = given ?? join(dirname(source), nextName(source, result.period));
  const shown = shownPath(ctx.io.cwd, finalTarget);
  if (existsSync(finalTarget)) {
    ctx.io.err(sayPlans(ctx.lang, "new.exists", { file: shown }));
    return 1;
  }
  writeAtomic(finalTarget, result.text);

  const check = runPipeline(finalTarget);
  const errors = check.diagnostics.filter((d) => d.severity === "error");
  const warnings = check.diagnostics.filter((d) => d.severity === "warning").length;
  const period = result.period;
  const periodText =
    period.from !== period.to ? `${period.from}-${period.to}` : String(period.from);
  if (ctx.json) {
    ctx.io.out(
      JSON.stringify(
        {
          file: shown,
          from: opts.from,
          period: result.period,
          baseline_year: result.baselineYear,
          baselines: result.baselines,
          reviews: result.reviews,
          diagnostics: toJson(check.diagnostics, ctx.lang),
        },
        null,
        2,
      ),
    );
    return errors.length > 0 ? 1 : 0;
  }
  for (const d of errors) ctx.io.err(formatDiagnostic(d, ctx.lang, ctx.style, check.text));
  ctx.io.out(sayPlans(ctx.lang, "new.wrote", { file: shown, period: periodText }));
  const stats = check.computed?.statistics;
  if (stats && result.baselines.length > 0) {
    const groups = stats.groups
      .filter((g) => stats.total.groups[g.id])
      .map((g) => `${g.name} ${stats.total.groups[g.id]?.households ?? 0}`);
    ctx.io.out(
      sayPlans(ctx.lang, stats.standard ? "new.baseline" : "new.baseline-counts", {
        year: result.baselineYear ?? "",
        groups: groups.join(", "),
      }),
    );
  }
  // A plan without statistics has no households to enter: the messages say nothing of them
  const reviews = !result.figures
    ? "new.reviews-plain"
    : stats?.standard
      ? "new.reviews"
      : "new.reviews-counts";
  if (result.reviews > 0) ctx.io.out(sayPlans(ctx.lang, reviews, { n: result.reviews }));
  const warned = result.figures ? "new.warnings" : "new.warnings-plain";
  if (warnings > 0) ctx.io.out(sayPlans(ctx.lang, warned, { n: warnings, file: shown }));
  if (errors.length > 0) ctx.io.err(sayPlans(ctx.lang, "new.has-errors", { file: shown }));
  return errors.length > 0 ? 1 : 0;
}

const SCHEMA_LINE = /^#[ \t]*yaml-language-server:[ \t]*\$schema=(\S+)/;

/**
 * Where the new plan's first line points the YAML language server: the old plan's schema, seen from
 * the new plan's folder; else a schemas/plan.schema.json found upward (as `kehoach init` makes), or
 * an installed kehoach's; else this kehoach's own schema.
 */
export function schemaRefFor(text: string, source: string, targetDir: string): string {
  const m = SCHEMA_LINE.exec(text.replace(/^\uFEFF/, ""));
  const ref = m?.[1];
  if (ref && /^[a-z][a-z0-9+.-]*:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref)) return ref;
  if (ref) return relativeRef(targetDir, resolve(dirname(source), ref));
  for (let dir = resolve(targetDir); ; dir = dirname(dir)) {
    for (const candidate of [
      join(dir, "schemas", "plan.schema.json"),
      join(dir, "node_modules", "kehoach", "schemas", "plan.schema.json"),
    ]) {
      if (existsSync(candidate)) return relativeRef(targetDir, candidate);
    }
    if (dirname(dir) === dir) break;
  }
  return OWN_SCHEMA.split(sep).join("/");
}

/** Relative when the two share a folder below the file system's root; absolute otherwise. */
function relativeRef(fromDir: string, to: string): string {
  const rel = relative(fromDir, to).split(sep).join("/");
  const ups = rel.split("/").filter((s) => s === "..").length;
  const depth = resolve(fromDir).split(sep).filter(Boolean).length;
  if (isAbsolute(rel) || ups >= depth) return to.split(sep).join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}

function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : path;
}
