// Child process of reproducible.test.ts: renders the example plans to DOCX and PDF in whatever TZ
// this process was started with, and prints their SHA-256 and the zone's offset as JSON. The
// TypeScript sources are loaded through Vite's module runner (it comes with vitest): no build.

import { createHash } from "node:crypto";
import { createServer, createServerModuleRunner } from "vite";

const PLANS = JSON.parse(process.argv[2] ?? "[]");

const server = await createServer({
  root: process.cwd(),
  configFile: false,
  logLevel: "silent",
  appType: "custom",
  server: { middlewareMode: true, hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
  const { runPipeline } = await runner.import("/src/pipeline.ts");
  const { renderDocx } = await runner.import("/src/render/docx/index.ts");
  const { renderPdf } = await runner.import("/src/render/pdf/index.ts");
  const sha = (bytes) => createHash("sha256").update(bytes).digest("hex");
  const hashes = {};
  for (const name of PLANS) {
    const model = () => runPipeline(`plans/${name}.yaml`).model;
    hashes[name] = { docx: sha(await renderDocx(model())), pdf: sha(await renderPdf(model())) };
  }
  const offset = new Date(2024, 1, 22).getTimezoneOffset();
  process.stdout.write(`${JSON.stringify({ hashes, offset })}\n`);
  await runner.close();
} finally {
  await server.close();
}
