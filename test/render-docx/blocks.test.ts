// Blocks: the header block and sign-off as fixed, borderless two-column tables; rules as bottom
// borders; data tables with merged header cells, repeated header rows, unsplittable rows, borders
// and right-aligned figures.

import { describe, expect, it } from "vitest";
import {
  DRAFT_MARK,
  HEADER_TABLE,
  issuingBodyRuleTwips,
  KEEP,
  SPACING,
  titleRuleTwips,
} from "../../src/layout/rules.js";
import { textWidthPt } from "../../src/layout/text-width.js";
import { headerColumns } from "../../src/render/docx/header-block.js";
import { placeRows } from "../../src/render/docx/table.js";
import { sampleModel } from "../fixtures/sample-model.js";
import { attr, elements, part, render, style, text, twip } from "./helpers.js";

const parts = await render(sampleModel({ draft: true }));
const document = part(parts, "word/document.xml");
const styles = part(parts, "word/styles.xml");
const tables = elements(document, "w:tbl");
const [headerTable, signTable, dataTable] = tables as [string, string, string];
const TEXT_WIDTH = 11906 - 1701 - 850;

const NO_BORDERS =
  /<w:tblBorders>(<w:(top|left|bottom|right|insideH|insideV) w:val="none"[^>]*\/>){6}<\/w:tblBorders>/;

