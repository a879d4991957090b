// The package's own YAML files (data/ and the built-in labels.yaml) are parsed when kehoach is built,
// as the built-in templates are precompiled: each run would otherwise parse the same 15 kB of YAML
// again (about 10 ms of a command, the yaml library's code being cold in a fresh process). The
// generated module maps each file's whole text to a function building its value; parseDataYaml
// (data.ts) uses it only for a text equal to the one parsed here, and parses any other text.

import { isDeepStrictEqual } from "node:util";
import { parse } from "yaml";

/** The TypeScript module mapping each text to a function returning what parse() gives for it. */
export function parsedDataModule(texts: readonly string[]): string {
  const entries = [...new Set(texts)].map((text) => {
    const value: unknown = parse(text);
    const literal = JSON.stringify(value);
    // A value JSON does not carry the same (a date, a NaN, a Map, a key __proto__, which a literal
    // would read as the prototype) is left to parse() at run time.
    if (!isDeepStrictEqual(JSON.parse(literal), value) || literal.includes('"__proto__":')) {
      throw new Error(`not plain data: ${text.slice(0, 60)}`);
    }
    return `  [${JSON.stringify(text)}, () => (${literal})],`;
  });
  return [
    "// biome-ignore-all format: generated code",
    "// biome-ignore-all lint: generated code",
    "// GENERATED from data/ and templates/labels.yaml by src/yaml/data-precompute.ts. Do not edit.",
    "// Regenerate: UPDATE=1 npx vitest run test/yaml/data-generated.test.ts",
    "",
    "/** A file's whole text → a function building the value parse() gives for it (a new one each call). */",
    "export const PARSED: ReadonlyMap<string, () => unknown> = new Map<string, () => unknown>([",
    ...entries,
    "]);",
    "",
  ].join("\n");
}
