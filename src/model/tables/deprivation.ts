// Biểu thiếu hụt: households of one group deprived in each indicator of the plan's poverty standard,
// grouped under the standard's dimensions. Units appear when the plan recorded deprivation per unit;
// otherwise the table holds the totals alone.

import type { SpecPath } from "../../diagnostics/types.js";
import type { Block, TableRow } from "../../document/types.js";
import { capitalizeFirst } from "../../format/index.js";
import type { Statistics, UnitFigures } from "../../stats/types.js";
import { type Ctx, label, report } from "../context.js";
import { parseMarkup } from "../markup.js";
import { baseView, groupView } from "../views.js";
import { headCell } from "./cells.js";
import type { ColumnsOptions } from "./columns.js";
import { perUnitCountTable } from "./per-unit.js";

export function deprivationTable(
  ctx: Ctx,
  stats: Statistics,
  spec: { group: string; indicator_headers?: "names" | "numbers" },
  opts: ColumnsOptions,
  tablePath: SpecPath,
): Block[] {
  const groupId = spec.group;
  const path = [...tablePath, "group"];
  const group = groupView(ctx, stats, groupId, path);
  if (!group) return [];
  // src/stats refuses a deprivation table without a standard; a model built anyway says so
  if (!stats.standard) {
    report(ctx, "model.no-deprivation", { group: group.name }, path);
    return [];
  }
  const { dimensions, indicators } = stats.standard;
  const recorded = (u: UnitFigures) => Object.keys(u.groups[groupId]?.deprivation ?? {}).length > 0;
  if (!recorded(stats.total) && !stats.units.some(recorded)) {
    report(ctx, "model.no-deprivation", { group: group.name }, path, "warning");
  }
  // indicators in the standard's order of dimensions, each dimension heading its own indicators
  const byDimension = dimensions
    .map((d) => ({ dim: d, inds: indicators.filter((i) => i.dimension === d.id) }))
    .filter((x) => x.inds.length > 0);
  const ordered = byDimension.flatMap((x) => x.inds);
  const numbers = spec.indicator_headers === "numbers";
  // an indicator's number is its place in the standard (Nghị định 07/2021: 1 việc làm … 12)
  const numberOf = (i: { id: string }) => String(indicators.findIndex((x) => x.id === i.id) + 1);
  const base = baseView(ctx);
  const header: TableRow[] = [
    {
      kind: "header",
      cells: [
        headCell(label(ctx, "colIndex"), { rowSpan: 3 }),
        headCell(label(ctx, "colUnit", base), { rowSpan: 3 }),
        headCell(label(ctx, "colGroupTotal", { ...base, ...group }), { rowSpan: 3 }),
        headCell(label(ctx, "colDeprived", { ...base, ...group }), { colSpan: ordered.length }),
      ],
    },
    {
      kind: "header",
      cells: byDimension.map((x) => headCell(x.dim.name, { colSpan: x.inds.length })),
    },
    {
      kind: "header",
      cells: ordered.map((i) => headCell(numbers ? numberOf(i) : capitalizeFirst(i.name))),
    },
  ];
  const table = perUnitCountTable(ctx, stats, {
    groupId,
    header,
    widths: { unit: 16, total: 8, value: 7 },
    values: (g) => ordered.map((i) => g?.deprivation[i.id]?.count),
    figures: ordered.map((i) => `deprivation.${i.id}`),
    recorded,
    blankZero: opts.blankZero,
  });
  if (!numbers) return [table];
  // numbers as headers: the legend under the table names them
  const items = ordered
    .map((i) =>
      label(ctx, "indicatorLegendItem", {
        number: numberOf(i),
        Name: capitalizeFirst(i.name),
        name: i.name,
      }),
    )
    .join("; ");
  return [table, ...parseMarkup(label(ctx, "indicatorLegend", { items }), "note")];
}
