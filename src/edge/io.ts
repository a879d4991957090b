// The outside world of a command run (the CLI's commands, and the preview server that `kehoach serve`
// starts), passed in so that tests can run commands in-process.

import type { Lang } from "../diagnostics/types.js";

/** How text is coloured on the terminal: ANSI colours on a TTY, plain otherwise (src/cli/report.ts). */
export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface Context {
  io: CliIO;
  lang: Lang;
  json: boolean;
  style: Style;
}
