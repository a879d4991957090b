// A PlanDiff as an official reads it: one block per part of the plan, "+" for what was added, "-"
// for what was removed, "~" for what changed, figures before → after in the chosen language.

import type { Lang } from "../diagnostics/types.js";
import { formatCount, formatHundredths } from "../format/index.js";
import type {
  AgencyChange,
  FieldChange,
  GroupChange,
  GroupFigureSet,
  ListChange,
  ParagraphCounts,
  PlanDiff,
  SectionChange,
  TableChange,
  TaskChange,
  UnitChange,
} from "../plan-diff/types.js";
import { type PlansMessage, sayPlans } from "./messages-plans.js";

const MARK = { added: "+", removed: "-", changed: "~" } as const;

export interface DiffLabels {
  /** The plan compared across revisions; empty when two files are compared. */
  file: string;
  from: string;
  to: string;
}

export function renderDiff(diff: PlanDiff, lang: Lang, labels: DiffLabels): string[] {
  const t = (key: PlansMessage, params: Record<string, string | number> = {}) =>
    sayPlans(lang, key, params);
  const n = (x: number) => count(lang, x);
  const out: string[] = [
    labels.file ? t("diff.header", { ...labels }) : t("diff.header-files", { ...labels }),
  ];
  if (diff.same) {
    out.push(t("diff.same"));
    return out;
  }
  const part = (key: PlansMessage, lines: string[]) => {
    if (lines.length === 0) return;
    out.push("", t(key), ...lines);
  };
  const fieldName = (f: string) => t(`field.${f}` as PlansMessage);
  const value = (v: string | null) => (v === null ? t("diff.none") : `"${v}"`);
  const fields = (list: FieldChange[]) =>
    list.map((f) => `  ~ ${fieldName(f.field)}: ${value(f.before)} → ${value(f.after)}`);
  // The recipients part lists recipients: no need to name the field on each line
  const lists = (list: ListChange[]) =>
    list.flatMap((l) => {
      const label = l.field === "recipients" ? "" : `${fieldName(l.field)}: `;
      return [
        ...l.removed.map((x) => `  - ${label}${x}`),
        ...l.added.map((x) => `  + ${label}${x}`),
      ];
    });

  part("diff.part.document", fields(diff.document));
  part("diff.part.references", lists(diff.references));
  part(
    "diff.part.targets",
    diff.targets.flatMap((c) => {
      if (c.kind === "changed") {
        return [
          `  ~ ${c.id}`,
          `      ${t("diff.before")} ${c.before ?? ""}`,
          `      ${t("diff.after")} ${c.after ?? ""}`,
        ];
      }
      return [`  ${MARK[c.kind]} ${c.id}: ${c.after ?? c.before ?? ""}`];
    }),
  );
  part(
    "diff.part.statistics",
    diff.statistics.flatMap((u) => unitLines(u, diff, lang, t, n)),
  );
  part(
    "diff.part.assignments",
    diff.assignments.map((a) => {
      const bits: string[] = [];
      if (a.renamedFrom !== undefined) bits.push(t("diff.renamed", { title: a.renamedFrom }));
      if (a.role) {
        bits.push(
          t("diff.role-changed", {
            before: a.role.before ? t(`role.${a.role.before}` as PlansMessage) : t("diff.none"),
            after: a.role.after ? t(`role.${a.role.after}` as PlansMessage) : t("diff.none"),
          }),
        );
      }
      const counts = paragraphs(a.tasks, t);
      if (a.kind === "changed" && counts) bits.push(t("diff.tasks", { counts }));
      if (a.kind !== "changed") {
        const total = a.kind === "added" ? a.tasks.added : a.tasks.removed;
        bits.push(t("diff.task-count", { n: total }));
      }
      return `  ${MARK[a.kind]} ${a.agency}${bits.length ? `: ${bits.join("; ")}` : ""}`;
    }),
  );
  part("diff.part.recipients", lists(diff.recipients));
  part("diff.part.signature", fields(diff.signature));
  part("diff.part.budget", fields(diff.budget));
  part(
    "diff.part.agencies",
    diff.agencies.map((a) => agencyLine(a, t, value)),
  );
  part(
    "diff.part.tasks",
    diff.tasks.flatMap((c) => taskLines(c, t, value)),
  );
  part(
    "diff.part.sections",
    diff.sections.map((s) => sectionLine(s, t)),
  );
  part(
    "diff.part.tables",
    diff.tables.flatMap((c) => tableLines(c, t)),
  );
  return out;
}

type Value = (v: string | null) => string;

function agencyLine(a: AgencyChange, t: T, value: Value): string {
  if (a.kind !== "changed") return `  ${MARK[a.kind]} ${a.id}: ${a.name}`;
  const yesNo = (v: string | null) =>
    v === null ? t("diff.none") : t(v === "false" ? "diff.no" : "diff.yes");
  const bits = a.fields.map((f) => {
    if (f.field === "name") return t("diff.renamed", { title: f.before ?? "" });
    const label = t(`agency.${f.field}` as PlansMessage);
    if (f.field === "directed") return `${label}: ${yesNo(f.before)} → ${yesNo(f.after)}`;
    return `${label}: ${value(f.before)} → ${value(f.after)}`;
  });
  return `  ~ ${a.id} (${a.name}): ${bits.join("; ")}`;
}

function taskLines(c: TaskChange, t: T, value: Value): string[] {
  if (c.kind !== "changed") {
    const group = c.group ? ` (${c.group})` : "";
    const what = t("diff.task", {
      content: c.content ?? "",
      lead: c.lead ?? "",
      deadline: c.deadline ?? "",
    });
    return [`  ${MARK[c.kind]} ${c.id}${group}: ${what}`];
  }
  return [
    `  ~ ${c.id}`,
    ...c.fields.map(
      (f) =>
        `      ${t(`task.${f.field}` as PlansMessage)}: ${value(f.before)} → ${value(f.after)}`,
    ),
  ];
}

