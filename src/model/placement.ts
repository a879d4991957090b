// Where the plan's top-level parts are placed by its sections, and what no section places: tasks
// (a { tasks } block or a generated task table), the budget (a { template: kinh-phi } block), the
// assignments (a section with assignments: true) and the reporting regime (reporting: true).

import type { BlockSpec, PlanSpec, SectionSpec, TableSpec } from "../spec/types.js";
import { allPieces, placedIds, type TaskPiece } from "./tasks.js";

export interface Placement {
  /** The first section with assignments: true: generated sections go just before it. */
  anchor: SectionSpec | undefined;
  /** Tasks no block places (all of them when nothing does), as groups and runs. */
  unplacedTasks: TaskPiece[];
  budgetUnplaced: boolean;
  assignmentsUnplaced: boolean;
  reportingUnplaced: boolean;
}

export function placement(spec: PlanSpec): Placement {
  const blocks: BlockSpec[] = [];
  const sections: SectionSpec[] = [];
  const walk = (list: readonly SectionSpec[]): void => {
    for (const s of list) {
      sections.push(s);
      blocks.push(...(s.content ?? []));
      walk(s.sections ?? []);
    }
  };
  walk(spec.sections);
  for (const a of spec.assignments ?? []) blocks.push(...a.tasks);
  blocks.push(...(spec.reporting ?? []));

  const tables: TableSpec[] = (spec.appendices ?? []).map((a) => a.table);
  const placed = new Set<string>();
  let budgetPlaced = false;
  for (const b of blocks) {
    if (typeof b === "string") continue;
    if ("template" in b && b.template === "kinh-phi") budgetPlaced = true;
    if ("table" in b) tables.push(b.table);
    if ("tasks" in b) for (const id of placedIds(spec, b.tasks)) placed.add(id);
  }
  const tableOfTasks = tables.some((t) => "generate" in t && t.generate === "tasks");
  const unplacedTasks = tableOfTasks
    ? []
    : allPieces(spec)
        .map((p) => ({ ...p, tasks: p.tasks.filter((t) => !placed.has(t.id)) }))
        .filter((p) => p.tasks.length > 0);
  const anchor = sections.find((s) => s.assignments === true);
  return {
    anchor,
    unplacedTasks,
    budgetUnplaced: spec.budget !== undefined && !budgetPlaced,
    assignmentsUnplaced: (spec.assignments ?? []).length > 0 && anchor === undefined,
    reportingUnplaced:
      (spec.reporting ?? []).length > 0 && !sections.some((s) => s.reporting === true),
  };
}
