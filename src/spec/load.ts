// Loading a plan spec: YAML with positions → NFC data → schema validation → PlanSpec, with every
// problem returned as a positioned diagnostic. Nothing here throws on bad input.

import type { Diagnostic, SourcePos, SpecPath } from "../diagnostics/types.js";
import { hasErrors } from "../diagnostics/types.js";
import { findNode, type Positions, type SrcNode } from "../yaml/positions.js";
import { semanticChecks } from "./checks.js";
import { firstNonNfc } from "./clean-text.js";
import { specDiag } from "./diag.js";
import { MAX_SPEC_BYTES } from "./limits.js";
import { ambiguousNumbers, mergeNumberDiagnostics } from "./numbers.js";
import { legacyText, readSpecText, tooLarge } from "./read-file.js";
import { schemaDiagnostics } from "./schema-diagnostics.js";
import { schemaErrors } from "./schema-validator.js";
import type { PlanSpec } from "./types.js";
import { parseYaml } from "./yaml-parse.js";
import { walkDocument } from "./yaml-walk.js";

export interface LoadedSpec {
  /** Present when there are no errors. */
  spec?: PlanSpec;
  /** Sorted by position; each has pos (file, line, col). */
  diagnostics: Diagnostic[];
  /**
   * Where a value of the spec is written: for a mapping entry from its key to the end of its value,
   * for a list item the item itself. Undefined for a path the file does not contain.
   */
  locate(path: SpecPath): SourcePos | undefined;
  /** The source text, NFC, without a byte order mark; positions refer to it. */
  text: string;
  /**
   * The parsed data even when it is invalid, so that later stages may still check the parts that
   * are valid (see src/pipeline.ts): an official sees all the problems of a file in one run.
   */
  data?: unknown;
}

export function loadSpecFile(path: string): LoadedSpec {
  const read = readSpecText(path);
  if ("diagnostic" in read) return failed([read.diagnostic], "");
  return loadSpec(read.text, path);
}

export function loadSpec(text: string, file: string): LoadedSpec {
  if (text.length > MAX_SPEC_BYTES || Buffer.byteLength(text, "utf8") > MAX_SPEC_BYTES) {
    return failed([tooLarge(file, Buffer.byteLength(text, "utf8"))], "");
  }
  const written = text.replace(/^\uFEFF/, "");
  const nfc = written.normalize("NFC");
  try {
    // words in TCVN3 or VNI make every later message about them wrong: that one comes alone
    const legacy = legacyText(nfc, file);
    if (legacy) return failed([legacy], nfc);
    return loadText(nfc, file, firstNonNfc(written, nfc));
  } catch (e) {
    // A bug of ours, not a problem of the plan: still a diagnostic, never a stack trace.
    const detail = e instanceof Error ? e.message : String(e);
    return failed([specDiag("spec.internal", { detail }, { file, line: 1, col: 1 })], nfc);
  }
}

function loadText(text: string, file: string, nfcAt: number | undefined): LoadedSpec {
  const read = readYaml(text, file);
  if ("failed" in read) return read.failed;
  const { at, value, tree, diagnostics } = read;
  if (nfcAt !== undefined && !diagnostics.some((d) => d.code === "spec.clean-nfc")) {
    // the file was made NFC before parsing (positions refer to that text): told once, here
    diagnostics.push(
      specDiag("spec.clean-nfc", { count: 1, char: "" }, at.at(nfcAt), undefined, "info"),
    );
  }
  const locate = locator(tree, at);
  if (value === undefined) return done(diagnostics, text, locate);
  if (value === null) {
    diagnostics.push(specDiag("spec.empty", {}, at.at(0)));
    return done(diagnostics, text, locate);
  }
  const schema = withoutTypoEchoes(schemaDiagnostics(schemaErrors(value), value, tree, at, text));
  diagnostics.push(...mergeNumberDiagnostics(schema, ambiguousNumbers(value, tree, text, at)));
  diagnostics.push(...semanticChecks(value, tree, at));
  const out = done(withoutCutEchoes(diagnostics), text, locate, value as PlanSpec);
  out.data = value;
  return out;
}

interface ReadYaml {
  at: Positions;
  value: unknown;
  tree: SrcNode | undefined;
  diagnostics: Diagnostic[];
}

