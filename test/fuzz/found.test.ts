// What the fuzz suite found, pinned as plain cases: each is the counterexample fast-check reported,
// rebuilt with the same mutation code, and the property that failed.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { localize } from "../../src/edge/catalog.js";
import { loadSpec } from "../../src/spec/load.js";
import { applyCase, type Case } from "./mutations.js";

const plan = (name: string) =>
  readFileSync(join(import.meta.dirname, "..", "..", "plans", name), "utf8");

function diagnosticsOf(source: string, c: Pick<Case, "data" | "text">) {
  const text = applyCase(source, {
    plan: 0,
    lang: "vi",
    mode: "json",
    render: "none",
    ...c,
  }).toString("utf8");
  return loadSpec(text, "plan.yaml").diagnostics;
}

describe("found by the fuzz suite", () => {
  it("a line indented one space too deep: the Vietnamese message carries no English of the yaml library", () => {
    // seed 1773462566: "Thụt lề không đúng (All mapping items must start at the same column)."
    const ds = diagnosticsOf(plan("quang-minh-2024.yaml"), {
      data: [],
      text: [{ kind: "indent", line: 24, by: " " }],
    });
    expect(ds.length).toBeGreaterThan(0);
    for (const d of ds) {
      const { message, hint } = localize(d, "vi");
      expect(`${message} ${hint ?? ""}`).not.toMatch(/must|column|mapping/i);
    }
  });
});
