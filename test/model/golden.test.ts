// The whole model of a hand-made plan, compared with test/golden/model/*.json. Regenerate after an
// intended change with UPDATE=1 and review the diff.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { build } from "./helpers.js";

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), "../golden/model");

function golden(name: string, value: unknown): void {
  const file = join(GOLDEN, name);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (process.env.UPDATE) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, text);
  }
  expect(existsSync(file), `${file} is missing: run with UPDATE=1`).toBe(true);
  expect(text).toBe(readFileSync(file, "utf8"));
}

describe("golden models", () => {
  it.each([
    ["seed000.json", false],
    ["seed000-draft.json", true],
  ])("%s", (name, draft) => {
    const { model, diagnostics } = build(undefined, { draft });
    expect(diagnostics).toEqual([]);
    golden(name, model);
  });
});
