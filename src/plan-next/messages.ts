// Messages of next year's plan (src/plan-next), by diagnostic code, in Vietnamese and English.

import type { MessageTable } from "../diagnostics/types.js";

export const PLAN_NEXT_MESSAGES: MessageTable = {
  "plans.next-year": {
    vi: "Kế hoạch mới phải bắt đầu sau thời gian của kế hoạch cũ (hết năm {end}), nhưng --year là {year}.",
    en: "The new plan must start after the old plan's period (which ends in {end}), but --year is {year}.",
    hintVi: "Ghi --year {next} (hoặc một năm sau {end}).",
    hintEn: "Use --year {next} (or any year after {end}).",
  },
};
