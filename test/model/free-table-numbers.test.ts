// A numeric column of a free table never skips or misreads a cell silently: a number written as text
// in a summed column is an error with its fix, a number that reads two ways is an error in any numeric
// column, other text in a summed column is a warning; the fix, applied, gives no diagnostic and the
// total counts the cell. Run through the whole pipeline, so each diagnostic has its file:line:col.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import type { Table } from "../../src/document/types.js";
import { localize } from "../../src/edge/catalog.js";
import { runPipeline } from "../../src/pipeline.js";
import { plan } from "../spec/helpers.js";
import { md } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "kehoach-free-numbers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * BASE's section, with content (an empty one is a warning of its own) that refers to the appendix
 * (one the text never names is a warning too).
 */
const WITH_CONTENT = { 12: "  - { title: Mục tiêu, content: [Nội dung tại Phụ lục.] }" };

let n = 0;
function run(yaml: string) {
  const file = join(dir, `plan-${n++}.yaml`);
  writeFileSync(file, yaml);
  return runPipeline(file);
}

/** An appendix table of three rows; `cell` stands in row 2, column 3 (line 25 of the file). */
function table(cell: string, total = true): string {
  return plan(
    WITH_CONTENT,
    [
      "appendices:",
      "  - title: Kinh phí",
      "    table:",
      "      header: [[TT, Nguồn, Kinh phí]]",
      "      rows:",
      "        - [1, Ngân sách xã, 100]",
      `        - [2, Xã hội hóa, ${cell}]`,
      "        - [3, Khác, 7]",
      ...(total ? ["      total_label: Tổng cộng"] : []),
      "",
    ].join("\n"),
  );
}

function only(yaml: string): Diagnostic {
  const { diagnostics } = run(yaml);
  expect(diagnostics.map((d) => d.code)).toHaveLength(1);
  return diagnostics[0] as Diagnostic;
}

function totalOf(yaml: string): string {
  const { model, diagnostics } = run(yaml);
  expect(diagnostics).toEqual([]);
  const t = model?.sections.flatMap((s) => s.children).find((b): b is Table => b.type === "table");
  const last = t?.rows.at(-1);
  return md(last?.cells[2]?.content ?? []);
}

describe("numbers written as text in a free table", () => {
  it.each([
    // cell as written, code, Vietnamese hint, English hint, fix, total after the fix
    [
      '"50"',
      "model.table-number-text",
      "Ghi 50, không có dấu ngoặc kép (phần thập phân đứng sau dấu chấm); khi in, kehoach tự viết “50”.",
      "Write 50, without quotes (decimals after a dot); kehoach prints “50”.",
      "50",
      "157",
    ],
    [
      "'1,5'",
      "model.table-number-text",
      "Ghi 1.5, không có dấu ngoặc kép (phần thập phân đứng sau dấu chấm); khi in, kehoach tự viết “1,5”.",
      "Write 1.5, without quotes (decimals after a dot); kehoach prints “1,5”.",
      "1.5",
      "108,5",
    ],
    [
      '"1.250"',
      "model.table-number-ambiguous",
      "Ghi 1250 nếu là một nghìn hai trăm năm mươi (in ra “1.250”), hoặc 1.25 nếu là số thập phân (in ra “1,25”), không có dấu ngoặc kép.",
      "Write 1250 if you mean one thousand two hundred fifty (printed “1.250”), or 1.25 if you mean the decimal (printed “1,25”), without quotes.",
      "1250",
      "1.357",
    ],
    [
      "350.000.000",
      "model.table-number-grouped",
      "Ghi 350000000, không có dấu ngoặc kép: trong tệp kế hoạch, số viết liền, phần thập phân (nếu có) đứng sau dấu chấm; khi in, kehoach tự viết “350.000.000”.",
      "Write 350000000, without quotes: a plan file writes numbers without separators, decimals (if any) after a dot; kehoach prints “350.000.000”.",
      "350000000",
      "350.000.107",
    ],
  ])("%s", (cell, code, vi, en, fix, total) => {
    const d = only(table(cell));
    expect(d.code).toBe(code);
    expect(d.severity).toBe("error");
    expect(d.pos).toMatchObject({ line: 23 });
    expect(d.path).toEqual(["appendices", 0, "table", "rows", 1, 2]);
    expect(localize(d, "vi").hint?.startsWith(vi), localize(d, "vi").hint).toBe(true);
    expect(localize(d, "en").hint?.startsWith(en), localize(d, "en").hint).toBe(true);
    expect(totalOf(table(fix))).toBe(total);
  });

  it("a quoted number is the summed column's business: a column of them is still summed", () => {
    const yaml = plan(
      WITH_CONTENT,
      [
        "appendices:",
        "  - title: Kinh phí",
        "    table:",
        "      header: [[TT, Nguồn, Kinh phí]]",
        "      rows:",
        '        - [1, Ngân sách xã, "100"]',
        '        - [2, Xã hội hóa, "50"]',
        "      total_label: Tổng cộng",
        "",
      ].join("\n"),
    );
    const { diagnostics } = run(yaml);
    expect(diagnostics.map((d) => [d.code, d.pos?.line])).toEqual([
      ["model.table-number-text", 22],
      ["model.table-number-text", 23],
    ]);
    expect(localize(diagnostics[0] as Diagnostic, "vi").message).toBe(
      'Ô "100" ở cột 3 là chữ, không phải số, nên dòng “Tổng cộng” không cộng ô này.',
    );
  });

  it("without a totals row a number as text is printed as written; one that reads two ways is not", () => {
    expect(run(table('"50"', false)).diagnostics).toEqual([]);
    expect(run(table("1,25", false)).diagnostics).toEqual([]);
    expect(only(table('"1.250"', false)).code).toBe("model.table-number-ambiguous");
  });

  it("other text in a summed column is a warning; empty, - and x are none", () => {
    const d = only(table("Chưa thống kê"));
    expect(d).toMatchObject({ code: "model.table-text-in-total", severity: "warning" });
    expect(localize(d, "vi").message).toBe(
      'Ô "Chưa thống kê" ở cột 3 không phải là số, nên dòng “Tổng cộng” không cộng ô này.',
    );
    expect(localize(d, "en").hint).toBe(
      "If the cell is a figure, write the number alone (e.g. 50, no words or unit). If there is no figure, leave it empty or write “-”.",
    );
    for (const none of ["null", '"-"', "x", '""']) expect(totalOf(table(none))).toBe("107");
  });

  it("a label column of 1.1, 1.2 is never read as numbers", () => {
    const yaml = plan(
      WITH_CONTENT,
      [
        "appendices:",
        "  - title: Kinh phí",
        "    table:",
        "      header: [[TT, Nguồn, Kinh phí]]",
        "      rows:",
        '        - ["1.1", Ngân sách xã, 100]',
        '        - ["1.2", Xã hội hóa, 50]',
        "      total_label: Tổng cộng",
        "",
      ].join("\n"),
    );
    expect(totalOf(yaml)).toBe("150");
  });
});
