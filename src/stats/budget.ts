import type { BudgetSpec } from "../spec/types.js";
import { sumExact } from "./decimal.js";
import type { BudgetFigures } from "./types.js";

export function computeBudget(budget: BudgetSpec): BudgetFigures {
  const sources = budget.sources.map((s) => ({ name: s.name, amount: s.amount }));
  return {
    unit: budget.unit ?? "đồng",
    sources,
    total: sumExact(sources.map((s) => s.amount)),
  };
}
