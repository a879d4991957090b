// Golden files: compared byte for byte; `UPDATE=1 npx vitest run test/render-pdf` rewrites them.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const GOLDEN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../golden/render-pdf");

export function expectGolden(name: string, actual: string): void {
  const path = resolve(GOLDEN_DIR, name);
  if (process.env.UPDATE === "1") {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`golden file ${path} is missing: run with UPDATE=1 to write it`);
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}

/** A definition as JSON: functions (header callbacks, table layouts, pageBreakBefore) left out. */
export function definitionJson(definition: unknown): string {
  return `${JSON.stringify(
    definition,
    (_key, value: unknown) => (typeof value === "function" ? undefined : value),
    2,
  )}\n`;
}
