// The parts of a plan that are lists of things with a name: targets (by id), assignments (by agency),
// recipients, references, appendices; and the single fields of the document and the signature.

import { formatPeriod, formatShortDate, parseSpecDate } from "../format/index.js";
import type { AssignmentSpec, DocRef, PlanSpec, RecipientSpec, TargetSpec } from "../spec/types.js";
import type { BudgetFigures } from "../stats/types.js";
import { blockParagraphs, compareParagraphs, isZero } from "./paragraphs.js";
import { amountText, squash } from "./text.js";
import type { AssignmentChange, FieldChange, ListChange, PlanSide, TargetChange } from "./types.js";

function field(name: string, a: unknown, b: unknown): FieldChange | undefined {
  const show = (v: unknown) => (v === undefined || v === null ? null : squash(String(v)));
  const before = show(a);
  const after = show(b);
  return before === after ? undefined : { field: name, before, after };
}

function defined<T>(xs: (T | undefined)[]): T[] {
  return xs.filter((x): x is T => x !== undefined);
}

/** Items present more times in one list than in the other, in order. */
export function listChange(
  name: string,
  before: readonly string[],
  after: readonly string[],
): ListChange | undefined {
  const rest = [...before];
  const added: string[] = [];
  for (const y of after) {
    const i = rest.indexOf(y);
    if (i >= 0) rest.splice(i, 1);
    else added.push(y);
  }
  return added.length || rest.length ? { field: name, added, removed: rest } : undefined;
}

export function documentChanges(a: PlanSpec, b: PlanSpec): FieldChange[] {
  const x = a.document;
  const y = b.document;
  return defined([
    field("issuing_body", x.issuing_body, y.issuing_body),
    field("number", x.number, y.number),
    field("symbol", x.symbol, y.symbol),
    field("place", x.place, y.place),
    field("date", x.date, y.date),
    field("summary", x.summary, y.summary),
    field("period", formatPeriod(x.period), formatPeriod(y.period)),
    field("draft", x.draft ?? false, y.draft ?? false),
  ]);
}

export function refText(r: DocRef): string {
  if (typeof r === "string") return squash(r);
  const parts = [r.kind];
  if (r.number) parts.push(`số ${r.number}`);
  if (r.date !== undefined) parts.push(`ngày ${formatShortDate(parseSpecDate(r.date))}`);
  if (r.issuer) parts.push(`của ${r.issuer}`);
  if (r.about) parts.push(r.about);
  return squash(parts.join(" "));
}

export function referenceChanges(a: PlanSpec, b: PlanSpec): ListChange[] {
  return defined([
    listChange(
      "legal_bases",
      (a.document.legal_bases ?? []).map(refText),
      (b.document.legal_bases ?? []).map(refText),
    ),
    listChange(
      "implements",
      (a.document.implements ?? []).map(refText),
      (b.document.implements ?? []).map(refText),
    ),
    listChange(
      "appendices",
      (a.appendices ?? []).map((x) => squash(x.title)),
      (b.appendices ?? []).map((x) => squash(x.title)),
    ),
  ]);
}

function recipientText(r: RecipientSpec): string {
  if (typeof r === "string") return squash(r);
  return squash(`${r.text}${r.report ? " (B/c)" : ""}${r.execute ? " (T/h)" : ""}`);
}

export function recipientChanges(a: PlanSpec, b: PlanSpec): ListChange[] {
  const archive = field("archive", a.archive, b.archive);
  return defined([
    listChange("recipients", a.recipients.map(recipientText), b.recipients.map(recipientText)),
    archive
      ? {
          field: "archive",
          added: archive.after ? [archive.after] : [],
          removed: archive.before ? [archive.before] : [],
        }
      : undefined,
  ]);
}

export function signatureChanges(a: PlanSpec, b: PlanSpec): FieldChange[] {
  const x = a.signature;
  const y = b.signature;
  return defined([
    field("authority", x.authority, y.authority),
    field("collective", x.collective, y.collective),
    field("on_behalf_of", x.on_behalf_of, y.on_behalf_of),
    field("title", x.title, y.title),
    field("signer", x.signer, y.signer),
  ]);
}

