import { describe, expect, it } from "vitest";
import type { DocumentModel, Table } from "../../src/document/types.js";
import { HEADER_TABLE, lineHeightPt, mmTwipPt, PARAGRAPH, TABLE } from "../../src/layout/rules.js";
import { pdfDefinition, pdfLayout } from "../../src/render/pdf/index.js";
import { tinosMeasure } from "../../src/render/pdf/measure.js";
import { sampleModel } from "../fixtures/sample-model.js";
import { definitionJson, expectGolden } from "./golden.js";
import { bigTableModel, longCellModel, longModel } from "./models.js";

type Json = Record<string, unknown>;

/** Every object and array in a definition, in document order. */
function objectsOf(root: unknown): object[] {
  const out: object[] = [];
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== "object" || v instanceof Date) return;
    out.push(v);
    for (const child of Object.values(v)) walk(child);
  };
  walk(root);
  return out;
}

/** Every string in a definition. */
function stringsOf(root: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") out.push(v);
    else if (v !== null && typeof v === "object") for (const c of Object.values(v)) walk(c);
  };
  walk(root);
  return out;
}

function sections(model: DocumentModel): Json[] {
  return pdfDefinition(model).sections as unknown as Json[];
}

/** The text of a text node, its lines joined by spaces. */
function textOf(node: Json | undefined): string {
  const lines = (node?.lines ?? []) as { runs: { text: string }[] }[];
  return lines.map((l) => l.runs.map((r) => r.text).join("")).join(" ");
}

function tablesOf(root: unknown): Json[] {
  return objectsOf(root).filter((o): o is Json => "table" in o) as Json[];
}

const mmToPt = (mm: number) => Math.round(((mm * 72) / 25.4) * 100) / 100;

describe("pdfDefinition golden", () => {
  it("matches the golden definition of the sample", () => {
    expectGolden("sample.json", definitionJson(pdfDefinition(sampleModel())));
  });

  it("matches the golden definition of the sample draft", () => {
    expectGolden("sample-draft.json", definitionJson(pdfDefinition(sampleModel({ draft: true }))));
  });
});

describe("pdfDefinition pages", () => {
  it("puts each model section on its own pages, landscape appendices turned with margins", () => {
    const [body, appendix] = sections(sampleModel());
    expect(body?.orientation).toBe("portrait");
    // left, top, right, bottom; the sample's margins are 20/20/30/15 mm, in whole
    // twips as the DOCX has them, measured from the DOCX's page edge (its A4 is 595.3 × 841.9 pt),
    // and the bottom giving back the 1.15-line overhang LibreOffice lets the last line have.
    const over = lineHeightPt(14, PARAGRAPH.lineHeight) - lineHeightPt(14);
    const r2 = (n: number) => Math.round(n * 100) / 100;
    expect(body?.margins).toEqual([
      mmTwipPt(30),
      mmTwipPt(20),
      r2(mmTwipPt(15) - 0.02),
      r2(mmTwipPt(20) - 0.01 - over),
    ]);
    expect(appendix?.orientation).toBe("landscape");
    // Turned a quarter clockwise: top = left, right = top, bottom = right, left = bottom.
    expect(appendix?.margins).toEqual([
      mmTwipPt(20),
      mmTwipPt(30),
      r2(mmTwipPt(20) - 0.01),
      r2(mmTwipPt(15) - 0.02 - over),
    ]);
  });

  it("numbers pages from 2 in the body and restarts each appendix at 1, hiding first pages", () => {
    const layout = pdfLayout(longModel(3));
    const tops = layout.definition.sections.map((s) => s.pageNumberTop);
    const numbers = layout.pages.map((page) => {
      const op = page.ops.find((o) => o.kind === "text" && tops.includes(o.y));
      return op?.kind === "text" ? op.text : undefined;
    });
    const bodyPages = layout.nodePages[0]?.flat() ?? [];
    const bodyCount = Math.max(...bodyPages);
    expect(bodyCount).toBeGreaterThan(2);
    const expected = layout.pages.map((_, i) => {
      const page = i + 1;
      if (page <= bodyCount) return page === 1 ? undefined : String(page);
      const n = page - bodyCount;
      return n === 1 ? undefined : String(n);
    });
    expect(numbers).toEqual(expected);
  });

  it("centres the page number over the text column in the top margin", () => {
    const layout = pdfLayout(longModel(3));
    const [body] = layout.definition.sections;
    const page = layout.pages[1];
    const op = page?.ops.find(
      (o) => o.kind === "text" && o.text === "2" && o.y === body?.pageNumberTop,
    );
    if (!body || !page || op?.kind !== "text") throw new Error("no page number on page 2");
    expect(body.pageNumberTop).toBe(mmToPt(10));
    const [left, , right] = body.margins;
    const width = tinosMeasure().width("2", op.size);
    expect(op.x + width / 2).toBeCloseTo((left + page.width - right) / 2, 2);
  });

  it("drops sections without blocks, which would otherwise share a page", () => {
    const model = sampleModel();
    const appendix = model.sections[1];
    if (!appendix) throw new Error("no appendix");
    model.sections.splice(1, 0, { ...structuredClone(appendix), children: [] });
    expect(sections(model)).toHaveLength(2);
  });
});

