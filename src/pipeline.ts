// The stages end to end, for one plan file: load and validate → compute → build the model.
// Each stage returns its diagnostics; here they get their file:line:col from the loader's source map,
// and a later stage runs only when the earlier ones found no error.

import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { loadStandards } from "./data/standards.js";
import type { Diagnostic, SourcePos, SpecPath } from "./diagnostics/types.js";
import { hasErrors } from "./diagnostics/types.js";
import type { DocumentModel } from "./document/types.js";
import { buildModel } from "./model/build.js";
import { loadTemplates } from "./model/templates.js";
import { loadSpec, loadSpecFile } from "./spec/load.js";
import type { PlanSpec } from "./spec/types.js";
import { computeStats } from "./stats/compute.js";
import type { Computed } from "./stats/types.js";

export interface PipelineOptions {
  /** Force draft mode (blanks for number and day, "DỰ THẢO" mark), whatever the spec says. */
  draft?: boolean;
  /** Folder of the poverty standards' data files; default data/standards of the package. */
  standardsDir?: string;
  /** The plan's text, when it is not (yet) the file's: the preview of unsaved edits. */
  text?: string;
  /** Figures that disagree are errors, not warnings (--strict; also statistics.strict). */
  strict?: boolean;
}

export interface PipelineResult {
  file: string;
  spec?: PlanSpec;
  computed?: Computed;
  model?: DocumentModel;
  diagnostics: Diagnostic[];
  /** The plan's source text, NFC, for showing context around a diagnostic. */
  text?: string;
  /** The parsed data of a plan with errors, for what can still be read of it (the index's columns). */
  data?: unknown;
}

/**
 * A locality overrides any built-in template with a file of the same name in templates/ beside its
 * plans; a plan, with one in its own folder (spec `templates`, relative to the plan's file).
 */
export function templateDirsFor(file: string, spec?: PlanSpec): string[] {
  const dirs = [join(dirname(file), "templates")];
  if (spec?.templates !== undefined) dirs.push(resolve(dirname(file), spec.templates));
  return dirs;
}

/**
 * What src/stats reads of a plan. When the schema found errors only elsewhere (a misspelt key in the
 * document, a font size written "14pt"), the figures are still checked, so that an official sees every
 * problem of the file in one run instead of one layer at a time.
 */
const READ_BY_STATS: SpecPath[] = [
  ["kehoach"],
  ["statistics"],
  ["targets"],
  ["agencies"],
  ["tasks"],
  ["budget"],
  ["document", "unit_kind"],
  ["document", "locality"],
  ["document", "period"],
  ["sections"],
  ["assignments"],
  ["reporting"],
  ["appendices"],
];

function overlaps(a: SpecPath, b: SpecPath): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

function statsStillReadable(diags: readonly Diagnostic[]): boolean {
  return diags.every(
    (d) =>
      d.severity !== "error" ||
      (d.path !== undefined && !READ_BY_STATS.some((r) => overlaps(r, d.path ?? []))),
  );
}

export function runPipeline(file: string, opts: PipelineOptions = {}): PipelineResult {
  const loaded = opts.text === undefined ? loadSpecFile(file) : loadSpec(opts.text, file);
  const result: PipelineResult = { file, diagnostics: [...loaded.diagnostics], text: loaded.text };
  if (!loaded.spec || hasErrors(loaded.diagnostics)) {
    if (loaded.data !== undefined) result.data = loaded.data;
    if (loaded.data !== undefined && statsStillReadable(loaded.diagnostics)) {
      result.diagnostics.push(...checkFiguresOnly(loaded.data as PlanSpec, opts));
    }
    return finish(result, loaded.locate, file);
  }
  result.spec = loaded.spec;

  const stats = computeStats(loaded.spec, loadStandards(opts.standardsDir), strictness(opts));
  result.diagnostics.push(...stats.diagnostics);
  if (hasErrors(stats.diagnostics)) return finish(result, loaded.locate, file);
  result.computed = stats.computed;

  const dirs = templateDirsFor(file, loaded.spec);
  const own = loaded.spec.templates;
  if (own !== undefined && !isDirectory(dirs[dirs.length - 1] ?? "")) {
    result.diagnostics.push({
      code: "model.templates-folder",
      severity: "error",
      params: { folder: own },
      path: ["templates"],
    });
    return finish(result, loaded.locate, file);
  }
  const templates = loadTemplates(dirs);
  const built = buildModel({
    spec: loaded.spec,
    computed: stats.computed,
    templates,
    ...(opts.draft !== undefined ? { draft: opts.draft } : {}),
  });
  result.diagnostics.push(...built.diagnostics);
  if (!hasErrors(built.diagnostics)) result.model = built.model;
  return finish(result, loaded.locate, file);
}

/** The statistics' own checks on a plan whose other parts are invalid; nothing is built from it. */
function checkFiguresOnly(partlyValid: PlanSpec, opts: PipelineOptions): Diagnostic[] {
  try {
    return computeStats(partlyValid, loadStandards(opts.standardsDir), strictness(opts))
      .diagnostics;
  } catch {
    // The invalid parts went further than the schema paths showed: their errors are reported already.
    return [];
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function strictness(opts: PipelineOptions): { strict?: boolean } {
  return opts.strict ? { strict: true } : {};
}

function finish(
  result: PipelineResult,
  locate: (path: SpecPath) => SourcePos | undefined,
  file: string,
): PipelineResult {
  result.diagnostics = result.diagnostics
    .map((d) =>
      d.pos ? d : { ...d, pos: nearestPos(d.path ?? [], locate) ?? { file, line: 1, col: 1 } },
    )
    .sort(byPosition);
  return result;
}

/** The deepest position the source map knows along the path: a missing key points at its parent. */
function nearestPos(
  path: SpecPath,
  locate: (path: SpecPath) => SourcePos | undefined,
): SourcePos | undefined {
  for (let n = path.length; n >= 0; n--) {
    const pos = locate(path.slice(0, n));
    if (pos) return pos;
  }
  return undefined;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.pos?.line ?? 0) - (b.pos?.line ?? 0) || (a.pos?.col ?? 0) - (b.pos?.col ?? 0);
}
