// diffPlans: two versions of a plan, compared as a plan. Pure: no file, no git, no printing.

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
import type { PlanDiff, PlanSide } from "./types.js";

export function diffPlans(before: PlanSide, after: PlanSide): PlanDiff {
  const diff: PlanDiff = {
    document: documentChanges(before.spec, after.spec),
    references: referenceChanges(before.spec, after.spec),
    targets: targetChanges(before, after),
    statistics: statisticsChanges(before.computed?.statistics, after.computed?.statistics),
    assignments: assignmentChanges(before.spec.assignments ?? [], after.spec.assignments ?? []),
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
