// Issue 3 on the example plans: each DOCX matches its golden XML (pretty-printed under
// test/golden/render-docx/plans/<plan>/; UPDATE=1 rewrites them, review the diff), opens in
// LibreOffice and prints to PDF without error, and the printed text holds every heading, every
// figure and name of the appendix tables, and the signer.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDocx } from "../../src/render/docx/index.js";
import {
  expectedStrings,
  PLANS,
  POPPLER_MISSING,
  planModel,
  printWithLibreOffice,
  run,
  SOFFICE_MISSING,
  squeeze,
} from "../parity/tools.js";
import { part, pretty, unzip } from "./helpers.js";

const DIR = fileURLToPath(new URL("../golden/render-docx/plans/", import.meta.url));
const UPDATE = process.env.UPDATE === "1";
const PARTS: [string, string][] = [
  ["word/document.xml", "document.xml"],
  ["word/styles.xml", "styles.xml"],
  ["word/settings.xml", "settings.xml"],
  ["docProps/core.xml", "core.xml"],
];

describe.each(PLANS)("renderDocx %s", (name) => {
  it("matches its golden XML", async () => {
    const parts = unzip(await renderDocx(planModel(name)));
    for (const [partName, file] of PARTS) {
      const actual = pretty(part(parts, partName));
      const path = join(DIR, name, file);
      if (UPDATE) {
        mkdirSync(join(DIR, name), { recursive: true });
        writeFileSync(path, actual);
      }
      if (!existsSync(path)) throw new Error(`${path} is missing: run the tests with UPDATE=1`);
      expect(actual, `${name}/${file}`).toBe(readFileSync(path, "utf8"));
    }
  });
});

const MISSING = [SOFFICE_MISSING, POPPLER_MISSING].filter(Boolean).join("; ");

if (MISSING) {
  describe("the example plans' DOCX through LibreOffice", () => {
    it.skip(`skipped: ${MISSING}`, () => {});
  });
} else {
  describe("the example plans' DOCX through LibreOffice", () => {
    let dir = "";
    let printed: Record<string, string> = {};

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "kehoach-docx-plans-"));
      const files: Record<string, Uint8Array> = {};
      for (const name of PLANS) files[name] = await renderDocx(planModel(name));
      printed = printWithLibreOffice(dir, files);
    }, 300_000);

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it.each(PLANS)("%s prints to PDF", (name) => {
      expect(existsSync(printed[name] as string)).toBe(true);
      expect(run("pdfinfo", [printed[name] as string])).toMatch(/^Pages:\s+\d+/m);
    });

    it.each(PLANS)("%s shows every heading, table figure and name, and the signer", (name) => {
      const text = squeeze(run("pdftotext", ["-raw", printed[name] as string, "-"]));
      const wanted = expectedStrings(planModel(name));
      expect(wanted.length).toBeGreaterThan(10);
      for (const s of wanted) expect(text, s).toContain(squeeze(s));
    });
  });
}
