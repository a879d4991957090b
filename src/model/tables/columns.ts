// A generated table whose columns the plan lists (issue 13): after TT and the unit's name, columns of
// the unit itself (its households, persons), of a group (start, exits, entries, end; count and/or
// rate) and of a breakdown's parts ("trong đó"). Headings form a tree: a column group over its phases
// or parts, each over its count and rate; a level with a single column is left out, and the header
// rows take the depth of the deepest column (shallower ones span the rows below them).

import type { SpecPath } from "../../diagnostics/types.js";
import type { Table, TableCell, TableColumn, TableRow } from "../../document/types.js";
import { formatCount } from "../../format/index.js";
import type { FigureKind, Phase, TableColumnSpec } from "../../spec/types.js";
import type { GroupFigures, Rate, Statistics, UnitFigures } from "../../stats/types.js";
import { type Ctx, label, report } from "../context.js";
import { type FigureRef, figureCell } from "../marks.js";
import { baseView, count, type GroupView, groupView, rate } from "../views.js";
import { headCell, indexRow, textCell } from "./cells.js";

/** One printed column: how wide, and its figure for a unit (null: the totals row). */
interface Leaf {
  width: number;
  value(u: UnitFigures, index: number | null): { text: string; at?: FigureRef; zero: boolean };
}

/** A heading over the columns (or column groups) below it, or over one column. */
interface Node {
  label: string;
  children?: Node[];
  leaf?: Leaf;
}

export interface ColumnsOptions {
  blankZero: boolean;
}

const PHASE_LABEL: Readonly<Record<Phase, string>> = {
  start: "colStart",
  exits: "colExits",
  entries: "colEntries",
  end: "colEnd",
};

export function columnsTable(
  ctx: Ctx,
  stats: Statistics,
  specs: readonly TableColumnSpec[],
  opts: ColumnsOptions,
  path: SpecPath,
): Table | undefined {
  const nodes: Node[] = [];
  for (const [i, spec] of specs.entries()) {
    const node = columnNode(ctx, stats, spec, [...path, "columns", i]);
    if (!node) return undefined;
    nodes.push(node);
  }
  const depth = Math.max(1, ...nodes.map(depthOf));
  const leaves = nodes.flatMap(leavesOf);
  const columns: TableColumn[] = [
    { width: 4, align: "center" },
    { width: 18, align: "left" },
    ...leaves.map((l): TableColumn => ({ width: l.width, align: "right" })),
  ];
  const span = (n: number) => (n > 1 ? n : undefined);
  const header: TableRow[] = Array.from({ length: depth }, () => ({ kind: "header", cells: [] }));
  const first = header[0];
  if (!first) return undefined;
  const tall = (text: string) => headCell(text, spread({ rowSpan: span(depth) }));
  first.cells.push(tall(label(ctx, "colIndex")), tall(label(ctx, "colUnit", baseView(ctx))));
  const place = (node: Node, level: number) => {
    const row = header[level];
    if (!row) return;
    const below = node.children ?? [];
    row.cells.push(
      headCell(
        node.label,
        spread({
          colSpan: span(leavesOf(node).length),
          rowSpan: below.length === 0 ? span(depth - level) : undefined,
        }),
      ),
    );
    for (const child of below) place(child, level + 1);
  };
  for (const node of nodes) place(node, 0);

  const cells = (u: UnitFigures, index: number | null, bold: boolean): TableCell[] =>
    leaves.map((leaf) => {
      const v = leaf.value(u, index);
      const text = opts.blankZero && v.zero ? "" : v.text;
      return figureCell(ctx, text, v.at, { align: "right", ...(bold ? { bold } : {}) });
    });
  const body = stats.units.map(
    (u, i): TableRow => ({
      kind: "body",
      cells: [
        textCell(formatCount(i + 1), { align: "center" }),
        textCell(u.name, { align: "left" }),
        ...cells(u, i, false),
      ],
    }),
  );
  const total: TableRow = {
    kind: "total",
    cells: [
      textCell("", { align: "center" }),
      textCell(label(ctx, "totalRow"), { align: "left", bold: true }),
      ...cells(stats.total, null, true),
    ],
  };
  return {
    type: "table",
    columns,
    headerRows: depth + 1,
    rows: [...header, indexRow(columns.length), ...body, total],
  };
}

/** Cell options without the spans that are 1 (absent, as the default tables have them). */
function spread(o: { colSpan?: number | undefined; rowSpan?: number | undefined }) {
  return {
    ...(o.colSpan !== undefined ? { colSpan: o.colSpan } : {}),
    ...(o.rowSpan !== undefined ? { rowSpan: o.rowSpan } : {}),
  };
}

function depthOf(n: Node): number {
  return 1 + Math.max(0, ...(n.children ?? []).map(depthOf));
}

function leavesOf(n: Node): Leaf[] {
  if (n.leaf) return [n.leaf];
  return (n.children ?? []).flatMap(leavesOf);
}

/** A heading over figures: itself the column when there is one figure, else over each. */
function over(text: string, children: Node[]): Node {
  const only = children[0];
  if (children.length === 1 && only?.leaf) return { label: text, leaf: only.leaf };
  return { label: text, children };
}

