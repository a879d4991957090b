// The standalone validator in src/spec is generated from the schema; this keeps them in step.

import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateValidatorSource } from "../../src/spec/schema-codegen.js";

const SCHEMA = new URL("../../schemas/plan.schema.json", import.meta.url);
const GENERATED = new URL("../../src/spec/plan-validator.generated.ts", import.meta.url);

describe("generated validator", () => {
  it("is up to date with schemas/plan.schema.json", () => {
    const expected = generateValidatorSource(JSON.parse(readFileSync(SCHEMA, "utf8")));
    if (process.env.UPDATE) writeFileSync(GENERATED, expected);
    const actual = readFileSync(GENERATED, "utf8");
    expect(actual === expected, "run: UPDATE=1 npx vitest run test/spec/generated.test.ts").toBe(
      true,
    );
  });
});
