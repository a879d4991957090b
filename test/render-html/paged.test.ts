// The page view of the HTML renderer: the pages handed in as layout input (what pdfLayout says),
// one box per page, each block in the page it starts on, the numbers where the PDF prints them.
import { describe, expect, it } from "vitest";
import type { PageNumbering } from "../../src/document/types.js";
import { printedNumbers } from "../../src/layout/page-numbers.js";
import { renderHtml } from "../../src/render/html/index.js";
import { pdfLayout } from "../../src/render/pdf/definition.js";
import { sampleModel } from "../fixtures/sample-model.js";

const BODY: PageNumbering = { show: true, showOnFirstPage: false };
const APPENDIX: PageNumbering = { show: true, showOnFirstPage: false, restartAt: 1 };

describe("printedNumbers", () => {
  it("hides the first page's number, restarts an appendix from 1 and hides its first", () => {
    const numbers = printedNumbers(
      [
        { rules: BODY, page: 1 },
        { rules: APPENDIX, page: 4 },
      ],
      6,
    );
    expect(numbers).toEqual([undefined, 2, 3, undefined, 2, 3]);
  });

  it("runs on from the previous section when a section does not restart", () => {
    const on: PageNumbering = { show: true, showOnFirstPage: true };
    expect(
      printedNumbers(
        [
          { rules: BODY, page: 1 },
          { rules: on, page: 3 },
        ],
        4,
      ),
    ).toEqual([undefined, 2, 3, 4]);
  });

  it("prints nothing in a section that shows no numbers, but counts its pages", () => {
    const none: PageNumbering = { show: false, showOnFirstPage: false };
    const sections = [
      { rules: none, page: 1 },
      { rules: BODY, page: 3 },
    ];
    expect(printedNumbers(sections, 4)).toEqual([undefined, undefined, undefined, 4]);
  });
});

describe("renderHtml with pages", () => {
  const model = sampleModel();
  const layout = pdfLayout(model);
  const html = renderHtml(model, {
    pages: { blocks: layout.blockPages, count: layout.pageCount, numbers: layout.pageNumbers },
  });

  it("draws one box per page of the PDF, each block once", () => {
    expect(html.match(/<section class="sheet /g)).toHaveLength(layout.pageCount);
    expect(html).toContain('<main class="document paged">');
    const continuous = renderHtml(model);
    for (const title of continuous.match(/<h1[^>]*>[^<]*<\/h1>/g) ?? []) {
      expect(html.split(title)).toHaveLength(2);
    }
  });

  it("marks where a page ends inside a block, and where the signature is", () => {
    const spans = layout.blockPages.flat().filter((pages) => pages.length > 1);
    expect(html.match(/<p class="pg-end">/g)?.length ?? 0).toBe(spans.length);
    const sign = model.sections[0]?.children.findIndex((b) => b.type === "signoff") ?? -1;
    const page = layout.blockPages[0]?.[sign]?.[0];
    expect(html).toMatch(new RegExp(`class="sheet portrait has-signoff" data-page="${page}"`));
  });

  it("starts a section's numbers where its first block that shows anything is", () => {
    const numbersOf = (empty: boolean): (string | undefined)[] => {
      const m = sampleModel();
      const appendix = m.sections[1];
      if (!appendix) throw new Error("the sample has an appendix");
      appendix.pageNumbers = APPENDIX;
      if (empty) appendix.children.unshift({ type: "list", marker: "-", items: [] });
      const l = pdfLayout(m);
      const paged = renderHtml(m, {
        pages: { blocks: l.blockPages, count: l.pageCount, numbers: l.pageNumbers },
      });
      return [
        ...paged.matchAll(/data-page="\d+"[^>]*>\s*(?:<div class="pg-number">(\d+)<\/div>)?/g),
      ].map((x) => x[1]);
    };
    const plain = numbersOf(false);
    // the body's second page numbered, the appendix's first page (3) not: it restarts
    expect(plain).toEqual([undefined, "2", undefined]);
    expect(numbersOf(true)).toEqual(plain);
  });

  it("keeps the default output and stylesheet as they were", () => {
    expect(renderHtml(model)).not.toContain("sheet");
  });
});
