// The README's tour of the spec is a real plan: it must stay valid as the spec evolves.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runPipeline } from "../src/pipeline.js";

it("the README's example plan validates and renders its computed rate", () => {
  const readme = readFileSync("README.md", "utf8");
  const yaml = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(yaml).toBeDefined();
  const dir = mkdtempSync(join(tmpdir(), "kehoach-readme-"));
  const file = join(dir, "tour.yaml");
  writeFileSync(file, yaml ?? "");
  const result = runPipeline(file);
  rmSync(dir, { recursive: true, force: true });
  expect(result.diagnostics).toEqual([]);
  expect(JSON.stringify(result.model)).toContain("giảm còn 0,59%");
});
