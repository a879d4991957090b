// Golden files: the main XML parts of the rendered draft sample, pretty-printed, under
// test/golden/render-docx/. Regenerate with UPDATE=1 after an intended change and review the diff.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sampleModel } from "../fixtures/sample-model.js";
import { part, pretty, render } from "./helpers.js";

const DIR = fileURLToPath(new URL("../golden/render-docx/", import.meta.url));
const UPDATE = process.env.UPDATE === "1";

const PARTS: [string, string][] = [
  ["word/document.xml", "document.xml"],
  ["word/styles.xml", "styles.xml"],
  ["docProps/core.xml", "core.xml"],
  ["word/header1.xml", "header1.xml"],
];

describe("renderDocx golden XML", async () => {
  const parts = await render(sampleModel({ draft: true }));
  for (const [name, file] of PARTS) {
    it(`matches ${file}`, () => {
      const actual = pretty(part(parts, name));
      const path = `${DIR}${file}`;
      if (UPDATE) {
        mkdirSync(DIR, { recursive: true });
        writeFileSync(path, actual);
      }
      if (!existsSync(path)) throw new Error(`${path} is missing: run the tests with UPDATE=1`);
      expect(actual).toBe(readFileSync(path, "utf8"));
    });
  }
});
