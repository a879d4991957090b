// Issue 6: batch rendering. `kehoach render DIR` over 1,000 generated plans of 5 to 50 units each, to
// DOCX and PDF, on worker threads: plans per second (target ≥ 10, i.e. ≤ 100 ms a plan) and the peak
// memory of the whole process, workers included (target ≤ 400 MB). BENCH_BATCH_PLANS=100 for a
// quick run.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export default async function benchBatch({ root, bin, work, record, has }) {
  const count = Number(process.env.BENCH_BATCH_PLANS ?? 1000);
  const { generatePlanYaml } = await import(join(root, "dist", "fixtures", "generate-plan.js"));
  const plans = join(work, "batch", "plans");
  for (let i = 0; i < count; i++) {
    // a province's folders: 20 communes to a district
    const folder = join(plans, `huyen-${String(Math.floor(i / 20)).padStart(2, "0")}`);
    mkdirSync(folder, { recursive: true });
    const units = 5 + ((i * 37) % 46);
    writeFileSync(join(folder, `xa-${i}.yaml`), generatePlanYaml({ units, seed: i + 1 }));
  }
  const out = join(work, "batch", "out");
  const args = [bin, "render", plans, "--out", out, "--json"];
  // /usr/bin/time -v reports the peak resident memory of the process (its worker threads included);
  // without it, the command's own report of its maximum resident set size is used
  const timed = has("/usr/bin/time");
  const t0 = process.hrtime.bigint();
  const r = timed
    ? spawnSync("/usr/bin/time", ["-v", "node", ...args], {
        cwd: root,
        encoding: "utf8",
        maxBuffer: 1 << 28,
      })
    : spawnSync("node", args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const name = `kehoach render DIR: ${count} generated plans (5-50 units) to DOCX+PDF`;
  let summary;
  try {
    summary = JSON.parse(r.stdout).summary;
  } catch {
    summary = undefined;
  }
  if (r.status !== 0 || !summary || summary.failed > 0) {
    process.stderr.write(`batch render failed (${r.status}):\n${r.stderr.slice(-4000)}\n`);
    record(`${name}, ms per plan`, null);
    return;
  }
  const perPlan = ms / count;
  record(`${name}, ms per plan (whole process, ${summary.workers} workers)`, perPlan, 100);
  record(`${name}, plans per second`, 1000 / perPlan, undefined, "plans/s");
  const fromTime = timed ? /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr) : null;
  const peakMb = fromTime ? Number(fromTime[1]) / 1024 : summary.maxRssMB;
  record(`${name}, peak memory (whole process)`, peakMb, 400, "MB");
}
