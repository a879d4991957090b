// A tiny collector so the checks read as sentences: sink.error("stats.…", params, path).

import type { Diagnostic, Params, Severity, SpecPath } from "../diagnostics/types.js";
import type { Disagreement } from "./types.js";

export class Sink {
  readonly list: Diagnostic[] = [];
  /** Figures written twice that disagree: kehoach's figure is used, and a draft marks them. */
  readonly disagreements: Disagreement[] = [];

  /** strict: a disagreement is an error (--strict, statistics.strict) rather than a warning. */
  constructor(readonly strict = false) {}

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

  /**
   * Two figures of the plan that should agree and do not (parts against their whole, a declared
   * total against the units' sum): a warning, or an error when strict; the figure is remembered with
   * where it sits, so that a draft marks it.
   */
  disagree(code: string, params: Params, path: SpecPath): void {
    this.add(this.strict ? "error" : "warning", code, params, path);
    this.disagreements.push({ code, params, ...figureAt(path) });
  }
}

/** The place of a figure in the spec: ["statistics", "units", 2, "groups", "poor", "exits"]. */
function figureAt(path: SpecPath): Pick<Disagreement, "unit" | "group" | "figure"> {
  const [, where, i] = path;
  const rest = where === "units" ? path.slice(3) : path.slice(2);
  const unit = where === "units" && typeof i === "number" ? i : null;
  if (rest[0] === "groups" && rest.length >= 2) {
    return { unit, group: String(rest[1]), figure: rest.slice(2).join(".") || "households" };
  }
  return { unit, figure: rest.join(".") || "households" };
}
