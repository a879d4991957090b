// Which blocks are Word tables, and where the DOCX parts two of them: one decision, which the DOCX
// writer follows (checked on its XML) and the PDF layout reads.

import { describe, expect, it } from "vitest";
import type { Block, Table } from "../../src/document/types.js";
import { isWordTable, spacerBefore } from "../../src/layout/word-tables.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { sampleModel } from "../fixtures/sample-model.js";
import { part, unzip } from "../render-docx/helpers.js";

const table: Table = {
  type: "table",
  columns: [{ width: 1, align: "left" }],
  headerRows: 0,
  rows: [{ kind: "body", cells: [{ content: [{ type: "text", text: "ô" }] }] }],
};
const paragraph: Block = {
  type: "paragraph",
  style: "body",
  content: [{ type: "text", text: "Đoạn." }],
};
const emptyList: Block = { type: "list", marker: "-", items: [] };
const list: Block = {
  type: "list",
  marker: "-",
  items: [{ content: [{ type: "text", text: "Mục." }] }],
};

describe("Word tables", () => {
  it("are the header block, tables and the sign-off", () => {
    const model = sampleModel();
    const blocks = model.sections.flatMap((s) => s.children);
    const tables = new Set(blocks.filter(isWordTable).map((b) => b.type));
    expect([...tables].sort()).toEqual(["header", "signoff", "table"]);
    expect(isWordTable(paragraph)).toBe(false);
    expect(isWordTable(list)).toBe(false);
  });

  it("are parted by a spacer when nothing is written between them", () => {
    const blocks: Block[] = [table, table, paragraph, table, emptyList, table, list, table];
    expect(blocks.map((_, i) => spacerBefore(blocks, i))).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      true,
      false,
    ]);
  });

  it("leave room under a data table before what follows, but not under the header or the sign-off", () => {
    const header = sampleModel().sections[0]?.children.find((b) => b.type === "header") as Block;
    const cases: [Block[], boolean[]][] = [
      [
        [table, paragraph],
        [false, true],
      ],
      [
        [table, emptyList, list],
        [false, false, true],
      ],
      [
        [header, paragraph],
        [false, false],
      ],
      [
        [paragraph, table],
        [false, false],
      ],
      [[table], [false]],
    ];
    for (const [blocks, want] of cases) {
      expect(blocks.map((_, i) => spacerBefore(blocks, i))).toEqual(want);
    }
  });

  it("are parted in the DOCX exactly where spacerBefore says", async () => {
    const model = sampleModel();
    const section = model.sections[0] as { children: Block[] };
    section.children = [table, table, paragraph, table, emptyList, table, list, table];
    const xml = part(unzip(await renderDocx(model)), "word/document.xml");
    // up to the section break, which the paragraph holding it opens
    const end = xml.indexOf('<w:p><w:pPr><w:pStyle w:val="Spacer"/><w:sectPr');
    const body = xml.slice(xml.indexOf("<w:body>"), end);
    const sequence = body
      .replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "T")
      .replace(/<w:p><w:pPr><w:pStyle w:val="Spacer"\/><\/w:pPr><\/w:p>/g, "s")
      .replace(/<w:p[ >][\s\S]*?<\/w:p>/g, "p")
      .replace("<w:body>", "");
    expect(sequence).toBe("TsTspTsTspT");
  });
});
