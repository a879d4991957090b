// Compiled templates and labels, ready for the pure model builder. Compiling is pure too: only
// loadTemplates (templates.ts) touches the disk. Handlebars runs with noEscape (the output is markup,
// not HTML) and strict (a misspelt variable is an error, reported as a diagnostic, never a blank).

import { createRequire } from "node:module";
import type HandlebarsNs from "handlebars";
import HandlebarsRuntime from "handlebars/runtime.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { COMPILE_OPTIONS } from "./compile-options.js";
import { PRECOMPILED } from "./templates.generated.js";

export type Render = (view: object) => string;

export interface CompiledTemplate {
  name: string;
  /** The file it came from, for diagnostics ("<built-in>" when made in memory). */
  origin: string;
  render?: Render;
  /** The syntax error that kept it from compiling. */
  error?: string;
}

export interface TemplateSet {
  /** Template name (file name without ".hbs") → template. */
  templates: ReadonlyMap<string, CompiledTemplate>;
  /** Label key of labels.yaml → one-line template. */
  labels: ReadonlyMap<string, CompiledTemplate>;
  /** Problems met while loading, reported by buildModel. */
  problems: readonly Diagnostic[];
}

export interface TemplateSource {
  name: string;
  origin: string;
  source: string;
}

type Runtime = typeof HandlebarsNs;
const runtime = (HandlebarsRuntime as unknown as Runtime).create();
let compiler: Runtime | undefined;

/** The full compiler (twice the runtime's start-up cost) only for a locality's own templates. */
function fullCompiler(): Runtime {
  compiler ??= (createRequire(import.meta.url)("handlebars") as Runtime).create();
  return compiler;
}

/** Compiled by source text: the server builds many models from the same few templates. */
const cache = new Map<string, Render>();

export function compileTemplate(name: string, origin: string, source: string): CompiledTemplate {
  const cached = cache.get(source);
  if (cached) return { name, origin, render: cached };
  try {
    const spec = PRECOMPILED.get(source);
    let template: HandlebarsNs.TemplateDelegate;
    if (spec) {
      template = runtime.template(spec as Parameters<Runtime["template"]>[0]);
    } else {
      const hb = fullCompiler();
      // compile() is lazy: parse first so a syntax error shows at load, not in the middle of a build
      hb.parse(source);
      template = hb.compile(source, COMPILE_OPTIONS);
    }
    const render: Render = (view) => template(view);
    cache.set(source, render);
    return { name, origin, render };
  } catch (e) {
    return { name, origin, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Later sources of the same name override earlier ones: built-in first, then each locality folder. */
export function createTemplateSet(input: {
  templates: readonly TemplateSource[];
  labels: readonly TemplateSource[];
  problems?: readonly Diagnostic[];
}): TemplateSet {
  const templates = new Map<string, CompiledTemplate>();
  for (const t of input.templates)
    templates.set(t.name, compileTemplate(t.name, t.origin, t.source));
  const labels = new Map<string, CompiledTemplate>();
  for (const t of input.labels) labels.set(t.name, compileTemplate(t.name, t.origin, t.source));
  return { templates, labels, problems: input.problems ?? [] };
}
