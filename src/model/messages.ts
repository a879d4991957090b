// Messages of the model stage, by diagnostic code, in Vietnamese and English.
// Placeholders {name} are filled from the diagnostic's params.

import type { MessageTable } from "../diagnostics/types.js";

export const MODEL_MESSAGES: MessageTable = {};
