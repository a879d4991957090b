// References from the text to the figures: {target}, {targets}, template blocks and tables name
// targets, groups and breakdowns by id; an unknown id would otherwise surface as a blank in print.

import type { SpecPath } from "../diagnostics/types.js";
import type { BlockSpec, PlanSpec, SectionSpec, TableSpec } from "../spec/types.js";
import { checkGroupRef } from "./context.js";
import type { Sink } from "./emit.js";
import { type TaskScope, unknownRef } from "./tasks.js";

export interface RefScope {
  sink: Sink;
  targetIds: ReadonlySet<string>;
  groupById: ReadonlyMap<string, unknown>;
  breakdownIds: ReadonlySet<string>;
  /** breakdown id → its part ids */
  breakdownParts: ReadonlyMap<string, readonly string[]>;
  hasStatistics: boolean;
  tasks: TaskScope;
  hasTasks: boolean;
  /** The statistics name a poverty standard: deprivation indicators exist. */
  hasStandard: boolean;
}

export function checkBlockRefs(spec: PlanSpec, scope: RefScope): void {
  spec.sections.forEach((s, i) => {
    section(s, ["sections", i], scope);
  });
  (spec.assignments ?? []).forEach((a, i) => {
    blocks(a.tasks, ["assignments", i, "tasks"], scope);
  });
  blocks(spec.reporting, ["reporting"], scope);
  (spec.appendices ?? []).forEach((a, i) => {
    table(a.table, ["appendices", i, "table"], scope);
  });
}

function section(s: SectionSpec, path: SpecPath, scope: RefScope): void {
  blocks(s.content, [...path, "content"], scope);
  (s.sections ?? []).forEach((sub, i) => {
    section(sub, [...path, "sections", i], scope);
  });
}

function blocks(list: readonly BlockSpec[] | undefined, path: SpecPath, scope: RefScope): void {
  (list ?? []).forEach((b, i) => {
    block(b, [...path, i], scope);
  });
}

function block(b: BlockSpec, path: SpecPath, scope: RefScope): void {
  if (typeof b === "string") return;
  if ("target" in b) {
    target(b.target, [...path, "target"], scope);
  } else if ("targets" in b) {
    if (b.targets === "all") return;
    b.targets.forEach((id, i) => {
      target(id, [...path, "targets", i], scope);
    });
  } else if ("template" in b) {
    if (b.template === "thieu-hut" && scope.hasStatistics && !scope.hasStandard) {
      scope.sink.error(
        "stats.deprivation-needs-standard",
        { what: "thieu-hut", whatEn: "thieu-hut" },
        [...path, "template"],
      );
    }
    if (b.group !== undefined)
      checkGroupRef(b.group, scope.groupById, [...path, "group"], scope.sink);
    if (b.breakdown !== undefined) breakdown(b.breakdown, [...path, "breakdown"], scope);
  } else if ("table" in b) {
    table(b.table, [...path, "table"], scope);
  } else if ("tasks" in b) {
    if (!scope.hasTasks) {
      scope.sink.error("stats.no-tasks", {}, [...path, "tasks"]);
      return;
    }
    if (b.tasks === "all") return;
    b.tasks.forEach((id, i) => {
      if (scope.tasks.placeable.has(id)) return;
      unknownRef("task", id, scope.tasks.placeable, [...path, "tasks", i], scope.sink);
    });
  }
}

function target(id: string, path: SpecPath, scope: RefScope): void {
  if (scope.targetIds.has(id)) return;
  scope.sink.error(
    "stats.unknown-target",
    { target: id, known: [...scope.targetIds].join(", ") || "-" },
    path,
  );
}

function breakdown(id: string, path: SpecPath, scope: RefScope): void {
  if (scope.breakdownIds.has(id)) return;
  scope.sink.error(
    "stats.unknown-breakdown",
    { breakdown: id, known: [...scope.breakdownIds].join(", ") || "-" },
    path,
  );
}

function table(t: TableSpec, path: SpecPath, scope: RefScope): void {
  if (!("generate" in t)) return;
  if (t.generate === "tasks") {
    if (!scope.hasTasks) scope.sink.error("stats.no-tasks", {}, [...path, "generate"]);
    return;
  }
  if (!scope.hasStatistics) {
    scope.sink.error("stats.needs-statistics", {}, [...path, "generate"]);
    return;
  }
  if (t.generate === "poverty") {
    (t.groups ?? []).forEach((g, i) => {
      checkGroupRef(g, scope.groupById, [...path, "groups", i], scope.sink);
    });
    (t.columns ?? []).forEach((c, i) => {
      const at = [...path, "columns", i];
      if ("group" in c) checkGroupRef(c.group, scope.groupById, [...at, "group"], scope.sink);
      if (!("breakdown" in c)) return;
      breakdown(c.breakdown, [...at, "breakdown"], scope);
      const known = scope.breakdownParts.get(c.breakdown);
      (c.parts ?? []).forEach((part, j) => {
        if (!known || known.includes(part)) return;
        scope.sink.error(
          "stats.unknown-part",
          { breakdown: c.breakdown, part, known: known.join(", ") },
          [...at, "parts", j],
        );
      });
    });
  } else if (t.generate === "deprivation") {
    if (!scope.hasStandard) {
      scope.sink.error(
        "stats.deprivation-needs-standard",
        { what: "deprivation", whatEn: "deprivation" },
        [...path, "generate"],
      );
    }
    checkGroupRef(t.group, scope.groupById, [...path, "group"], scope.sink);
  } else {
    breakdown(t.breakdown, [...path, "breakdown"], scope);
  }
}
