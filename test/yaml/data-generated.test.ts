// The package's YAML files parsed at build time (src/yaml/data.generated.ts) are kept in step with
// data/ and templates/labels.yaml, and give what the yaml library gives.

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ADMINISTRATION_FILE } from "../../src/data/administration.js";
import { STANDARDS_DIR } from "../../src/data/standards.js";
import { builtinTemplatesDir } from "../../src/model/templates.js";
import { PARSED } from "../../src/yaml/data.generated.js";
import { parseDataYaml } from "../../src/yaml/data.js";
import { parsedDataModule } from "../../src/yaml/data-precompute.js";

const GENERATED = new URL("../../src/yaml/data.generated.ts", import.meta.url);

/** Each file as its reader passes it to parseDataYaml: data files as read, labels.yaml as NFC. */
function packageTexts(): string[] {
  const read = (path: string) => readFileSync(path, "utf8");
  return [
    read(ADMINISTRATION_FILE),
    ...readdirSync(STANDARDS_DIR)
      .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
      .sort()
      .map((f) => read(join(STANDARDS_DIR, f))),
    read(join(builtinTemplatesDir(), "labels.yaml")).normalize("NFC"),
  ];
}

describe("package data parsed at build time", () => {
  it("is up to date with data/ and templates/labels.yaml", () => {
    const expected = parsedDataModule(packageTexts());
    if (process.env.UPDATE) writeFileSync(GENERATED, expected);
    const actual = readFileSync(GENERATED, "utf8");
    expect(
      actual === expected,
      "run: UPDATE=1 npx vitest run test/yaml/data-generated.test.ts",
    ).toBe(true);
  });

  it("gives for each file what parse() gives, a new value each time", () => {
    for (const text of packageTexts()) {
      expect(PARSED.has(text)).toBe(true);
      const value = parseDataYaml(text);
      expect(value).toStrictEqual(parse(text));
      expect(parseDataYaml(text)).not.toBe(value);
    }
  });

  it("parses any other text", () => {
    expect(parseDataYaml("a: 1\nb: [x, y]\n")).toStrictEqual({ a: 1, b: ["x", "y"] });
    const edited = `${packageTexts()[0]}\n# edited\n`;
    expect(PARSED.has(edited)).toBe(false);
    expect(parseDataYaml(edited)).toStrictEqual(parse(edited));
  });

  it("refuses a value a literal would not give back", () => {
    expect(() => parsedDataModule(['"__proto__": { polluted: 1 }\n'])).toThrow(/not plain data/);
    expect(() => parsedDataModule(["x: .nan\n"])).toThrow(/not plain data/);
  });
});
