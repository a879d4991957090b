// Tasks in the body: a { tasks } block prints each task as a "-" item (or a numbered paragraph),
// phrased by the taskItem label: content, lead and supporting agencies, deadline, output. A placed
// group prints its title as a bold paragraph, then its tasks: a bold paragraph rather than a heading
// because headings are numbered by the section tree, and a group sits inside a section's content. A
// block that places a single group prints no title: the section around it is its heading.

import type { Block, Inline, ListItem } from "../document/types.js";
import { formatDeadline, parseDeadline } from "../format/index.js";
import type { AgencySpec, PlanSpec, TaskGroupSpec, TaskSpec } from "../spec/types.js";
import { type Ctx, label } from "./context.js";
import { parseInline } from "./markup.js";

/** A run of tasks printed together: a group (with its title), or lone tasks (without one). */
export interface TaskPiece {
  /** The group's title; absent for lone tasks. */
  title?: string;
  /** Index of the group in spec.tasks, for its computed cost; absent for lone tasks. */
  entry?: number;
  tasks: TaskSpec[];
}

function isGroup(entry: TaskSpec | TaskGroupSpec): entry is TaskGroupSpec {
  return "group" in entry;
}

/** Every task in order, as groups and runs of lone tasks. */
export function allPieces(spec: PlanSpec): TaskPiece[] {
  const pieces: TaskPiece[] = [];
  (spec.tasks ?? []).forEach((entry, i) => {
    if (isGroup(entry)) {
      pieces.push({ title: entry.group, entry: i, tasks: entry.tasks });
      return;
    }
    const last = pieces[pieces.length - 1];
    if (last && last.title === undefined) last.tasks.push(entry);
    else pieces.push({ tasks: [entry] });
  });
  return pieces;
}

/** The pieces a { tasks: [ids] } block names, in its order; unknown ids were reported by src/stats. */
export function namedPieces(spec: PlanSpec, ids: readonly string[]): TaskPiece[] {
  const pieces: TaskPiece[] = [];
  for (const id of ids) {
    const entries = spec.tasks ?? [];
    const gi = entries.findIndex((e) => isGroup(e) && e.id === id);
    const group = entries[gi];
    if (group && isGroup(group)) {
      pieces.push({ title: group.group, entry: gi, tasks: group.tasks });
      continue;
    }
    const task = flatTasks(spec).find((t) => t.id === id);
    if (!task) continue;
    const last = pieces[pieces.length - 1];
    if (last && last.title === undefined) last.tasks.push(task);
    else pieces.push({ tasks: [task] });
  }
  return pieces;
}

export function flatTasks(spec: PlanSpec): TaskSpec[] {
  return (spec.tasks ?? []).flatMap((e) => (isGroup(e) ? e.tasks : [e]));
}

/** Ids of the tasks a { tasks } block places. */
export function placedIds(spec: PlanSpec, sel: string[] | "all"): string[] {
  const pieces = sel === "all" ? allPieces(spec) : namedPieces(spec, sel);
  return pieces.flatMap((p) => p.tasks.map((t) => t.id));
}

export function agencyById(ctx: Ctx, id: string): AgencySpec | undefined {
  return (ctx.spec.agencies ?? []).find((a) => a.id === id);
}

/** The agency's full name; an unknown id (reported by src/stats) stands as written. */
export function agencyName(ctx: Ctx, id: string): string {
  return agencyById(ctx, id)?.name.trim() ?? id;
}

/** The agency's short name for table cells; its full name when it has none. */
export function agencyShort(ctx: Ctx, id: string): string {
  const a = agencyById(ctx, id);
  return a ? (a.short ?? a.name).trim() : id;
}

/** "Quý II/2026"; an unreadable deadline (reported by src/stats) stands as written. */
export function deadlinePhrase(task: TaskSpec): string {
  const d = parseDeadline(task.deadline);
  return d ? formatDeadline(d) : String(task.deadline);
}

/** A task's content without its final mark, so that the label can end the sentence. */
export function bareContent(content: string): string {
  return content.trim().replace(/[;,.:]+$/u, "");
}

export function taskInline(ctx: Ctx, task: TaskSpec): Inline[] {
  const support = (task.support ?? []).map((id) => agencyName(ctx, id));
  return parseInline(
    label(ctx, "taskItem", {
      content: bareContent(task.content),
      lead: agencyName(ctx, task.lead),
      support: support.length > 0 ? support.join(", ") : null,
      deadline: deadlinePhrase(task),
      output: task.output !== undefined ? bareContent(task.output) : null,
    }),
  );
}

/** A { tasks } block; ids naming nothing were reported by src/stats (stats.unknown-task). */
export function taskBlocks(
  ctx: Ctx,
  block: { tasks: string[] | "all"; style?: "bullets" | "numbered" },
): Block[] {
  const pieces = block.tasks === "all" ? allPieces(ctx.spec) : namedPieces(ctx.spec, block.tasks);
  // a block that places one group alone sits under a heading of its own: the group's title would
  // only repeat it ("1. Phát triển chính quyền số" then "Phát triển chính quyền số")
  const only = pieces.length === 1 && pieces[0]?.title !== undefined ? pieces[0] : undefined;
  const shown = only ? [{ tasks: only.tasks }] : pieces;
  return piecesBlocks(ctx, shown, block.style ?? "bullets");
}

export function piecesBlocks(
  ctx: Ctx,
  pieces: readonly TaskPiece[],
  style: "bullets" | "numbered",
): Block[] {
  return pieces.flatMap((piece): Block[] => {
    const out: Block[] = [];
    if (piece.title !== undefined) {
      out.push({
        type: "paragraph",
        style: "body",
        content: parseInline(piece.title).map((r) =>
          r.type === "text" ? { ...r, bold: true } : r,
        ),
      });
    }
    if (style === "numbered") {
      piece.tasks.forEach((t, i) => {
        out.push({
          type: "paragraph",
          style: "body",
          number: `${i + 1}.`,
          content: taskInline(ctx, t),
        });
      });
    } else {
      out.push({
        type: "list",
        marker: "-",
        items: piece.tasks.map((t): ListItem => ({ content: taskInline(ctx, t) })),
      });
    }
    return out;
  });
}
