import type { Diagnostic, Params, Severity, SourcePos, SpecPath } from "../diagnostics/types.js";

export function specDiag(
  code: string,
  params: Params,
  pos: SourcePos,
  path?: SpecPath,
  severity: Severity = "error",
): Diagnostic {
  const d: Diagnostic = { code, severity, params, pos };
  if (path) d.path = path;
  return d;
}

/** The last key of a path, with the indexes after it: ["sections", 0, "content", 2] → "content[2]". */
export function fieldName(path: SpecPath): string {
  let i = path.length;
  while (i > 0 && typeof path[i - 1] === "number") i--;
  const key = i > 0 ? String(path[i - 1]) : "kehoach";
  return (
    key +
    path
      .slice(i)
      .map((n) => `[${n}]`)
      .join("")
  );
}
