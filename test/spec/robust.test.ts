// Whatever the input, the loader returns diagnostics: it never throws, every diagnostic has a known
// code and a position inside the text.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LoadedSpec } from "../../src/spec/load.js";
import { SPEC_MESSAGES } from "../../src/spec/messages.js";
import { BASE, load } from "./helpers.js";

function wellFormed(r: LoadedSpec): void {
  const lines = r.text.split("\n").length;
  for (const d of r.diagnostics) {
    expect(SPEC_MESSAGES[d.code], d.code).toBeDefined();
    expect(d.code).not.toBe("spec.internal");
    expect(d.pos?.line).toBeGreaterThanOrEqual(1);
    expect(d.pos?.line).toBeLessThanOrEqual(lines);
    expect(d.pos?.col).toBeGreaterThanOrEqual(1);
  }
  if (r.spec) expect(r.diagnostics.every((d) => d.severity !== "error")).toBe(true);
}

const yamlish = fc.string({
  unit: fc.constantFrom(..."ab:- \n\t[]{},#&*!|>'\"?%@`ạđ\u0301~0123.".split("")),
  maxLength: 200,
});

describe("robustness", () => {
  it("survives arbitrary YAML-ish text", () => {
    fc.assert(
      fc.property(yamlish, (text) => wellFormed(load(text))),
      { numRuns: 300 },
    );
  });

  it("survives edits of a valid plan", () => {
    fc.assert(
      fc.property(fc.nat(BASE.length), fc.nat(20), yamlish, (at, cut, insert) => {
        wellFormed(load(BASE.slice(0, at) + insert + BASE.slice(at + cut)));
      }),
      { numRuns: 300 },
    );
  });
});
