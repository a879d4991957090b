// The number printed at the top of each page, from the sections' numbering rules and the page each
// section starts on: what the PDF's layout prints (src/render/pdf/definition.ts) and the preview's
// page view shows, both from the pages the PDF's layout decided.

import type { PageNumbering } from "../document/types.js";

/** Where a section's pages begin and the number its first page carries. */
export interface SectionStart {
  /** Absolute page (from 1) of the section's first page. */
  page: number;
  /** The number its first page has, printed or not. */
  first: number;
}

/** The number the first page of a section has: its restart, else the previous section's run on. */
export function firstNumber(
  rules: PageNumbering,
  page: number,
  previous: SectionStart | undefined,
): number {
  if (rules.restartAt !== undefined) return rules.restartAt;
  return previous ? previous.first + (page - previous.page) : page;
}

/** The number printed on absolute page `page` of a section, undefined when none is printed. */
export function numberOnPage(
  rules: PageNumbering,
  start: SectionStart,
  page: number,
): number | undefined {
  if (!rules.show) return undefined;
  if (page === start.page && !rules.showOnFirstPage) return undefined;
  return start.first + (page - start.page);
}

/**
 * The printed number of every page (index 0 is page 1), given each section's rules and first page
 * (sections in document order; a section without pages is left out by the caller).
 */
export function printedNumbers(
  sections: readonly { rules: PageNumbering; page: number }[],
  pageCount: number,
): (number | undefined)[] {
  const out: (number | undefined)[] = new Array(pageCount).fill(undefined);
  let previous: SectionStart | undefined;
  sections.forEach((section, i) => {
    const start: SectionStart = {
      page: section.page,
      first: firstNumber(section.rules, section.page, previous),
    };
    const end = sections[i + 1]?.page ?? pageCount + 1;
    for (let page = start.page; page < end && page <= pageCount; page++) {
      out[page - 1] = numberOnPage(section.rules, start, page);
    }
    previous = start;
  });
  return out;
}
