import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type {
  Block,
  DocumentModel,
  HeaderBlock,
  PageSection,
  Table,
} from "../../src/document/types.js";
import { TEXT } from "../../src/layout/rules.js";
import { htmlStyles, renderHtml } from "../../src/render/html/index.js";
import { sampleModel } from "../fixtures/sample-model.js";
import { decodeEntities, htmlProblems } from "./html-check.js";

const EVIL = `<script>alert(1)</script> {{x}} & "quoted" 'single'`;
const EVIL_ESCAPED =
  "&lt;script&gt;alert(1)&lt;/script&gt; {{x}} &amp; &quot;quoted&quot; &#39;single&#39;";

function withBlocks(children: Block[], patch: Partial<PageSection> = {}): DocumentModel {
  const model = sampleModel();
  const first = model.sections[0];
  if (first === undefined) throw new Error("sample has no section");
  model.sections = [{ ...first, children, ...patch }];
  return model;
}

function findHeader(model: DocumentModel): HeaderBlock {
  const header = model.sections[0]?.children.find((b) => b.type === "header");
  if (header?.type !== "header") throw new Error("sample has no header");
  return header;
}

/** Every string of a model replaced by `text`: the renderer must escape all of them. */
function poisoned(text: string): DocumentModel {
  const poison = (value: unknown): unknown => {
    if (typeof value === "string") return text;
    if (Array.isArray(value)) return value.map(poison);
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, STRUCTURAL.has(k) ? v : poison(v)]),
      );
    }
    return value;
  };
  const model = poison(sampleModel({ draft: true })) as DocumentModel;
  // `kind` is structural in table rows but text in the title block.
  for (const block of model.sections[0]?.children ?? []) {
    if (block.type === "title") block.kind = text;
  }
  return model;
}
const STRUCTURAL = new Set([
  "type",
  "kind",
  "style",
  "marker",
  "align",
  "numbering",
  "orientation",
  "size",
  "lang",
]);

