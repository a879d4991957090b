// A warm-up run for the build's code cache (scripts/code-cache.mjs): the commands and renderers run in
// memory on a small generated plan and, in a checkout, the example plans, so that V8 compiles every
// function a real run needs and the cache holds its bytecode. Prints nothing, writes nothing but a
// temporary folder it removes.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { clearStandardsCache } from "../data/standards.js";
import type { CliIO } from "../edge/io.js";
import { generatePlanYaml } from "../fixtures/generate-plan.js";
import { runPipeline } from "../pipeline.js";
import { renderFormat } from "../render/formats.js";
import { main } from "./main.js";

export async function warmUp(root: string): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "kehoach-warm-"));
  const io: CliIO = { out() {}, err() {}, env: { NO_COLOR: "1" }, cwd: work };
  try {
    const small = join(work, "small.yaml");
    writeFileSync(small, generatePlanYaml({ units: 12, seed: 3 }));
    const plans = [small];
    for (const name of ["quang-minh-2024.yaml", "pho-minh-2024.yaml", "long-khanh-2024.yaml"]) {
      const p = join(root, "plans", name);
      if (existsSync(p)) plans.push(p);
    }
    // a plan with mistakes: diagnostics, did-you-mean, localisation, the report
    const bad = join(work, "bad.yaml");
    writeFileSync(
      bad,
      readFileSync(small, "utf8")
        .replace(/^document:/m, "documnet:")
        .replace(/households: (\d+)/, "households: nhiều"),
    );
    for (let round = 0; round < 3; round++) {
      for (const p of [...plans, bad]) {
        await main(["validate", p], io);
        await main(["validate", "--json", "--lang", "en", p], io);
        const model = runPipeline(p).model;
        if (!model) continue;
        for (const format of ["docx", "pdf", "html", "json"] as const)
          await renderFormat(format, model);
      }
    }
    await main(["--help"], io);
  } finally {
    rmSync(work, { recursive: true, force: true });
    clearStandardsCache();
  }
}
