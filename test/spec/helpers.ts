// Small plans for the spec tests: BASE is a minimal valid plan of 16 lines; tests replace some of
// its lines or append top-level keys from line 17 on, so expected line numbers stay readable.

import type { Diagnostic } from "../../src/diagnostics/types.js";
import { localize } from "../../src/edge/catalog.js";
import { type LoadedSpec, loadSpec } from "../../src/spec/load.js";

export const BASE_LINES = [
  "kehoach: 1",
  "document:",
  "  issuing_body: Ủy ban nhân dân phường Quảng Minh",
  "  unit_kind: phường",
  "  locality: Quảng Minh",
  "  symbol: KH-UBND",
  "  place: Quảng Minh",
  "  date: 2024-02-22",
  "  summary: Thực hiện công tác giảm nghèo năm 2024",
  "  period: 2024",
  "sections:",
  "  - title: Mục tiêu",
  "closing: Trên đây là Kế hoạch thực hiện công tác giảm nghèo năm 2024",
  "recipients: [Như trên]",
  "archive: VT",
  "signature: { title: Chủ tịch, signer: Nguyễn Văn An }",
];

export const BASE = `${BASE_LINES.join("\n")}\n`;

/** BASE with some lines (1-based) replaced (null deletes the line, keeping the others' numbers off). */
export function plan(replace: Record<number, string | null> = {}, append = ""): string {
  const lines = BASE_LINES.flatMap((l, i) => {
    const r = replace[i + 1];
    return r === undefined ? [l] : r === null ? [] : [r];
  });
  return `${lines.join("\n")}\n${append}`;
}

export function load(text: string): LoadedSpec {
  return loadSpec(text, "plan.yaml");
}

/** [code, line, col] of each diagnostic, for compact expectations. */
export function where(ds: readonly Diagnostic[]): [string, number, number][] {
  return ds.map((d) => [d.code, d.pos?.line ?? 0, d.pos?.col ?? 0]);
}

export function vi(d: Diagnostic | undefined): string {
  if (!d) throw new Error("no diagnostic");
  return localize(d, "vi").message;
}

export function en(d: Diagnostic | undefined): string {
  if (!d) throw new Error("no diagnostic");
  return localize(d, "en").message;
}
