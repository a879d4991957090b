// kehoach render FILE: the documents of one plan, each written atomically into the output folder.

import { statSync } from "node:fs";
import { basename, extname, isAbsolute, join, relative, resolve } from "node:path";
import { hasErrors } from "../diagnostics/types.js";
import type { Context } from "../edge/io.js";
import { say } from "../edge/messages.js";
import { rendererOptionsFrom } from "../edge/renderer-options.js";
import { runPipeline } from "../pipeline.js";
import { type Format, renderFormat } from "../render/formats.js";
import { formatDiagnostic, toJson } from "./report.js";
import { writeAtomic } from "./write.js";

export interface RenderOptions {
  formats: readonly Format[];
  outDir: string;
  draft?: boolean;
  /** Figures that disagree are errors (--strict). */
  strict?: boolean;
}

export async function renderCommand(
  ctx: Context,
  file: string,
  opts: RenderOptions,
): Promise<number> {
  const stem = basename(file, extname(file));
  const targetOf = (format: Format) => join(opts.outDir, `${stem}.${format}`);
  // a document never takes the place of its plan (render p.json --format json --out .)
  const own = opts.formats.find((f) => sameFile(resolve(ctx.io.cwd, file), targetOf(f)));
  if (own !== undefined) {
    ctx.io.err(
      say(ctx.lang, "render.own-input", { file, target: shown(ctx.io.cwd, targetOf(own)) }),
    );
    return 2;
  }
  const result = runPipeline(file, {
    ...(opts.draft ? { draft: true } : {}),
    ...(opts.strict ? { strict: true } : {}),
  });
  const written: string[] = [];
  const failures: string[] = [];
  if (result.model) {
    for (const format of opts.formats) {
      const target = targetOf(format);
      try {
        writeAtomic(
          target,
          await renderFormat(format, result.model, rendererOptionsFrom(ctx.io.env)),
        );
        written.push(target);
      } catch (err) {
        failures.push(
          say(ctx.lang, "render.format-failed", {
            file,
            format,
            reason: err instanceof Error ? err.message : String(err),
          }),
        );
      }
    }
  }
  const ok = result.model !== undefined && failures.length === 0;
  if (ctx.json) {
    ctx.io.out(
      JSON.stringify(
        { file, ok, written, diagnostics: toJson(result.diagnostics, ctx.lang), failures },
        null,
        2,
      ),
    );
  } else {
    for (const d of result.diagnostics) {
      ctx.io.err(formatDiagnostic(d, ctx.lang, ctx.style, result.text));
    }
    if (!result.model || hasErrors(result.diagnostics))
      ctx.io.err(say(ctx.lang, "render.failed", { file }));
    for (const f of failures) ctx.io.err(f);
    for (const w of written)
      ctx.io.out(say(ctx.lang, "render.wrote", { path: shown(ctx.io.cwd, w) }));
  }
  return ok ? 0 : 1;
}

/** Whether two paths name one file: the same path, or one file under two names (a link, a case). */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false; // the target does not exist yet
  }
}

/** A path under the working folder is shown relative to it, any other in full. */
function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
