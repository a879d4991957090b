// Compiles schemas/plan.schema.json into standalone validation code. Compiling with ajv at every start
// costs about 200 ms; importing the generated module about 20 ms. Only the up-to-date test and
// regeneration (UPDATE=1 npx vitest run test/spec/generated.test.ts) import this file.

import ajv2020 from "ajv/dist/2020.js";
import standalone from "ajv/dist/standalone/index.js";

// Both are CommonJS modules whose export is also their own `default`: this form type-checks and runs.
const Ajv2020 = ajv2020.default;
const standaloneCode = standalone.default;

/** The options the validator is built with; verbose errors carry the parent schema (allowed keys, bounds). */
export const AJV_OPTIONS = {
  allErrors: true,
  verbose: true,
  discriminator: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  inlineRefs: false,
  // maxLength counts UTF-16 code units (String.length) instead of needing ajv's ucs2length helper at
  // run time: the bounds on text length are far from any real text, so the difference never matters.
  unicode: false,
  code: { source: true, esm: true, lines: true },
} as const;

/**
 * Keywords for editors, not for validation: the YAML language server (VS Code's YAML extension)
 * shows markdownDescription on hover, offers defaultSnippets on completion and shows errorMessage
 * instead of its English "Incorrect type"; ajv in strict mode must be told they are known.
 */
export const EDITOR_KEYWORDS = ["markdownDescription", "defaultSnippets", "errorMessage"] as const;

export const GENERATED_HEADER = [
  "// biome-ignore-all format: generated code",
  "// biome-ignore-all lint: generated code",
  "// @ts-nocheck",
  "// GENERATED from schemas/plan.schema.json by src/spec/schema-codegen.ts (ajv standalone). Do not edit.",
  "// Regenerate: UPDATE=1 npx vitest run test/spec/generated.test.ts",
].join("\n");

export function generateValidatorSource(schema: object): string {
  const ajv = new Ajv2020(AJV_OPTIONS);
  ajv.addVocabulary([...EDITOR_KEYWORDS]);
  const validate = ajv.compile(schema);
  const code = standaloneCode(ajv, validate).replace(/^"use strict";/, "");
  if (/\brequire\(/.test(code)) {
    throw new Error(
      "the generated validator needs an ajv runtime helper: avoid minLength/maxLength",
    );
  }
  return `${GENERATED_HEADER}\n${code.trim()}\n`;
}
