// Declared agencies (by id) and tasks (by id), before and after. A task's agencies are compared as
// agencies, not as ids: an agency renamed, or given another id under the same name, is reported once
// among the agencies and not again on each of its tasks.

import type { AgencySpec, PlanSpec, TaskGroupSpec, TaskSpec } from "../spec/types.js";
import { amountText, squash } from "./text.js";
import type { AgencyChange, FieldChange, TaskChange } from "./types.js";

interface Placed {
  task: TaskSpec;
  /** The group's name, and its id when it has one. */
  group?: { name: string; id?: string };
}

function flatTasks(spec: PlanSpec): Placed[] {
  const out: Placed[] = [];
  for (const item of spec.tasks ?? []) {
    if ("group" in item) {
      const g = item as TaskGroupSpec;
      const group = { name: squash(g.group), ...(g.id !== undefined ? { id: g.id } : {}) };
      for (const task of g.tasks ?? []) out.push({ task, group });
    } else {
      out.push({ task: item });
    }
  }
  return out;
}

/** The agencies of one version, by id. */
class Agencies {
  private readonly byId = new Map<string, AgencySpec>();
  constructor(spec: PlanSpec) {
    for (const a of spec.agencies ?? []) this.byId.set(a.id, a);
  }
  /** The full name; the id itself for an undeclared one (an error the checks report). */
  name(id: string): string {
    const a = this.byId.get(id);
    return a ? squash(a.name) : id;
  }
  /** As a table cell shows it: the short name, else the full name. */
  shown(id: string): string {
    const a = this.byId.get(id);
    return a ? squash(a.short ?? a.name) : id;
  }
}

function field(name: string, before: string | null, after: string | null): FieldChange[] {
  return before === after ? [] : [{ field: name, before, after }];
}

function text(s: string | undefined): string | null {
  return s === undefined ? null : squash(s);
}

export function agencyChanges(before: PlanSpec, after: PlanSpec): AgencyChange[] {
  const a = before.agencies ?? [];
  const b = after.agencies ?? [];
  const out: AgencyChange[] = [];
  const added: AgencySpec[] = [];
  const describe = (x: AgencySpec) => ({
    name: squash(x.name),
    short: text(x.short),
    directed: String(x.directed ?? true),
  });
  const compare = (x: AgencySpec, y: AgencySpec): FieldChange[] => {
    const p = describe(x);
    const q = describe(y);
    return [
      ...field("id", x.id, y.id),
      ...field("name", p.name, q.name),
      ...field("short", p.short, q.short),
      ...field("directed", p.directed, q.directed),
    ];
  };
  const rest = [...a];
  for (const y of b) {
    const i = rest.findIndex((x) => x.id === y.id);
    const [x] = i < 0 ? [] : rest.splice(i, 1);
    if (!x) {
      added.push(y);
      continue;
    }
    const fields = compare(x, y);
    if (fields.length) out.push({ id: y.id, kind: "changed", name: squash(y.name), fields });
  }
  // The same agency under another id is one change
  for (const y of added) {
    const i = rest.findIndex((x) => squash(x.name) === squash(y.name));
    const [x] = i < 0 ? [] : rest.splice(i, 1);
    if (x) out.push({ id: y.id, kind: "changed", name: squash(y.name), fields: compare(x, y) });
    else out.push({ id: y.id, kind: "added", name: squash(y.name), fields: [] });
  }
  for (const x of rest) out.push({ id: x.id, kind: "removed", name: squash(x.name), fields: [] });
  return out;
}

export function taskChanges(before: PlanSpec, after: PlanSpec): TaskChange[] {
  const agA = new Agencies(before);
  const agB = new Agencies(after);
  const a = flatTasks(before);
  const b = flatTasks(after);
  const unit = (s: PlanSpec) => s.budget?.unit ?? "đồng";
  const cost = (s: PlanSpec, t: TaskSpec) =>
    t.cost === undefined ? null : `${amountText(t.cost)} ${unit(s)}`;
  const sameAgency = (x: string, y: string) => x === y || agA.name(x) === agB.name(y);
  const out: TaskChange[] = [];
  const whole = (p: Placed, kind: "added" | "removed", ag: Agencies): TaskChange => ({
    id: p.task.id,
    kind,
    ...(p.group ? { group: p.group.name } : {}),
    content: squash(p.task.content),
    lead: ag.shown(p.task.lead),
    deadline: squash(String(p.task.deadline)),
    fields: [],
  });
  for (const y of b) {
    const x = a.find((p) => p.task.id === y.task.id);
    if (!x) {
      out.push(whole(y, "added", agB));
      continue;
    }
    const s = x.task;
    const t = y.task;
    const fields: FieldChange[] = [...field("content", squash(s.content), squash(t.content))];
    if (!sameAgency(s.lead, t.lead)) {
      fields.push({ field: "lead", before: agA.shown(s.lead), after: agB.shown(t.lead) });
    }
    const supportA = s.support ?? [];
    const supportB = t.support ?? [];
    const left = [...supportA];
    const allFound = supportB.every((id) => {
      const i = left.findIndex((old) => sameAgency(old, id));
      if (i >= 0) left.splice(i, 1);
      return i >= 0;
    });
    if (!allFound || left.length > 0) {
      const list = (ids: string[], ag: Agencies) =>
        ids.length ? ids.map((id) => ag.shown(id)).join(", ") : null;
      fields.push({ field: "support", before: list(supportA, agA), after: list(supportB, agB) });
    }
    fields.push(
      ...field("deadline", squash(String(s.deadline)), squash(String(t.deadline))),
      ...field("output", text(s.output), text(t.output)),
      ...field("cost", cost(before, s), cost(after, t)),
      ...field("source", text(s.source), text(t.source)),
    );
    // Moved to another group; a group only renamed (same id) is not a move of its tasks
    const gx = x.group;
    const gy = y.group;
    const sameGroup =
      gx?.id !== undefined && gy?.id !== undefined ? gx.id === gy.id : gx?.name === gy?.name;
    if (!sameGroup)
      fields.push({ field: "group", before: gx?.name ?? null, after: gy?.name ?? null });
    if (fields.length) {
      out.push({ id: t.id, kind: "changed", ...(gy ? { group: gy.name } : {}), fields });
    }
  }
  for (const x of a) {
    if (!b.some((p) => p.task.id === x.task.id)) out.push(whole(x, "removed", agA));
  }
  return out;
}
