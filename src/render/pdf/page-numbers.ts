// Page numbers per section. pdfmake hands a header callback the absolute page number only; each
// section has its own callback, and pdfmake calls the callbacks page by page in order after its
// layout pass, so the first call a section gets is its first page. Page 1 opens a pass (a
// definition rendered again starts over), which resets what was learnt. The numbering rule itself
// is src/layout/page-numbers.ts (the preview's page view follows it too).

import type { PageNumbering } from "../../document/types.js";
import { firstNumber, numberOnPage, type SectionStart } from "../../layout/page-numbers.js";

export class PageNumberer {
  private starts: (SectionStart | undefined)[] = [];

  constructor(private readonly sections: readonly PageNumbering[]) {}

  /** The number to print on absolute page `page`, the section's `index`; undefined: none. */
  numberOn(index: number, page: number): number | undefined {
    if (page === 1) this.starts = [];
    const rules = this.sections[index];
    if (!rules) return undefined;
    let start = this.starts[index];
    if (start === undefined) {
      start = { page, first: firstNumber(rules, page, this.previous(index)) };
      this.starts[index] = start;
    }
    return numberOnPage(rules, start, page);
  }

  /** The nearest earlier section already started. */
  private previous(index: number): SectionStart | undefined {
    for (let i = index - 1; i >= 0; i--) {
      const start = this.starts[i];
      if (start !== undefined) return start;
    }
    return undefined;
  }
}
