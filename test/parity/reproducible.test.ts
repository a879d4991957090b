// The example plans' DOCX and PDF are the same bytes on every render and in every time zone: two
// renders here, and one in a fresh process under TZ=UTC and under TZ=Asia/Ho_Chi_Minh, the second
// rendering the plans in the other order (what one document leaves in a process, such as fontkit's
// glyphs, must not change the next one's bytes).

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../../src/render/docx/index.js";
import { renderPdf } from "../../src/render/pdf/index.js";
import { PLANS, planModel } from "./tools.js";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const CHILD = fileURLToPath(new URL("./hash-child.mjs", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

type Hashes = Record<string, { docx: string; pdf: string }>;

/** The plans' hashes from a fresh Node process started in time zone `tz`. */
function hashesIn(
  tz: string,
  plans: readonly string[],
): { hashes?: Hashes; offset?: number; error?: string } {
  const env: Record<string, string | undefined> = { ...process.env, TZ: tz };
  delete env.SOURCE_DATE_EPOCH;
  const run = spawnSync(process.execPath, [CHILD, JSON.stringify(plans)], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    timeout: 120_000,
  });
  if (run.status !== 0) return { error: run.stderr || `exit ${run.status}` };
  return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}");
}

async function hashesHere(): Promise<Hashes> {
  const out: Hashes = {};
  for (const name of PLANS) {
    out[name] = {
      docx: sha256(await renderDocx(planModel(name))),
      pdf: sha256(await renderPdf(planModel(name), { sourceDateEpoch: "" })),
    };
  }
  return out;
}

describe("the example plans, byte for byte", () => {
  it("give the same DOCX and PDF on two renders", async () => {
    const first = await hashesHere();
    await new Promise((r) => setTimeout(r, 1100)); // across a zip timestamp second
    expect(await hashesHere()).toEqual(first);
  });

  it("give the same DOCX and PDF under TZ=UTC and TZ=Asia/Ho_Chi_Minh", async () => {
    const here = await hashesHere();
    const utc = hashesIn("UTC", PLANS);
    const hcm = hashesIn("Asia/Ho_Chi_Minh", [...PLANS].reverse());
    expect(utc.error).toBeUndefined();
    expect(hcm.error).toBeUndefined();
    // The children really ran in different zones.
    expect(utc.offset).toBe(0);
    expect(hcm.offset).toBe(-420);
    expect(utc.hashes).toEqual(here);
    expect(hcm.hashes).toEqual(here);
  });
});
