// yaml-fast.ts must give exactly what the yaml library gives (value and source map) or nothing.
// Checked on every YAML file of the repository and on thousands of altered plans: a deleted,
// repeated, shifted or swapped line, a character dropped in, a value replaced by another form.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { SrcNode } from "../../src/spec/source-map.js";
import { parseDataYaml } from "../../src/spec/yaml-data.js";
import { parseYamlFast } from "../../src/spec/yaml-fast.js";
import { parseYaml } from "../../src/spec/yaml-parse.js";
import { walkDocument } from "../../src/spec/yaml-walk.js";

const ROOT = join(import.meta.dirname, "..", "..");
const read = (f: string) => readFileSync(join(ROOT, f), "utf8").normalize("NFC");

const PLANS = [
  "plans/quang-minh-2024.yaml",
  "plans/long-khanh-2024.yaml",
  "plans/pho-minh-2024.yaml",
];
const OTHERS = [
  "test/golden/plan-next/quang-minh-2025.yaml",
  "test/golden/plan-next/long-khanh-2025.yaml",
  "test/golden/plan-next/pho-minh-2025.yaml",
  "test/spec/fixtures/valid-plan.yaml",
  "data/standards/nd-07-2021.yaml",
  "data/standards/nd-351-2025.yaml",
  "templates/labels.yaml",
];

/** The yaml library's reading, or undefined when it has anything to say about the text. */
function slow(text: string): { value: unknown; tree: unknown } | undefined {
  const parsed = parseYaml(text, "plan.yaml");
  if (!parsed.doc || parsed.diagnostics.length > 0) return undefined;
  const walked = walkDocument(parsed.doc, text, parsed.at);
  if (walked.diagnostics.length > 0) return undefined;
  return { value: walked.value, tree: plain(walked.tree) };
}

function plain(node: SrcNode | undefined): unknown {
  if (!node) return node;
  return {
    start: node.start,
    end: node.end,
    keyStart: node.keyStart,
    keyEnd: node.keyEnd,
    children: node.children && [...node.children].map(([k, v]) => [k, plain(v)]),
  };
}

/** "declined", or "same" when both readings agree; anything else fails the test. */
function compare(text: string): "declined" | "same" {
  const fast = parseYamlFast(text);
  if (!fast) return "declined";
  const reference = slow(text);
  expect(reference, "read fast a text the yaml library objects to").toBeDefined();
  expect(JSON.stringify(fast.value)).toBe(JSON.stringify(reference?.value));
  expect(Object.keys(fast.value as object)).toEqual(Object.keys(reference?.value as object));
  expect(plain(fast.tree)).toEqual(reference?.tree);
  return "same";
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
}

const INSERTS = [":", "-", "#", "'", '"', "[", "]", "{", "}", " ", "|", ">", "a", "1", "\n", ","];
const VALUES = [
  "1.50",
  "-3",
  "'a''b'",
  '"x\\ny"',
  '"q\\"z"',
  "[1, 2]",
  "{a: 1}",
  "{ a: [b, 'c'], d: {} }",
  "|",
  ">-",
  "|\n      x\n\n      y",
  ">\n      p\n      q\n\n      r",
  "~",
  "yes",
  "0x1F",
  "1e3",
  "2024-01-01",
  "Null",
  "true",
  "- x",
  "a # b",
  "a#b",
  "x: y",
  "[a,]",
  "12345678901234567",
  "007",
  ".5",
  "-0",
  "&a b",
  "*a",
  "!!str 1",
];

function mutate(text: string, next: (n: number) => number): string {
  const lines = text.split("\n");
  for (let o = 1 + next(3); o > 0; o--) {
    const i = next(lines.length);
    const line = lines[i] ?? "";
    switch (next(8)) {
      case 0:
        lines.splice(i, 1);
        break;
      case 1:
        lines.splice(i, 0, line);
        break;
      case 2:
        lines[i] = " ".repeat(1 + next(3)) + line;
        break;
      case 3:
        lines[i] = line.replace(/^ {1,2}/, "");
        break;
      case 4: {
        const p = next(line.length + 1);
        lines[i] = line.slice(0, p) + INSERTS[next(INSERTS.length)] + line.slice(p);
        break;
      }
      case 5: {
        const j = next(lines.length);
        lines[i] = lines[j] ?? "";
        lines[j] = line;
        break;
      }
      default:
        lines[i] = line.replace(/: .*$/, `: ${VALUES[next(VALUES.length)]}`);
    }
  }
  return lines.join("\n");
}

describe("parseYamlFast", () => {
  it.each(PLANS)("reads %s as the yaml library does", (file) => {
    expect(compare(read(file))).toBe("same");
  });

  it.each(OTHERS)("reads %s as the yaml library does, or leaves it to it", (file) => {
    compare(read(file));
  });

  it.each(PLANS)("agrees with the yaml library on altered copies of %s", (file) => {
    const next = random(file.length * 7919);
    const text = read(file);
    const seen = { same: 0, declined: 0 };
    for (let k = 0; k < 1500; k++) seen[compare(mutate(text, next))]++;
    expect(seen.same).toBeGreaterThan(300);
  });

  it("leaves what it does not know to the yaml library", () => {
    for (const text of [
      "a: &x 1\nb: *x\n",
      "a: !!str 1\n",
      "a: one\n  two\n",
      "a: 1\r\nb: 2\r\n",
      "a:\t1\n",
      "a: 1\na: 2\n",
      "--- \na: 1\n",
      "a: [1,\n  2]\n",
      "a:\n  - - 1\n",
      '"a": 1\n',
      "a: >+\n  x\n",
    ]) {
      expect(parseYamlFast(text), JSON.stringify(text)).toBeUndefined();
    }
    expect(compare("- 1\n- a: b\n  c: [d]\n")).toBe("same");
  });
});

describe("parseDataYaml", () => {
  it.each([
    "data/standards/nd-07-2021.yaml",
    "data/standards/nd-351-2025.yaml",
    "templates/labels.yaml",
  ])("reads %s as the yaml library's parse() does, and fast", (file) => {
    const text = readFileSync(join(ROOT, file), "utf8");
    expect(parseYamlFast(text)).toBeDefined();
    expect(JSON.stringify(parseDataYaml(text))).toBe(JSON.stringify(parse(text)));
  });

  it("leaves a file not in NFC to the yaml library", () => {
    const text = "ten: Vie\u0302\u0323t\n";
    expect(parseDataYaml(text)).toEqual(parse(text));
  });
});
