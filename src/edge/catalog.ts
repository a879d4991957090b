// Every stage's message catalog, assembled here at the edge (the CLI and the server) rather than in
// src/diagnostics, so that src/diagnostics depends on no stage. A stage with new diagnostics adds its
// catalog here.

import { localizer } from "../diagnostics/localize.js";
import type { MessageTable } from "../diagnostics/types.js";
import { IMPORT_MESSAGES } from "../import/messages.js";
import { MODEL_MESSAGES } from "../model/messages.js";
import { PLAN_NEXT_MESSAGES } from "../plan-next/messages.js";
import { SPEC_MESSAGES } from "../spec/messages.js";
import { STATS_MESSAGES } from "../stats/messages.js";

export const CATALOG: MessageTable = {
  ...SPEC_MESSAGES,
  ...STATS_MESSAGES,
  ...MODEL_MESSAGES,
  ...PLAN_NEXT_MESSAGES,
  ...IMPORT_MESSAGES,
};

/** A diagnostic in the official's language, with its hint: what the CLI and the server print. */
export const localize = localizer(CATALOG);