function columnNode(
  ctx: Ctx,
  stats: Statistics,
  spec: TableColumnSpec,
  path: SpecPath,
): Node | undefined {
  const base = baseView(ctx);
  if ("unit" in spec) {
    const persons = spec.unit === "persons";
    return {
      label: spec.heading ?? label(ctx, persons ? "colTotalPersons" : "colTotalHouseholds", base),
      leaf: {
        width: 9,
        value: (u, index) => {
          const n = persons ? u.persons : u.households;
          return {
            text: count(ctx, n),
            zero: !n,
            at: { unit: index, figure: persons ? "persons" : "households" },
          };
        },
      },
    };
  }
  if ("group" in spec) {
    const view = groupView(ctx, stats, spec.group, [...path, "group"]);
    if (!view) return undefined;
    const phases = spec.phases ?? defaultPhases(stats, view);
    const figures = spec.figures ?? ["count", "rate"];
    const byGroup = spec.rate_base === "group";
    const headings = spec.headings ?? {};
    const figureNodes = (phase: Phase) =>
      figures.map((f) => figureNode(ctx, f, headings, groupLeaf(ctx, view.id, phase, f, byGroup)));
    const heading = spec.heading ?? label(ctx, "colGroup", view);
    const only = phases.length === 1 ? phases[0] : undefined;
    // one phase: the group's heading stands for it
    if (only) return over(heading, figureNodes(only));
    return over(
      heading,
      phases.map((phase) =>
        over(
          headings[phase] ?? label(ctx, PHASE_LABEL[phase], { ...base, ...view }),
          figureNodes(phase),
        ),
      ),
    );
  }
  const def = stats.breakdowns.find((b) => b.id === spec.breakdown);
  if (!def) {
    report(ctx, "model.unknown-breakdown", { breakdown: spec.breakdown }, [...path, "breakdown"]);
    return undefined;
  }
  const group = groupView(ctx, stats, def.group, [...path, "breakdown"]);
  if (!group) return undefined;
  const figures = spec.figures ?? ["count", "rate"];
  const byGroup = spec.rate_base === "group";
  const headings = spec.headings ?? {};
  const parts = (spec.parts ?? def.parts.map((p) => p.id)).flatMap((id) => {
    const part = def.parts.find((p) => p.id === id);
    return part ? [part] : [];
  });
  return over(
    spec.heading ?? label(ctx, "colParts", { ...base, ...group }),
    parts.map((p) =>
      over(
        headings[p.id] ?? p.label,
        figures.map((f) =>
          figureNode(ctx, f, headings, partLeaf(ctx, def.group, def.id, p.id, f, byGroup)),
        ),
      ),
    ),
  );
}

function figureNode(
  ctx: Ctx,
  f: FigureKind,
  headings: Readonly<Record<string, string>>,
  leaf: Leaf,
): Node {
  const text =
    headings[f] ?? (f === "count" ? label(ctx, "colCount", baseView(ctx)) : label(ctx, "colRate"));
  return { label: text, leaf };
}

/** The poor and near-poor, and any group that moves, show start, exits (or entries) and end. */
function defaultPhases(stats: Statistics, view: GroupView): Phase[] {
  const g = stats.total.groups[view.id];
  const moves = g !== undefined && (g.exits > 0 || g.entries > 0);
  if (!(view.isPoor || view.isNearPoor || moves)) return ["start"];
  return movingPhases(stats, view.id);
}

/**
 * A group's start, its change and its end; the change is its entries when its totals have entries
 * and no exits (the middle columns show what is added), else its exits.
 */
export function movingPhases(stats: Statistics, groupId: string): Phase[] {
  const g = stats.total.groups[groupId];
  const growsOnly = g !== undefined && g.exits === 0 && g.entries > 0;
  return ["start", growsOnly ? "entries" : "exits", "end"];
}

const PHASE_COUNT: Readonly<Record<Phase, (g: GroupFigures) => number>> = {
  start: (g) => g.households,
  exits: (g) => g.exits,
  entries: (g) => g.entries,
  end: (g) => g.end,
};

function phaseRate(g: GroupFigures, phase: Phase, byGroup: boolean): Rate | undefined {
  if (!byGroup) {
    return { start: g.rate, exits: g.exitRate, entries: g.entryRate, end: g.endRate }[phase];
  }
  return g.ofGroup?.[phase];
}

function groupLeaf(ctx: Ctx, groupId: string, phase: Phase, f: FigureKind, byGroup: boolean): Leaf {
  const figure = phase === "start" ? "households" : phase;
  return {
    width: 7,
    value: (u, index) => {
      const g = u.groups[groupId];
      if (!g) return { text: "-", zero: true };
      const n = PHASE_COUNT[phase](g);
      if (f === "rate") return { text: rate(phaseRate(g, phase, byGroup)), zero: n === 0 };
      const at = phase === "end" ? undefined : { unit: index, group: groupId, figure };
      return { text: count(ctx, n), zero: n === 0, ...(at ? { at } : {}) };
    },
  };
}

function partLeaf(
  ctx: Ctx,
  groupId: string,
  breakdownId: string,
  partId: string,
  f: FigureKind,
  byGroup: boolean,
): Leaf {
  return {
    width: 7,
    value: (u, index) => {
      const g = u.groups[groupId];
      const n = g?.breakdowns[breakdownId]?.[partId];
      if (n === undefined) return { text: "-", zero: true };
      if (f === "rate") {
        const r = g?.partRates?.[breakdownId]?.[partId];
        return { text: rate(byGroup ? r?.ofGroup : r?.ofUnit), zero: n === 0 };
      }
      return {
        text: count(ctx, n),
        zero: n === 0,
        at: { unit: index, group: groupId, figure: `breakdowns.${breakdownId}.${partId}` },
      };
    },
  };
}
