// What the schema cannot say about a signature: KT., Q., TL. and TUQ. sign for someone, so they need
// on_behalf_of; every form but Q. prints the signer's title; Q. prints only "Q. CHỦ TỊCH".

import type { Diagnostic, SourcePos, SpecPath } from "../diagnostics/types.js";
import { specDiag } from "./diag.js";

/** The authorities that sign for the head, who must be named. */
const SIGNS_FOR_HEAD: ReadonlySet<string> = new Set(["KT.", "Q.", "TL.", "TUQ."]);

/** The usual head each authority signs for, offered in the hint's fix. */
const HEAD_EXAMPLE = "Chủ tịch";

function text(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}

export function signatureChecks(sig: unknown, pos: (path: SpecPath) => SourcePos): Diagnostic[] {
  if (sig === null || typeof sig !== "object" || Array.isArray(sig)) return [];
  const s = sig as Record<string, unknown>;
  const out: Diagnostic[] = [];
  const authority = typeof s.authority === "string" ? s.authority : undefined;
  const behalf = text(s.on_behalf_of);
  const title = text(s.title);
  const collective = text(s.collective);
  // A misspelt authority ("TM", "KT") is the schema's error; only the decree's own are looked at.
  if (authority !== undefined && SIGNS_FOR_HEAD.has(authority) && !behalf) {
    const path = ["signature", "authority"];
    out.push(
      specDiag(
        "spec.signature-needs-behalf",
        { authority, example: HEAD_EXAMPLE },
        pos(path),
        path,
      ),
    );
  }
  if (authority === "TM." && !behalf && !collective) {
    const path = ["signature", "authority"];
    out.push(specDiag("spec.signature-tm-needs-body", {}, pos(path), path, "warning"));
  }
  if (authority === "TM." && behalf && collective && behalf !== collective) {
    const path = ["signature", "collective"];
    out.push(
      specDiag(
        "spec.signature-collective-ignored",
        { collective, behalf },
        pos(path),
        path,
        "warning",
      ),
    );
  }
  if (authority === "Q." && title && behalf) {
    const path = ["signature", "title"];
    out.push(
      specDiag("spec.signature-acting-title", { title, head: behalf }, pos(path), path, "warning"),
    );
  }
  if (authority !== "Q." && !title && !Object.hasOwn(s, "title")) {
    const path = ["signature"];
    out.push(specDiag("spec.signature-needs-title", {}, pos(path), path));
  }
  return out;
}
