// diffPlans: two versions of a plan, compared as a plan. Pure: no file, no git, no printing.

import type { PlanSpec } from "../spec/types.js";
import {
  assignmentChanges,
  budgetChanges,
  documentChanges,
  recipientChanges,
  referenceChanges,
  signatureChanges,
  targetChanges,
} from "./lists.js";
import { sectionChanges } from "./sections.js";
import { statisticsChanges } from "./statistics.js";
import { tableChanges } from "./tables.js";
import { agencyChanges, taskChanges } from "./tasks.js";
import { squash } from "./text.js";
import type { AssignmentChange, PlanDiff, PlanSide } from "./types.js";

export function diffPlans(before: PlanSide, after: PlanSide): PlanDiff {
  const stats = after.computed?.statistics ?? before.computed?.statistics;
  const diff: PlanDiff = {
    countUnit: stats?.countUnit ?? "hộ",
    poverty: stats?.standard !== undefined,
    document: documentChanges(before.spec, after.spec),
    references: referenceChanges(before.spec, after.spec),
    targets: targetChanges(before, after),
    statistics: statisticsChanges(before.computed?.statistics, after.computed?.statistics),
    assignments: assignmentDiff(before.spec, after.spec),
    recipients: recipientChanges(before.spec, after.spec),
    signature: signatureChanges(before.spec, after.spec),
    budget: budgetChanges(before, after),
    agencies: agencyChanges(before.spec, after.spec),
    tasks: taskChanges(before.spec, after.spec),
    sections: sectionChanges(before.spec, after.spec),
    tables: tableChanges(before.spec, after.spec),
    same: false,
  };
  diff.same = Object.values(diff).every((v) => !Array.isArray(v) || v.length === 0);
  return diff;
}

/**
 * Assignments matched by agency: a declared agency by its id, whether an assignment names it by id
 * or by its full name, so that a renamed agency (same id) is told once, among the agencies; then
 * shown by name.
 */
function assignmentDiff(before: PlanSpec, after: PlanSpec): AssignmentChange[] {
  const ids = (spec: PlanSpec) => {
    const byName = new Map((spec.agencies ?? []).map((a) => [squash(a.name), a.id]));
    const known = new Set((spec.agencies ?? []).map((a) => a.id));
    return (spec.assignments ?? []).map((a) => ({
      ...a,
      agency: known.has(a.agency) ? a.agency : (byName.get(squash(a.agency)) ?? a.agency),
    }));
  };
  const name = (spec: PlanSpec, agency: string) =>
    squash(spec.agencies?.find((a) => a.id === agency)?.name ?? agency);
  return assignmentChanges(ids(before), ids(after)).flatMap((c) => {
    const { renamedFrom, ...rest } = c;
    const out: AssignmentChange = {
      ...rest,
      agency: name(c.kind === "removed" ? before : after, c.agency),
    };
    const was = renamedFrom === undefined ? undefined : name(before, renamedFrom);
    if (was !== undefined && was !== out.agency) out.renamedFrom = was;
    // Named by id in one version and by the same name in the other: no change
    const { added, removed, changed } = c.tasks;
    const nothing = !out.role && !out.renamedFrom && added + removed + changed === 0;
    return c.kind === "changed" && nothing ? [] : [out];
  });
}
