// bin/kehoach.js runs the bundle (dist/bundle/) with V8's code caches when the build made them; the
// result must be the very same as running the ES modules of dist/ (KEHOACH_NO_BUNDLE=1).
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { kehoach, ROOT } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-launcher-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("the launcher", () => {
  it("has a bundle to run, with the code caches of its entry and chunks: npm run build made them", () => {
    expect(existsSync(join(ROOT, "dist", "bundle", "kehoach.cjs"))).toBe(true);
    const caches = readdirSync(join(ROOT, "dist", "bundle", "cache"));
    for (const chunk of ["kehoach", "pipeline-", "docx-", "pdf-", "diff-", "import-"])
      expect(
        caches.some((f) => f.startsWith(chunk)),
        chunk,
      ).toBe(true);
  });

  it("writes nothing into the installed package: runs only read the caches", () => {
    const cache = join(ROOT, "dist", "bundle", "cache");
    const state = () =>
      readdirSync(cache)
        .sort()
        .map((f) => `${f} ${statSync(join(cache, f)).mtimeMs}`);
    const before = state();
    // with a V8 flag the caches are rejected (their key holds the flags): compiled, not rewritten
    const plan = "plans/quang-minh-2024.yaml";
    expect(kehoach(["render", plan, "--format", "pdf", "--out", join(dir, "c")]).status).toBe(0);
    const flagged = kehoach(["validate", plan], { NODE_OPTIONS: "--max-semi-space-size=32" });
    expect(flagged.status).toBe(0);
    expect(state()).toEqual(before);
  });

  it("gives the same messages with and without the bundle", () => {
    for (const args of [
      ["validate", "plans/quang-minh-2024.yaml", "plans/pho-minh-2024.yaml"],
      ["validate", "--json", "--lang", "en", "plans/long-khanh-2024.yaml"],
      ["--help"],
      ["frobnicate"],
    ]) {
      const bundled = kehoach(args);
      const plain = kehoach(args, { KEHOACH_NO_BUNDLE: "1" });
      expect(bundled, args.join(" ")).toEqual(plain);
    }
  });

  it("writes the same bytes with and without the bundle", () => {
    const formats = "docx,pdf,html,json,xlsx";
    const plan = "plans/quang-minh-2024.yaml";
    expect(kehoach(["render", plan, "--format", formats, "--out", join(dir, "a")]).status).toBe(0);
    expect(
      kehoach(["render", plan, "--format", formats, "--out", join(dir, "b")], {
        KEHOACH_NO_BUNDLE: "1",
      }).status,
    ).toBe(0);
    for (const ext of formats.split(",")) {
      const name = `quang-minh-2024.${ext}`;
      expect(sha(join(dir, "a", name)), ext).toBe(sha(join(dir, "b", name)));
    }
  });
});
