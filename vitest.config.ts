import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Test files run each in a fresh worker, as vitest does by default: the PDF renderer's tests (whose
 * subject includes what a render leaves in the process: fonts, fontkit's state) and those that
 * compare it with LibreOffice.
 */
export const ISOLATED = [
  "test/render-pdf/**/*.test.ts",
  "test/parity/**/*.test.ts",
  "test/no-patches.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two test files at a time even on two cores (vitest's default is one less than the cores): much
    // of a file's time is spent waiting (for a spawned kehoach, a server's worker, Chromium, a
    // timer), which the other file fills. On 2 shared cores, server+e2e+batch+cli: 133 s -> 85 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        // Every other file shares one worker and its module cache: a fresh worker per file loaded
        // and compiled the same modules (yaml, ajv, docx, the schema) again for each of ~110 files,
        // some 60 s of a run. No test here mocks a module, stubs the environment or a global, or
        // changes the working directory (what sharing would leak from one file into the next:
        // test/architecture/shared-tests.test.ts fails if one does); each file's temporary folders,
        // servers and browsers are its own and closed in afterAll.
        extends: true,
        test: {
          name: "shared",
          include: ["test/**/*.test.ts", "src/**/*.test.ts"],
          exclude: ISOLATED,
          isolate: false,
        },
      },
      { extends: true, test: { name: "isolated", include: ISOLATED } },
    ],
  },
});
