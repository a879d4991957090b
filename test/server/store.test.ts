// The preview's store runs plans on a worker (asynchronously): two requests for one plan share one
// run, and a plan saved again while it runs is run again after, so the pages end on its last version.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolvePlan } from "../../src/server/paths.js";
import type { PreviewJob, PreviewOutcome } from "../../src/server/preview-run.js";
import { type PlanState, PlanStore } from "../../src/server/store.js";
import { removeDir } from "./helpers.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) removeDir(d);
});

/** A store whose runner records what it ran (the plan's text) and answers when told. */
function setup() {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-store-"));
  dirs.push(dir);
  const file = join(dir, "a.yaml");
  writeFileSync(file, "v1");
  const ran: string[] = [];
  const waiting: (() => void)[] = [];
  const run = async (job: PreviewJob): Promise<PreviewOutcome> => {
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(job.file, "utf8");
    ran.push(text);
    await new Promise<void>((resolve) => waiting.push(resolve));
    return { result: { file: job.file, diagnostics: [], text } };
  };
  const store = new PlanStore({
    root: dir,
    builtinTemplatesDir: join(dir, "none"),
    dataDir: join(dir, "none"),
    interest: () => true,
    run,
  });
  const ref = resolvePlan(dir, "a.yaml");
  if (!ref) throw new Error("no plan");
  const release = async () => {
    while (waiting.length === 0) await new Promise((r) => setTimeout(r, 1));
    waiting.shift()?.();
  };
  return { store, ref, file, ran, release };
}

describe("the preview's store", () => {
  it("runs a plan once for two requests at the same time, and announces a new version once", async () => {
    const { store, ref, file, ran, release } = setup();
    const a = store.state(ref, "plan");
    const b = store.state(ref, "plan");
    await release();
    const [x, y] = await Promise.all([a, b]);
    expect(x).toBe(y);
    expect(ran).toEqual(["v1"]);
    // changed on disk, asked for twice: run once, announced once
    const seen: PlanState[] = [];
    store.on((ev) => {
      if (ev.type === "plan") seen.push(ev.state);
    });
    writeFileSync(file, "v2 (longer)");
    const c = store.state(ref, "plan");
    const d = store.state(ref, "plan");
    await release();
    await Promise.all([c, d]);
    expect(ran).toEqual(["v1", "v2 (longer)"]);
    expect(seen).toHaveLength(1);
  });

  it("runs a plan saved again while it ran once more, and announces its last version", async () => {
    const { store, ref, file, ran, release } = setup();
    const first = store.state(ref, "plan");
    await release();
    await first;
    const seen: PlanState[] = [];
    store.on((ev) => {
      if (ev.type === "plan") seen.push(ev.state);
    });
    writeFileSync(file, "v2");
    const during = store.changed();
    // saved again while v2 runs
    while (ran.length < 2) await new Promise((r) => setTimeout(r, 1));
    writeFileSync(file, "v3");
    const again = store.changed();
    await release();
    await release();
    await Promise.all([during, again]);
    expect(ran).toEqual(["v1", "v2", "v3"]);
    expect((await store.state(ref, "plan")).result.text).toBe("v3");
    expect(seen.map((s) => s.result.text)).toEqual(["v2", "v3"]);
  });
});
