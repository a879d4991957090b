// Turns diagnostics (codes and params) into sentences for officials, in the language they chose.

import { MODEL_MESSAGES } from "../model/messages.js";
import { PLAN_NEXT_MESSAGES } from "../plan-next/messages.js";
import { SPEC_MESSAGES } from "../spec/messages.js";
import { STATS_MESSAGES } from "../stats/messages.js";
import type { Diagnostic, Lang, LocalizedDiagnostic, MessageTable, Params } from "./types.js";

export const CATALOG: MessageTable = {
  ...SPEC_MESSAGES,
  ...STATS_MESSAGES,
  ...MODEL_MESSAGES,
  ...PLAN_NEXT_MESSAGES,
};

export function interpolate(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function localize(d: Diagnostic, lang: Lang): LocalizedDiagnostic {
  const def = CATALOG[d.code];
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
