// Models for the PDF renderer's tests, all grown from the shared sample: a ~10-page plan, tables too
// big for a page, text no line can hold, and a document of several numbered sections.

import type {
  Block,
  DocumentModel,
  PageSection,
  Table,
  TableRow,
} from "../../src/document/types.js";
import { sampleModel } from "../fixtures/sample-model.js";

const text = (s: string) => [{ type: "text" as const, text: s }];

function body(model: DocumentModel): PageSection {
  const section = model.sections[0];
  if (!section) throw new Error("sample model has no body section");
  return section;
}

function appendix(model: DocumentModel): PageSection {
  const section = model.sections[1];
  if (!section) throw new Error("sample model has no appendix");
  return section;
}

function sampleTable(model: DocumentModel): Table {
  const table = appendix(model).children.find((b): b is Table => b.type === "table");
  if (!table) throw new Error("sample appendix has no table");
  return table;
}

/** The sample with its body blocks (between the title and the sign-off) repeated `times` times. */
export function longModel(times: number): DocumentModel {
  const model = sampleModel();
  const section = body(model);
  const start = section.children.findIndex((b) => b.type === "title") + 1;
  const end = section.children.findIndex((b) => b.type === "signoff") - 1;
  const middle = section.children.slice(start, end);
  const repeated: Block[] = [];
  for (let i = 0; i < times; i++) repeated.push(...structuredClone(middle));
  section.children.splice(start, end - start, ...repeated);
  return model;
}

/** The sample appendix table with `n` body rows. */
export function bigTableModel(n: number): DocumentModel {
  const model = sampleModel();
  const table = sampleTable(model);
  const header = table.rows.filter((r) => r.kind === "header" || r.kind === "index");
  const template = table.rows.find((r) => r.kind === "body") as TableRow;
  const rows: TableRow[] = [];
  for (let i = 1; i <= n; i++) {
    const row = structuredClone(template);
    const first = row.cells[0];
    const second = row.cells[1];
    if (first) first.content = text(String(i));
    if (second) second.content = text(`Tổ dân phố số ${i}`);
    rows.push(row);
  }
  table.rows = [...header, ...rows];
  return model;
}

/** A body cell of `length` characters, and an unbreakable word of `word` characters in another. */
export function longCellModel(length: number, word: number): DocumentModel {
  const model = sampleModel();
  const table = sampleTable(model);
  const row = table.rows.find((r) => r.kind === "body") as TableRow;
  const phrase = "Hỗ trợ hộ nghèo phát triển sản xuất, đa dạng hóa sinh kế. ";
  const long = phrase.repeat(Math.ceil(length / phrase.length)).slice(0, length);
  const cell1 = row.cells[1];
  if (cell1) cell1.content = text(long);
  const cell2 = row.cells[2];
  if (cell2) cell2.content = text("9".repeat(word));
  // And the same word, unbreakable, in the body text.
  body(model).children.splice(3, 0, {
    type: "paragraph",
    style: "body",
    content: text(`Mã hồ sơ: ${"X".repeat(word)} hết.`),
  });
  return model;
}

/** Body (numbers from page 2), appendix I restarting at 1, appendix II restarting at 1 too. */
export function threeSectionModel(bodyTimes: number): DocumentModel {
  const model = longModel(bodyTimes);
  const second = structuredClone(appendix(model));
  model.sections.push(second);
  const label = second.children.find((b) => b.type === "appendix-heading");
  if (label) label.label = "Phụ lục II";
  return model;
}
