// The precompiled built-in templates are generated from templates/; this keeps them in step.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { precompiledModule, templateSources } from "../../src/model/precompile.js";
import { builtinTemplatesDir } from "../../src/model/templates.js";

const GENERATED = "src/model/templates.generated.ts";

describe("precompiled templates", () => {
  it("match templates/", () => {
    const expected = precompiledModule(templateSources(builtinTemplatesDir()));
    if (process.env.UPDATE === "1" || !existsSync(GENERATED)) writeFileSync(GENERATED, expected);
    const actual = readFileSync(GENERATED, "utf8");
    expect(actual === expected, "run: UPDATE=1 npx vitest run test/model/precompiled.test.ts").toBe(
      true,
    );
  });
});
