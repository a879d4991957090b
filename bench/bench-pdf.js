// Issue 4: PDF. Whole-process render beside LibreOffice converting kehoach's DOCX of the same plan to
// PDF, and the in-process render of the model alone after warm-up.
import { mkdtempSync } from "node:fs";
import { join } from "node:path";

export default async function benchPdf({
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
  const out = join(work, "pdf");
  const render = ["node", [bin, "render", plan, "--format", "pdf", "--out", out]];
  if (has("soffice")) {
    timeCommand("node", [bin, "render", plan, "--format", "docx", "--out", out], 1);
    const docx = join(out, "quang-minh-2024.docx");
    // A profile of its own, as every conversion in the tests has; made once, so the runs measure the
    // conversion and not LibreOffice creating a profile.
    const profile = `file://${mkdtempSync(join(work, "lo-"))}`;
    const args = [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      join(out, "lo"),
      docx,
    ];
    const pair = timePair(render, ["soffice", args]);
    record("kehoach render quang-minh --format pdf (whole process, median)", pair?.a ?? null);
    record("soffice --convert-to pdf of kehoach's DOCX (whole process, median)", pair?.b ?? null);
    // Issue 12's target against a cold soffice (its second target, a warm soffice driven by
    // unoconv -n, is not measured yet)
    if (pair)
      record(
        "ratio: kehoach pdf / cold LibreOffice (medians, runs in turn)",
        pair.a / pair.b,
        0.5,
        "×",
      );
  } else {
    record(
      "kehoach render quang-minh --format pdf (whole process, median)",
      timeCommand(...render),
    );
    skip("soffice not installed: ratio to LibreOffice not measured");
  }

  const { runPipeline } = await import(join(root, "dist", "pipeline.js"));
  const { renderPdf } = await import(join(root, "dist", "render", "pdf", "index.js"));
  const model = () => runPipeline(join(root, plan)).model;
  for (let i = 0; i < 3; i++) await renderPdf(model());
  const times = [];
  // as for the DOCX: enough renders to span a few seconds of the machine's drift
  for (let i = 0; i < Math.max(runs, 21); i++) {
    const m = model(); // pdfmake writes into what it is given: a fresh model each time, built untimed
    const t0 = process.hrtime.bigint();
    await renderPdf(m);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  record("renderPdf(model) of quang-minh in process, warm (median)", median(times), 150);
}