describe("pdfDefinition document information", () => {
  it("fills title, author, subject, keywords, language and fixed creator and producer", () => {
    const d = pdfDefinition(sampleModel());
    expect(d.language).toBe("vi-VN");
    expect(d.version).toBe("1.7");
    expect(d.info?.title).toBe("Thực hiện công tác giảm nghèo và an sinh xã hội năm 2024");
    expect(d.info?.author).toBe("Ủy ban nhân dân phường Quảng Minh");
    expect(d.info?.keywords).toBe("kế hoạch, giảm nghèo, 2024");
    expect(d.info?.creator).toBe("kehoach");
    expect(d.info?.producer).toBe("kehoach (pdfkit)");
  });

  it("dates the PDF from the plan at midnight UTC, or from SOURCE_DATE_EPOCH", () => {
    const d = pdfDefinition(sampleModel());
    expect(d.info?.creationDate?.toISOString()).toBe("2024-02-22T00:00:00.000Z");
    expect(d.info?.modDate?.toISOString()).toBe("2024-02-22T00:00:00.000Z");
    const e = pdfDefinition(sampleModel(), { sourceDateEpoch: "1700000000" });
    expect(e.info?.creationDate?.toISOString()).toBe("2023-11-14T22:13:20.000Z");
    const bad = pdfDefinition(sampleModel(), { sourceDateEpoch: "soon" });
    expect(bad.info?.creationDate?.toISOString()).toBe("2024-02-22T00:00:00.000Z");
  });
});