function gridCols(table: string): number[] {
  return [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
}

describe("renderDocx header block", () => {
  it("puts the draft mark above the header block, boxed at the right", () => {
    const body = document.slice(document.indexOf("<w:body>"));
    expect(body.indexOf("DraftMark")).toBeGreaterThan(-1);
    expect(body.indexOf("DraftMark")).toBeLessThan(body.indexOf("<w:tbl>"));
    expect(text(body.slice(0, body.indexOf("<w:tbl>")))).toBe("DỰ THẢO");
    // Indented so that its box is DRAFT_MARK's width, flush with the right margin.
    const mark = elements(body, "w:p")[0] as string;
    expect(Number(attr(mark, "w:ind", "w:left"))).toBe(TEXT_WIDTH - twip(DRAFT_MARK.boxWidthMm));
    const box = style(styles, "DraftMark");
    for (const side of ["top", "left", "bottom", "right"]) {
      expect(box).toMatch(new RegExp(`<w:${side} w:val="single"[^>]*w:sz="4"[^>]*w:space="1"`));
    }
  });

  it("is a fixed, borderless two-column table as wide as the text", () => {
    expect(headerTable).toContain('<w:tblLayout w:type="fixed"/>');
    expect(headerTable).toMatch(NO_BORDERS);
    expect(attr(headerTable, "w:tblW", "w:w")).toBe(String(TEXT_WIDTH));
    expect(attr(headerTable, "w:tblW", "w:type")).toBe("dxa");
    const cols = gridCols(headerTable);
    expect(cols.length).toBe(2);
    expect((cols[0] ?? 0) + (cols[1] ?? 0)).toBe(TEXT_WIDTH);
    expect(headerTable).not.toContain("<w:tcBorders>");
  });

  it("leaves the national title room for its 95 mm at 13 pt, even at the widest margins", () => {
    const [, right] = headerColumns(TEXT_WIDTH);
    expect(right).toBeGreaterThanOrEqual(twip(HEADER_TABLE.rightMinMm));
    expect(right).toBeGreaterThan(twip(95.0));
    const narrow = 11906 - twip(35) - twip(20);
    const [leftNarrow, rightNarrow] = headerColumns(narrow);
    expect(rightNarrow).toBeGreaterThan(twip(95.0));
    expect(leftNarrow + rightNarrow).toBe(narrow);
    // Cell margins are zero, so the column's width is all text width, but for a gap kept clear
    // at the right of the left column (the issuing body never runs into the national title).
    expect(headerTable).toMatch(/<w:tblCellMar>[\s\S]*<w:left w:type="dxa" w:w="0"\/>/);
    const [row1] = elements(headerTable, "w:tr") as [string];
    const [leftCell, rightCell] = elements(row1, "w:tc") as [string, string];
    expect(attr(leftCell, "w:right", "w:w")).toBe(String(twip(HEADER_TABLE.columnGapMm)));
    expect(rightCell).not.toContain("<w:tcMar>");
  });

  it("stacks parent body, issuing body and its rule left; title, motto and its rule right", () => {
    const [row1, row2] = elements(headerTable, "w:tr") as [string, string];
    const [left, right] = elements(row1, "w:tc") as [string, string];
    const stylesIn = (xml: string) =>
      [...xml.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(stylesIn(left)).toEqual(["ParentBody", "IssuingBody", "Rule"]);
    expect(stylesIn(right)).toEqual(["NationalTitle", "Motto", "Rule"]);
    expect(text(right)).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc");
    // "Số:" and the place-date share the second row, so they stay level.
    const [num, date] = elements(row2, "w:tc") as [string, string];
    expect(stylesIn(num)).toEqual(["DocNumber"]);
    expect(stylesIn(date)).toEqual(["PlaceDate"]);
    expect(text(date)).toContain("Quảng Minh, ngày");
  });

  it("draws the rules as bottom borders of indented paragraphs, the motto's as long as it", () => {
    const rule = style(styles, "Rule");
    expect(rule).toMatch(/<w:pBdr><w:bottom w:val="single"[^>]*w:sz="6"/);
    const [row1] = elements(headerTable, "w:tr") as [string];
    const [left, right] = elements(row1, "w:tc") as [string, string];
    const [leftCol, rightCol] = gridCols(headerTable) as [number, number];
    const indents = (cell: string) => {
      const p = elements(cell, "w:p").find((x) => x.includes('"Rule"')) as string;
      return [Number(attr(p, "w:ind", "w:left")), Number(attr(p, "w:ind", "w:right"))];
    };
    const [ml, mr] = indents(right) as [number, number];
    expect(rightCol - ml - mr).toBe(twip(HEADER_TABLE.mottoRuleMm));
    expect(Math.abs(ml - mr)).toBeLessThanOrEqual(1);
    const [bl, br] = indents(left) as [number, number];
    const leftText = leftCol - twip(HEADER_TABLE.columnGapMm);
    const lines = ["ỦY BAN NHÂN DÂN", "PHƯỜNG QUẢNG MINH"];
    expect(leftText - bl - br).toBe(issuingBodyRuleTwips(lines, leftText));
    const share = (leftText - bl - br) / 20 / textWidthPt("PHƯỜNG QUẢNG MINH", 13, true);
    expect(share).toBeGreaterThanOrEqual(1 / 3);
    expect(share).toBeLessThanOrEqual(1 / 2);
  });
});

describe("renderDocx title", () => {
  it("writes KẾ HOẠCH, the summary and a rule 1/3 to 1/2 of its line, then the basis in italic style", () => {
    const paras = elements(document, "w:p");
    const i = paras.findIndex((p) => p.includes('"Title"'));
    expect(text(paras[i] as string)).toBe("KẾ HOẠCH");
    expect(paras[i + 1]).toContain('"Subtitle"');
    const rule = paras[i + 2] as string;
    expect(rule).toContain('"Rule"');
    const l = Number(attr(rule, "w:ind", "w:left"));
    const r = Number(attr(rule, "w:ind", "w:right"));
    const summary = text(paras[i + 1] as string);
    expect(TEXT_WIDTH - l - r).toBe(titleRuleTwips(summary, TEXT_WIDTH));
    const share = (TEXT_WIDTH - l - r) / 20 / textWidthPt(summary, 14, true);
    expect(share).toBeGreaterThanOrEqual(1 / 3);
    expect(share).toBeLessThanOrEqual(1 / 2);
    expect(paras[i + 3]).toContain('"Basis"');
  });
});

describe("renderDocx data tables", () => {
  const rows = elements(dataTable, "w:tr");

  it("uses a fixed grid as wide as the landscape text, in the model's proportions", () => {
    const width = 16838 - 1134 - 1134;
    const cols = gridCols(dataTable);
    expect(cols.length).toBe(9);
    expect(cols.reduce((a, b) => a + b, 0)).toBe(width);
    expect(dataTable).toContain('<w:tblLayout w:type="fixed"/>');
    expect(Math.abs((cols[1] ?? 0) / (cols[0] ?? 1) - 18 / 4)).toBeLessThan(0.01);
  });

  it("has single borders on every side", () => {
    for (const side of ["top", "left", "bottom", "right", "insideH", "insideV"]) {
      expect(dataTable).toMatch(new RegExp(`<w:${side} w:val="single"[^>]*w:sz="4"`));
    }
  });

  it("marks the header rows and the index row to repeat, and no others", () => {
    expect(rows.length).toBe(7);
    rows.forEach((row, i) => {
      expect(row.includes("<w:tblHeader/>"), `row ${i}`).toBe(i < 4);
    });
    expect(text(rows[3] as string)).toBe("AB1234567");
  });

  it("keeps every row whole on one page", () => {
    for (const row of rows) expect(row).toContain("<w:cantSplit/>");
  });

  it("merges header cells with gridSpan and vMerge, adding the continuation cells", () => {
    const [r0, r1, r2] = rows as [string, string, string];
    const cells0 = elements(r0, "w:tc");
    expect(cells0.length).toBe(4);
    expect(cells0.slice(0, 3).every((c) => c.includes('<w:vMerge w:val="restart"/>'))).toBe(true);
    expect(cells0[3]).toContain('<w:gridSpan w:val="6"/>');
    for (const row of [r1, r2]) {
      const cells = elements(row, "w:tc");
      expect(cells.slice(0, 3).every((c) => c.includes('<w:vMerge w:val="continue"/>'))).toBe(true);
      expect(text(cells.slice(0, 3).join(""))).toBe("");
    }
    expect(elements(r1, "w:tc").length).toBe(6);
    expect(elements(r2, "w:tc").length).toBe(9);
    // Every row covers the whole grid.
    for (const row of rows) {
      const spans = elements(row, "w:tc").map((c) =>
        Number(/w:gridSpan w:val="(\d+)"/.exec(c)?.[1] ?? 1),
      );
      expect(spans.reduce((a, b) => a + b, 0)).toBe(9);
    }
  });

  it("right-aligns figures and styles rows by kind", () => {
    const body = rows[4] as string;
    const cells = elements(body, "w:tc");
    expect(cells[0]).toContain('<w:jc w:val="center"/>');
    expect(cells[1]).not.toContain("<w:jc ");
    for (const c of cells.slice(2)) expect(c).toContain('<w:jc w:val="right"/>');
    expect(body).toContain('"TableText"');
    expect(rows[0]).toContain('"TableHeader"');
    expect(rows[3]).toContain('"TableIndex"');
    expect(rows[6]).toContain('"TableTotal"');
    expect(text(rows[6] as string)).toBe("Cộng1.50570,47010,07060,40");
  });
});

describe("placeRows", () => {
  it("adds continuations under row spans and pads short rows", () => {
    const t = (s: string) => ({ content: [{ type: "text" as const, text: s }] });
    const slots = placeRows(
      [
        { kind: "header", cells: [{ ...t("a"), rowSpan: 2, colSpan: 2 }, t("b")] },
        { kind: "header", cells: [t("c")] },
        { kind: "body", cells: [] },
      ],
      3,
    );
    expect(slots.map((r) => r.map((s) => [s.col, s.span, s.cell === null ? "-" : "x"]))).toEqual([
      [
        [0, 2, "x"],
        [2, 1, "x"],
      ],
      [
        [0, 2, "-"],
        [2, 1, "x"],
      ],
      [
        [0, 1, "x"],
        [1, 1, "x"],
        [2, 1, "x"],
      ],
    ]);
  });
});

describe("renderDocx sign-off", () => {
  it("is one borderless, unsplittable row: recipients left, signature right", () => {
    expect(signTable).toMatch(NO_BORDERS);
    expect(signTable).not.toContain("<w:tcBorders>");
    expect(signTable).toContain('<w:tblLayout w:type="fixed"/>');
    const trs = elements(signTable, "w:tr");
    expect(trs.length).toBe(1);
    expect(trs[0]).toContain("<w:cantSplit/>");
    const [left, right] = elements(trs[0] as string, "w:tc") as [string, string];
    expect(left).toContain('"RecipientsHeading"');
    expect(text(left)).toContain("Nơi nhận:");
    expect(elements(left, "w:p").filter((p) => p.includes('"Recipient"')).length).toBe(3);
    const signature = elements(right, "w:p");
    expect(signature.map((p) => /w:pStyle w:val="([^"]+)"/.exec(p)?.[1])).toEqual([
      "SignatureLine",
      "SignatureLine",
      "Signer",
    ]);
    expect(text(right)).toBe("KT. CHỦ TỊCHPHÓ CHỦ TỊCHNguyễn Thị Hương");
  });

  it("keeps a short closing paragraph whole with the sign-off", () => {
    const before = document.slice(0, document.indexOf(signTable));
    const last = elements(before, "w:p").at(-1) as string;
    expect(text(last)).toMatch(/\.\/\.$/);
    expect(last).toContain("<w:keepNext/>");
    expect(last).toContain("<w:keepLines/>");
    for (const id of ["RecipientsHeading", "Recipient", "SignatureLine"]) {
      expect(style(styles, id)).toContain("<w:keepNext/>");
    }
  });

  it("lets a long closing paragraph flow: only the sign-off is kept whole", async () => {
    const model = sampleModel();
    const body = model.sections[0]?.children ?? [];
    const signoff = body.findIndex((b) => b.type === "signoff");
    const long = "Trên đây là Kế hoạch thực hiện công tác giảm nghèo. ".repeat(13);
    expect(long.length).toBeGreaterThan(KEEP.closingMaxChars);
    body.splice(signoff, 0, {
      type: "paragraph",
      style: "body",
      content: [{ type: "text", text: long }],
    });
    const xml = part(await render(model), "word/document.xml");
    const table = elements(xml, "w:tbl")[1] as string;
    const last = elements(xml.slice(0, xml.indexOf(table)), "w:p").at(-1) as string;
    expect(last).not.toContain("<w:keepNext/>");
  });

  it("puts the space above the sign-off on the first line of each column", () => {
    const [left, right] = elements(elements(signTable, "w:tr")[0] as string, "w:tc") as [
      string,
      string,
    ];
    const before = `<w:spacing w:before="${SPACING.signOffBeforePt * 20}"/>`;
    expect(elements(left, "w:p")[0]).toContain(before);
    expect(elements(right, "w:p")[0]).toContain(before);
    expect(elements(left, "w:p")[1]).not.toContain("w:spacing");
  });
});

describe("renderDocx inline formatting", () => {
  it("keeps bold and italic runs of the model", () => {
    const paras = elements(document, "w:p");
    const italic = paras.find((p) => p.includes("trừ các trường hợp")) as string;
    const run = elements(italic, "w:r").find((r) => r.includes("trừ các")) as string;
    expect(run).toContain("<w:i/>");
    const bold = paras.find((p) => p.includes("Đối với hộ nghèo")) as string;
    expect(elements(bold, "w:r").find((r) => r.includes("Đối với"))).toContain("<w:b/>");
    // The item number is plain, before the bold lead.
    expect(text(bold).startsWith("1. Đối với")).toBe(true);
    expect(elements(bold, "w:r")[0]).not.toContain("<w:b/>");
  });
});
