// The DOCX renderer's shortcut through docx's internals (fast-prep.ts) leaves every byte as the
// library's own methods write it: the example plans and the edge documents are rendered in fresh
// processes with and without it.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { NextAttributeComponent, XmlComponent } from "docx";
import { describe, expect, it } from "vitest";
import type { DocumentModel } from "../../src/document/types.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { sampleModel } from "../fixtures/sample-model.js";
import { hostileModel, longModel } from "./models.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CHILD = fileURLToPath(new URL("./hash-child.mjs", import.meta.url));
const PLANS = ["quang-minh-2024", "long-khanh-2024", "pho-minh-2024"];
const planModel = (plan: string): DocumentModel =>
  JSON.parse(readFileSync(join(ROOT, "test", "golden", "plans", `${plan}.model.json`), "utf8"));

function hashesIn(env: Record<string, string>, file: string): string[] {
  const run = spawnSync(process.execPath, [CHILD, file], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(run.stderr || `exit ${run.status}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "[]");
}

describe("the DOCX shortcut", () => {
  it("is in place with the docx installed (else only slower)", async () => {
    await renderDocx(sampleModel());
    const replaced = (cls: { prototype: object }) =>
      (cls.prototype as Record<symbol, unknown>)[Symbol.for("kehoach.replaced.prepForXml")];
    expect(replaced(XmlComponent)).toBe(true);
    expect(replaced(NextAttributeComponent)).toBe(true);
  });

  it("changes no byte of the plans or the edge documents", () => {
    const models = [
      ...PLANS.map(planModel),
      sampleModel(),
      sampleModel({ draft: true }),
      longModel(),
      hostileModel(),
    ];
    const dir = mkdtempSync(join(tmpdir(), "kehoach-docx-shortcut-"));
    try {
      const file = join(dir, "models.json");
      writeFileSync(file, JSON.stringify(models));
      const fast = hashesIn({ KEHOACH_DOCX_SHORTCUTS: "1" }, file);
      const library = hashesIn({ KEHOACH_DOCX_SHORTCUTS: "0" }, file);
      expect(fast).toHaveLength(models.length);
      expect(fast).toEqual(library);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
