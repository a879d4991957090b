// Turns diagnostics (codes and params) into sentences for officials, in the language they chose.
// Imports no stage: each stage keeps its own catalog (src/spec/messages.ts, src/stats/messages.ts …),
// and the edge (src/edge/catalog.ts, used by the CLI and the server) assembles them and hands the
// whole to localizer().

import type { Diagnostic, Lang, LocalizedDiagnostic, MessageTable, Params } from "./types.js";

/** A diagnostic in words, from the catalog it was made with. */
export type Localize = (d: Diagnostic, lang: Lang) => LocalizedDiagnostic;

export function interpolate(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function localizer(catalog: MessageTable): Localize {
  return (d, lang) => localizeWith(catalog, d, lang);
}

function localizeWith(catalog: MessageTable, d: Diagnostic, lang: Lang): LocalizedDiagnostic {
  const def = catalog[d.code];
  const message = def
    ? interpolate(lang === "vi" ? def.vi : def.en, d.params)
    : `${d.code} ${JSON.stringify(d.params)}`;
  const hintText = def ? (lang === "vi" ? def.hintVi : def.hintEn) : undefined;
  const out: LocalizedDiagnostic = { code: d.code, severity: d.severity, message };
  if (hintText) out.hint = interpolate(hintText, d.params);
  if (d.pos) {
    out.file = d.pos.file;
    out.line = d.pos.line;
    out.col = d.pos.col;
  }
  if (d.path) out.path = d.path.map(String).join(".");
  return out;
}
