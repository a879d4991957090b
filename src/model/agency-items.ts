// Tổ chức thực hiện, one numbered item per agency: the declared agencies, in their declared order,
// that lead or support a task or have a free assignment; then the free assignments naming agencies
// not declared, in their order (so a plan without `agencies` prints exactly as before). An item is
// the agency's full name ("Đề nghị …" for a body the issuer does not direct), its free assignment's
// blocks, then what it leads and what it supports, from the tasks.

import type { SpecPath } from "../diagnostics/types.js";
import type { Block, ListItem } from "../document/types.js";
import { endWith } from "../format/index.js";
import type { AgencySpec, AssignmentSpec, BlockSpec, Role, TaskSpec } from "../spec/types.js";
import { buildBlocks } from "./blocks.js";
import { type Ctx, label } from "./context.js";
import { parseInline } from "./markup.js";
import { bareContent, flatTasks } from "./tasks.js";

export interface AgencyItem {
  title: string;
  /** The free assignments' blocks, each with its path in the spec. */
  free: { blocks: readonly BlockSpec[]; path: SpecPath }[];
  leads: TaskSpec[];
  supports: TaskSpec[];
}

export function agencyItems(ctx: Ctx): AgencyItem[] {
  const agencies = ctx.spec.agencies ?? [];
  const assignments = ctx.spec.assignments ?? [];
  const tasks = flatTasks(ctx.spec);
  const declaredOf = (a: AssignmentSpec): AgencySpec | undefined =>
    agencies.find((d) => d.id === a.agency) ??
    agencies.find((d) => d.name.trim() === a.agency.trim());
  const items: AgencyItem[] = [];
  for (const d of agencies) {
    const mine = assignments.map((a, i) => ({ a, i })).filter(({ a }) => declaredOf(a) === d);
    const leads = tasks.filter((t) => t.lead === d.id);
    const supports = tasks.filter((t) => t.lead !== d.id && (t.support ?? []).includes(d.id));
    if (mine.length === 0 && leads.length === 0 && supports.length === 0) continue;
    const role: Role | undefined =
      mine.find(({ a }) => a.role !== undefined)?.a.role ??
      (d.directed === false ? "de_nghi" : undefined);
    items.push({
      title: agencyTitle(ctx, d.name, role),
      free: mine.map(({ a, i }) => ({ blocks: a.tasks, path: ["assignments", i, "tasks"] })),
      leads,
      supports,
    });
  }
  assignments.forEach((a, i) => {
    if (declaredOf(a)) return;
    items.push({
      title: agencyTitle(ctx, a.agency, a.role),
      free: [{ blocks: a.tasks, path: ["assignments", i, "tasks"] }],
      leads: [],
      supports: [],
    });
  });
  return items;
}

function agencyTitle(ctx: Ctx, name: string, role: Role | undefined): string {
  const bare = name.trim();
  return role === "de_nghi" && !/^đề nghị\s/iu.test(bare)
    ? label(ctx, "deNghi", { agency: bare })
    : bare;
}

/** The blocks under an agency's heading. */
export function agencyBlocks(ctx: Ctx, item: AgencyItem): Block[] {
  const out: Block[] = item.free.flatMap((f) => buildBlocks(ctx, f.blocks, f.path));
  out.push(...taskRole(ctx, "agencyLeads", item.leads));
  out.push(...taskRole(ctx, "agencySupports", item.supports));
  return out;
}

/** "Chủ trì thực hiện các nhiệm vụ:" and the tasks' contents as "-" items, ";" and a final ".". */
function taskRole(ctx: Ctx, key: string, tasks: readonly TaskSpec[]): Block[] {
  if (tasks.length === 0) return [];
  return [
    {
      type: "paragraph",
      style: "body",
      content: parseInline(label(ctx, key, { many: tasks.length > 1 })),
    },
    {
      type: "list",
      marker: "-",
      items: tasks.map(
        (t, i): ListItem => ({
          content: parseInline(endWith(bareContent(t.content), i === tasks.length - 1 ? "." : ";")),
        }),
      ),
    },
  ];
}
