// Issue 3: DOCX. Whole-process render beside pandoc converting the same plan's HTML to DOCX, and the
// in-process render of the model alone.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

export default async function benchDocx({
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
}) {
  const plan = "plans/quang-minh-2024.yaml";
  const out = join(work, "docx");
  const render = ["node", [bin, "render", plan, "--format", "docx", "--out", out]];
  if (has("pandoc")) {
    timeCommand("node", [bin, "render", plan, "--format", "html", "--out", out], 1);
    const html = join(out, "quang-minh-2024.html");
    const pandoc = ["pandoc", ["-f", "html", "-t", "docx", "-o", join(out, "pandoc.docx"), html]];
    const pair = timePair(render, pandoc);
    record("kehoach render quang-minh --format docx (whole process, median)", pair?.a ?? null);
    record("pandoc -f html -t docx of the same plan (whole process, median)", pair?.b ?? null);
    if (pair)
      record("ratio: kehoach docx / pandoc (medians, runs in turn)", pair.a / pair.b, 1.2, "×");
  } else {
    record(
      "kehoach render quang-minh --format docx (whole process, median)",
      timeCommand(...render),
    );
    skip("pandoc not installed: ratio to pandoc not measured");
  }

  const { runPipeline } = await import(join(root, "dist", "pipeline.js"));
  const { renderDocx } = await import(join(root, "dist", "render", "docx", "index.js"));
  const model = runPipeline(join(root, plan)).model;
  for (let i = 0; i < 5; i++) await renderDocx(model);
  const times = [];
  // ~20 ms a render: 41 of them span a second, so that a burst of load on this shared machine
  // moves a few samples, not the median
  for (let i = 0; i < Math.max(runs, 41); i++) {
    const t0 = process.hrtime.bigint();
    await renderDocx(model);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  record("renderDocx(model) of quang-minh in process, warm (median)", median(times), 30);

  // At scale (issue 12): a plan whose appendix lists 3,321 units, whole process; the peak resident
  // memory from /usr/bin/time -v (target for DOCX and PDF: 15 s, 500 MB)
  const { generatePlanYaml } = await import(join(root, "dist", "fixtures", "generate-plan.js"));
  const big = join(work, "plan-3321.yaml");
  writeFileSync(big, generatePlanYaml({ units: 3321, seed: 7 }));
  if (!has("/usr/bin/time")) {
    skip("/usr/bin/time not installed: the 3,321-unit plan not measured");
    return;
  }
  // DOCX alone, then DOCX and PDF in one render (the target is for both)
  for (const formats of ["docx", "docx,pdf"]) {
    const name = `kehoach render of a generated 3,321-unit plan --format ${formats} (whole process)`;
    const t0 = process.hrtime.bigint();
    const r = spawnSync(
      "/usr/bin/time",
      ["-v", "node", bin, "render", big, "--format", formats, "--out", out],
      { cwd: root, encoding: "utf8" },
    );
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
    record(`${name}, ms`, r.status === 0 ? ms : null, 15000);
    record(`${name}, peak memory`, peak ? Number(peak[1]) / 1024 : null, 500, "MB");
  }
}