function tableLines(c: TableChange, t: T): string[] {
  const where = c.appendix
    ? t("diff.appendix", {
        number: c.appendix.number ? ` ${c.appendix.number}` : "",
        title: c.appendix.title,
      })
    : (c.section ?? []).map((p) => (p.title ? `${p.number} ${p.title}` : p.number)).join(" › ");
  const which = c.table !== undefined ? ` (${t("diff.table-n", { n: c.table })})` : "";
  if (c.kind !== "changed") {
    const key = c.kind === "added" ? "diff.table-added" : "diff.table-removed";
    return [`  ${MARK[c.kind]} ${where}${which}: ${t(key, { n: c.rows ?? 0 })}`];
  }
  const cells = (row: readonly string[]) => row.join(" | ");
  const rows = (h: string[][]) => h.map(cells).join(" / ");
  const lines = [`  ~ ${where}${which}`];
  if (c.header) {
    lines.push(
      `      ~ ${t("diff.table-header")}: ${rows(c.header.before)} → ${rows(c.header.after)}`,
    );
  }
  for (const r of c.rowChanges) {
    const row = t("diff.row", { n: r.row });
    if (r.kind !== "changed") {
      lines.push(`      ${MARK[r.kind]} ${row}: ${cells(r.cells ?? [])}`);
      continue;
    }
    const changes = (r.changes ?? []).map((x) => {
      const n = /^#(\d+)$/.exec(x.column)?.[1];
      const column = n ? t("diff.column", { n }) : x.column;
      return `${column}: ${x.before || "∅"} → ${x.after || "∅"}`;
    });
    lines.push(`      ~ ${row}: ${changes.join("; ")}`);
  }
  return lines;
}

type T = (key: PlansMessage, params?: Record<string, string | number>) => string;

function count(lang: Lang, x: number): string {
  return lang === "vi" ? formatCount(x) : x.toLocaleString("en-US");
}

function rate(lang: Lang, bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return "-";
  const vi = formatHundredths(bp);
  return `${lang === "vi" ? vi : vi.replace(/\./g, "").replace(",", ".")}%`;
}

function unitLines(
  u: UnitChange,
  diff: PlanDiff,
  lang: Lang,
  t: T,
  n: (x: number) => string,
): string[] {
  const name = u.unit ?? t("diff.totals");
  const hh =
    u.households.before !== null &&
    u.households.after !== null &&
    u.households.before !== u.households.after
      ? `${n(u.households.before)} → ${n(u.households.after)}`
      : n(u.households.after ?? u.households.before ?? 0);
  const count =
    diff.countUnit === "hộ"
      ? t("diff.households", { n: hh })
      : t("diff.count", { n: hh, unit: diff.countUnit });
  const head = `  ${MARK[u.kind]} ${name}: ${count}`;
  return [head, ...u.groups.map((g) => `      ${groupLine(g, diff.poverty, lang, t, n)}`)];
}

function groupLine(
  g: GroupChange,
  poverty: boolean,
  lang: Lang,
  t: T,
  n: (x: number) => string,
): string {
  const a = g.before;
  const b = g.after;
  const withRate = (count: number | undefined, bp: number | null | undefined) =>
    count === undefined ? "-" : `${n(count)} (${rate(lang, bp)})`;
  const pair = (
    label: PlansMessage,
    pick: (f: GroupFigureSet) => string,
    always = false,
  ): string | undefined => {
    const x = a ? pick(a) : undefined;
    const y = b ? pick(b) : undefined;
    if (!always && a && b && x === y) return undefined;
    if (x !== undefined && y !== undefined) return `${t(label)} ${x} → ${y}`;
    return `${t(label)} ${x ?? y}`;
  };
  const bits = [
    pair("diff.start", (f) => withRate(f.households, f.rate)),
    pair(poverty ? "diff.exits" : "diff.exits-plain", (f) => n(f.exits)),
    pair("diff.entries", (f) => n(f.entries)),
    pair("diff.end", (f) => withRate(f.end, f.endRate), true),
    a?.actualEnd !== undefined || b?.actualEnd !== undefined
      ? pair("diff.actual-end", (f) => withRate(f.actualEnd, f.actualEndRate))
      : undefined,
  ].filter((x): x is string => x !== undefined);
  return `${g.name}: ${bits.join("; ")}`;
}

function paragraphs(c: ParagraphCounts, t: T): string {
  const bits: string[] = [];
  if (c.changed) bits.push(t("diff.paragraphs-changed", { n: c.changed }));
  if (c.added) bits.push(t("diff.paragraphs-added", { n: c.added }));
  if (c.removed) bits.push(t("diff.paragraphs-removed", { n: c.removed }));
  return bits.join(", ");
}

function sectionLine(s: SectionChange, t: T): string {
  const where = s.part
    ? t(`diff.part-${s.part}` as PlansMessage)
    : s.path.map((p) => (p.title ? `${p.number} ${p.title}` : p.number)).join(" › ");
  const bits: string[] = [];
  if (s.renamedFrom !== undefined) bits.push(t("diff.renamed", { title: s.renamedFrom }));
  if (s.kind === "added") bits.push(t("diff.section-added", { n: s.paragraphs.added }));
  else if (s.kind === "removed") bits.push(t("diff.section-removed", { n: s.paragraphs.removed }));
  else {
    const counts = paragraphs(s.paragraphs, t);
    if (counts) bits.push(counts);
  }
  return `  ${MARK[s.kind]} ${where}${bits.length ? `: ${bits.join("; ")}` : ""}`;
}
