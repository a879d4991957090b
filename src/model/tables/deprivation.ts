// Biểu thiếu hụt: households of one group deprived in each indicator of the plan's poverty standard,
// grouped under the standard's dimensions. Units appear when the plan recorded deprivation per unit;
// otherwise the table holds the totals alone.

import type { SpecPath } from "../../diagnostics/types.js";
import { capitalizeFirst, formatCount } from "../../format/index.js";
import type { Statistics, UnitFigures } from "../../stats/types.js";
import { type Ctx, label, report } from "../context.js";
import type { Table, TableColumn, TableRow } from "../types.js";
import { baseView, count, groupView } from "../views.js";
import { headCell, indexRow, textCell } from "./cells.js";

export function deprivationTable(
  ctx: Ctx,
  stats: Statistics,
  groupId: string,
  path: SpecPath,
): Table | undefined {
  const group = groupView(ctx, stats, groupId, path);
  if (!group) return undefined;
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
  const base = baseView(ctx);
  const columns: TableColumn[] = [
    { width: 4, align: "center" },
    { width: 16, align: "left" },
    { width: 8, align: "right" },
    ...ordered.map((): TableColumn => ({ width: 7, align: "right" })),
  ];
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
    { kind: "header", cells: ordered.map((i) => headCell(capitalizeFirst(i.name))) },
  ];
  const row = (u: UnitFigures, kind: "body" | "total", no: string, name: string): TableRow => {
    const g = u.groups[groupId];
    const opts = kind === "total" ? { bold: true } : {};
    return {
      kind,
      cells: [
        textCell(no, { align: "center" }),
        textCell(name, { align: "left", ...opts }),
        textCell(count(ctx, g?.households), { align: "right", ...opts }),
        ...ordered.map((i) =>
          textCell(count(ctx, g?.deprivation[i.id]?.count), { align: "right", ...opts }),
        ),
      ],
    };
  };
  const units = stats.units.some(recorded) ? stats.units : [];
  return {
    type: "table",
    columns,
    headerRows: header.length + 1,
    rows: [
      ...header,
      indexRow(columns.length),
      ...units.map((u, i) => row(u, "body", formatCount(i + 1), u.name)),
      row(stats.total, "total", "", label(ctx, "totalRow")),
    ],
  };
}
