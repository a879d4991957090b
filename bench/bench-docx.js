// Issue 3: DOCX. Whole-process render beside pandoc converting the same plan's HTML to DOCX, and the
// in-process render of the model alone.
import { join } from "node:path";

export default async function benchDocx({
  root,
  bin,
  work,
  runs,
  record,
  skip,
  timeCommand,
  has,
  median,
}) {
  const plan = "plans/quang-minh-2024.yaml";
  const out = join(work, "docx");
  const ours = timeCommand("node", [bin, "render", plan, "--format", "docx", "--out", out]);
  record("kehoach render quang-minh --format docx (whole process, median)", ours);

  if (has("pandoc")) {
    timeCommand("node", [bin, "render", plan, "--format", "html", "--out", out], 1);
    const html = join(out, "quang-minh-2024.html");
    const pandoc = timeCommand("pandoc", [
      "-f",
      "html",
      "-t",
      "docx",
      "-o",
      join(out, "pandoc.docx"),
      html,
    ]);
    record("pandoc -f html -t docx of the same plan (whole process, median)", pandoc);
    if (ours !== null && pandoc !== null) {
      record("ratio: kehoach docx / pandoc (median)", ours / pandoc, 1.2, "×");
    }
  } else {
    skip("pandoc not installed: ratio to pandoc not measured");
  }

  const { runPipeline } = await import(join(root, "dist", "pipeline.js"));
  const { renderDocx } = await import(join(root, "dist", "render", "docx", "index.js"));
  const model = runPipeline(join(root, plan)).model;
  for (let i = 0; i < 5; i++) await renderDocx(model);
  const times = [];
  for (let i = 0; i < Math.max(runs, 15); i++) {
    const t0 = process.hrtime.bigint();
    await renderDocx(model);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  record("renderDocx(model) of quang-minh in process, warm (median)", median(times), 30);
}
