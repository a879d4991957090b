// The folder contract (issue 12): which folder of src/ may import which. Every import of every file
// under src/ is read statically — `import … from "…"`, `import "…"`, `export … from "…"`, dynamic
// `import("…")` (and `typeof import("…")`) and `require("…")` — from the text, comments and the
// contents of strings and templates skipped, and each offending import is named with its line.

import { readdirSync, readFileSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const SRC = join(ROOT, "src");

interface Import {
  /** As written: "../cli/io.js", "yaml", "node:fs". */
  specifier: string;
  line: number;
}

interface Rule {
  /** The folder under src/ whose files the rule is about: "spec", "render". */
  from: string;
  /** Whether the import breaks the rule: target is the src/ folder it reaches, undefined for a package. */
  forbids(target: string | undefined, imp: Import): boolean;
  why: string;
}

const STAGES = ["spec", "stats", "model", "plan-next", "plan-diff", "import", "layout", "render"];

const RULES: readonly Rule[] = [
  {
    from: "spec",
    forbids: (t) => t === "render",
    why: "src/spec must not import src/render",
  },
  {
    from: "stats",
    forbids: (t) => t === "render",
    why: "src/stats must not import src/render",
  },
  {
    from: "server",
    forbids: (t) => t === "cli",
    why: "src/server must not import src/cli (what both need lives in src/edge)",
  },
  {
    from: "import",
    forbids: (t) => t === "cli" || t === "server" || t === "render",
    why: "src/import is a stage: the CLI and the server call it, it calls neither (nor a renderer)",
  },
  {
    from: "document",
    forbids: (t) => t !== "document",
    why: "the document model's types (src/document) import nothing",
  },
  {
    from: "diagnostics",
    forbids: (t) => t !== undefined && STAGES.includes(t),
    why: "src/diagnostics must not import a stage (catalogs are assembled in src/edge)",
  },
  {
    from: "render",
    forbids: (t) => t === "spec",
    why: "a renderer reads the document model, never the spec (src/spec)",
  },
  {
    from: "render",
    forbids: (t) => t === "model",
    why: "a renderer reads the document model's types (src/document), not the code that builds it (src/model)",
  },
  {
    from: "layout",
    forbids: (t) => t === "model",
    why: "src/layout reads the document model's types (src/document), not the code that builds it (src/model)",
  },
  {
    from: "yaml",
    forbids: (t) => t !== undefined && STAGES.includes(t),
    why: "src/yaml, the YAML reading the stages share, must not import a stage",
  },
];

/** Every offending import of the files given (path relative to src/, with "/"), as a sentence. */
function violations(files: ReadonlyMap<string, string>, rules = RULES): string[] {
  const out: string[] = [];
  for (const [file, text] of files) {
    const folder = folderOf(file);
    for (const imp of importsOf(text)) {
      const target = targetOf(file, imp.specifier);
      for (const rule of rules) {
        if (rule.from === folder && rule.forbids(target, imp)) {
          out.push(`src/${file}:${imp.line} imports "${imp.specifier}": ${rule.why}`);
        }
      }
    }
  }
  return out;
}

/** "render/pdf/fonts.ts" → "render"; a file at the top of src/ is its own folder. */
function folderOf(file: string): string {
  return file.split("/")[0] ?? file;
}

/** The folder under src/ a relative specifier reaches ("outside" above src/), else undefined. */
function targetOf(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const resolved = posix.normalize(posix.join(posix.dirname(file), specifier));
  return resolved.startsWith("..") ? "outside" : folderOf(resolved);
}

// ---------------------------------------------------------------- reading imports

type Token = { kind: "word" | "string" | "punct"; text: string; line: number };

/** The imports of a TypeScript or JavaScript text, in order. */
function importsOf(text: string): Import[] {
  const tokens = tokenize(text);
  const out: Import[] = [];
  const at = (i: number): Token | undefined => tokens[i];
  const isString = (i: number) => at(i)?.kind === "string";
  const is = (i: number, t: string) => at(i)?.kind !== "string" && at(i)?.text === t;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== "word" || is(i - 1, ".")) continue;
    if (
      (token.text === "import" || token.text === "require") &&
      is(i + 1, "(") &&
      isString(i + 2)
    ) {
      out.push(importAt(tokens, i + 2)); // import("…"), typeof import("…"), require("…")
    } else if (token.text === "import" && isString(i + 1)) {
      out.push(importAt(tokens, i + 1)); // import "…";
    } else if (token.text === "import" && !is(i + 1, "(") && !is(i + 1, ".")) {
      const from = fromClause(tokens, i + 1);
      if (from !== undefined) out.push(importAt(tokens, from));
    } else if (token.text === "export") {
      let j = i + 1;
      if (is(j, "type")) j++;
      if (is(j, "*")) {
        j++;
        if (is(j, "as")) j += 2;
      } else if (is(j, "{")) {
        while (j < tokens.length && !is(j, "}")) j++;
        j++;
      } else {
        continue;
      }
      if (is(j, "from") && isString(j + 1)) out.push(importAt(tokens, j + 1));
    }
  }
  return out;
}

