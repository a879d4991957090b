// Issue 15, point 7: `kehoach new` keeps a plan written in flow style ({ … }, [ … ], a JSON plan)
// valid: what it adds goes inside the braces as flow, never as a block line (draft: true was once
// inserted as a line of its own inside `{ … }`, and the new plan did not parse).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Document, parse, visit } from "yaml";
import { loadStandards } from "../../src/data/standards.js";
import { runPipeline } from "../../src/pipeline.js";
import { nextPlan } from "../../src/plan-next/next-plan.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-next-flow-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const standards = loadStandards();

/** The example plan without draft (so that new adds it), as data. */
function sample(): { document: Record<string, unknown> } {
  const data = parse(readFileSync("plans/quang-minh-2024.yaml", "utf8"));
  delete data.document.draft;
  return data;
}

/** The sample written in flow style: every collection, or every one below the top level. */
function flowYaml(deep: boolean): string {
  const doc = new Document(sample());
  visit(doc, {
    Map(_, n) {
      if (deep || n !== doc.contents) n.flow = true;
    },
    Seq(_, n) {
      n.flow = true;
    },
  });
  return doc.toString({ lineWidth: deep ? 100 : 0 });
}

const CASES: [string, string][] = [
  ["flow-yaml.yaml", flowYaml(true)],
  ["flow-one-line.yaml", flowYaml(false)],
  ["json-indented.json", JSON.stringify(sample(), null, 2)],
  ["json-one-line.json", JSON.stringify(sample())],
];

describe("kehoach new on a plan in flow style", () => {
  const block = (() => {
    const file = join(dir, "block.yaml");
    const doc = new Document(sample());
    writeFileSync(file, doc.toString());
    const r = nextPlan(readFileSync(file, "utf8"), { year: 2025, file, standards });
    return parse(r.text ?? "");
  })();

  it.each(CASES)(
    "%s: the new plan validates and says what the block-style one says",
    (name, text) => {
      const r = nextPlan(text, { year: 2025, file: name, standards });
      expect(r.diagnostics).toEqual([]);
      const file = join(dir, name);
      writeFileSync(file, r.text ?? "");
      const checked = runPipeline(file);
      expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(checked.spec?.document.draft).toBe(true);
      expect(checked.spec?.document.date).toBe(2025);
      expect(parse(r.text ?? "")).toEqual(block);
    },
  );

  it("a JSON plan keeps JSON's quoted keys for what is added", () => {
    const r = nextPlan(JSON.stringify(sample()), { year: 2025, file: "p.json", standards });
    expect(r.text).toContain('"date":2025, "draft": true,');
  });
});
