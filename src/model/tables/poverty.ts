// Biểu hộ nghèo, hộ cận nghèo: per unit the total households, then for each group the households at
// the baseline, those expected to leave, and those left at the end, each with its rate; the "Cộng"
// row from the computed totals, never from the rates above it. A group that only grows (entries and
// no exits anywhere, as the counts of a plan beyond poverty often do) shows its entries instead.

import type { SpecPath } from "../../diagnostics/types.js";
import type { Table, TableCell, TableColumn, TableRow } from "../../document/types.js";
import { formatCount } from "../../format/index.js";
import type { Statistics, UnitFigures } from "../../stats/types.js";
import { type Ctx, label } from "../context.js";
import { figureCell } from "../marks.js";
import { baseView, count, type GroupView, groupView, rate } from "../views.js";
import { headCell, indexRow, textCell } from "./cells.js";

export function povertyTable(
  ctx: Ctx,
  stats: Statistics,
  groupIds: readonly string[] | undefined,
  path: SpecPath,
): Table | undefined {
  const groups: GroupView[] = [];
  const ids = groupIds ?? stats.groups.map((g) => g.id);
  for (const [i, id] of ids.entries()) {
    const view = groupView(ctx, stats, id, groupIds ? [...path, "groups", i] : path);
    if (!view) return undefined;
    groups.push(view);
  }
  const base = baseView(ctx);
  const columns: TableColumn[] = [
    { width: 4, align: "center" },
    { width: 18, align: "left" },
    { width: 9, align: "right" },
    ...groups.flatMap(() =>
      Array.from({ length: 6 }, (): TableColumn => ({ width: 7, align: "right" })),
    ),
  ];
  const header: TableRow[] = [
    {
      kind: "header",
      cells: [
        headCell(label(ctx, "colIndex"), { rowSpan: 3 }),
        headCell(label(ctx, "colUnit", base), { rowSpan: 3 }),
        headCell(label(ctx, "colTotalHouseholds", base), { rowSpan: 3 }),
        ...groups.map((g) => headCell(label(ctx, "colGroup", g), { colSpan: 6 })),
      ],
    },
    {
      kind: "header",
      cells: groups.flatMap((g) => {
        const view = { ...base, ...g };
        return [
          headCell(label(ctx, "colStart", view), { colSpan: 2 }),
          headCell(label(ctx, growsOnly(stats, g.id) ? "colEntries" : "colExits", view), {
            colSpan: 2,
          }),
          headCell(label(ctx, "colEnd", view), { colSpan: 2 }),
        ];
      }),
    },
    {
      kind: "header",
      cells: groups.flatMap(() =>
        [0, 1, 2].flatMap(() => [
          headCell(label(ctx, "colCount", base)),
          headCell(label(ctx, "colRate")),
        ]),
      ),
    },
  ];
  const body = stats.units.map(
    (u, i): TableRow => ({
      kind: "body",
      cells: [
        textCell(formatCount(i + 1), { align: "center" }),
        textCell(u.name, { align: "left" }),
        ...figures(ctx, stats, u, i, groups, {}),
      ],
    }),
  );
  const total: TableRow = {
    kind: "total",
    cells: [
      textCell("", { align: "center" }),
      textCell(label(ctx, "totalRow"), { align: "left", bold: true }),
      ...figures(ctx, stats, stats.total, null, groups, { bold: true }),
    ],
  };
  return {
    type: "table",
    columns,
    headerRows: header.length + 1,
    rows: [...header, indexRow(columns.length), ...body, total],
  };
}

/** The group's totals have entries and no exits: the middle columns show what is added. */
function growsOnly(stats: Statistics, groupId: string): boolean {
  const g = stats.total.groups[groupId];
  return g !== undefined && g.exits === 0 && g.entries > 0;
}

function figures(
  ctx: Ctx,
  stats: Statistics,
  unit: UnitFigures,
  index: number | null,
  groups: readonly GroupView[],
  opts: { bold?: boolean },
): TableCell[] {
  const cell = (s: string, group?: string, figure?: string) =>
    figureCell(ctx, s, figure ? { unit: index, group, figure } : undefined, {
      align: "right",
      ...opts,
    });
  return [
    cell(count(ctx, unit.households), undefined, "households"),
    ...groups.flatMap((view) => {
      const g = unit.groups[view.id];
      if (!g) return Array.from({ length: 6 }, () => cell("-"));
      const grows = growsOnly(stats, view.id);
      const flow = grows ? "entries" : "exits";
      return [
        cell(count(ctx, g.households), view.id, "households"),
        cell(rate(g.rate)),
        cell(count(ctx, grows ? g.entries : g.exits), view.id, flow),
        cell(rate(grows ? g.entryRate : g.exitRate)),
        cell(count(ctx, g.end)),
        cell(rate(g.endRate)),
      ];
    }),
  ];
}
