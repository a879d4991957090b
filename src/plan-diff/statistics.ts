// Statistics per unit, before and after: each unit matched by name, each group's households, flows,
// end of period and rates. Only what changed is reported; a unit's total households changing moves
// every rate of the unit, so all its groups are then reported.

import type { Statistics, UnitFigures } from "../stats/types.js";
import type { GroupChange, GroupFigureSet, UnitChange } from "./types.js";

function figures(u: UnitFigures, group: string): GroupFigureSet | undefined {
  const g = u.groups[group];
  if (!g) return undefined;
  const out: GroupFigureSet = {
    households: g.households,
    rate: g.rate.bp,
    exits: g.exits,
    entries: g.entries,
    end: g.end,
    endRate: g.endRate.bp,
  };
  if (g.actualEnd !== undefined) {
    out.actualEnd = g.actualEnd;
    out.actualEndRate = g.actualEndRate?.bp ?? null;
  }
  return out;
}

function same(a: GroupFigureSet | undefined, b: GroupFigureSet | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function groupIds(a: Statistics | undefined, b: Statistics | undefined): string[] {
  const ids: string[] = [];
  for (const g of [...(b?.groups ?? []), ...(a?.groups ?? [])]) {
    if (!ids.includes(g.id)) ids.push(g.id);
  }
  return ids;
}

function groupName(id: string, a: Statistics | undefined, b: Statistics | undefined): string {
  return (b?.groups.find((g) => g.id === id) ?? a?.groups.find((g) => g.id === id))?.name ?? id;
}

function unitChange(
  unit: string | null,
  x: UnitFigures | undefined,
  y: UnitFigures | undefined,
  stats: { before?: Statistics; after?: Statistics },
): UnitChange | undefined {
  const groups: GroupChange[] = [];
  for (const id of groupIds(stats.before, stats.after)) {
    const before = x ? figures(x, id) : undefined;
    const after = y ? figures(y, id) : undefined;
    if (!before && !after) continue;
    if (x && y && same(before, after)) continue;
    const change: GroupChange = { group: id, name: groupName(id, stats.before, stats.after) };
    if (before) change.before = before;
    if (after) change.after = after;
    groups.push(change);
  }
  const households = { before: x?.households ?? null, after: y?.households ?? null };
  if (x && y && groups.length === 0 && households.before === households.after) return undefined;
  return { unit, kind: !x ? "added" : !y ? "removed" : "changed", households, groups };
}

export function statisticsChanges(before?: Statistics, after?: Statistics): UnitChange[] {
  const out: UnitChange[] = [];
  const stats = { ...(before ? { before } : {}), ...(after ? { after } : {}) };
  const a = before?.units ?? [];
  const b = after?.units ?? [];
  for (const y of b) {
    const x = a.find((u) => u.name === y.name);
    const c = unitChange(y.name, x, y, stats);
    if (c) out.push(c);
  }
  for (const x of a) {
    if (b.some((u) => u.name === x.name)) continue;
    const c = unitChange(x.name, x, undefined, stats);
    if (c) out.push(c);
  }
  if (before || after) {
    const c = unitChange(null, before?.total, after?.total, stats);
    if (c) out.push(c);
  }
  return out;
}
