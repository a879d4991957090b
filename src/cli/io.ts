// The outside world of a CLI run, passed in so that tests can run commands in-process.

import type { Lang } from "../diagnostics/types.js";
import type { Style } from "./report.js";

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
