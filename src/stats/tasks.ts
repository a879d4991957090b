// Agencies and tasks: ids declared once and unique, every reference to an agency or a task resolves
// (else an error with "did you mean" and the declared ids), deadlines readable and inside the plan's
// period, and the tasks' costs summed exactly.

import type { SpecPath } from "../diagnostics/types.js";
import { deadlineYear, formatDeadline, formatPeriod, parseDeadline } from "../format/index.js";
import { suggest } from "../spec/did-you-mean.js";
import type { PlanSpec, TaskGroupSpec, TaskSpec } from "../spec/types.js";
import { checkReserved } from "./context.js";
import { exactSum, sumExact } from "./decimal.js";
import type { Sink } from "./emit.js";
import type { TasksFigures } from "./types.js";

export function isTaskGroup(entry: TaskSpec | TaskGroupSpec): entry is TaskGroupSpec {
  return "group" in entry;
}

/** Every task of the plan with its path, in order. */
export function allTasks(spec: PlanSpec): { task: TaskSpec; path: SpecPath }[] {
  return (spec.tasks ?? []).flatMap((entry, i) =>
    isTaskGroup(entry)
      ? entry.tasks.map((task, j) => ({ task, path: ["tasks", i, "tasks", j] as SpecPath }))
      : [{ task: entry, path: ["tasks", i] as SpecPath }],
  );
}

export interface TaskScope {
  agencyIds: ReadonlySet<string>;
  /** Task ids and group ids: what a { tasks: [...] } block may name. */
  placeable: ReadonlySet<string>;
}

export function checkTasks(spec: PlanSpec, sink: Sink): TaskScope {
  const agencyIds = new Set<string>();
  (spec.agencies ?? []).forEach((a, i) => {
    const path = ["agencies", i, "id"];
    if (!checkReserved(a.id, path, sink)) return;
    if (agencyIds.has(a.id)) {
      sink.error("stats.duplicate-id", { kind: "cơ quan", kindEn: "agency", id: a.id }, path);
      return;
    }
    agencyIds.add(a.id);
  });

  const placeable = new Set<string>();
  const claim = (id: string, path: SpecPath, kind: { kind: string; kindEn: string }): void => {
    if (!checkReserved(id, path, sink)) return;
    if (placeable.has(id)) {
      sink.error("stats.duplicate-id", { ...kind, id }, path);
      return;
    }
    placeable.add(id);
  };
  (spec.tasks ?? []).forEach((entry, i) => {
    if (isTaskGroup(entry) && entry.id !== undefined) {
      claim(entry.id, ["tasks", i, "id"], { kind: "nhiệm vụ", kindEn: "task or task group" });
    }
  });
  const period = spec.document.period;
  const from = typeof period === "number" ? period : period.from;
  const to = typeof period === "number" ? period : period.to;
  for (const { task, path } of allTasks(spec)) {
    claim(task.id, [...path, "id"], { kind: "nhiệm vụ", kindEn: "task or task group" });
    checkAgencyRef(task.lead, agencyIds, [...path, "lead"], sink);
    (task.support ?? []).forEach((id, k) => {
      checkAgencyRef(id, agencyIds, [...path, "support", k], sink);
      if (id === task.lead) {
        sink.warning("stats.lead-also-supports", { agency: id, task: task.id }, [
          ...path,
          "support",
          k,
        ]);
      }
    });
    const deadline = parseDeadline(task.deadline);
    if (!deadline) {
      sink.error("stats.bad-deadline", { deadline: String(task.deadline), task: task.id }, [
        ...path,
        "deadline",
      ]);
      continue;
    }
    const year = deadlineYear(deadline);
    if (year !== undefined && (year < from || year > to)) {
      sink.warning(
        "stats.deadline-outside-period",
        {
          deadline: formatDeadline(deadline),
          task: task.id,
          period: formatPeriod(period),
        },
        [...path, "deadline"],
      );
    }
  }
  const names = new Set((spec.agencies ?? []).map((a) => a.name.trim()));
  (spec.assignments ?? []).forEach((a, i) => {
    if (agencyIds.has(a.agency) || names.has(a.agency.trim()) || a.role !== undefined) return;
    const path = ["assignments", i, "agency"];
    const near = suggest(a.agency, [...agencyIds]);
    if (near !== undefined) {
      sink.error(
        "stats.unknown-agency-suggest",
        { agency: a.agency, suggestion: near, known: [...agencyIds].join(", ") },
        path,
      );
    } else {
      sink.error(
        "stats.assignment-needs-role",
        { agency: a.agency, known: [...agencyIds].join(", ") || "-" },
        ["assignments", i],
      );
    }
  });
  return { agencyIds, placeable };
}

function checkAgencyRef(id: string, known: ReadonlySet<string>, path: SpecPath, sink: Sink): void {
  if (known.has(id)) return;
  unknownRef("agency", id, known, path, sink);
}

/** An id that names nothing declared: with the nearest declared id when one is near enough. */
export function unknownRef(
  what: "agency" | "task",
  id: string,
  known: ReadonlySet<string>,
  path: SpecPath,
  sink: Sink,
): void {
  const list = [...known].join(", ") || "-";
  const near = suggest(id, [...known]);
  const codes =
    what === "agency"
      ? { plain: "stats.unknown-agency", near: "stats.unknown-agency-suggest" }
      : { plain: "stats.unknown-task", near: "stats.unknown-task-suggest" };
  if (near !== undefined) {
    sink.error(codes.near, { [what]: id, suggestion: near, known: list }, path);
  } else {
    sink.error(codes.plain, { [what]: id, known: list }, path);
  }
}

/** Costs: each entry of `tasks` (a group's tasks summed, or a lone task's cost) and the whole. */
export function computeTaskCosts(spec: PlanSpec, sink: Sink): TasksFigures {
  const costs = allTasks(spec).flatMap(({ task }) => (task.cost === undefined ? [] : [task.cost]));
  const lists = (spec.tasks ?? []).map((entry) =>
    (isTaskGroup(entry) ? entry.tasks : [entry]).flatMap((t) =>
      t.cost === undefined ? [] : [t.cost],
    ),
  );
  if ([costs, ...lists].some((list) => list.length > 0 && exactSum(list) === undefined)) {
    sink.error(
      "stats.sum-inexact",
      { what_vi: "tổng kinh phí các nhiệm vụ", what_en: "The total cost of the tasks" },
      ["tasks"],
    );
  }
  const entryCosts = lists.map((list) => (list.length > 0 ? sumExact(list) : null));
  return { entryCosts, total: costs.length > 0 ? sumExact(costs) : null };
}