function importAt(tokens: Token[], i: number): Import {
  const t = tokens[i] as Token;
  return { specifier: t.text, line: t.line };
}

/** The index of the string after `from` that ends an import statement starting at `start`. */
function fromClause(tokens: Token[], start: number): number | undefined {
  for (let j = start; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.kind === "punct" && t.text === ";") return undefined;
    if (t.kind === "word" && t.text === "from" && tokens[j + 1]?.kind === "string") return j + 1;
  }
  return undefined;
}

const AFTER_WORD_IS_REGEX = new Set([
  "return",
  "typeof",
  "case",
  "do",
  "else",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "instanceof",
  "yield",
  "await",
]);

/**
 * Words, strings (their value, for specifiers) and punctuation, without comments. Template
 * literals and regular expressions become one opaque token each, so that nothing inside them is
 * taken for an import.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  const push = (kind: Token["kind"], value: string, at: number) =>
    tokens.push({ kind, text: value, line: at });
  const regexAllowed = () => {
    const last = tokens[tokens.length - 1];
    if (!last) return true;
    if (last.kind === "string") return false;
    if (last.kind === "word") return AFTER_WORD_IS_REGEX.has(last.text);
    return !(last.text === ")" || last.text === "]" || last.text === "}");
  };
  while (i < n) {
    const c = text[i] as string;
    if (c === "\n") {
      line++;
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < n && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? n : end + 2;
      line += countLines(text, i, stop);
      i = stop;
    } else if (c === '"' || c === "'") {
      const start = line;
      let value = "";
      i++;
      while (i < n && text[i] !== c && text[i] !== "\n") {
        if (text[i] === "\\") {
          value += text[i + 1] ?? "";
          i += 2;
        } else {
          value += text[i];
          i++;
        }
      }
      i++;
      push("string", value, start);
    } else if (c === "`") {
      const start = line;
      const stop = templateEnd(text, i);
      line += countLines(text, i, stop);
      i = stop;
      push("punct", "`…`", start);
    } else if (c === "/" && regexAllowed()) {
      const start = line;
      let inClass = false;
      i++;
      while (i < n && text[i] !== "\n") {
        const d = text[i];
        if (d === "\\") i++;
        else if (d === "[") inClass = true;
        else if (d === "]") inClass = false;
        else if (d === "/" && !inClass) break;
        i++;
      }
      i++;
      while (i < n && /[a-z]/i.test(text[i] as string)) i++;
      push("punct", "/…/", start);
    } else if (/[A-Za-z_$0-9]/.test(c)) {
      let j = i;
      while (j < n && /[A-Za-z_$0-9]/.test(text[j] as string)) j++;
      push("word", text.slice(i, j), line);
      i = j;
    } else {
      push("punct", c, line);
      i++;
    }
  }
  return tokens;
}

/** The index just after the template literal that opens at `start`, nested templates included. */
function templateEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\") {
      i += 2;
    } else if (c === "`") {
      return i + 1;
    } else if (c === "$" && text[i + 1] === "{") {
      i += 2;
      let depth = 1;
      while (i < text.length && depth > 0) {
        const d = text[i];
        if (d === "`") {
          i = templateEnd(text, i);
          continue;
        }
        if (d === '"' || d === "'") {
          i++;
          while (i < text.length && text[i] !== d) i += text[i] === "\\" ? 2 : 1;
        } else if (d === "{") {
          depth++;
        } else if (d === "}") {
          depth--;
        }
        i++;
      }
    } else {
      i++;
    }
  }
  return text.length;
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to; i++) if (text[i] === "\n") lines++;
  return lines;
}

// ---------------------------------------------------------------- the environment

/** Folders that may read environment variables: the edge. Everything else is given options. */
const EDGE = ["cli", "server", "edge"];

/** Every read of `process.env` outside the edge, as a sentence naming the file, line and variable. */
function environmentReads(files: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [file, text] of files) {
    if (EDGE.includes(folderOf(file))) continue;
    const tokens = tokenize(text);
    for (let i = 0; i + 2 < tokens.length; i++) {
      const p = tokens[i] as Token;
      if (p.kind !== "word" || p.text !== "process") continue;
      if (tokens[i + 1]?.text !== "." || tokens[i + 2]?.text !== "env") continue;
      const next = tokens[i + 3];
      const name =
        next?.text === "."
          ? tokens[i + 4]?.text
          : next?.text === "["
            ? tokens[i + 4]?.text
            : undefined;
      out.push(
        `src/${file}:${p.line} reads process.env${name ? `.${name}` : ""}: only src/cli, src/server and src/edge read the environment; pass an option`,
      );
    }
  }
  return out;
}

