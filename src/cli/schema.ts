// kehoach schema [--path] [PLAN...]: where the plan schema is, and the first line of each plan that
// points the YAML language server at it. A plan moved or copied to another folder keeps a first
// line relative to its old place ("../schemas/plan.schema.json") and loses completion and hover;
// `kehoach schema PLAN` writes the line again, relative to the plan's new folder, towards the
// repository's schemas/plan.schema.json (as `kehoach init` copies it) or else this kehoach's own.

import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { interpolate } from "../diagnostics/localize.js";
import type { Lang } from "../diagnostics/types.js";
import type { Context } from "../edge/io.js";
import { readSpecText } from "../spec/read-file.js";
import { schemaRefFor } from "./new-plan.js";
import { formatDiagnostic } from "./report.js";
import { writeAtomic } from "./write.js";

const MODELINE = /^(\uFEFF?)#[ \t]*yaml-language-server:[ \t]*\$schema=\S*[ \t]*(\r?\n|$)/;

const TEXT = {
  set: { vi: "{file}: $schema={ref}", en: "{file}: $schema={ref}" },
  same: { vi: "{file}: $schema={ref} (đã đúng)", en: "{file}: $schema={ref} (already right)" },
} as const;

function say(lang: Lang, key: keyof typeof TEXT, params: Record<string, string>): string {
  return interpolate(TEXT[key][lang], params);
}

/** The plan's text with its first line pointing at `ref`: replaced if there is one, else added. */
export function withSchemaLine(text: string, ref: string): string {
  const line = `# yaml-language-server: $schema=${ref}`;
  const m = MODELINE.exec(text);
  if (m) return `${m[1]}${line}${m[2] || "\n"}${text.slice(m[0].length)}`;
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  return `${bom}${line}\n${text.slice(bom.length)}`;
}

export function schemaCommand(
  ctx: Context,
  plans: readonly string[],
  opts: { path?: boolean },
): number {
  if (plans.length === 0 || opts.path) {
    // the schema a plan in the working folder would point at, as a path from here
    const ref = schemaRefFor("", resolve(ctx.io.cwd, "plan.yaml"), ctx.io.cwd);
    ctx.io.out(isAbsolute(ref) || /^[a-z]+:/i.test(ref) ? ref : resolve(ctx.io.cwd, ref));
    if (plans.length === 0) return 0;
  }
  let status = 0;
  for (const plan of plans) {
    const abs = resolve(ctx.io.cwd, plan);
    const read = readSpecText(abs);
    if ("diagnostic" in read) {
      ctx.io.err(formatDiagnostic(read.diagnostic, ctx.lang, ctx.style));
      status = 1;
      continue;
    }
    // the old line is ignored: it is what may be wrong
    const ref = schemaRefFor("", abs, dirname(abs));
    const text = withSchemaLine(read.text, ref);
    const shown = relative(ctx.io.cwd, abs).split(sep).join("/") || plan;
    if (text === read.text) {
      ctx.io.out(say(ctx.lang, "same", { file: shown, ref }));
      continue;
    }
    writeAtomic(abs, text);
    ctx.io.out(say(ctx.lang, "set", { file: shown, ref }));
  }
  return status;
}
