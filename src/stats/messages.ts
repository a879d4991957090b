// Messages of the stats stage, by diagnostic code, in Vietnamese and English.
// Placeholders {name} are filled from the diagnostic's params.

import type { MessageTable } from "../diagnostics/types.js";

export const STATS_MESSAGES: MessageTable = {};
