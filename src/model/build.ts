// The model builder: spec + computed figures + templates → the document model, in reading order.
// Pure: no I/O, no printing, no exception on a validated spec; every problem is a diagnostic and
// the block it concerns is left out.

import type { Diagnostic } from "../diagnostics/types.js";
import type { DocumentModel } from "../document/types.js";
import type { PlanSpec } from "../spec/types.js";
import type { Computed } from "../stats/types.js";
import { appendixSections, checkAppendixRefs } from "./appendices.js";
import { createContext } from "./context.js";
import { frontMatter } from "./header.js";
import { documentMeta, pageSetup } from "./meta.js";
import { buildBody } from "./sections.js";
import { closing, signOff } from "./signoff.js";
import type { TemplateSet } from "./template-set.js";

export type { TemplateSet } from "./template-set.js";

export interface BuildInput {
  spec: PlanSpec;
  computed: Computed;
  templates: TemplateSet;
  /** The CLI's --draft (or --no-draft) wins over the spec's document.draft. */
  draft?: boolean;
}

export function buildModel(input: BuildInput): { model: DocumentModel; diagnostics: Diagnostic[] } {
  const ctx = createContext(input);
  const body = [...frontMatter(ctx), ...buildBody(ctx), ...closing(ctx), signOff(ctx)];
  checkAppendixRefs(ctx, body);
  const model: DocumentModel = {
    type: "document",
    meta: documentMeta(ctx),
    page: pageSetup(ctx),
    sections: [
      {
        type: "section",
        orientation: "portrait",
        pageNumbers: { show: true, showOnFirstPage: false },
        children: body,
      },
      ...appendixSections(ctx),
    ],
  };
  return { model, diagnostics: ctx.diagnostics };
}
