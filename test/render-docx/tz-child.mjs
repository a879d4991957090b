// Child process of reproducible.test.ts: renders the draft sample model in whatever TZ this process
// was started with and prints the SHA-256 and the zone's offset as JSON.

import { createHash } from "node:crypto";
import { withSources } from "../fixtures/source-runner.mjs";

await withSources(async (load) => {
  const { renderDocx } = await load("/src/render/docx/index.ts");
  const { sampleModel } = await load("/test/fixtures/sample-model.ts");
  const bytes = await renderDocx(sampleModel({ draft: true }));
  const hash = createHash("sha256").update(bytes).digest("hex");
  const offset = new Date(2024, 1, 22).getTimezoneOffset();
  process.stdout.write(`${JSON.stringify({ hash, offset })}\n`);
});
