// Biểu phân loại: per unit the households of a group and how a breakdown splits them ("trong đó").

import type { SpecPath } from "../../diagnostics/types.js";
import type { Table, TableRow } from "../../document/types.js";
import type { Statistics } from "../../stats/types.js";
import { type Ctx, label, report } from "../context.js";
import { baseView, groupView } from "../views.js";
import { headCell } from "./cells.js";
import type { ColumnsOptions } from "./columns.js";
import { perUnitCountTable } from "./per-unit.js";

export function breakdownTable(
  ctx: Ctx,
  stats: Statistics,
  breakdownId: string,
  opts: ColumnsOptions,
  path: SpecPath,
): Table | undefined {
  const def = stats.breakdowns.find((b) => b.id === breakdownId);
  if (!def) {
    report(ctx, "model.unknown-breakdown", { breakdown: breakdownId }, path);
    return undefined;
  }
  const group = groupView(ctx, stats, def.group, path);
  if (!group) return undefined;
  const base = baseView(ctx);
  const header: TableRow[] = [
    {
      kind: "header",
      cells: [
        headCell(label(ctx, "colIndex"), { rowSpan: 2 }),
        headCell(label(ctx, "colUnit", base), { rowSpan: 2 }),
        headCell(label(ctx, "colGroupTotal", { ...base, ...group }), { rowSpan: 2 }),
        headCell(label(ctx, "colParts", { ...base, ...group }), { colSpan: def.parts.length }),
      ],
    },
    { kind: "header", cells: def.parts.map((p) => headCell(p.label)) },
  ];
  return perUnitCountTable(ctx, stats, {
    groupId: def.group,
    header,
    widths: { unit: 18, total: 9, value: 12 },
    values: (g) => def.parts.map((p) => g?.breakdowns[breakdownId]?.[p.id]),
    figures: def.parts.map((p) => `breakdowns.${breakdownId}.${p.id}`),
    recorded: (u) => u.groups[def.group]?.breakdowns[breakdownId] !== undefined,
    blankZero: opts.blankZero,
  });
}