// ---------------------------------------------------------------- the tests

function sourceFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|mts|cts|js|mjs|cjs)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(SRC, path).split(sep).join("/"), readFileSync(path, "utf8"));
  }
  return files;
}

describe("the folder contract of src/", () => {
  const files = sourceFiles(SRC);

  it("holds: no file under src/ imports what its folder may not", () => {
    expect(violations(files)).toEqual([]);
  });

  it("reads the imports of the real files, dynamic ones included", () => {
    expect(files.size).toBeGreaterThan(100);
    const formats = importsOf(files.get("render/formats.ts") ?? "").map((i) => i.specifier);
    expect(formats).toEqual(expect.arrayContaining(["./html/index.js", "./docx/index.js"]));
    const main = importsOf(files.get("cli/main.ts") ?? "").map((i) => i.specifier);
    expect(main).toContain("../server/command.js");
    expect(importsOf(files.get("document/types.ts") ?? "")).toEqual([]);
  });

  it("names each offending import, whatever form it takes", () => {
    const bad = new Map([
      ["spec/load.ts", 'import { renderPdf } from "../render/pdf/index.js";\n'],
      ["stats/index.ts", '\n\nexport { x } from "../render/html/index.js";\n'],
      ["server/command.ts", 'import type {\n  Context,\n} from "../cli/io.js";\n'],
      ["server/app.ts", 'const m = await import("../cli/main.js");\n'],
      ["document/types.ts", 'import type { Lang } from "../diagnostics/types.js";\n'],
      ["document/more.ts", 'export * from "yaml";\nimport "./types.js";\n'],
      ["diagnostics/localize.ts", 'import { SPEC_MESSAGES } from "../spec/messages.js";\n'],
      ["render/docx/index.ts", 'type P = typeof import("../../spec/types.js");\n'],
      ["yaml/data.ts", 'const s = require("../model/build.js");\n'],
      ["layout/rules.ts", 'import type { DocumentModel } from "../model/types.js";\n'],
    ]);
    expect(violations(bad)).toEqual([
      'src/spec/load.ts:1 imports "../render/pdf/index.js": src/spec must not import src/render',
      'src/stats/index.ts:3 imports "../render/html/index.js": src/stats must not import src/render',
      'src/server/command.ts:3 imports "../cli/io.js": src/server must not import src/cli (what both need lives in src/edge)',
      'src/server/app.ts:1 imports "../cli/main.js": src/server must not import src/cli (what both need lives in src/edge)',
      'src/document/types.ts:1 imports "../diagnostics/types.js": the document model\'s types (src/document) import nothing',
      'src/document/more.ts:1 imports "yaml": the document model\'s types (src/document) import nothing',
      'src/diagnostics/localize.ts:1 imports "../spec/messages.js": src/diagnostics must not import a stage (catalogs are assembled in src/edge)',
      'src/render/docx/index.ts:1 imports "../../spec/types.js": a renderer reads the document model, never the spec (src/spec)',
      'src/yaml/data.ts:1 imports "../model/build.js": src/yaml, the YAML reading the stages share, must not import a stage',
      'src/layout/rules.ts:1 imports "../model/types.js": src/layout reads the document model\'s types (src/document), not the code that builds it (src/model)',
    ]);
  });

  it("lets only the edge read the environment", () => {
    expect(environmentReads(files)).toEqual([]);
    const bad = new Map([
      ["render/pdf/fonts.ts", "\nconst dir = process.env.KEHOACH_FONT_CACHE;\n"],
      ["stats/index.ts", 'const e = process.env["TZ"];\nconst all = process.env;\n'],
      ["cli/main.ts", "const lang = process.env.KEHOACH_LANG;\n"],
    ]);
    expect(environmentReads(bad)).toEqual([
      "src/render/pdf/fonts.ts:2 reads process.env.KEHOACH_FONT_CACHE: only src/cli, src/server and src/edge read the environment; pass an option",
      "src/stats/index.ts:1 reads process.env.TZ: only src/cli, src/server and src/edge read the environment; pass an option",
      "src/stats/index.ts:2 reads process.env: only src/cli, src/server and src/edge read the environment; pass an option",
    ]);
  });

  it("takes no import from comments, strings, templates or regular expressions", () => {
    const text = [
      '// import { a } from "../cli/a.js";',
      '/* export * from "../cli/b.js"; */',
      "const s = \"import { c } from '../cli/c.js'\";",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's text, on purpose
      'const t = `import("../cli/d.js") ${`export * from "../cli/e.js"`}`;',
      'const r = /import\\("..\\/cli\\/f.js"\\)/;',
      "const m = import.meta.url;",
      'import { ok } from "../edge/io.js";',
    ].join("\n");
    expect(importsOf(text)).toEqual([{ specifier: "../edge/io.js", line: 7 }]);
    expect(violations(new Map([["server/x.ts", text]]))).toEqual([]);
  });
});
