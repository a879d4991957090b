// Golden files: compared as text, rewritten with UPDATE=1 (then review the diff in git).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { expect } from "vitest";

export function expectGolden(path: string, actual: string): void {
  if (process.env.UPDATE === "1" || !existsSync(path)) {
    if (process.env.UPDATE !== "1" && process.env.CI) {
      throw new Error(`golden file ${path} is missing: run UPDATE=1 npm test and commit it`);
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}
