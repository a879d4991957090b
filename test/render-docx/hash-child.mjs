// Child process of shortcuts.test.ts: renders every model of the JSON array in the file named by
// its argument and prints their SHA-256s as a JSON array, with the environment it was started with
// (KEHOACH_DOCX_SHORTCUTS).

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { withSources } from "../fixtures/source-runner.mjs";

const models = JSON.parse(readFileSync(process.argv[2], "utf8"));
await withSources(async (load) => {
  const { renderDocx } = await load("/src/render/docx/index.ts");
  const hashes = [];
  for (const model of models)
    hashes.push(
      createHash("sha256")
        .update(await renderDocx(model))
        .digest("hex"),
    );
  process.stdout.write(`${JSON.stringify(hashes)}\n`);
});
