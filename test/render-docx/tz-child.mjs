// Child process of reproducible.test.ts: renders the draft sample model in whatever TZ this process
// was started with and prints the SHA-256 and the zone's offset as JSON. The TypeScript sources are
// loaded through Vite's module runner (Vite comes with vitest), so no build is needed.

import { createHash } from "node:crypto";
import { createServer, createServerModuleRunner } from "vite";

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
  const { renderDocx } = await runner.import("/src/render/docx/index.ts");
  const { sampleModel } = await runner.import("/test/fixtures/sample-model.ts");
  const bytes = await renderDocx(sampleModel({ draft: true }));
  const hash = createHash("sha256").update(bytes).digest("hex");
  const offset = new Date(2024, 1, 22).getTimezoneOffset();
  process.stdout.write(`${JSON.stringify({ hash, offset })}\n`);
  await runner.close();
} finally {
  await server.close();
}
