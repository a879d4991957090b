// Issue 12: kehoach uses its libraries through their public API only. This test reads every source
// file under src/, scripts/ and bin/ and fails on any offender:
// - an assignment to a prototype (`X.prototype.y = …`, `X.prototype[y] = …`);
// - a call of a `replaceMethod` helper, which replaces a library's method;
// - an import or require of a path inside another package ("pdfmake/js/…", "fontkit/src/…"),
//   other than the public entry points listed in PUBLIC_ENTRIES; type-only imports are types;
// - a build step that rewrites third-party source (a bundler `transform` hook in scripts/).

import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const FOLDERS = ["src", "scripts", "bin"];

/** Subpaths of packages that their authors document as entry points. */
const PUBLIC_ENTRIES = new Set([
  "handlebars/runtime.js", // handlebars' documented runtime-only build ("handlebars/runtime")
  "ajv/dist/2020.js", // ajv documents `import Ajv2020 from "ajv/dist/2020"` for JSON Schema 2020-12
  "ajv/dist/standalone/index.js", // ajv's documented standalone code generation
]);

type Rule = "prototype" | "replaceMethod" | "package-internals" | "source-rewrite";

const SOURCE = /\.(ts|mts|cts|js|mjs|cjs)$/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (SOURCE.test(entry.name)) out.push(path);
  }
  return out;
}

/** A bare specifier naming a file or folder inside a package, not the package itself. */
function insidePackage(specifier: string): boolean {
  if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("node:"))
    return false;
  if (specifier.startsWith("\0")) return false;
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? 2 : 1;
  return parts.length > name && !PUBLIC_ENTRIES.has(specifier);
}

const PROTOTYPE_ASSIGNMENT = /\.prototype(\.[\w$]+|\[[^\]]+\])\s*=(?!=)/;
const REPLACE_METHOD = /\breplaceMethod\s*(<[^>]*>)?\s*\(/;
/** Runtime imports, re-exports, dynamic imports, requires and require.resolve. */
const SPECIFIERS = [
  /\bimport\s+(?!type\b)[^;]*?\bfrom\s*["']([^"']+)["']/g,
  /\bimport\s*["']([^"']+)["']/g,
  /\bexport\s+(?!type\b)[^;]*?\bfrom\s*["']([^"']+)["']/g,
  /\b(?:import|require|require\.resolve)\s*\(\s*["']([^"']+)["']/g,
];
const TRANSFORM_HOOK = /^\s*transform\s*\(/m;

/** The rules a file's text breaks. */
function offences(text: string, file: string): Rule[] {
  const found = new Set<Rule>();
  if (PROTOTYPE_ASSIGNMENT.test(text)) found.add("prototype");
  if (REPLACE_METHOD.test(text)) found.add("replaceMethod");
  for (const pattern of SPECIFIERS)
    for (const m of text.matchAll(pattern))
      if (insidePackage(m[1] as string)) found.add("package-internals");
  if (file.startsWith("scripts/") && TRANSFORM_HOOK.test(text)) found.add("source-rewrite");
  return [...found].sort();
}

describe("the offence finder", () => {
  it("finds prototype assignments, replaceMethod calls and requires of a package's files", () => {
    expect(offences("Foo.prototype.bar = function () {};", "src/a.ts")).toEqual(["prototype"]);
    expect(offences('X.prototype["y"] = 1;', "src/a.ts")).toEqual(["prototype"]);
    expect(offences('replaceMethod<M>(proto, "layout", wrap);', "src/a.ts")).toEqual([
      "replaceMethod",
    ]);
    expect(offences('const M = require("pdfmake/js/Renderer.js");', "src/a.ts")).toEqual([
      "package-internals",
    ]);
    expect(offences('import x from "fontkit/src/base.js";', "src/a.ts")).toEqual([
      "package-internals",
    ]);
    expect(offences('const k = await import("@scope/pkg/lib/x.js");', "src/a.ts")).toEqual([
      "package-internals",
    ]);
    expect(offences("  transform(code, id) {", "scripts/b.mjs")).toEqual(["source-rewrite"]);
  });

  it("lets public entries, types, comparisons and relative paths be", () => {
    const fine = [
      'import { Packer } from "docx";',
      'import type { Content } from "pdfmake/interfaces.js";',
      'import { readFileSync } from "node:fs";',
      'import { x } from "../model/types.js";',
      'import H from "handlebars/runtime.js";',
      'const k = require("@fontsource/tinos");',
      "if (Foo.prototype.bar === baz) {}",
      "Object.prototype.hasOwnProperty.call(a, b);",
    ].join("\n");
    expect(offences(fine, "src/a.ts")).toEqual([]);
  });
});

describe("kehoach's sources", () => {
  const files = FOLDERS.flatMap((f) => sourceFiles(join(ROOT, f))).map((f) =>
    relative(ROOT, f).split(sep).join("/"),
  );
  const found = Object.fromEntries(
    files
      .map((f) => [f, offences(readFileSync(join(ROOT, f), "utf8"), f)] as const)
      .filter(([, rules]) => rules.length > 0),
  );

  it("patch no library and reach into no package", () => {
    expect(files.length).toBeGreaterThan(100);
    const offenders = Object.entries(found).map(([f, rules]) => `${f}: ${rules.join(", ")}`);
    expect(offenders).toEqual([]);
  });
});
