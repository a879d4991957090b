// What every part of the model builder shares: the inputs, the count style, the diagnostics being
// collected, and the two ways text comes out of templates (whole templates and one-line labels).
// A template that fails is reported and yields nothing; the build goes on.

import type { Diagnostic, Params, Severity, SpecPath } from "../diagnostics/types.js";
import type { CountStyle } from "../format/index.js";
import type { PlanSpec } from "../spec/types.js";
import type { Computed } from "../stats/types.js";
import type { TemplateSet } from "./template-set.js";

export interface Ctx {
  spec: PlanSpec;
  computed: Computed;
  templates: TemplateSet;
  draft: boolean;
  count: CountStyle;
  diagnostics: Diagnostic[];
  /** Label keys already reported as failing: a table header asks for the same label many times. */
  reportedLabels: Set<string>;
  /** The sentence on the poverty standards of the period has been placed (by a tinh-hinh block). */
  saidStandards: boolean;
  /** Notes of the disagreeing figures wrapped into templates' views (marks.ts). */
  markNotes: string[];
  /** Tables of the body numbered so far ("Biểu 01", format.table_numbering). */
  bodyTables: number;
}

export function createContext(input: {
  spec: PlanSpec;
  computed: Computed;
  templates: TemplateSet;
  draft?: boolean;
}): Ctx {
  return {
    spec: input.spec,
    computed: input.computed,
    templates: input.templates,
    draft: input.draft ?? input.spec.document.draft ?? false,
    count: { pad: input.spec.format?.pad_small_counts ?? true },
    diagnostics: [...input.templates.problems],
    reportedLabels: new Set(),
    saidStandards: false,
    markNotes: [],
    bodyTables: 0,
  };
}

/** Small counts padded, or not, while making one table or phrase ("02 hộ"), whatever format says. */
export function withPadding<T>(ctx: Ctx, pad: boolean | undefined, make: () => T): T {
  if (pad === undefined) return make();
  const saved = ctx.count;
  ctx.count = { pad };
  try {
    return make();
  } finally {
    ctx.count = saved;
  }
}

export function report(
  ctx: Ctx,
  code: string,
  params: Params,
  path?: SpecPath,
  severity: Severity = "error",
): void {
  const d: Diagnostic = { code, severity, params };
  if (path) d.path = path;
  ctx.diagnostics.push(d);
}

/** A whole template's output (inline markup), or undefined after reporting why there is none. */
export function renderTemplate(
  ctx: Ctx,
  name: string,
  view: object,
  path: SpecPath,
): string | undefined {
  const t = ctx.templates.templates.get(name);
  if (!t) {
    report(ctx, "model.template-missing", { template: name }, path);
    return undefined;
  }
  if (!t.render) {
    report(
      ctx,
      "model.template-syntax",
      { template: name, file: t.origin, message: oneLine(t.error) },
      path,
    );
    return undefined;
  }
  try {
    return t.render(view).normalize("NFC");
  } catch (e) {
    // strict mode: a name the view does not have, at its line and column in the template's file
    const unknown = /^"(.+)" not defined in .* - (\d+):(\d+)$/su.exec(errorText(e));
    if (unknown) {
      report(
        ctx,
        "model.template-unknown-value",
        {
          template: name,
          file: t.origin,
          name: unknown[1] ?? "",
          line: Number(unknown[2]),
          col: Number(unknown[3]) + 1,
        },
        path,
      );
      return undefined;
    }
    report(
      ctx,
      "model.template-failed",
      { template: name, file: t.origin, message: errorText(e) },
      path,
    );
    return undefined;
  }
}

/** A fixed string of the document; "" after reporting when its label is missing or broken. */
export function label(ctx: Ctx, key: string, view: object = {}): string {
  const t = ctx.templates.labels.get(key);
  const once = (code: string, params: Params) => {
    if (ctx.reportedLabels.has(key)) return;
    ctx.reportedLabels.add(key);
    report(ctx, code, params);
  };
  if (!t) {
    once("model.label-missing", { label: key });
    return "";
  }
  if (!t.render) {
    once("model.label-failed", { label: key, file: t.origin, message: oneLine(t.error) });
    return "";
  }
  try {
    return t.render(view).trim().normalize("NFC");
  } catch (e) {
    once("model.label-failed", { label: key, file: t.origin, message: errorText(e) });
    return "";
  }
}

function errorText(e: unknown): string {
  return oneLine(e instanceof Error ? e.message : String(e));
}

/** Handlebars spreads a parse error over lines (the source, a caret); a diagnostic is one line. */
function oneLine(s: string | undefined): string {
  const flat = (s ?? "").replace(/\s*\n\s*/gu, " ").trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}
