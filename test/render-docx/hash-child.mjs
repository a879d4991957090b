// Child process of shortcuts.test.ts: renders every model of the JSON array in the file named by
// its argument and prints their SHA-256s as a JSON array, with the environment it was started with
// (KEHOACH_DOCX_SHORTCUTS). Sources are loaded through Vite's module runner, as in tz-child.mjs.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, createServerModuleRunner } from "vite";

const models = JSON.parse(readFileSync(process.argv[2], "utf8"));
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
  const hashes = [];
  for (const model of models)
    hashes.push(
      createHash("sha256")
        .update(await renderDocx(model))
        .digest("hex"),
    );
  process.stdout.write(`${JSON.stringify(hashes)}\n`);
  await runner.close();
} finally {
  await server.close();
}
