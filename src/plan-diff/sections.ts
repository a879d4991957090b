// Text changes summarised by section. Sections are matched among their siblings by title, then
// (for those left) by position, so a renamed section is one change rather than a removal and an
// addition. Each is numbered as the document prints it (I., 1., a) …).

import { numberOf, type Position, styleAt } from "../model/numbering.js";
import type { NumberingStyle, PlanSpec, SectionSpec } from "../spec/types.js";
import { blockParagraphs, compareParagraphs, isZero, textParagraphs } from "./paragraphs.js";
import { squash } from "./text.js";
import type { ParagraphCounts, SectionChange, SectionStep } from "./types.js";

export interface Placed<T = SectionSpec> {
  spec: T;
  index: number;
}

function squashed(s: string | undefined): string | undefined {
  return s === undefined ? undefined : squash(s);
}

/** Each pair of siblings that are the same section in the two versions; undefined on one side for a
 * section only the other has. */
export function matchSections<T extends { title?: string } = SectionSpec>(
  before: readonly T[],
  after: readonly T[],
): [Placed<T> | undefined, Placed<T> | undefined][] {
  const a = before.map((spec, index) => ({ spec, index }));
  const b = after.map((spec, index) => ({ spec, index }));
  const pairs: [Placed<T> | undefined, Placed<T> | undefined][] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const y of b) {
    const title = squashed(y.spec.title);
    if (title === undefined) continue;
    const x = a.find((s) => !usedA.has(s.index) && squashed(s.spec.title) === title);
    if (!x) continue;
    usedA.add(x.index);
    usedB.add(y.index);
    pairs.push([x, y]);
  }
  // What is left pairs up by position: a renamed section, or an untitled one
  const restA = a.filter((s) => !usedA.has(s.index));
  const restB = b.filter((s) => !usedB.has(s.index));
  for (const y of restB) {
    const x = restA.find((s) => s.index === y.index);
    if (x) {
      restA.splice(restA.indexOf(x), 1);
      pairs.push([x, y]);
    } else {
      pairs.push([undefined, y]);
    }
  }
  for (const x of restA) pairs.push([x, undefined]);
  return pairs.sort(
    (p, q) =>
      (p[1]?.index ?? p[0]?.index ?? 0) - (q[1]?.index ?? q[0]?.index ?? 0) ||
      (p[1] ? 1 : 0) - (q[1] ? 1 : 0),
  );
}

function allParagraphs(s: SectionSpec): string[] {
  return [...blockParagraphs(s.content), ...(s.sections ?? []).flatMap(allParagraphs)];
}

export function sectionChanges(before: PlanSpec, after: PlanSpec): SectionChange[] {
  const out: SectionChange[] = [];
  const part = (p: SectionChange["part"], a: string[], b: string[]) => {
    const paragraphs = compareParagraphs(a, b);
    if (!isZero(paragraphs)) out.push({ path: [], part: p, kind: "changed", paragraphs });
  };
  part("lead_in", textParagraphs(before.document.lead_in), textParagraphs(after.document.lead_in));
  eachSection(before, after, (x, y, here) => {
    if (!x || !y) {
      const total = allParagraphs((y ?? x)?.spec ?? {}).length;
      const paragraphs: ParagraphCounts = y
        ? { added: total, removed: 0, changed: 0 }
        : { added: 0, removed: total, changed: 0 };
      out.push({ path: here, kind: y ? "added" : "removed", paragraphs });
      return;
    }
    const paragraphs = compareParagraphs(
      blockParagraphs(x.spec.content),
      blockParagraphs(y.spec.content),
    );
    const renamed = squashed(x.spec.title) !== squashed(y.spec.title);
    if (renamed || !isZero(paragraphs)) {
      const change: SectionChange = { path: here, kind: "changed", paragraphs };
      if (renamed) change.renamedFrom = squashed(x.spec.title) ?? "";
      out.push(change);
    }
  });
  part("reporting", blockParagraphs(before.reporting), blockParagraphs(after.reporting));
  part("closing", textParagraphs(before.closing), textParagraphs(after.closing));
  return out;
}

/**
 * Every section of either version, in document order: the two versions of a section matched (see
 * matchSections), or one side only for a section added or removed (whose children are not visited),
 * with its place numbered as printed.
 */
export function eachSection(
  before: PlanSpec,
  after: PlanSpec,
  visit: (x: Placed | undefined, y: Placed | undefined, here: SectionStep[]) => void,
): void {
  walk(
    before.sections,
    after.sections,
    { before, after },
    { parents: [], path: [], overrideBefore: undefined, overrideAfter: undefined },
    visit,
  );
}

interface Level {
  /** The numbering of the parents, outermost first. */
  parents: readonly Position[];
  path: readonly SectionStep[];
  /** The parent section's `numbering` for its children, in each version. */
  overrideBefore: NumberingStyle | undefined;
  overrideAfter: NumberingStyle | undefined;
}

function walk(
  before: readonly SectionSpec[],
  after: readonly SectionSpec[],
  plans: { before: PlanSpec; after: PlanSpec },
  at: Level,
  visit: (x: Placed | undefined, y: Placed | undefined, here: SectionStep[]) => void,
): void {
  const level = at.parents.length + 1;
  const styleBefore = at.overrideBefore ?? styleAt(plans.before.format?.numbering, level);
  const styleAfter = at.overrideAfter ?? styleAt(plans.after.format?.numbering, level);
  for (const [x, y] of matchSections(before, after)) {
    const shown = y ?? x;
    if (!shown) continue;
    const style = y ? styleAfter : styleBefore;
    const chain = [...at.parents, { style, ordinal: shown.index + 1 }];
    const step: SectionStep = { number: numberOf(chain) };
    if (shown.spec.title !== undefined) step.title = squashed(shown.spec.title) ?? "";
    const here = [...at.path, step];
    visit(x, y, here);
    if (!x || !y) continue;
    walk(
      x.spec.sections ?? [],
      y.spec.sections ?? [],
      plans,
      {
        parents: chain,
        path: here,
        overrideBefore: x.spec.numbering,
        overrideAfter: y.spec.numbering,
      },
      visit,
    );
  }
}
