// The phrase each target prints ("Cuối năm 2024 tỷ lệ hộ nghèo giảm còn 0,43%"), made by the document
// model's own target templates, so that a diff shows what the document says before and after.

import { createContext } from "../model/context.js";
import { parseInline, plainText } from "../model/markup.js";
import { targetPhrase } from "../model/targets.js";
import type { TemplateSet } from "../model/template-set.js";
import type { PlanSpec } from "../spec/types.js";
import type { Computed } from "../stats/types.js";

export function targetPhrases(
  spec: PlanSpec,
  computed: Computed,
  templates: TemplateSet,
): Record<string, string> {
  const ctx = createContext({ spec, computed, templates });
  const out: Record<string, string> = {};
  (spec.targets ?? []).forEach((t, i) => {
    const phrase = targetPhrase(ctx, t.id, ["targets", i]);
    if (phrase !== undefined) out[t.id] = plainText(parseInline(phrase));
  });
  return out;
}
