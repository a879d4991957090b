// Data tables are written as WordprocessingML text (src/render/docx/table.ts), not as docx objects:
// what the XML says for spans, header rows, alignment, formatting and awkward text, and that the
// marker paragraphs standing for the tables are all replaced.

import { describe, expect, it } from "vitest";
import type { Table } from "../../src/document/types.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { placeTables, tableMarkerStyle, tableXml } from "../../src/render/docx/table.js";
import { sampleModel } from "../fixtures/sample-model.js";
import { part, render } from "./helpers.js";

const t = (text: string) => [{ type: "text" as const, text }];

const TABLE: Table = {
  type: "table",
  headerRows: 2,
  columns: [
    { width: 1, align: "center" },
    { width: 3, align: "left" },
    { width: 2, align: "right" },
    { width: 2, align: "right" },
  ],
  rows: [
    {
      kind: "header",
      cells: [
        { content: t("TT"), rowSpan: 2 },
        { content: t("Đơn vị"), rowSpan: 2 },
        { content: t("Hộ nghèo"), colSpan: 2 },
      ],
    },
    { kind: "header", cells: [{ content: t("Số hộ") }, { content: t("Tỷ lệ (%)") }] },
    {
      kind: "body",
      cells: [
        { content: t("1") },
        { content: t(`Thôn "Đông" & <Tây> 'A'`) },
        { content: t("12"), bold: true },
        { content: t("1,5") },
      ],
    },
    { kind: "total", cells: [{ content: [] }, { content: t("Cộng") }, { content: t("12") }] },
  ],
} as Table;

const xml = tableXml(TABLE, { textWidth: 8000, bodySize: 14 });
const rows = xml.split("<w:tr>").slice(1);

describe("DOCX data tables", () => {
  it("writes a fixed grid split from the text width, with the decree's borders and margins", () => {
    expect([...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([
      1000, 3000, 2000, 2000,
    ]);
    expect(xml).toContain('<w:tblW w:type="dxa" w:w="8000"/>');
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml.match(/w:val="single" w:color="000000" w:sz="4"/g)).toHaveLength(6);
    expect(xml.match(/<w:(top|left|bottom|right) w:type="dxa" w:w="57"\/>/g)).toHaveLength(4);
  });

  it("merges cells across columns and rows, putting continuation cells back", () => {
    expect(rows[0]).toContain('<w:tcW w:type="dxa" w:w="4000"/><w:gridSpan w:val="2"/>');
    expect(rows[0]?.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(2);
    // the second header row: two continuations, then the two cells under "Hộ nghèo"
    expect(rows[1]?.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(2);
    expect(rows[1]?.match(/<w:tc>/g)).toHaveLength(4);
  });

  it("repeats header rows, keeps them with the first row and centres them; no row splits", () => {
    expect(rows.map((r) => r.includes("<w:tblHeader/>"))).toEqual([true, true, false, false]);
    expect(rows.every((r) => r.startsWith("<w:trPr><w:cantSplit/>"))).toBe(true);
    expect(rows[0]?.match(/<w:keepNext\/>/g)).toHaveLength(3);
    expect(rows[2]).not.toContain("<w:keepNext/>");
    expect(rows[0]).toContain('<w:vAlign w:val="center"/>');
    expect(rows[2]).not.toContain("<w:vAlign");
  });

  it("aligns by column where the style says otherwise, and bolds a cell that asks", () => {
    const cells = rows[2]?.split("<w:tc>").slice(1) ?? [];
    expect(cells[0]).toContain('<w:pStyle w:val="TableText"/><w:jc w:val="center"/>');
    expect(cells[1]).not.toContain("<w:jc");
    expect(cells[2]).toContain('<w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr>');
    // the total row is bold by its style: no direct formatting; its missing cell is an empty one
    expect(rows[3]).toContain('<w:pStyle w:val="TableTotal"/>');
    expect(rows[3]).not.toContain("<w:b/>");
    expect(rows[3]?.match(/<w:tc>/g)).toHaveLength(4);
  });

  it("highlights a draft's disagreeing figure and its note, as in the body's text", () => {
    const marked: Table = {
      ...TABLE,
      rows: [
        {
          kind: "body",
          cells: [{ content: [{ type: "text", text: "15", mark: "Chưa khớp: 16" }] }],
        },
      ],
    } as Table;
    const cell = tableXml(marked, { textWidth: 8000, bodySize: 14 });
    expect(cell).toContain(
      '<w:r><w:rPr><w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">15</w:t></w:r>',
    );
    expect(cell).toContain(
      '<w:rPr><w:i/><w:iCs/><w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve"> (Chưa khớp: 16)</w:t>',
    );
  });

  it("escapes the characters XML reserves", () => {
    expect(xml).toContain("Thôn &quot;Đông&quot; &amp; &lt;Tây&gt; &apos;A&apos;</w:t>");
  });

  it("replaces every marker paragraph with its table, and nothing else", () => {
    const marker = (i: number) =>
      `<w:p><w:pPr><w:pStyle w:val="${tableMarkerStyle(i)}"/></w:pPr></w:p>`;
    const doc = `<w:body>${marker(0)}<w:p/>${marker(1)}</w:body>`;
    expect(placeTables(doc, ["<w:tbl>A</w:tbl>", "<w:tbl>B</w:tbl>"])).toBe(
      "<w:body><w:tbl>A</w:tbl><w:p/><w:tbl>B</w:tbl></w:body>",
    );
  });

  it("moves a section break docx put into a marker after the table, and never loses a table", () => {
    const sect = "<w:sectPr><w:pgSz/></w:sectPr>";
    const doc = `<w:p><w:pPr><w:pStyle w:val="${tableMarkerStyle(0)}"/>${sect}</w:pPr></w:p>`;
    expect(placeTables(doc, ["<w:tbl>A</w:tbl>"])).toBe(
      `<w:tbl>A</w:tbl><w:p><w:pPr>${sect}</w:pPr></w:p>`,
    );
    expect(() => placeTables("<w:p/>", ["<w:tbl>A</w:tbl>"])).toThrow(/1 of 1 tables not placed/);
  });

  it("leaves no marker in a rendered document", async () => {
    const document = part(await render(sampleModel({ draft: true })), "word/document.xml");
    expect(document).not.toContain(tableMarkerStyle(0).replace(/\d+$/, ""));
    expect(document.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(3);
    expect((await renderDocx(sampleModel())).length).toBeGreaterThan(0);
  });
});
