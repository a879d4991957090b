// Entry of the command line: parse the arguments, run one command, return its exit status.
// 0 success, 1 the plan has problems, 2 the command was used wrongly. No stack trace reaches an
// official: an unexpected exception is reported as an internal error, with details on demand.

import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Lang } from "../diagnostics/types.js";
import type { CliIO, Context } from "../edge/io.js";
import { say } from "../edge/messages.js";
import { visibleLine } from "../edge/visible.js";
import { DEFAULT_FORMATS, FORMATS, type Format, isFormat } from "../render/formats.js";
import { type OptionName, readArgs } from "./args.js";
import { helpText } from "./help.js";
import { renderCommand } from "./render.js";
import { styleFor } from "./report.js";
import { validateCommand } from "./validate.js";

/**
 * The commands and the options each takes besides the common ones (--lang, --json, --help,
 * --version): any other option is an error. A new command adds one line here and its branch below.
 */
export const COMMANDS: Readonly<Record<string, readonly OptionName[]>> = {
  validate: ["strict"],
  render: ["format", "out", "draft", "strict"],
  serve: ["port", "host", "open"],
  new: ["from", "year", "out"],
  diff: ["from", "to"],
  init: ["hooks"],
  "fix-encoding": [],
  import: ["into", "sheet", "map"],
  schema: ["path"],
  help: [],
};

export function defaultIO(): CliIO {
  return {
    // no control character of a plan or a file name reaches the terminal (src/edge/visible.ts)
    out: (line) => process.stdout.write(`${visibleLine(line)}\n`),
    err: (line) => process.stderr.write(`${visibleLine(line)}\n`),
    env: process.env,
    cwd: process.cwd(),
  };
}

export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  const lang = guessLang(argv, io.env);
  try {
    return await run(argv, io, lang);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    io.err(say(lang, "internal.error", { reason }));
    if (io.env.KEHOACH_DEBUG && err instanceof Error && err.stack) io.err(err.stack);
    return 70;
  }
}

async function run(argv: string[], io: CliIO, lang: Lang): Promise<number> {
  const usage = (key: Parameters<typeof say>[1], params: Record<string, string | number> = {}) => {
    io.err(say(lang, key, params));
    return 2;
  };
  const { values, positionals, problem } = readArgs(argv, COMMANDS);
  const [command, ...paths] = positionals;
  if (values.lang !== undefined && values.lang !== "vi" && values.lang !== "en") {
    return usage("usage.bad-lang", { lang: values.lang });
  }
  const known = command !== undefined && Object.hasOwn(COMMANDS, command);
  if (command !== undefined && !known) {
    return usage("usage.unknown-command", { command, commands: commandList() });
  }
  if (problem) {
    const help = known && command !== "help" ? `kehoach help ${command}` : "kehoach --help";
    return usage(problem.key, { ...problem.params, help });
  }
  if (values.version) {
    io.out(version());
    return 0;
  }
  const helpParams = { formats: FORMATS.join(", "), defaults: DEFAULT_FORMATS.join(", ") };
  if (command === undefined) {
    if (values.help) {
      io.out(helpText("main", lang));
      return 0;
    }
    io.err(helpText("main", lang));
    return 2;
  }
  // kehoach help [COMMAND] is kehoach [COMMAND] --help
  if (command === "help" || values.help) {
    const topic = command === "help" ? paths[0] : command;
    if (topic !== undefined && !Object.hasOwn(COMMANDS, topic)) {
      return usage("usage.unknown-command", { command: topic, commands: commandList() });
    }
    io.out(helpText(topic ?? "main", lang, helpParams));
    return 0;
  }
  const ctx: Context = {
    io,
    lang,
    json: values.json ?? false,
    style: styleFor(process.stderr, io.env),
  };
  if (command === "serve") {
    if (paths.length > 1) return usage("serve.one-dir");
    // loaded only here: express and the watcher are no cost to validate and render
    const { serveCommand } = await import("../server/command.js");
    return serveCommand(ctx, {
      ...(paths[0] !== undefined ? { dir: paths[0] } : {}),
      ...(values.port !== undefined ? { port: values.port } : {}),
      ...(values.host !== undefined ? { host: values.host } : {}),
      ...(values.open ? { open: true } : {}),
    });
  }
  // new, diff, init, import, schema: loaded only when asked for, like serve
  if (command === "new") {
    const { newPlanCommand } = await import("./new-plan.js");
    return newPlanCommand(ctx, {
      ...(values.from !== undefined ? { from: values.from } : {}),
      ...(values.year !== undefined ? { year: values.year } : {}),
      ...(values.out !== undefined ? { out: values.out } : {}),
    });
  }
  if (command === "diff") {
    const { diffCommand } = await import("./diff.js");
    return diffCommand(ctx, paths, {
      ...(values.from !== undefined ? { from: values.from } : {}),
      ...(values.to !== undefined ? { to: values.to } : {}),
    });
  }
  if (command === "init") {
    if (paths.length > 1) return usage("usage.one-file", { command });
    const { initCommand } = await import("./init.js");
    return initCommand(ctx, paths[0], values.hooks ? { hooks: true } : {});
  }
  if (command === "fix-encoding") {
    if (paths.length !== 1)
      return usage(paths.length ? "usage.one-file" : "usage.no-files", { command });
    const { fixEncodingCommand } = await import("./fix-encoding.js");
    return fixEncodingCommand(ctx, paths[0] ?? "");
  }
  if (command === "import") {
    const { importCommand } = await import("./import.js");
    return importCommand(ctx, paths, {
      ...(values.into !== undefined ? { into: values.into } : {}),
      ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
      ...(values.map !== undefined ? { map: values.map } : {}),
    });
  }
  if (command === "schema") {
    const { schemaCommand } = await import("./schema.js");
    return schemaCommand(ctx, paths, values.path ? { path: true } : {});
  }
  if (paths.length === 0) return usage("usage.no-files", { command });

  if (command === "validate")
    return validateCommand(ctx, paths, values.strict ? { strict: true } : {});

  if (paths.length > 1) return usage("usage.one-file", { command });
  const formats: Format[] = [];
  for (const f of (values.format ?? DEFAULT_FORMATS.join(",")).split(",").map((s) => s.trim())) {
    if (!isFormat(f)) return usage("usage.bad-format", { format: f, formats: FORMATS.join(", ") });
    if (!formats.includes(f)) formats.push(f);
  }
  if (isDirectory(resolve(io.cwd, paths[0] ?? ""))) {
    const { batchCommand } = await import("./batch.js");
    return batchCommand(ctx, paths[0] ?? "", {
      formats,
      outDir: resolve(io.cwd, values.out ?? "build"),
      ...(values.draft ? { draft: true } : {}),
      ...(values.strict ? { strict: true } : {}),
    });
  }
  return renderCommand(ctx, paths[0] ?? "", {
    formats,
    outDir: resolve(io.cwd, values.out ?? "build"),
    ...(values.draft ? { draft: true } : {}),
    ...(values.strict ? { strict: true } : {}),
  });
}

function commandList(): string {
  return Object.keys(COMMANDS).join(", ");
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** --lang is read before anything else, so that even a usage error speaks the official's language. */
function guessLang(argv: string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? env.KEHOACH_LANG : (argv[i]?.split("=")[1] ?? argv[i + 1]);
  return value === "en" ? "en" : "vi";
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}
