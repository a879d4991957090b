// Hostile content: a 5,000-character cell, a 300-character word, control characters, tables with
// no body rows or no rows at all, spans that overrun the grid. The package must stay well-formed.

import { describe, expect, it } from "vitest";
import { renderDocx } from "../../src/render/docx/index.js";
import { stripNonXml } from "../../src/render/docx/xml-text.js";
import { assertWellFormed, elements, part, text, unzip } from "./helpers.js";
import { hostileModel } from "./models.js";

const parts = unzip(await renderDocx(hostileModel()));
const document = part(parts, "word/document.xml");

describe("renderDocx with hostile content", () => {
  it("writes only well-formed XML parts", () => {
    for (const [name, xml] of Object.entries(parts)) {
      if (name.endsWith(".xml") || name.endsWith(".rels")) assertWellFormed(xml, name);
    }
  });

  it("keeps the long cell and the long word whole, inside fixed-width tables", () => {
    const all = text(document);
    expect(all).toContain("X".repeat(300));
    expect(all).toContain(
      "Hộ nghèo thiếu hụt đa chiều về việc làm và bảo hiểm y tế. ".repeat(90).trim(),
    );
    for (const table of elements(document, "w:tbl")) {
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    }
  });

  it("drops control characters, escapes markup, turns newlines and tabs into breaks and tabs", () => {
    const para = elements(document, "w:p").find((p) => p.includes("Ký tự điều khiển")) as string;
    expect(text(para)).toContain("Ký tự điều khiển  bị bỏ; tab");
    expect(para).toContain("<w:tab/>");
    expect(para.match(/<w:br\/>/g)?.length).toBe(2);
    expect(para).toContain("&lt;&amp;&gt;");
  });

  it("gives every table at least one row and every cell a paragraph", () => {
    const tables = elements(document, "w:tbl");
    for (const table of tables) {
      const rows = elements(table, "w:tr");
      expect(rows.length).toBeGreaterThan(0);
      for (const cell of elements(table, "w:tc")) expect(cell).toContain("<w:p");
    }
    // The table with columns and no rows: one empty row on its one column.
    const empty = tables.find((t) => (t.match(/<w:gridCol /g) ?? []).length === 1) as string;
    expect(elements(empty, "w:tr").length).toBe(1);
  });

  it("keeps tables that follow each other apart with a spacer paragraph", () => {
    const body = document.slice(document.indexOf("<w:body>"));
    expect(body).not.toMatch(/<\/w:tbl><w:tbl>/);
    expect(body).toMatch(/<\/w:tbl><w:p><w:pPr><w:pStyle w:val="Spacer"\/><\/w:pPr><\/w:p><w:tbl>/);
  });

  it("does not stretch justified lines that end in a line break", () => {
    expect(part(parts, "word/settings.xml")).toContain("<w:doNotExpandShiftReturn/>");
  });

  it("clamps spans to the grid and the table", () => {
    const tables = elements(document, "w:tbl");
    const odd = tables.find((t) => text(t).startsWith("AB")) as string;
    const [r0, r1] = elements(odd, "w:tr") as [string, string];
    expect(r0).toContain('<w:gridSpan w:val="2"/>');
    expect(r0).toContain('<w:vMerge w:val="restart"/>');
    const cells = elements(r1, "w:tc");
    expect(cells[0]).toContain('<w:vMerge w:val="continue"/>');
    expect(cells.length).toBe(3);
  });
});

describe("stripNonXml", () => {
  it("drops controls, non-characters and lone surrogates, keeps pairs, tabs and newlines", () => {
    expect(stripNonXml("a\u0000b\u0008c\td\ne\rf")).toBe("abc\td\ne\rf");
    expect(stripNonXml("x\uFFFEy\uFFFFz")).toBe("xyz");
    expect(stripNonXml("😀 \uD83D tail \uDE00.")).toBe("😀  tail .");
    const clean = "Quảng Minh";
    expect(stripNonXml(clean)).toBe(clean);
  });
});
