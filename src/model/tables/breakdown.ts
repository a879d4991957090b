// Biểu phân loại: per unit the households of a group and how a breakdown splits them ("trong đó").

import type { SpecPath } from "../../diagnostics/types.js";
import { formatCount } from "../../format/index.js";
import type { Statistics, UnitFigures } from "../../stats/types.js";
import { type Ctx, label, report } from "../context.js";
import type { Table, TableColumn, TableRow } from "../types.js";
import { baseView, count, groupView } from "../views.js";
import { headCell, indexRow, textCell } from "./cells.js";

export function breakdownTable(
  ctx: Ctx,
  stats: Statistics,
  breakdownId: string,
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
  const columns: TableColumn[] = [
    { width: 4, align: "center" },
    { width: 18, align: "left" },
    { width: 9, align: "right" },
    ...def.parts.map((): TableColumn => ({ width: 12, align: "right" })),
  ];
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
  const recorded = (u: UnitFigures) => u.groups[def.group]?.breakdowns[breakdownId] !== undefined;
  const row = (u: UnitFigures, kind: "body" | "total", no: string, name: string): TableRow => {
    const g = u.groups[def.group];
    const values = g?.breakdowns[breakdownId];
    const opts = kind === "total" ? { bold: true } : {};
    return {
      kind,
      cells: [
        textCell(no, { align: "center" }),
        textCell(name, { align: "left", ...opts }),
        textCell(count(ctx, g?.households), { align: "right", ...opts }),
        ...def.parts.map((p) => textCell(count(ctx, values?.[p.id]), { align: "right", ...opts })),
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
