// Issue 15, point 6: the fuzz suite (test/fuzz) at ten times its `npm test` size: 10,000 mutated
// example plans through the command's in-process entry, a sample rendered to DOCX and PDF. Reported:
// the wall time of the whole run; a failure prints the seed and the command that replays it.
// BENCH_FUZZ_RUNS=2000 for a quick run; new cases each time (FUZZ_SEED=random) unless FUZZ_SEED=<n>.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export default async function benchFuzz({ root, record }) {
  const runs = Number(process.env.BENCH_FUZZ_RUNS ?? 10_000);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [join(root, "node_modules", "vitest", "vitest.mjs"), "run", "test/fuzz"],
    {
      cwd: root,
      encoding: "utf8",
      env: {
        ...process.env,
        FUZZ_RUNS: String(runs),
        FUZZ_SEED: process.env.FUZZ_SEED ?? "random",
      },
      maxBuffer: 1 << 26,
    },
  );
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) process.stderr.write(`fuzz suite failed:\n${r.stdout}\n${r.stderr}\n`);
  record(
    `fuzz: ${runs.toLocaleString("en")} mutated plans validated, a sample rendered (wall time)`,
    r.status === 0 ? s : null,
    undefined,
    "s",
  );
}
