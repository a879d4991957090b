// Runs the PDF renderer in fresh Node processes (another time zone): the tests
// compile the renderer with tsc into a folder under node_modules/.cache, where node finds the
// project's packages, and run a small script against the compiled code.

import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export function compileRenderer(): string {
  const out = join(ROOT, "node_modules", ".cache", "kehoach", `render-pdf-test-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const tsc = join(ROOT, "node_modules", ".bin", "tsc");
  const args = [
    "--ignoreConfig",
    "--outDir",
    out,
    "--rootDir",
    ROOT,
    "--module",
    "nodenext",
    "--moduleResolution",
    "nodenext",
    "--target",
    "es2022",
    "--skipLibCheck",
    "--types",
    "node",
    join(ROOT, "src/render/pdf/index.ts"),
    join(ROOT, "src/edge/renderer-options.ts"),
    join(ROOT, "test/render-pdf/models.ts"),
  ];
  const r = spawnSync(tsc, args, { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`tsc failed: ${r.stdout}${r.stderr}`);
  // the fonts, found from the compiled fonts.js as from src/render/pdf/fonts.ts
  symlinkSync(join(ROOT, "data"), join(out, "data"), "dir");
  return out;
}

/**
 * sha256 of renderPdf(sampleModel({draft})) in a new process with this environment, which the
 * child reads as the CLI does (src/edge/renderer-options.ts) and passes to renderPdf.
 */
export function hashInChild(buildDir: string, env: Record<string, string>, draft = false): string {
  const script = `
    import { createHash } from "node:crypto";
    import { rendererOptionsFrom } from "./src/edge/renderer-options.js";
    import { renderPdf } from "./src/render/pdf/index.js";
    import { sampleModel } from "./test/fixtures/sample-model.js";
    const options = rendererOptionsFrom(process.env).pdf;
    const bytes = await renderPdf(sampleModel({ draft: ${draft} }), options);
    process.stdout.write(createHash("sha256").update(bytes).digest("hex"));
  `;
  const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
  if (!("SOURCE_DATE_EPOCH" in env)) delete childEnv.SOURCE_DATE_EPOCH;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: buildDir,
    env: childEnv,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** The PDF of the model in this JSON file (a golden model), rendered in a new process with `env`. */
export function renderInChild(
  buildDir: string,
  env: Record<string, string>,
  modelFile: string,
): Buffer {
  const script = `
    import { readFileSync } from "node:fs";
    import { renderPdf } from "./src/render/pdf/index.js";
    const model = JSON.parse(readFileSync(${JSON.stringify(modelFile)}, "utf8"));
    const bytes = await renderPdf(model, { sourceDateEpoch: "" });
    process.stdout.write(Buffer.from(bytes).toString("base64"));
  `;
  const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
  delete childEnv.SOURCE_DATE_EPOCH;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: buildDir,
    env: childEnv,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  return Buffer.from(r.stdout, "base64");
}
