// The example plans in plans/ through the stats stage: no errors, and the figures they promise.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { PlanSpec } from "../../src/spec/types.js";
import { run } from "./helpers.js";

const PLANS = join(import.meta.dirname, "../../plans");
const files = readdirSync(PLANS).filter((f) => f.endsWith(".yaml"));

function load(file: string): PlanSpec {
  return parse(readFileSync(join(PLANS, file), "utf8").normalize("NFC")) as PlanSpec;
}

describe("example plans", () => {
  it.each(files)("%s has no stats errors", (file) => {
    const { diagnostics } = run(load(file));
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("quang-minh-2024 (seed 000) computes the seed's targets", () => {
    if (!files.includes("quang-minh-2024.yaml")) return;
    const { computed, diagnostics } = run(load("quang-minh-2024.yaml"));
    expect(diagnostics).toEqual([]);
    expect(computed.targets.ty_le_ngheo).toMatchObject({ rate: { bp: 43 } });
    expect(computed.targets.ty_le_can_ngheo).toMatchObject({ rate: { bp: 97 } });
    expect(computed.statistics?.total.groups.poor?.deprivation.viec_lam?.share.bp).toBe(1765);
  });

  it("pho-minh-2024 (seed 001) turns 16 households into 1,11%", () => {
    if (!files.includes("pho-minh-2024.yaml")) return;
    const { computed } = run(load("pho-minh-2024.yaml"));
    expect(computed.targets.giam_ho_ngheo).toMatchObject({ households: 16, points: { bp: 111 } });
  });
});
