// Variants of the shared sample model for the DOCX tests: a long one (appendix over several pages)
// and a hostile one (huge cell, unbreakable word, empty tables, control characters, odd spans).

import type { Block, DocumentModel, Table, TableRow } from "../../src/document/types.js";
import { sampleModel } from "../fixtures/sample-model.js";

function appendixTable(model: DocumentModel): Table {
  const block = model.sections[1]?.children.find((b): b is Table => b.type === "table");
  if (!block) throw new Error("sample model has no appendix table");
  return block;
}

/** The sample with its appendix table grown to 60 units, so the appendix runs over pages. */
export function longModel(): DocumentModel {
  const model = sampleModel();
  const table = appendixTable(model);
  const total = table.rows[table.rows.length - 1] as TableRow;
  const units: TableRow[] = Array.from({ length: 60 }, (_, i) => ({
    kind: "body",
    cells: [
      { content: [{ type: "text", text: String(i + 1) }], align: "center" },
      { content: [{ type: "text", text: `Thôn số ${i + 1}` }], align: "left" },
      ...["1.011", "7", "0,69", "01", "0,10", "06", "0,59"].map((f) => ({
        content: [{ type: "text" as const, text: f }],
        align: "right" as const,
      })),
    ],
  }));
  table.rows = [...table.rows.slice(0, table.headerRows), ...units, total];
  return model;
}

const LONG_CELL = "Hộ nghèo thiếu hụt đa chiều về việc làm và bảo hiểm y tế. ".repeat(90);
const LONG_WORD = "X".repeat(300);

/** Content that must neither corrupt the file nor overflow the page. */
export function hostileModel(): DocumentModel {
  const model = sampleModel();
  const body = model.sections[0]?.children as Block[];
  const extra: Block[] = [
    {
      type: "paragraph",
      style: "body",
      content: [{ type: "text", text: `Từ rất dài: ${LONG_WORD} hết.` }],
    },
    {
      type: "paragraph",
      style: "body",
      content: [
        { type: "text", text: "Ký tự điều khiển \u0001\u0007\u001f bị bỏ; tab\tvà dòng\nmới." },
        { type: "break" },
        { type: "text", text: 'Sau ngắt dòng <&> "trích"' },
      ],
    },
    {
      type: "table",
      columns: [
        { width: 1, align: "center" },
        { width: 3, align: "left" },
      ],
      headerRows: 1,
      rows: [
        {
          kind: "header",
          cells: [
            { content: [{ type: "text", text: "TT" }] },
            { content: [{ type: "text", text: "Nội dung" }] },
          ],
        },
        {
          kind: "body",
          cells: [
            { content: [{ type: "text", text: "1" }] },
            { content: [{ type: "text", text: LONG_CELL }] },
          ],
        },
        {
          kind: "body",
          cells: [
            { content: [{ type: "text", text: "2" }] },
            { content: [{ type: "text", text: LONG_WORD }] },
          ],
        },
      ],
    },
    // Columns and header rows but no body rows.
    {
      type: "table",
      columns: [
        { width: 1, align: "center" },
        { width: 2, align: "right" },
      ],
      headerRows: 1,
      rows: [
        {
          kind: "header",
          cells: [
            { content: [{ type: "text", text: "Đơn vị" }] },
            { content: [{ type: "text", text: "Số hộ" }] },
          ],
        },
      ],
    },
    // Columns and no rows at all.
    { type: "table", columns: [{ width: 1, align: "left" }], headerRows: 0, rows: [] },
    // Spans that overrun the grid and the table, and a row short of cells.
    {
      type: "table",
      columns: [
        { width: 1, align: "left" },
        { width: 1, align: "left" },
        { width: 1, align: "left" },
      ],
      headerRows: 1,
      rows: [
        {
          kind: "header",
          cells: [
            { content: [{ type: "text", text: "A" }], rowSpan: 9 },
            { content: [{ type: "text", text: "B" }], colSpan: 7 },
          ],
        },
        { kind: "body", cells: [{ content: [{ type: "text", text: "c" }] }] },
      ],
    },
    { type: "list", marker: "-", items: [] },
  ];
  const signoff = body.findIndex((b) => b.type === "signoff");
  body.splice(signoff, 0, ...extra);
  return model;
}
