// A sheet as a grid of cells, whatever the file: an Excel workbook (read with exceljs) or a CSV
// text (read here: UTF-8 or UTF-16 with its byte-order mark, comma, semicolon or tab between the
// cells, as Vietnamese Excel saves them). A merged cell's value is seen in every cell it covers, so
// a heading spanning columns heads each of them.

/** What a cell holds: a number as Excel stores it, a text, or nothing. */
export type CellValue = number | string | null;

export interface Sheet {
  name: string;
  /** rows[r][c], 0-based; rows may be ragged. */
  rows: CellValue[][];
  /** Cells whose value is not a number nor a text (a date, an error, a formula without its result). */
  odd: Map<string, string>;
}

export type GridResult =
  | { sheets: Sheet[] }
  | { problem: "not-utf8" | "unreadable"; detail: string };

/**
 * What is read of a sheet: a table of units is far smaller, and a stray cell far away (Excel keeps
 * one at XFD1048576 after a slip of the keyboard) must not make a billion empty cells.
 */
export const MAX_ROWS = 5000;
export const MAX_COLUMNS = 200;

/** "C7" for row 6, column 2 (0-based). */
export function cellRef(row: number, col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return `${name}${row + 1}`;
}

/** "Sheet1!C7", quoted as Excel writes it when the name has spaces: "'Phụ lục I'!C7". */
export function sheetCellRef(sheet: string, row: number, col: number): string {
  const quoted = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
  return `${quoted}!${cellRef(row, col)}`;
}

export function isCsv(fileName: string): boolean {
  return /\.(csv|txt|tsv)$/i.test(fileName);
}

/** A file import reads: a workbook or a CSV (the one rule for the command and the workspace). */
export function isFiguresFile(fileName: string): boolean {
  return /\.xlsx$/i.test(fileName) || isCsv(fileName);
}

export async function readGrid(bytes: Uint8Array, fileName: string): Promise<GridResult> {
  if (isCsv(fileName)) return readCsv(bytes, fileName);
  return readXlsx(bytes);
}

// ---------------------------------------------------------------- Excel

interface ExcelCell {
  value: unknown;
  isMerged: boolean;
  master: ExcelCell;
}

async function readXlsx(bytes: Uint8Array): Promise<GridResult> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (err) {
    return { problem: "unreadable", detail: err instanceof Error ? err.message : String(err) };
  }
  const sheets: Sheet[] = [];
  for (const ws of workbook.worksheets) {
    const rows: CellValue[][] = [];
    const odd = new Map<string, string>();
    const lastRow = Math.min(ws.rowCount, MAX_ROWS);
    const lastColumn = Math.min(ws.columnCount, MAX_COLUMNS);
    for (let r = 1; r <= lastRow; r++) {
      const row = ws.getRow(r);
      const cells: CellValue[] = [];
      for (let c = 1; c <= lastColumn; c++) {
        const cell = row.getCell(c) as unknown as ExcelCell;
        const value = cell.isMerged ? cell.master.value : cell.value;
        const read = excelValue(value);
        if (read.odd !== undefined) odd.set(cellRef(r - 1, c - 1), read.odd);
        cells.push(read.value);
      }
      rows.push(cells);
    }
    sheets.push({ name: ws.name, rows, odd });
  }
  return { sheets };
}

/** A cell's value as a number or a text; anything else is kept aside with a description. */
function excelValue(value: unknown): { value: CellValue; odd?: string } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === "number") return { value };
  if (typeof value === "string") return { value };
  if (typeof value === "boolean") return { value: null, odd: String(value) };
  if (value instanceof Date) return { value: null, odd: value.toISOString().slice(0, 10) };
  const v = value as {
    richText?: { text: string }[];
    text?: unknown;
    formula?: string;
    sharedFormula?: string;
    result?: unknown;
    error?: string;
  };
  if (v.richText) return { value: v.richText.map((t) => t.text).join("") };
  if (v.formula !== undefined || v.sharedFormula !== undefined) {
    if (v.result === undefined || v.result === null) {
      return { value: null, odd: `=${v.formula ?? v.sharedFormula}` };
    }
    return excelValue(v.result);
  }
  if (v.error !== undefined) return { value: null, odd: v.error };
  if (typeof v.text === "string") return { value: v.text };
  return { value: null, odd: JSON.stringify(value) };
}

// ---------------------------------------------------------------- CSV

function readCsv(bytes: Uint8Array, fileName: string): GridResult {
  const text = decodeText(bytes);
  if (text === undefined) return { problem: "not-utf8", detail: fileName };
  const name = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]*$/, "");
  const rows = parseCsv(text, delimiterOf(text))
    .slice(0, MAX_ROWS)
    .map((cells) =>
      cells.slice(0, MAX_COLUMNS).map((c): CellValue => (c.trim() === "" ? null : c)),
    );
  return { sheets: [{ name, rows, odd: new Map() }] };
}

function decodeText(bytes: Uint8Array): string | undefined {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      return new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    }
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.startsWith("\uFEFF") ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/** The separator the first line uses most, outside quotes: ",", ";" or a tab. */
function delimiterOf(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const unquoted = firstLine.replace(/"[^"]*"/g, "");
  let best = ",";
  let most = 0;
  for (const d of [",", ";", "\t"]) {
    const n = unquoted.split(d).length - 1;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}

/** RFC 4180: quoted fields may hold separators, line breaks and doubled quotes. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"' && field === "") {
      quoted = true;
    } else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += ch;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
