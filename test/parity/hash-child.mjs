// Child process of reproducible.test.ts: renders the example plans to DOCX and PDF in whatever TZ
// this process was started with, and prints their SHA-256 and the zone's offset as JSON.

import { createHash } from "node:crypto";
import { withSources } from "../fixtures/source-runner.mjs";

const PLANS = JSON.parse(process.argv[2] ?? "[]");

await withSources(async (load) => {
  const { runPipeline } = await load("/src/pipeline.ts");
  const { renderDocx } = await load("/src/render/docx/index.ts");
  const { renderPdf } = await load("/src/render/pdf/index.ts");
  const sha = (bytes) => createHash("sha256").update(bytes).digest("hex");
  const hashes = {};
  for (const name of PLANS) {
    const model = () => runPipeline(`plans/${name}.yaml`).model;
    hashes[name] = { docx: sha(await renderDocx(model())), pdf: sha(await renderPdf(model())) };
  }
  const offset = new Date(2024, 1, 22).getTimezoneOffset();
  process.stdout.write(`${JSON.stringify({ hashes, offset })}\n`);
});
