// Most test files run in one shared worker (vitest.config.ts, isolate: false), each after others in
// the same process. A file that mocked a module, stubbed the environment or a global, or changed the
// working directory would leave that to the files after it: their results would depend on the order
// vitest picks. Such a file belongs to the isolated ones (ISOLATED in vitest.config.ts); any other
// that does it is named here with its line.

import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { expect, it } from "vitest";
import { ISOLATED } from "../../vitest.config.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** What a shared file must not do to the process it shares. */
const LEAKS: readonly [RegExp, string][] = [
  [/\bvi\.(mock|doMock|unmock|resetModules)\b/, "replaces modules"],
  [/\bvi\.(stubEnv|stubGlobal|useFakeTimers)\b/, "stubs the environment, a global or the clock"],
  [/\bprocess\.chdir\(/, "changes the working directory"],
  [/\bprocess\.env(\.\w+|\[[^\]]+\])\s*=(?!=)|\bdelete\s+process\.env\b/, "sets the environment"],
  [/\bObject\.assign\(\s*process\.env\b/, "sets the environment"],
];

/** A glob of vitest.config.ts ("test/x/**\/*.test.ts") as a regular expression on a relative path. */
function globRegExp(glob: string): RegExp {
  const parts = glob.split(/(\*\*\/|\*)/).map((p) => {
    if (p === "**/") return "(?:.*/)?";
    if (p === "*") return "[^/]*";
    return p.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  });
  return new RegExp(`^${parts.join("")}$`);
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.(ts|mjs|js)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

it("no test file run in the shared worker mocks, stubs, sets the environment or changes directory", () => {
  const isolated = ISOLATED.map(globRegExp);
  const shared = [...files(join(ROOT, "test")), ...files(join(ROOT, "src"))]
    .map((f) => relative(ROOT, f).split(sep).join("/"))
    .filter((f) => !isolated.some((re) => re.test(f)))
    // this file, whose examples below name what it looks for
    .filter((f) => f !== "test/architecture/shared-tests.test.ts");
  expect(shared).toContain("test/fuzz/harness.ts");
  expect(shared).not.toContain("test/no-patches.test.ts");
  const offending: string[] = [];
  for (const file of shared) {
    const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
    lines.forEach((line, i) => {
      for (const [re, what] of LEAKS) if (re.test(line)) offending.push(`${file}:${i + 1} ${what}`);
    });
  }
  expect(offending).toEqual([]);
});

it("the check recognises what it looks for", () => {
  const hits = (text: string) => LEAKS.filter(([re]) => re.test(text)).map(([, what]) => what);
  expect(hits('vi.mock("../../src/x.js")')).toEqual(["replaces modules"]);
  expect(hits('vi.stubEnv("TZ", "UTC")')).toEqual(["stubs the environment, a global or the clock"]);
  expect(hits("process.chdir(dir)")).toEqual(["changes the working directory"]);
  expect(hits('process.env.TZ = "UTC"')).toEqual(["sets the environment"]);
  expect(hits('process.env["TZ"] = "UTC"')).toEqual(["sets the environment"]);
  expect(hits("delete process.env.TZ")).toEqual(["sets the environment"]);
  expect(hits("Object.assign(process.env, more)")).toEqual(["sets the environment"]);
  expect(hits('if (process.env.TZ === "UTC") env = { ...process.env }')).toEqual([]);
  expect(globRegExp("test/render-pdf/**/*.test.ts").test("test/render-pdf/fonts.test.ts")).toBe(
    true,
  );
  expect(globRegExp("test/render-pdf/**/*.test.ts").test("test/render-pdf/a/b.test.ts")).toBe(true);
  expect(globRegExp("test/render-pdf/**/*.test.ts").test("test/render-pdf/woff.ts")).toBe(false);
});