describe("renderHtml", () => {
  it("writes a complete HTML5 document in Vietnamese, without script", () => {
    const html = renderHtml(sampleModel());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(
      "<title>Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024</title>",
    );
    expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
    expect(html).toContain(
      '<meta http-equiv="Content-Security-Policy" content="script-src &#39;none&#39;;',
    );
    expect(htmlProblems(html)).toEqual([]);
    expect(htmlProblems(renderHtml(sampleModel({ draft: true })))).toEqual([]);
  });

  it("is deterministic", () => {
    expect(renderHtml(sampleModel())).toBe(renderHtml(sampleModel()));
    expect(htmlStyles(sampleModel())).toBe(htmlStyles(sampleModel()));
  });

  it("escapes every string of the model", () => {
    const html = renderHtml(poisoned(EVIL));
    expect(html).not.toContain("<script");
    expect(html).not.toContain("{{x}} & ");
    expect(html).toContain(`<title>${EVIL_ESCAPED}</title>`);
    expect(html).toContain(`<span class="motto-line">${EVIL_ESCAPED}</span>`);
    expect(html).toContain(`<h1 class="t-title-kind">${EVIL_ESCAPED}</h1>`);
    expect(htmlProblems(html)).toEqual([]);
    // Text the model carries in 9 block types, each escaped: count a few of them.
    expect(html.split(EVIL_ESCAPED).length - 1).toBeGreaterThan(40);
  });

  it("round-trips any text of a paragraph through escaping", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const html = renderHtml(
          withBlocks([{ type: "paragraph", style: "body", content: [{ type: "text", text }] }]),
        );
        const inner = /<p class="para t-body">([\s\S]*?)<\/p>\n<\/section>/.exec(html)?.[1];
        expect(inner).toBeDefined();
        expect(inner).not.toMatch(/[<>"']/);
        expect(decodeEntities(inner ?? "")).toBe(
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the renderer replaces these
          text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "\uFFFD"),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("keeps the national title and the motto on one line, the motto underlined", () => {
    const html = renderHtml(sampleModel());
    expect(html).toContain(
      '<p class="t-national-title nowrap">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>',
    );
    expect(html).toContain(
      '<p class="t-motto nowrap"><span class="motto-line">Độc lập - Tự do - Hạnh phúc</span></p>',
    );
    const css = htmlStyles(sampleModel());
    expect(css).toMatch(/^\.nowrap \{ white-space: nowrap; \}$/m);
    expect(css).toMatch(/^\.motto-line \{[^}]*border-bottom: [\d.]+pt solid/m);
    // nowrap must outweigh the pre-wrap that leaf elements get
    expect(css).toContain(":where(.page) :where(p,");
  });

  it("keeps the blanks of a draft's number and date", () => {
    const html = renderHtml(sampleModel({ draft: true }));
    expect(html).toContain('<p class="t-number">Số:        /KH-UBND</p>');
    expect(html).toContain("Quảng Minh, ngày      tháng 02 năm 2024");
    expect(html).toMatch(
      /<section class="page portrait">\n<p class="draft-mark[^"]*"><span>DỰ THẢO<\/span><\/p>\n<table class="header-block"/,
    );
  });

  it("renders a header without a parent body", () => {
    const model = sampleModel();
    const header = findHeader(model);
    delete header.parentBody;
    const html = renderHtml(model);
    expect(html).not.toContain('t-parent-body"');
    expect(html).toContain(
      '<tr><td><p class="t-issuing-body">ỦY BAN NHÂN DÂN<br>PHƯỜNG QUẢNG MINH</p>',
    );
  });

  it("puts headerRows in thead, the rest in tbody, with the model's spans", () => {
    const html = renderHtml(sampleModel());
    const thead = /<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? "";
    const tbody = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? "";
    expect(thead.match(/<tr /g)).toHaveLength(4);
    expect(tbody.match(/<tr /g)).toHaveLength(3);
    expect(thead).toContain('<th class="a-center b" rowspan="3">TT</th>');
    expect(thead).toContain('<th class="a-center b" colspan="6">HỘ NGHÈO</th>');
    expect(thead).toContain('<th class="a-center b" colspan="2">Cuối năm 2024</th>');
    expect(thead).toContain('<tr class="t-table-index"><td class="a-center">A</td>');
    expect(tbody).toContain('<tr class="t-table-total">');
    expect(tbody).toContain('<td class="a-right b">1.505</td>');
    expect(html).not.toMatch(/(col|row)span="1"/);
  });

  it("takes a cell's alignment from the grid column it starts in, past spans from above", () => {
    const table: Table = {
      type: "table",
      columns: [
        { width: 1, align: "left" },
        { width: 1, align: "center" },
        { width: 2, align: "right" },
      ],
      headerRows: 1,
      rows: [
        {
          kind: "header",
          cells: ["a", "b", "c"].map((s) => ({ content: [{ type: "text", text: s }] })),
        },
        {
          kind: "body",
          cells: [
            { content: [{ type: "text", text: "span" }], rowSpan: 2 },
            { content: [{ type: "text", text: "x" }] },
            { content: [{ type: "text", text: "y" }] },
          ],
        },
        // The first column is covered by "span": these start in columns 2 and 3.
        {
          kind: "body",
          cells: [
            { content: [{ type: "text", text: "z" }] },
            { content: [{ type: "text", text: "w" }] },
          ],
        },
      ],
    };
    const model = withBlocks([table]);
    const html = renderHtml(model);
    expect(html).toContain('<tr class="t-table-header"><th class="a-center">a</th>');
    expect(html).toContain(
      '<td class="a-left" rowspan="2">span</td><td class="a-center">x</td><td class="a-right">y</td>',
    );
    expect(html).toContain(
      '<tr class="t-table-body"><td class="a-center">z</td><td class="a-right">w</td></tr>',
    );
    const css = htmlStyles(model);
    expect(css).toContain("#tbl-1 > colgroup > col:nth-child(1) { width: 25%; }");
    expect(css).toContain("#tbl-1 > colgroup > col:nth-child(3) { width: 50%; }");
    expect(html).toContain('<table class="data" id="tbl-1">\n<colgroup><col><col><col></colgroup>');
  });

  it("writes a table without header rows with an empty thead left out", () => {
    const html = renderHtml(
      withBlocks([
        {
          type: "table",
          columns: [{ width: 1, align: "left" }],
          headerRows: 0,
          rows: [{ kind: "body", cells: [{ content: [{ type: "text", text: "only" }] }] }],
        },
      ]),
    );
    expect(html).not.toContain("<thead>");
    expect(html).toContain(
      '<tbody>\n<tr class="t-table-body"><td class="a-left">only</td></tr>\n</tbody>',
    );
  });

  it("marks each section portrait or landscape and gives each its named page", () => {
    const model = sampleModel();
    const html = renderHtml(model);
    expect(html.match(/<section class="page (portrait|landscape)">/g)).toEqual([
      '<section class="page portrait">',
      '<section class="page landscape">',
    ]);
    const css = htmlStyles(model);
    expect(css).toContain(
      ".page.portrait { width: 210mm; min-height: 297mm; padding: 20mm 15mm 20mm 30mm; }",
    );
    // The landscape page turns the portrait margins a quarter clockwise: the binding edge on top.
    expect(css).toContain(
      ".page.landscape { width: 297mm; min-height: 210mm; padding: 30mm 20mm 15mm 20mm; }",
    );
    expect(css).toContain(".page:nth-of-type(2) { page: kh-section-2; }");
    expect(css).toMatch(/@page kh-section-1 \{ size: A4 portrait; margin: 20mm 15mm 20mm 30mm;/);
    expect(css).toMatch(/@page kh-section-2 \{ size: A4 landscape;/);
    // The body numbers its pages except the first; the appendix restarts, which @page cannot do.
    expect(css).toMatch(/@page kh-section-1 [^\n]*@top-center \{ content: counter\(page\)/);
    expect(css).not.toMatch(/@page kh-section-2 [^\n]*@top-center/);
    expect(css).toContain("@page :first { @top-center { content: none; } }");
  });

  it("gives the national title's column at least the width it needs", () => {
    const css = htmlStyles(sampleModel());
    // 165 mm of text: 58 % would be 95.7 mm, under the 100 mm minimum; 100 / 165 = 60.606 %.
    expect(css).toContain(".portrait .header-block col.right { width: 60.606%; }");
    expect(css).toContain(".portrait .header-block col.left { width: 39.394%; }");
    // 257 mm of landscape text: the share is enough.
    expect(css).toContain(".landscape .header-block col.right { width: 58%; }");
  });

  it("writes headings with their number, list markers as text, paragraph numbers plain", () => {
    const html = renderHtml(sampleModel());
    expect(html).toContain('<h2 class="heading h-roman">I. MỤC TIÊU, CHỈ TIÊU</h2>');
    expect(html).toContain('<h3 class="heading h-decimal">1. Mục tiêu</h3>');
    expect(html).toContain(
      '<h4 class="heading h-nested">2.1. Chỉ tiêu chung trên địa bàn phường:</h4>',
    );
    expect(html).toContain('<h4 class="heading h-letter">đ) Chỉ tiêu có tên, đánh chữ</h4>');
    expect(html).toContain('<span class="marker">- </span>Cuối năm 2024');
    expect(html).toContain('<span class="marker">+ </span>Thiếu hụt chỉ số việc làm');
    expect(html).toContain(
      '<p class="para t-body"><span class="num-plain">1.</span> <b>Đối với hộ nghèo có khả năng lao động:</b> tập trung',
    );
    const css = htmlStyles(sampleModel());
    expect(css).toMatch(/^\.list \{ list-style: none;/m);
    expect(css).toContain(".h-letter { font-weight: 400;");
    expect(css).toContain(".h-roman { font-weight: 700;");
  });

  it("gives the marks of levels 4 to 6 (-, +, •) their plain look where they are used, only there", () => {
    expect(htmlStyles(sampleModel())).not.toContain(".h-dash");
    const deep = withBlocks(
      (["dash", "plus", "bullet"] as const).map((numbering, i) => ({
        type: "heading" as const,
        level: 4 + i,
        numbering,
        number: { dash: "-", plus: "+", bullet: "•" }[numbering],
        content: [{ type: "text" as const, text: "Báo chí" }],
      })),
    );
    const html = renderHtml(deep);
    expect(html).toContain('<h5 class="heading h-dash">- Báo chí</h5>');
    expect(html).toContain('class="heading h-bullet">• Báo chí</');
    const css = htmlStyles(deep);
    for (const n of ["dash", "plus", "bullet"]) {
      expect(css).toContain(`.h-${n} { font-weight: 400; font-style: normal; }`);
    }
  });

  it("renders bold, italic and line breaks inside text", () => {
    const html = renderHtml(
      withBlocks([
        {
          type: "paragraph",
          style: "body",
          content: [
            { type: "text", text: "a", bold: true, italic: true },
            { type: "break" },
            { type: "text", text: "b" },
          ],
        },
      ]),
    );
    expect(html).toContain('<p class="para t-body"><b><i>a</i></b><br>b</p>');
  });

  it("uses every size of the layout rules and the model's body size", () => {
    const css13 = htmlStyles({ ...sampleModel(), page: { ...sampleModel().page, fontSize: 13 } });
    expect(css13).toContain(".t-body { font-size: 13pt;");
    expect(css13).toContain(".para, .heading, .item { font-size: 13pt;");
    expect(css13).toContain(".t-recipient { font-size: 11pt;");
    expect(css13).toContain(
      ".t-recipients-heading { font-size: 12pt; font-weight: 700; font-style: italic; }",
    );
    const html = renderHtml(sampleModel());
    const css = htmlStyles(sampleModel());
    for (const cls of new Set(html.match(/\bt-[a-z-]+/g))) {
      expect(css, cls).toContain(`.${cls} {`);
    }
    expect(Object.keys(TEXT).length).toBe(css.match(/^\.t-[a-z-]+ \{/gm)?.length);
  });

  it("serves Tinos and the stylesheet from given addresses", () => {
    const model = sampleModel();
    const html = renderHtml(model, {
      fontBaseUrl: "/fonts/",
      inlineCss: false,
      stylesheetHref: '/x.css?a=1&b="2"',
    });
    expect(html).not.toContain("<style>");
    expect(html).toContain('<link rel="stylesheet" href="/x.css?a=1&amp;b=&quot;2&quot;">');
    const css = htmlStyles(model, { fontBaseUrl: "/fonts/" });
    expect(css).toContain(
      '@font-face { font-family: "Tinos"; src: url("/fonts/tinos-all-700-italic.woff") format("woff"); font-weight: 700; font-style: italic;',
    );
    expect(css).toContain('font-family: "Tinos", "Times New Roman", "Liberation Serif", serif;');
    const plain = htmlStyles(model);
    expect(plain).not.toContain("@font-face");
    expect(plain).toContain('font-family: "Times New Roman", "Tinos", "Liberation Serif", serif;');
  });

  it("cannot close the style element through the font address", () => {
    const css = htmlStyles(sampleModel(), { fontBaseUrl: '/f"</style><script>x' });
    expect(css).not.toContain("</style");
    expect(css).not.toContain("<script");
    expect(css).toContain(
      'url("/f\\22 \\3c /style\\3e \\3c script\\3e x/tinos-all-400-normal.woff")',
    );
  });
});
