import type { BudgetSpec } from "../spec/types.js";
import { exactSum, sumExact } from "./decimal.js";
import type { Sink } from "./emit.js";
import type { BudgetFigures } from "./types.js";

export function computeBudget(budget: BudgetSpec, sink: Sink): BudgetFigures {
  const sources = budget.sources.map((s) => ({ name: s.name, amount: s.amount }));
  const amounts = sources.map((s) => s.amount);
  if (exactSum(amounts) === undefined) {
    sink.error("stats.sum-inexact", { what_vi: "tổng kinh phí", what_en: "The total budget" }, [
      "budget",
      "sources",
    ]);
  }
  return {
    unit: budget.unit ?? "đồng",
    sources,
    total: sumExact(amounts),
  };
}
