// The preview's page view asks the PDF's layout (src/render/pdf/definition.ts, pdfLayout) in the
// server's own process: that must never load pdfkit, which stays in the render worker. Every file
// the server's store reaches by relative imports is read; an import of pdfkit other than
// `import type` (a static or dynamic import, a require) is named.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..", "..", "src");
const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?[^;]*?\bfrom\s+"([^"]+)"|(?:import|require)\(\s*"([^"]+)"\s*\)/g;

function reached(start: string): Map<string, string> {
  const seen = new Map<string, string>();
  const todo = [start];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    const text = readFileSync(file, "utf8");
    seen.set(file, text);
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[3] ?? m[4] ?? "";
      if (!spec.startsWith(".") || m[2]) continue;
      const target = resolve(dirname(file), spec.replace(/\.js$/, ".ts"));
      if (existsSync(target)) todo.push(target);
    }
  }
  return seen;
}

it("the preview server's process never loads pdfkit: the page view uses the layout only", () => {
  const files = reached(join(SRC, "server", "app.ts"));
  expect([...files.keys()].map((f) => relative(SRC, f))).toContain("render/pdf/definition.ts");
  const offending: string[] = [];
  for (const [file, text] of files) {
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[3] ?? m[4] ?? "";
      if (!m[2] && /^pdfkit(\/|$)/.test(spec)) {
        offending.push(`${relative(SRC, file)} imports ${spec}`);
      }
    }
  }
  expect(offending).toEqual([]);
});
