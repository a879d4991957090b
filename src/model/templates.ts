// Reading templates from disk: the built-in templates/ folder of the package, then each folder a
// locality adds (a templates/ folder beside its plans), a later file of the same name overriding an
// earlier one. labels.yaml files merge key by key, so a locality can change one fixed string alone.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "../diagnostics/types.js";
import { parseDataYaml } from "../yaml/data.js";
import { createTemplateSet, type TemplateSet, type TemplateSource } from "./template-set.js";

export type { CompiledTemplate, TemplateSet } from "./template-set.js";

/** templates/ at the package root: two levels up from src/model/ (vitest) and from dist/model/ (tsc). */
export function builtinTemplatesDir(): string {
  return fileURLToPath(new URL("../../templates/", import.meta.url));
}

export function loadTemplates(dirs: readonly string[] = []): TemplateSet {
  const templates: TemplateSource[] = [];
  const labels: TemplateSource[] = [];
  const problems: Diagnostic[] = [];
  for (const dir of [builtinTemplatesDir(), ...dirs]) {
    // a plan folder without its own templates is the usual case
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    for (const entry of readdirSync(dir).sort()) {
      const file = join(dir, entry);
      if (entry.endsWith(".hbs")) {
        const source = readFileSync(file, "utf8").normalize("NFC");
        templates.push({ name: entry.slice(0, -".hbs".length), origin: file, source });
      } else if (entry === "labels.yaml") {
        readLabels(file, labels, problems);
      }
    }
  }
  return createTemplateSet({ templates, labels, problems });
}

function readLabels(file: string, out: TemplateSource[], problems: Diagnostic[]): void {
  let data: unknown;
  try {
    data = parseDataYaml(readFileSync(file, "utf8").normalize("NFC"));
  } catch (e) {
    problems.push(labelsInvalid(file, e instanceof Error ? e.message : String(e)));
    return;
  }
  if (data === null || data === undefined) return;
  if (typeof data !== "object" || Array.isArray(data)) {
    problems.push(labelsInvalid(file, "not a map of label: text"));
    return;
  }
  for (const [name, value] of Object.entries(data)) {
    if (typeof value === "string") out.push({ name, origin: file, source: value });
    else problems.push(labelsInvalid(file, `"${name}" is not a text`));
  }
}

function labelsInvalid(file: string, message: string): Diagnostic {
  return { code: "model.labels-invalid", severity: "error", params: { file, message } };
}
