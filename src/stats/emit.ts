// A tiny collector so the checks read as sentences: sink.error("stats.…", params, path).

import type { Diagnostic, Params, Severity, SpecPath } from "../diagnostics/types.js";

export class Sink {
  readonly list: Diagnostic[] = [];

  add(severity: Severity, code: string, params: Params, path?: SpecPath): void {
    const d: Diagnostic = { code, severity, params };
    if (path) d.path = path;
    this.list.push(d);
  }
  error(code: string, params: Params, path?: SpecPath): void {
    this.add("error", code, params, path);
  }
  warning(code: string, params: Params, path?: SpecPath): void {
    this.add("warning", code, params, path);
  }
}
