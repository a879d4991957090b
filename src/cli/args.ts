// The command line's options, read without Node's English messages: an unknown option gets the
// closest known one ("did you mean"), an option that the command does not take is named with the
// ones it does, and a missing or unexpected value is said in the official's language.

import { parseArgs } from "node:util";
import { suggest } from "../spec/did-you-mean.js";

export const OPTIONS = {
  lang: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  format: { type: "string" },
  out: { type: "string" },
  draft: { type: "boolean" },
  strict: { type: "boolean" },
  port: { type: "string" },
  host: { type: "string" },
  open: { type: "boolean" },
  from: { type: "string" },
  to: { type: "string" },
  year: { type: "string" },
  hooks: { type: "boolean" },
  into: { type: "string" },
  sheet: { type: "string" },
  map: { type: "string" },
  path: { type: "boolean" },
} as const;

export type OptionName = keyof typeof OPTIONS;

/** Options that every command takes. */
export const COMMON_OPTIONS: readonly OptionName[] = ["lang", "json", "help", "version"];

export type Values = {
  [K in OptionName]?: (typeof OPTIONS)[K]["type"] extends "string" ? string : boolean;
};

/** What is wrong with the arguments, as a message key of src/edge/messages.ts and its values. */
export interface ArgsProblem {
  key:
    | "usage.unknown-option"
    | "usage.unknown-option-suggest"
    | "usage.not-for-command"
    | "usage.needs-command"
    | "usage.needs-value"
    | "usage.no-value";
  params: Record<string, string>;
}

export interface Parsed {
  values: Values;
  positionals: string[];
  problem?: ArgsProblem;
}

/**
 * Reads argv. `commands` gives the options of each command (besides the common ones); the command is
 * the first positional. An option of another command is a problem, and so is an option of a command
 * given without one. The first problem found is returned.
 */
export function readArgs(
  argv: readonly string[],
  commands: Readonly<Record<string, readonly OptionName[]>>,
): Parsed {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (const t of tokens) if (t.kind === "positional") positionals.push(t.value);
  const command = positionals[0];
  const known = command !== undefined && Object.hasOwn(commands, command);
  // an unknown command is said as such by the caller: its options are not judged
  const own = command === undefined ? [] : known ? commands[command] : undefined;
  const accepted = [...COMMON_OPTIONS, ...(own ?? [])];
  const shown = (name: string) => (name.length === 1 ? `-${name}` : `--${name}`);
  let problem: ArgsProblem | undefined;
  const fail = (p: ArgsProblem) => {
    problem ??= p;
  };
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    const name = t.name;
    if (!Object.hasOwn(OPTIONS, name)) {
      const near = suggest(name, accepted) ?? suggest(name, Object.keys(OPTIONS));
      fail(
        near !== undefined
          ? {
              key: "usage.unknown-option-suggest",
              params: { option: t.rawName, suggestion: `--${near}` },
            }
          : { key: "usage.unknown-option", params: { option: t.rawName, options: list(accepted) } },
      );
      continue;
    }
    const option = name as OptionName;
    if (own !== undefined && !accepted.includes(option)) {
      const takers = Object.keys(commands).filter((c) => commands[c]?.includes(option));
      const params = { option: shown(option), command: command ?? "", takers: takers.join(", ") };
      fail(
        command === undefined
          ? { key: "usage.needs-command", params }
          : { key: "usage.not-for-command", params: { ...params, options: list(accepted) } },
      );
      continue;
    }
    if (OPTIONS[option].type === "string") {
      const v = t.value;
      if (v === undefined || (!t.inlineValue && v.startsWith("-") && v.length > 1)) {
        fail({ key: "usage.needs-value", params: { option: `--${option}` } });
        continue;
      }
      values[option] = v;
    } else {
      if (t.value !== undefined) {
        fail({ key: "usage.no-value", params: { option: t.rawName, value: t.value } });
        continue;
      }
      values[option] = true;
    }
  }
  return { values: values as Values, positionals, ...(problem ? { problem } : {}) };
}

function list(options: readonly OptionName[]): string {
  return options.map((o) => `--${o}`).join(", ");
}
