// Issue 4: PDF. Whole-process render beside LibreOffice converting kehoach's DOCX of the same plan to
// PDF, and the in-process render of the model alone after warm-up.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
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
    await warmLibreOffice({ docx, out, render, record, skip, timePair, has });
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
    const m = model(); // a fresh model each time, built untimed
    const t0 = process.hrtime.bigint();
    await renderPdf(m);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  record("renderPdf(model) of quang-minh in process, warm (median)", median(times), 150);
}

/**
 * Issue 12's first target: kehoach's PDF beside a LibreOffice that is already running (a listener
 * started once by Debian's unoconv, each conversion a client of it: `unoconv -n`). unoconv runs with
 * Debian's python3, which has the uno module (python3-uno), whatever python3 comes first on PATH.
 */
async function warmLibreOffice({ docx, out, render, record, skip, timePair, has }) {
  if (!has("unoconv")) {
    skip(
      "unoconv not installed (apt-get install unoconv python3-uno): warm LibreOffice not measured",
    );
    return;
  }
  const python = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  const unoconv = spawnSync("sh", ["-c", "command -v unoconv"], { encoding: "utf8" }).stdout.trim();
  const port = String(20000 + (process.pid % 10000));
  // unoconv has no profile option, and a listener given a HOME of its own does not come up (its
  // first start makes the profile and restarts): it uses the user's own profile
  // a process group of its own, so that the office it starts goes with it
  const listener = spawn(python, [unoconv, "--listener", "--port", port], {
    stdio: "ignore",
    detached: true,
  });
  try {
    const convert = [
      python,
      [unoconv, "-n", "--port", port, "-f", "pdf", "-o", join(out, "uno.pdf"), docx],
    ];
    // the listener takes a few seconds to come up: wait for a first conversion to succeed
    let ready = false;
    for (let i = 0; i < 60 && !ready; i++) {
      ready = spawnSync(convert[0], convert[1], { stdio: "ignore" }).status === 0;
      if (!ready) await new Promise((r) => setTimeout(r, 500));
    }
    if (!ready) {
      skip("unoconv listener did not start: warm LibreOffice not measured");
      return;
    }
    const pair = timePair(render, convert);
    record("unoconv -n (warm LibreOffice) of kehoach's DOCX (median)", pair?.b ?? null);
    if (pair)
      record(
        "ratio: kehoach pdf / warm LibreOffice (medians, runs in turn)",
        pair.a / pair.b,
        1,
        "×",
      );
  } finally {
    try {
      process.kill(-listener.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}
