// The built-in templates are precompiled when kehoach is built, so that a run pays only for the small
// Handlebars runtime, not for its compiler (compiling every template and label at each start cost
// about half of `kehoach validate`). A locality's own templates are still compiled when loaded.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import { parseDataYaml } from "../yaml/data.js";
import { COMPILE_OPTIONS } from "./compile-options.js";

/** Every template source of a templates folder: the .hbs files and the values of labels.yaml. */
export function templateSources(dir: string): string[] {
  const sources = new Set<string>();
  for (const entry of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, entry), "utf8").normalize("NFC");
    if (entry.endsWith(".hbs")) sources.add(text);
    if (entry === "labels.yaml") {
      const labels = parseDataYaml(text) as Record<string, unknown>;
      for (const value of Object.values(labels)) if (typeof value === "string") sources.add(value);
    }
  }
  return [...sources];
}

/** The TypeScript module mapping each source text to its precompiled template specification. */
export function precompiledModule(sources: readonly string[]): string {
  const entries = sources.map(
    (source) => `  [${JSON.stringify(source)}, ${Handlebars.precompile(source, COMPILE_OPTIONS)}],`,
  );
  return [
    "// biome-ignore-all format: generated code",
    "// biome-ignore-all lint: generated code",
    "// @ts-nocheck",
    "// GENERATED from templates/ by src/model/precompile.ts. Do not edit.",
    "// Regenerate: UPDATE=1 npx vitest run test/model/precompiled.test.ts",
    "",
    "/** Template source text → Handlebars template specification. */",
    "export const PRECOMPILED: ReadonlyMap<string, object> = new Map([",
    ...entries,
    "]);",
    "",
  ].join("\n");
}