/** The data and its source map, read by the yaml library (yaml-parse.ts, yaml-walk.ts). */
function readYaml(text: string, file: string): ReadYaml | { failed: LoadedSpec } {
  const parsed = parseYaml(text, file);
  const { at } = parsed;
  if (!parsed.doc || hasErrors(parsed.diagnostics))
    return { failed: failed(parsed.diagnostics, text) };
  const walked = walkDocument(parsed.doc, text, at);
  return { at, ...walked, diagnostics: [...parsed.diagnostics, ...walked.diagnostics] };
}

/**
 * One mistake, one diagnostic. A misspelt key ("sumary"), a Vietnamese one ("trích_yếu") or a key
 * out of its part ("locality" at the top level) also leaves the right key missing where it belongs:
 * the message already names it, so the "missing" echo goes.
 * Text read as a key ("- Trong đó: các hộ sau") makes its list item a mapping that lacks every key a
 * block needs: only the text's own message stays.
 */
/** Codes of a list item's text read as "key: value": the item's other complaints are echoes. */
const TEXT_AS_KEY = new Set(["spec.colon-in-text", "spec.archive-in-recipients"]);

function withoutTypoEchoes(diags: Diagnostic[]): Diagnostic[] {
  const id = (p: SpecPath) => JSON.stringify(p);
  const suggested = new Set(
    diags
      .filter(
        (d) =>
          (d.code === "spec.unknown-key-suggest" || d.code === "spec.vietnamese-key") && d.path,
      )
      .map((d) => id([...(d.path ?? []).slice(0, -1), d.params.suggestion ?? ""])),
  );
  // "locality" written at the top level is the "locality" document lacks
  for (const d of diags) {
    if (d.code === "spec.unknown-key-elsewhere" || d.code === "spec.key-misplaced") {
      suggested.add(id([d.params.owner ?? "", d.params.suggestion ?? ""]));
    }
  }
  // the list items whose text was read as "key: value"
  const items = new Set(
    diags
      .filter((d) => TEXT_AS_KEY.has(d.code) && d.path)
      .map((d) => id((d.path ?? []).slice(0, -1))),
  );
  const inItem = (p: SpecPath) => p.some((_, n) => items.has(id(p.slice(0, n + 1))));
  return diags.filter(
    (d) =>
      !(d.code === "spec.missing-key" && suggested.has(id(d.path ?? []))) &&
      !(!TEXT_AS_KEY.has(d.code) && items.size > 0 && inItem(d.path ?? [])),
  );
}

/**
 * "350,000,000" inside { } is cut into the keys "000" and "000": the second is a duplicate key to
 * YAML, but the mistake is the one the comma message explains.
 */
function withoutCutEchoes(diags: Diagnostic[]): Diagnostic[] {
  const cut = new Set(
    diags
      .filter((d) => d.code === "spec.comma-in-flow" || d.code === "spec.number-comma-in-flow")
      .map((d) => JSON.stringify([(d.path ?? []).slice(0, -1), d.pos?.line])),
  );
  if (cut.size === 0) return diags;
  return diags.filter(
    (d) =>
      d.code !== "spec.duplicate-key" ||
      !cut.has(JSON.stringify([(d.path ?? []).slice(0, -1), d.pos?.line])),
  );
}

function locator(tree: SrcNode | undefined, at: Positions) {
  return (path: SpecPath): SourcePos | undefined => {
    const node = findNode(tree, path);
    return node ? at.entry(node) : undefined;
  };
}

function done(
  diagnostics: Diagnostic[],
  text: string,
  locate: LoadedSpec["locate"],
  spec?: PlanSpec,
): LoadedSpec {
  diagnostics.sort(byPosition);
  const out: LoadedSpec = { diagnostics, locate, text };
  if (spec && !hasErrors(diagnostics)) out.spec = spec;
  return out;
}

function failed(diagnostics: Diagnostic[], text: string): LoadedSpec {
  return done(diagnostics, text, () => undefined);
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.pos?.line ?? 0) - (b.pos?.line ?? 0) ||
    (a.pos?.col ?? 0) - (b.pos?.col ?? 0) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) // by code unit: the same on every machine
  );
}
