// The shape shared by the per-unit count tables (breakdown, deprivation): TT, the unit, the group's
// households, then one count column per part or indicator; the index row; one row per unit when the
// plan recorded these counts per unit; the totals row last.

import type { Table, TableColumn, TableRow } from "../../document/types.js";
import { formatCount } from "../../format/index.js";
import type { GroupFigures, Statistics, UnitFigures } from "../../stats/types.js";
import { type Ctx, label } from "../context.js";
import { figureCell } from "../marks.js";
import { count } from "../views.js";
import { indexRow, textCell } from "./cells.js";

export interface PerUnitCounts {
  groupId: string;
  /** The header rows above the index row. */
  header: TableRow[];
  /** Relative widths of the unit name, the group total and each count column. */
  widths: { unit: number; total: number; value: number };
  /** The count columns of a unit's group, in order. */
  values(group: GroupFigures | undefined): (number | undefined)[];
  /** Where each count column's figure sits in the group: "breakdowns.<id>.<part>" … (draft marks). */
  figures?: readonly string[];
  /** Whether a unit carries these counts; when none does, the table holds the totals alone. */
  recorded(unit: UnitFigures): boolean;
  /** A count of 0 (or none) is left blank. */
  blankZero?: boolean;
}

export function perUnitCountTable(ctx: Ctx, stats: Statistics, spec: PerUnitCounts): Table {
  const width = spec.values(stats.total.groups[spec.groupId]).length;
  const columns: TableColumn[] = [
    { width: 4, align: "center" },
    { width: spec.widths.unit, align: "left" },
    { width: spec.widths.total, align: "right" },
    ...Array.from(
      { length: width },
      (): TableColumn => ({ width: spec.widths.value, align: "right" }),
    ),
  ];
  const units = stats.units.some(spec.recorded) ? stats.units : [];
  const row = (u: UnitFigures, kind: "body" | "total", no: string, name: string): TableRow => {
    const g = u.groups[spec.groupId];
    const opts = kind === "total" ? { bold: true } : {};
    const index = kind === "total" ? null : units.indexOf(u);
    const at = (figure: string | undefined) =>
      figure ? { unit: index, group: spec.groupId, figure } : undefined;
    const shown = (n: number | undefined) => (spec.blankZero && !n ? "" : count(ctx, n));
    return {
      kind,
      cells: [
        textCell(no, { align: "center" }),
        textCell(name, { align: "left", ...opts }),
        figureCell(ctx, shown(g?.households), at("households"), { align: "right", ...opts }),
        ...spec
          .values(g)
          .map((v, j) =>
            figureCell(ctx, shown(v), at(spec.figures?.[j]), { align: "right", ...opts }),
          ),
      ],
    };
  };
  return {
    type: "table",
    columns,
    headerRows: spec.header.length + 1,
    rows: [
      ...spec.header,
      indexRow(columns.length),
      ...units.map((u, i) => row(u, "body", formatCount(i + 1), u.name)),
      row(stats.total, "total", "", label(ctx, "totalRow")),
    ],
  };
}