// Amounts may have decimals (150.5 triệu đồng): written as the document prints them ("150,5"); the
// total is the stats stage's exact sum.
function budgetTotal(b: BudgetFigures | undefined): string | undefined {
  return b ? `${amountText(b.total)} ${b.unit}` : undefined;
}

export function budgetChanges(a: PlanSide, b: PlanSide): FieldChange[] {
  const sources = (s: PlanSide) =>
    (s.spec.budget?.sources ?? []).map((x) => `${squash(x.name)}: ${amountText(x.amount)}`);
  const list = listChange("sources", sources(a), sources(b));
  // A source whose amount changed is one change: the same name on both sides of the colon
  const name = (r: string) => r.slice(0, r.lastIndexOf(": "));
  const added = [...(list?.added ?? [])];
  const changes: FieldChange[] = [];
  for (const r of list?.removed ?? []) {
    const i = added.findIndex((x) => name(x) === name(r));
    const [after] = i < 0 ? [] : added.splice(i, 1);
    changes.push({ field: "source", before: r, after: after ?? null });
  }
  return defined([
    field("total", budgetTotal(a.computed?.budget), budgetTotal(b.computed?.budget)),
    ...changes,
    ...added.map((r) => ({ field: "source", before: null, after: r })),
  ]);
}

/** What a target says when its phrase is not known: its type and its fields as written. */
function describe(t: TargetSpec): string {
  const { id: _id, type, ...rest } = t;
  return squash(
    `${type}: ${Object.entries(rest)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(", ")}`,
  );
}

export function targetChanges(a: PlanSide, b: PlanSide): TargetChange[] {
  const out: TargetChange[] = [];
  const before = a.spec.targets ?? [];
  const after = b.spec.targets ?? [];
  const shown = (side: PlanSide, t: TargetSpec) => side.phrases?.[t.id] ?? describe(t);
  for (const y of after) {
    const x = before.find((t) => t.id === y.id);
    if (!x) {
      out.push({ id: y.id, kind: "added", after: shown(b, y) });
      continue;
    }
    const pa = shown(a, x);
    const pb = shown(b, y);
    if (pa !== pb || JSON.stringify(x) !== JSON.stringify(y)) {
      out.push({ id: y.id, kind: "changed", before: pa, after: pb });
    }
  }
  for (const x of before) {
    if (!after.some((t) => t.id === x.id))
      out.push({ id: x.id, kind: "removed", before: shown(a, x) });
  }
  return out;
}

export function assignmentChanges(
  before: readonly AssignmentSpec[],
  after: readonly AssignmentSpec[],
): AssignmentChange[] {
  const out: AssignmentChange[] = [];
  const rest = [...before];
  const unmatched: AssignmentSpec[] = [];
  for (const y of after) {
    const i = rest.findIndex((x) => squash(x.agency) === squash(y.agency));
    const [x] = i < 0 ? [] : rest.splice(i, 1);
    if (x) compared(x, y, out);
    else unmatched.push(y);
  }
  // An agency renamed with its tasks unchanged is one change, not a removal and an addition
  for (const y of unmatched) {
    const tasks = JSON.stringify(blockParagraphs(y.tasks));
    const i = rest.findIndex((x) => JSON.stringify(blockParagraphs(x.tasks)) === tasks);
    const [x] = i < 0 ? [] : rest.splice(i, 1);
    if (x) {
      compared(x, y, out);
      continue;
    }
    out.push({
      agency: squash(y.agency),
      kind: "added",
      tasks: { added: blockParagraphs(y.tasks).length, removed: 0, changed: 0 },
    });
  }
  for (const x of rest) {
    out.push({
      agency: squash(x.agency),
      kind: "removed",
      tasks: { added: 0, removed: blockParagraphs(x.tasks).length, changed: 0 },
    });
  }
  return out;
}

function compared(x: AssignmentSpec, y: AssignmentSpec, out: AssignmentChange[]): void {
  const tasks = compareParagraphs(blockParagraphs(x.tasks), blockParagraphs(y.tasks));
  const renamed = squash(x.agency) !== squash(y.agency);
  if (x.role === y.role && isZero(tasks) && !renamed) return;
  const change: AssignmentChange = { agency: squash(y.agency), kind: "changed", tasks };
  if (renamed) change.renamedFrom = squash(x.agency);
  if (x.role !== y.role) change.role = { before: x.role ?? null, after: y.role ?? null };
  out.push(change);
}