describe("pdfDefinition header block", () => {
  const measure = tinosMeasure();
  const header = () => tablesOf(sections(sampleModel())[0])[0] as Json;

  it("is a borderless two-column table whose widths, and the gap, fill the text width", () => {
    const table = header().table as Json;
    const widths = table.widths as number[];
    expect(widths).toHaveLength(2);
    const textWidth = mmTwipPt(210) - mmTwipPt(30) - mmTwipPt(15);
    const gap = mmTwipPt(HEADER_TABLE.columnGapMm);
    expect((widths[0] ?? 0) + gap + (widths[1] ?? 0)).toBeCloseTo(textWidth, 2);
  });

  it("gives the national title and the motto one line each", () => {
    const table = header().table as Json;
    const right = (table.widths as number[])[1] ?? 0;
    const title = measure.width("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, { bold: true });
    expect(right).toBeGreaterThan(title);
    expect(right).toBeGreaterThanOrEqual(mmTwipPt(HEADER_TABLE.rightMinMm));
    const rows = table.body as Json[][];
    const right0 = (rows[0] as Json[])[1] as Json;
    const cell = right0.stack as Json[];
    expect(cell[0]?.lines).toHaveLength(1);
    expect(cell[1]?.lines).toHaveLength(1);
  });

  it("draws the rule under the motto as long as the motto, and under the body", () => {
    const table = header().table as Json;
    const rows = table.body as Json[][];
    const [leftCell, rightCell] = rows[0] as Json[];
    const rule = (cell: Json): Json => {
      const last = (cell.stack as Json[]).at(-1) as Json;
      return last.rule as Json;
    };
    const motto = measure.width("Độc lập - Tự do - Hạnh phúc", 14, { bold: true });
    // rules.ts gives the length, for the DOCX too; it is the motto's to half a point.
    expect(rule(rightCell as Json).length).toBe(mmTwipPt(HEADER_TABLE.mottoRuleMm));
    expect(Math.abs(mmTwipPt(HEADER_TABLE.mottoRuleMm) - motto)).toBeLessThan(0.5);
    // 14 pt bold Times New Roman: about 60 mm (rules.ts estimates 62 mm).
    expect((motto * 25.4) / 72).toBeGreaterThan(55);
    expect((motto * 25.4) / 72).toBeLessThan(65);
    // the DOCX's length: 0.4 of the issuing body's longest line
    const longest = measure.width("PHƯỜNG QUẢNG MINH", 13, { bold: true });
    expect(rule(leftCell as Json).length).toBeCloseTo(longest * HEADER_TABLE.bodyRuleShare, 0);
  });

  it("sets Số and the place and date in one row, under both columns' rules", () => {
    const row = ((header().table as Json).body as Json[][])[1] as Json[];
    expect(textOf(row[0])).toBe("Số: 05/KH-UBND");
    expect(row[0]?.style).toBe("number");
    expect(row[1]?.style).toBe("placeDate");
  });
});

describe("pdfDefinition body text", () => {
  const all = () => objectsOf(sections(sampleModel())[0]) as Json[];

  it("justifies body text with the first-line indent and space after", () => {
    const bodies = all().filter(
      (o) => o.style === "body" && "lines" in o && !("headlineLevel" in o),
    );
    expect(bodies.length).toBeGreaterThan(0);
    for (const p of bodies) {
      expect(p.alignment).toBe("justify");
      expect(p.leadingIndent).toBe(mmToPt(PARAGRAPH.firstLineIndentMm));
      expect((p.margin as number[])[3]).toBeGreaterThanOrEqual(6);
    }
  });

  it("sets headings by HEADING: I. and 1. bold, a) plain, kept with what follows", () => {
    const definition = pdfDefinition(sampleModel());
    const nodes = objectsOf(definition.sections[0]) as Json[];
    const headings = nodes.filter((o) => "headlineLevel" in o);
    const byNumber = new Map(headings.map((h) => [textOf(h).split(" ")[0], h]));
    expect(byNumber.get("I.")?.bold).toBe(true);
    expect(byNumber.get("1.")?.bold).toBe(true);
    expect(byNumber.get("2.1.")?.bold).toBe(true);
    expect(byNumber.get("đ)")?.bold).toBe(false);
  });

  it("writes list markers as literal - and + with hanging indents, nested one step in", () => {
    const items = all().filter((o) => Array.isArray(o.columns));
    const markers = items.map((i) => textOf(((i.columns as Json[])[0] as Json).node as Json));
    expect(markers).toEqual(["-", "-", "+", "+"]);
    const lefts = items.map((i) => (i.margin as number[])[0] ?? 0);
    expect(lefts[2]).toBeGreaterThan(lefts[0] ?? 0);
  });

  it("keeps the sign-off and its closing paragraph together, Nơi nhận beside the signature", () => {
    const stacks = all().filter((o) => o.unbreakable === true);
    const signoff = stacks.find((s) =>
      tablesOf(s).some((t) => JSON.stringify(t).includes("Nơi nhận")),
    );
    expect(signoff).toBeDefined();
    expect(JSON.stringify(signoff)).toContain("Trên đây là Kế hoạch");
    const table = tablesOf(signoff).at(-1)?.table as Json;
    const [recipients, signature] = (table.body as Json[][])[0] as Json[];
    expect(JSON.stringify(recipients)).toContain("Lưu: VT, LĐ.");
    expect(JSON.stringify(signature)).toContain("Nguyễn Thị Hương");
  });
});

describe("pdfLayout: a draft's disagreeing figure", () => {
  it("is highlighted, and its note follows it in italics, highlighted too, as in the DOCX", () => {
    const model = sampleModel({ draft: true });
    const paragraph = model.sections[0]?.children.find((b) => b.type === "paragraph");
    if (paragraph?.type !== "paragraph") throw new Error("no paragraph");
    paragraph.content = [
      { type: "text", text: "Toàn phường có " },
      { type: "text", text: "15", mark: "Chưa khớp: bảng ghi 14" },
      { type: "text", text: " hộ nghèo." },
    ];
    const ops = pdfLayout(model).pages.flatMap((p) => p.ops);
    const at = ops.findIndex((o) => o.kind === "text" && o.text.endsWith("15"));
    const figure = ops[at];
    const highlights = ops.filter((o) => o.kind === "highlight");
    expect(highlights).toHaveLength(2);
    const [first, second] = highlights;
    if (figure?.kind !== "text" || first?.kind !== "highlight" || second?.kind !== "highlight")
      throw new Error("no figure");
    // the figure's highlight lies under it, drawn before it
    expect(ops[at - 1]).toBe(first);
    expect(first.width).toBeCloseTo(tinosMeasure().width("15", figure.size), 3);
    const note = ops.find((o) => o.kind === "text" && o.text.includes("Chưa khớp"));
    expect(note?.kind === "text" && note.italics).toBe(true);
    expect(second.x).toBeCloseTo(first.x + first.width, 3);
  });
});

describe("pdfDefinition tables", () => {
  const appendixTable = (model: DocumentModel) => tablesOf(sections(model)[1]).at(-1) as Json;

  it("fills span-covered positions with null so every row has one cell per column", () => {
    const t = appendixTable(sampleModel()).table as Json;
    const body = t.body as Json[][];
    for (const row of body) expect(row).toHaveLength(9);
    // Row 0: TT, Tổ dân phố, Tổng số (each rowSpan 3), HỘ NGHÈO (colSpan 6) + 5 placeholders.
    expect(body[0]?.slice(4)).toEqual([null, null, null, null, null]);
    expect(body[0]?.[3]?.colSpan).toBe(6);
    // Rows 1 and 2 start with the three positions covered from above.
    expect(body[1]?.slice(0, 3)).toEqual([null, null, null]);
    expect(body[2]?.slice(0, 3)).toEqual([null, null, null]);
    expect(body[1]?.[3]?.colSpan).toBe(2);
    expect(body[1]?.[4]).toBeNull();
  });

  it("repeats the header rows, keeps short rows whole, and fits the text width", () => {
    const node = appendixTable(sampleModel());
    const t = node.table as Json;
    expect(t.headerRows).toBe(4);
    expect(t.dontBreakRows).toBe(true);
    expect(t.keepWithHeaderRows).toBe(1);
    const widths = t.widths as number[];
    // Cell padding is the DOCX's cell margin less half a line, the lines centred on the DOCX's
    // grid lines: the table is the text width, and half a line sticks out on each side, as in Word.
    const side = mmTwipPt(TABLE.cellPaddingMm) - TABLE.borderPt / 2;
    const total =
      widths.reduce((a, b) => a + b, 0) +
      widths.length * 2 * side +
      (widths.length + 1) * TABLE.borderPt;
    const landscapeText = mmTwipPt(297) - mmTwipPt(20) - mmTwipPt(20);
    expect(total).toBeCloseTo(landscapeText + TABLE.borderPt, 2);
  });

  it("lets a row taller than a quarter page break, and does not tie it to the header", () => {
    const t = appendixTable(longCellModel(5000, 300)).table as Json;
    expect(t.dontBreakRows).toBe(false);
    expect(t.keepWithHeaderRows).toBe(0);
    const big = appendixTable(bigTableModel(300)).table as Json;
    expect((big.body as unknown[]).length).toBe(304);
    expect(big.dontBreakRows).toBe(true);
  });

  it("centres header cells spanning rows by a computed top margin, not verticalAlignment", () => {
    const body = (appendixTable(sampleModel()).table as Json).body as Json[][];
    const tt = body[0]?.[0] as Json;
    expect(tt.rowSpan).toBe(3);
    expect(tt.verticalAlignment).toBeUndefined();
    expect((tt.margin as number[])[1]).toBeGreaterThan(0);
    const first = body[0] as Json[];
    expect((first[3] as Json).verticalAlignment).toBe("middle");
  });

  it("pads rows with too few cells and clips spans that run off the table", () => {
    const model = sampleModel();
    const table = model.sections[1]?.children.find((b): b is Table => b.type === "table");
    if (!table) throw new Error("no table");
    table.rows.push({ kind: "body", cells: [{ content: [], colSpan: 40 }] });
    table.rows.push({ kind: "body", cells: [{ content: [{ type: "text", text: "x" }] }] });
    const body = (appendixTable(model).table as Json).body as Json[][];
    const [wide, short] = body.slice(-2);
    expect(wide?.[0]?.colSpan).toBe(9);
    expect(wide).toHaveLength(9);
    expect(short).toHaveLength(9);
    expect(short?.[8]).toEqual({ lines: [{ runs: [], width: 0, spaces: 0, last: true }] });
  });
});

describe("pdfDefinition hygiene", () => {
  it("never uses one node object twice, and shares none between two calls", () => {
    const a = objectsOf(pdfDefinition(sampleModel({ draft: true })));
    expect(new Set(a).size).toBe(a.length);
    const b = new Set(objectsOf(pdfDefinition(sampleModel({ draft: true }))));
    expect(a.filter((o) => b.has(o))).toEqual([]);
  });

  it("normalises every text to NFC", () => {
    const nfd = JSON.parse(JSON.stringify(sampleModel()).normalize("NFD")) as DocumentModel;
    expect(JSON.stringify(nfd)).not.toBe(JSON.stringify(sampleModel()));
    const strings = stringsOf(pdfDefinition(nfd));
    for (const s of strings) expect(s).toBe(s.normalize("NFC"));
    expect(definitionJson(pdfDefinition(nfd))).toBe(definitionJson(pdfDefinition(sampleModel())));
  });

  it("is deterministic", () => {
    expect(definitionJson(pdfDefinition(sampleModel()))).toBe(
      definitionJson(pdfDefinition(sampleModel())),
    );
  });
});
