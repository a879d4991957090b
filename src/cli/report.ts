// How diagnostics look on a terminal: "file:line:col: lỗi: message", the source line with a caret
// under the column, and the hint. Colour only on a terminal and never when NO_COLOR is set. What
// comes from the plan (a key, a value, the line itself, the file name) is made visible first: a
// control character in it is printed as \u001b, never sent to the terminal (src/edge/visible.ts).

import type { Diagnostic, Lang, LocalizedDiagnostic } from "../diagnostics/types.js";
import { localize } from "../edge/catalog.js";
import type { Style } from "../edge/io.js";
import { say } from "../edge/messages.js";
import { visible } from "../edge/visible.js";

const plain: Style = { red: id, yellow: id, cyan: id, dim: id, bold: id };
const ansi: Style = {
  red: (s) => `\x1b[31m${s}\x1b[39m`,
  yellow: (s) => `\x1b[33m${s}\x1b[39m`,
  cyan: (s) => `\x1b[36m${s}\x1b[39m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
};

function id(s: string): string {
  return s;
}

export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Style {
  if ("NO_COLOR" in env && env.NO_COLOR !== "") return plain;
  return stream.isTTY ? ansi : plain;
}

export function formatDiagnostic(
  d: Diagnostic,
  lang: Lang,
  style: Style,
  sourceText?: string,
): string {
  const l = localize(d, lang);
  const where = l.file ? `${visible(l.file)}:${l.line ?? 1}:${l.col ?? 1}: ` : "";
  const sev = say(lang, `severity.${d.severity}`);
  const colour =
    d.severity === "error" ? style.red : d.severity === "warning" ? style.yellow : style.cyan;
  const lines = [`${style.bold(where)}${colour(sev)}: ${visible(l.message)}`];
  const frame = sourceText && l.line ? codeFrame(sourceText, l.line, l.col ?? 1) : undefined;
  if (frame) lines.push(style.dim(frame));
  if (l.hint) lines.push(`  ${style.cyan(`${say(lang, "hint")}:`)} ${visible(l.hint)}`);
  return lines.join("\n");
}

/** The offending line with its number and a caret under the column. */
export function codeFrame(text: string, line: number, col: number): string | undefined {
  const src = text.split(/\r?\n/)[line - 1];
  if (src === undefined) return undefined;
  const gutter = `${line} | `;
  const cut = src.length > 160 ? `${src.slice(0, 157)}...` : src;
  const shown = visible(cut);
  // the caret stays under its character when the ones before it are written out as \uXXXX
  const caretAt = Math.min(visible(cut.slice(0, Math.max(col - 1, 0))).length, shown.length);
  return `  ${gutter}${shown}\n  ${" ".repeat(gutter.length + caretAt)}^`;
}

export function toJson(diags: readonly Diagnostic[], lang: Lang): LocalizedDiagnostic[] {
  return diags.map((d) => localize(d, lang));
}
