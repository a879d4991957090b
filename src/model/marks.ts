// Figures that disagree (src/stats: parts that do not add up, a declared total that is not the units'
// sum, exits against the part that stands for them) are printed with kehoach's figure; a draft marks
// each such figure, in tables and in sentences, with a note of what disagrees (TextRun.mark).
//
// Sentences come out of templates as text: a marked figure travels through the template wrapped in
// private-use characters (FIGURE … NOTE n END) and becomes a marked run after parsing (applyMarks).

import type { Block, Inline, ListItem, TableCell } from "../document/types.js";
import { formatCount } from "../format/index.js";
import type { Disagreement } from "../stats/types.js";
import { type Ctx, label } from "./context.js";

/** Label of labels.yaml that words the note of each kind of disagreement. */
const NOTE_LABEL: Readonly<Record<string, string>> = {
  "stats.breakdown-sum": "markBreakdownSum",
  "stats.total-mismatch": "markTotalMismatch",
  "stats.exits-part": "markExitsPart",
};

/**
 * Where a figure sits: a unit's index (null for the totals), its group (absent for the unit's own
 * households), and the figure: "households", "exits", "breakdowns.<id>.<part>" …; "*" for a figure
 * derived from all of the group's (a target's).
 */
export interface FigureRef {
  unit: number | null;
  group?: string;
  figure: string;
}

function concerns(d: Disagreement, at: FigureRef): boolean {
  if (d.group !== at.group) return false;
  // a figure derived from the whole group (a target's end-of-period count) by any of its figures
  if (at.figure === "*") return true;
  // a totals figure sums the units': a disagreement in any unit shows in it
  if (at.unit !== null && d.unit !== at.unit) return false;
  if (d.figure === at.figure || at.figure.startsWith(`${d.figure}.`)) return true;
  // parts that do not add up disagree with their whole as much as the whole with them
  return d.code === "stats.breakdown-sum" && at.figure === "households";
}

/** The disagreements of each group, all of them and by unit: each figure looks at its own. */
interface ByGroup {
  all: Disagreement[];
  byUnit: Map<number | null, Disagreement[]>;
}

const INDEXES = new WeakMap<readonly Disagreement[], Map<string | undefined, ByGroup>>();

function indexOf(disagreements: readonly Disagreement[]): Map<string | undefined, ByGroup> {
  let index = INDEXES.get(disagreements);
  if (!index) {
    index = new Map();
    for (const d of disagreements) {
      let group = index.get(d.group);
      if (!group) {
        group = { all: [], byUnit: new Map() };
        index.set(d.group, group);
      }
      group.all.push(d);
      const unit = group.byUnit.get(d.unit) ?? [];
      unit.push(d);
      group.byUnit.set(d.unit, unit);
    }
    INDEXES.set(disagreements, index);
  }
  return index;
}

/** The disagreements that may concern a figure: its group's, its unit's when it has one. */
function candidates(disagreements: readonly Disagreement[], at: FigureRef): Disagreement[] {
  const group = indexOf(disagreements).get(at.group);
  if (!group) return [];
  if (at.figure === "*" || at.unit === null) return group.all;
  return group.byUnit.get(at.unit) ?? [];
}

/** The note of what disagrees about this figure, in a draft; undefined otherwise. */
export function markOf(ctx: Ctx, at: FigureRef): string | undefined {
  if (!ctx.draft) return undefined;
  const disagreements = ctx.computed.statistics?.disagreements ?? [];
  const found = candidates(disagreements, at).filter((d) => concerns(d, at));
  if (found.length === 0) return undefined;
  const notes = found.map((d) => noteOf(ctx, d));
  return [...new Set(notes)].join("; ");
}

function noteOf(ctx: Ctx, d: Disagreement): string {
  const view = Object.fromEntries(
    Object.entries(d.params).map(([k, v]) => [k, typeof v === "number" ? formatCount(v) : v]),
  );
  return label(ctx, NOTE_LABEL[d.code] ?? "markTotalMismatch", view);
}

/** A table cell of one figure, marked when it disagrees. */
export function figureCell(
  ctx: Ctx,
  text: string,
  at: FigureRef | undefined,
  opts: Omit<TableCell, "content">,
): TableCell {
  const mark = at ? markOf(ctx, at) : undefined;
  if (text === "") return { content: [], ...opts };
  const run: Inline = mark ? { type: "text", text, mark } : { type: "text", text };
  return { content: [run], ...opts };
}

const FIGURE = "\uE000";
const NOTE = "\uE001";
const END = "\uE002";
const WRAPPED = /\uE000([^\uE001]*)\uE001(\d+)\uE002/gu;

/** A figure for a template's view: wrapped so that applyMarks marks it, when it disagrees. */
export function markText(ctx: Ctx, text: string, at: FigureRef): string {
  const mark = markOf(ctx, at);
  if (!mark) return text;
  ctx.markNotes.push(mark);
  return `${FIGURE}${text}${NOTE}${ctx.markNotes.length - 1}${END}`;
}

/** The wrapped figures of a template's output, parsed into blocks, as marked runs. */
export function applyMarks(ctx: Ctx, blocks: Block[]): Block[] {
  if (ctx.markNotes.length === 0) return blocks;
  const inlines = (content: Inline[]): Inline[] => content.flatMap((i) => split(ctx, i));
  const item = (it: ListItem): ListItem => {
    const out: ListItem = { content: inlines(it.content) };
    if (it.children) out.children = { ...it.children, items: it.children.items.map(item) };
    return out;
  };
  return blocks.map((b): Block => {
    if (b.type === "paragraph" || b.type === "heading")
      return { ...b, content: inlines(b.content) };
    if (b.type === "list") return { ...b, items: b.items.map(item) };
    return b;
  });
}

function split(ctx: Ctx, inline: Inline): Inline[] {
  if (inline.type !== "text" || !inline.text.includes(FIGURE)) return [inline];
  const out: Inline[] = [];
  let last = 0;
  const piece = (text: string, mark?: string) => {
    if (text === "") return;
    const run: Inline = { ...inline, text };
    if (mark) run.mark = mark;
    out.push(run);
  };
  for (const m of inline.text.matchAll(WRAPPED)) {
    piece(inline.text.slice(last, m.index));
    piece(m[1] ?? "", ctx.markNotes[Number(m[2])]);
    last = m.index + m[0].length;
  }
  piece(inline.text.slice(last));
  return out;
}
