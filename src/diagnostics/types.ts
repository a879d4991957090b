// Problems are data, never printed from inside a stage: each stage returns them beside its output,
// and only the CLI or the server decides how to show them and in which language.

export type Severity = "error" | "warning" | "info";

export interface SourcePos {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based, in UTF-16 code units like editors count */
  col: number;
  endLine?: number;
  endCol?: number;
}

/** A path into the spec, as keys and indexes: ["statistics", "units", 0, "poor", "households"]. */
export type SpecPath = ReadonlyArray<string | number>;

export type Params = Readonly<Record<string, string | number>>;

export interface Diagnostic {
  /** Key into the message catalog (assembled in src/edge/catalog.ts), e.g. "spec.unknown-key". */
  code: string;
  severity: Severity;
  /** Values interpolated into the localized message and hint. */
  params: Params;
  /** Where in the spec the problem is; the pipeline turns it into `pos` through the loader's source map. */
  path?: SpecPath;
  pos?: SourcePos;
}

export type Lang = "vi" | "en";

/** One entry of a stage's message table: the text in each language, with `{name}` placeholders. */
export interface MessageDef {
  vi: string;
  en: string;
  hintVi?: string;
  hintEn?: string;
}

export type MessageTable = Readonly<Record<string, MessageDef>>;

/** A diagnostic after localisation: what the CLI prints and `--json` emits. */
export interface LocalizedDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  hint?: string;
  file?: string;
  line?: number;
  col?: number;
  path?: string;
}

export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === "error");
}
