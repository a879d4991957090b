// Page numbers per section. pdfmake hands a header callback the absolute page number only; each
// section has its own callback, and pdfmake calls the callbacks page by page in order after its
// layout pass, so the first call a section gets is its first page. Page 1 opens a pass (a
// definition rendered again starts over), which resets what was learnt.

import type { PageNumbering } from "../../document/types.js";

export class PageNumberer {
  private starts: number[] = [];
  private firsts: number[] = [];

  constructor(private readonly sections: readonly PageNumbering[]) {}

  /** The number to print on absolute page `page`, the section's `index`; undefined: none. */
  numberOn(index: number, page: number): number | undefined {
    if (page === 1) {
      this.starts = [];
      this.firsts = [];
    }
    const rules = this.sections[index];
    if (!rules) return undefined;
    let start = this.starts[index];
    let first = this.firsts[index];
    if (start === undefined || first === undefined) {
      start = page;
      first = rules.restartAt ?? this.continued(index, page);
      this.starts[index] = start;
      this.firsts[index] = first;
    }
    if (!rules.show) return undefined;
    if (page === start && !rules.showOnFirstPage) return undefined;
    return first + (page - start);
  }

  /** The number the page would have if the previous section ran on. */
  private continued(index: number, page: number): number {
    for (let i = index - 1; i >= 0; i--) {
      const start = this.starts[i];
      const first = this.firsts[i];
      if (start !== undefined && first !== undefined) return first + (page - start);
    }
    return page;
  }
}
