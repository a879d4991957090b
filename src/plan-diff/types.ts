// What changed between two versions of a plan, in terms of the plan (targets, figures, agencies,
// sections), not of YAML lines. Pure data: the CLI phrases it in Vietnamese or English, or prints it
// as JSON. Rates are hundredths of a percent (bp), as in src/stats.

import type { PlanSpec, Role } from "../spec/types.js";
import type { Computed } from "../stats/types.js";

/** One version of a plan: its spec, its computed figures when they could be computed, and the
 * phrase of each target (see phrases.ts) when the document model could phrase them. */
export interface PlanSide {
  spec: PlanSpec;
  computed?: Computed;
  /** target id → the phrase the document prints, plain text */
  phrases?: Record<string, string>;
}

export interface Change<T> {
  before: T;
  after: T;
}

export type Kind = "added" | "removed" | "changed";

/** A field of the document or the signature: its value as written (period "2022-2025"), or null. */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** Items of a list (legal bases, implemented plans, recipients, appendices) that came or went. */
export interface ListChange {
  field: string;
  added: string[];
  removed: string[];
}

export interface TargetChange {
  id: string;
  kind: Kind;
  /** The printed phrase, or a short description of the target when it could not be phrased. */
  before?: string;
  after?: string;
}

/** The figures of one group in one unit (or in the totals row). */
export interface GroupFigureSet {
  households: number;
  /** bp of the unit's households */
  rate: number | null;
  exits: number;
  entries: number;
  end: number;
  endRate: number | null;
  actualEnd?: number;
  actualEndRate?: number | null;
}

export interface GroupChange {
  group: string;
  /** "hộ nghèo" */
  name: string;
  before?: GroupFigureSet;
  after?: GroupFigureSet;
}

export interface UnitChange {
  /** The unit's name; null for the totals row. */
  unit: string | null;
  kind: Kind;
  households: Change<number | null>;
  /** Only the groups whose figures changed (all of them for a unit added or removed). */
  groups: GroupChange[];
}

export interface ParagraphCounts {
  added: number;
  removed: number;
  changed: number;
}

export interface AssignmentChange {
  agency: string;
  kind: Kind;
  /** The agency's name before, when it was renamed (its tasks stayed the same). */
  renamedFrom?: string;
  role?: Change<Role | null>;
  /** For a changed assignment: its tasks' paragraphs; for one added or removed: their count. */
  tasks: ParagraphCounts;
}

/** A step of a section's place: its number as printed ("II.", "2.", "a)") and its title if any. */
export interface SectionStep {
  number: string;
  title?: string;
}

export interface SectionChange {
  /** From the top-level section down to this one, numbered as in the newer version (the older for a
   * removed one). lead_in, closing and reporting are reported as sections named by `part`. */
  path: SectionStep[];
  part?: "lead_in" | "closing" | "reporting";
  kind: Kind;
  /** The title before, when it changed. */
  renamedFrom?: string;
  paragraphs: ParagraphCounts;
}

/** A declared agency (the plan's `agencies`), matched by id. */
export interface AgencyChange {
  id: string;
  kind: Kind;
  /** Its full name: the newer one (the older for an agency removed). */
  name: string;
  /** For a changed agency: id (the same name under another id), name, short, directed ("true",
   * "false"), before → after. */
  fields: FieldChange[];
}

/** A task (the plan's `tasks`), matched by id. Agencies are shown by their short name. */
export interface TaskChange {
  id: string;
  kind: Kind;
  /** The group the task is in: the newer version's (the older's for a task removed). */
  group?: string;
  /** For a task added or removed: what it is, as written. */
  content?: string;
  lead?: string;
  deadline?: string;
  /** For a changed task, each field that changed: content, lead, support, deadline, output, cost,
   * source, group. An agency renamed or given another id is not a change of its tasks. */
  fields: FieldChange[];
}

/** A row of a free table: added, removed, or changed cell by cell. */
export interface RowChange {
  kind: Kind;
  /** 1-based, among the table's rows (not its header): in the newer version, the older for a row
   * removed. */
  row: number;
  /** The row's cells, for a row added or removed. */
  cells?: string[];
  /** For a changed row: the cells that changed; column is the header's text when the header is one
   * plain row, else "#k" (1-based). */
  changes?: { column: string; before: string; after: string }[];
}

/** A free table (appendix or section content, with header and rows) whose header or rows changed. */
export interface TableChange {
  /** An appendix's table: the appendix's number as printed (Roman, "" when it is the only one) and
   * title, in the newer version. */
  appendix?: { number: string; title: string };
  /** A table in a section's content: the section's place, and which of its tables (1-based). */
  section?: SectionStep[];
  table?: number;
  kind: Kind;
  /** For a table added or removed: how many rows it has. */
  rows?: number;
  header?: Change<string[][]>;
  rowChanges: RowChange[];
}

export interface PlanDiff {
  /** What the statistics count ("hộ", "hồ sơ" …), in the newer version (else the older). */
  countUnit: string;
  /** The statistics are about poverty (a standard is declared): groups are left, not just decreased. */
  poverty: boolean;
  document: FieldChange[];
  references: ListChange[];
  targets: TargetChange[];
  statistics: UnitChange[];
  assignments: AssignmentChange[];
  recipients: ListChange[];
  signature: FieldChange[];
  budget: FieldChange[];
  agencies: AgencyChange[];
  tasks: TaskChange[];
  sections: SectionChange[];
  tables: TableChange[];
  /** Nothing the comparison looks at changed. */
  same: boolean;
}
