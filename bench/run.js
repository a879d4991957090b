#!/usr/bin/env node
// `npm run bench`: whole-process and in-process timings, medians of several runs, each beside its
// target. Speed is measured here and only here, never by timed assertions in tests: this machine is
// shared and noisy.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "bin", "kehoach.js");
const work = mkdtempSync(join(tmpdir(), "kehoach-bench-"));
const runs = Number(process.env.BENCH_RUNS ?? 11);
const rows = [];

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Milliseconds of one run of a command, or null when it failed. */
function timeOnce(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, stdio: "pipe", encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) {
    process.stderr.write(`${cmd} ${args.join(" ")} failed (${r.status}):\n${r.stderr}\n`);
    return null;
  }
  return ms;
}

function timeCommand(cmd, args, n = runs) {
  timeOnce(cmd, args); // warm the file cache
  const times = [];
  for (let i = 0; i < n; i++) {
    const ms = timeOnce(cmd, args);
    if (ms === null) return null;
    times.push(ms);
  }
  return median(times);
}

/**
 * Medians of two commands run in turn (a, b, a, b…), for a ratio: on a shared machine whose speed
 * drifts from minute to minute, both see the same drift. Null when either fails.
 */
function timePair([cmdA, argsA], [cmdB, argsB], n = runs) {
  timeOnce(cmdA, argsA);
  timeOnce(cmdB, argsB);
  const a = [];
  const b = [];
  for (let i = 0; i < n; i++) {
    const ta = timeOnce(cmdA, argsA);
    const tb = timeOnce(cmdB, argsB);
    if (ta === null || tb === null) return null;
    a.push(ta);
    b.push(tb);
  }
  return { a: median(a), b: median(b) };
}

function record(name, ms, target, unit = "ms") {
  const ok =
    ms === null ? "FAILED" : target === undefined ? "" : ms <= target ? "ok" : "OVER TARGET";
  rows.push({
    name,
    value: ms === null ? "-" : `${ms.toFixed(unit === "×" ? 2 : 1)} ${unit}`,
    target: target === undefined ? "" : `≤ ${target} ${unit}`,
    ok,
  });
}

/** A measurement that could not be made here (a tool is missing): said, not failed. */
function skip(name) {
  rows.push({ name, value: "-", target: "", ok: "skipped" });
}

function has(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
}

const { generatePlanYaml } = await import(join(root, "dist", "fixtures", "generate-plan.js"));

// ---- issue 2: validation
record(
  "kehoach validate plans/quang-minh-2024.yaml (whole process, median)",
  timeCommand("node", [bin, "validate", "plans/quang-minh-2024.yaml"]),
  250,
);
const big = join(work, "plan-2000.yaml");
writeFileSync(big, generatePlanYaml({ units: 2000, seed: 7 }));
record(
  "kehoach validate of a generated 2,000-unit plan (whole process, median)",
  timeCommand("node", [bin, "validate", big], 5),
  1000,
);
record(
  "kehoach render quang-minh --format html,json (whole process, median)",
  timeCommand("node", [
    bin,
    "render",
    "plans/quang-minh-2024.yaml",
    "--format",
    "html,json",
    "--out",
    join(work, "out"),
  ]),
);

for (const extra of [
  "./bench-docx.js",
  "./bench-pdf.js",
  "./bench-long.js",
  "./bench-server.js",
  "./bench-editor.js",
  "./bench-pages.js",
  "./bench-batch.js",
  "./bench-launch.js",
  "./bench-fuzz.js",
]) {
  try {
    const mod = await import(extra);
    await mod.default({
      root,
      bin,
      work,
      runs,
      record,
      skip,
      timeCommand,
      timePair,
      has,
      median,
    });
  } catch (err) {
    if (err?.code !== "ERR_MODULE_NOT_FOUND") throw err;
  }
}

rmSync(work, { recursive: true, force: true });
const width = Math.max(...rows.map((r) => r.name.length));
process.stdout.write(
  `kehoach benchmark (${runs} runs per median, ${new Date().toISOString()})\n\n`,
);
for (const r of rows) {
  process.stdout.write(
    `${r.name.padEnd(width)}  ${r.value.padStart(12)}  ${r.target.padEnd(10)} ${r.ok}\n`,
  );
}
process.exitCode = rows.some((r) => r.ok === "FAILED") ? 1 : 0;
