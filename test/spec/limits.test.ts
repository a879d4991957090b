// Issue 15, point 7: every size a plan may have is bounded, far above any real plan, so that memory
// and time stay bounded; every number is read and summed exactly, or refused with a message.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import SCHEMA from "../../schemas/plan.schema.json" with { type: "json" };
import { main } from "../../src/cli/main.js";
import { localize } from "../../src/edge/catalog.js";
import { runPipeline } from "../../src/pipeline.js";
import { MAX_TABLE_CELLS, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from "../../src/spec/limits.js";
import { placeCells } from "../../src/spec/table-grid.js";
import { exactSum } from "../../src/stats/decimal.js";
import { en, load, plan, vi } from "./helpers.js";

type Node = Record<string, unknown>;
const defs = SCHEMA.$defs as unknown as Record<string, Node>;

/** Every schema node with its JSON pointer. */
function* nodes(n: unknown, at = ""): Generator<[string, Node]> {
  if (n === null || typeof n !== "object") return;
  if (Array.isArray(n)) {
    for (let i = 0; i < n.length; i++) yield* nodes(n[i], `${at}/${i}`);
    return;
  }
  yield [at, n as Node];
  for (const [k, v] of Object.entries(n)) {
    if (k !== "enum" && k !== "const" && k !== "required") yield* nodes(v, `${at}/${k}`);
  }
}

function types(n: Node): string[] {
  const t = n.type;
  return typeof t === "string" ? [t] : Array.isArray(t) ? (t as string[]) : [];
}

/** An anchored pattern without repetition admits strings of a bounded length. */
function boundedPattern(p: unknown): boolean {
  return typeof p === "string" && p.startsWith("^") && p.endsWith("$") && !/[*+]|\{\d+,\}/.test(p);
}

describe("every size the schema admits has an upper bound", () => {
  const all = [...nodes(SCHEMA)];

  it.each([
    ["array", "maxItems", (n: Node) => n.maxItems !== undefined],
    [
      "string",
      "maxLength (or an enum, a const, a bounded pattern)",
      (n: Node) =>
        n.maxLength !== undefined ||
        (n.then as Node | undefined)?.const !== undefined ||
        n.enum !== undefined ||
        n.const !== undefined ||
        boundedPattern(n.pattern),
    ],
    ["number", "maximum", (n: Node) => n.maximum !== undefined],
    ["integer", "maximum", (n: Node) => n.maximum !== undefined],
  ])("every %s has %s", (type, _bound, bounded) => {
    const unbounded = all
      .filter(([at, n]) => types(n).includes(type) && !at.endsWith("/if") && !bounded(n))
      .map(([at]) => at);
    expect(unbounded).toEqual([]);
  });

  it("every map (a mapping of free keys) has maxProperties", () => {
    const maps = all.filter(
      ([, n]) => n.propertyNames !== undefined || typeof n.additionalProperties === "object",
    );
    expect(maps.length).toBeGreaterThan(0);
    expect(maps.filter(([, n]) => n.maxProperties === undefined).map(([at]) => at)).toEqual([]);
  });

  it("the bounds named in src/spec/limits.ts are the schema's", () => {
    const cell = defs.cell?.properties as Record<string, Node>;
    const free = defs.freeTable?.properties as Record<string, Node>;
    expect(cell.colspan?.maximum).toBe(MAX_TABLE_COLUMNS);
    expect(defs.row?.maxItems).toBe(MAX_TABLE_COLUMNS);
    expect(free.widths?.maxItems).toBe(MAX_TABLE_COLUMNS);
    expect(free.align?.maxItems).toBe(MAX_TABLE_COLUMNS);
    expect(cell.rowspan?.maximum).toBe(MAX_TABLE_ROWS);
    expect(free.rows?.maxItems).toBe(MAX_TABLE_ROWS);
  });

  it("sums of counts stay exact: the most units times the largest count is a safe integer", () => {
    const stats = defs.statistics?.properties as Record<string, Node> | undefined;
    const units = stats?.units?.maxItems as number;
    const count = defs.count?.maximum as number;
    expect(units * count).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
  });
});

describe("a table's size is checked before any table is built", () => {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-limits-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const withTable = (table: string) =>
    plan({ 12: `  - title: Mục tiêu\n    content:\n      - table: ${table}` });

  it("colspan: 3000000 is an error of validate, at its line and column, in Vietnamese and English", async () => {
    const text = withTable("{ header: [[{ text: A, colspan: 3000000 }]], rows: [[1]] }");
    const r = load(text);
    expect(r.spec).toBeUndefined();
    const d = r.diagnostics.find((x) => x.code === "spec.range");
    const line = text.split("\n").findIndex((l) => l.includes("3000000")) + 1;
    expect(d?.pos).toMatchObject({
      file: "plan.yaml",
      line,
      col: (text.split("\n")[line - 1]?.indexOf("3000000") ?? 0) + 1,
    });
    expect(vi(d)).toBe('"colspan" phải từ 1 đến 50, nhận được 3000000.');
    expect(en(d)).toBe('"colspan" must be between 1 and 50, got 3000000.');
    expect(d && localize(d, "vi").hint).toBe("Sửa thành một số từ 1 đến 50.");

    // the command the official runs: exit 1, file:line:col, and no model (no table) was built
    const file = join(dir, "colspan.yaml");
    writeFileSync(file, text);
    expect(runPipeline(file).model).toBeUndefined();
    const err: string[] = [];
    const status = await main(["validate", file], {
      out: () => {},
      err: (l) => err.push(l),
      env: { NO_COLOR: "1" },
      cwd: dir,
    });
    expect(status).toBe(1);
    expect(err.join("\n")).toContain(`${file}:${line}:`);
    expect(err.join("\n")).toContain("phải từ 1 đến 50, nhận được 3000000");
  });

  it("a grid of more than MAX_TABLE_CELLS cells is refused", () => {
    const rows = Math.ceil(MAX_TABLE_CELLS / MAX_TABLE_COLUMNS) + 1;
    const body = Array.from({ length: rows }, () => "[1]").join(", ");
    const text = withTable(
      `{ header: [[{ text: A, colspan: ${MAX_TABLE_COLUMNS} }]], rows: [${body}] }`,
    );
    const r = load(text);
    expect(r.diagnostics.map((x) => x.code)).toEqual(["spec.table-too-large"]);
    const d = r.diagnostics[0];
    expect(d?.pos?.line).toBe(14);
    expect(vi(d)).toBe(
      `Bảng có ${rows + 1} dòng × 50 cột = ${(rows + 1) * 50} ô, vượt giới hạn 100000 ô của một bảng.`,
    );
  });

  it("rowspans that push cells beyond MAX_TABLE_COLUMNS are refused", () => {
    const text = withTable(
      "{ header: [[{ text: A, colspan: 30, rowspan: 2 }], [{ text: B, colspan: 30 }]], rows: [] }",
    );
    const r = load(text);
    expect(r.diagnostics.map((x) => x.code)).toEqual(["spec.table-too-wide"]);
    expect(en(r.diagnostics[0])).toContain("wider than 50 columns");
  });

  it("placing cells follows rowspans and colspans, as the model's table does", () => {
    const one = { colSpan: 1, rowSpan: 1 };
    const placed = placeCells(
      [
        [
          { colSpan: 1, rowSpan: 2 },
          { colSpan: 2, rowSpan: 1 },
          { colSpan: 1, rowSpan: 3 },
        ],
        [one, one],
        [one, one, one],
      ],
      (s) => s,
    );
    expect(placed).toEqual({
      cols: [
        [0, 1, 3],
        [1, 2],
        [0, 1, 2],
      ],
      width: 4,
    });
    expect(placeCells([[{ colSpan: 3, rowSpan: 1 }]], (s) => s, 2)).toBeUndefined();
  });
});

describe("numbers are read and summed exactly, or refused", () => {
  const STATS = "statistics:\n  baseline_year: 2023\n  standard: nd-07-2021\n";

  it("counts whose sum is beyond 2^53 are refused (12000000000000003 was printed …004)", () => {
    const text = plan(
      {},
      `${STATS}  units:\n    - { name: A, households: 6000000000000001, groups: {} }\n    - { name: B, households: 6000000000000002, groups: {} }\n`,
    );
    const r = load(text);
    expect(r.spec).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.pos?.line])).toEqual([
      ["spec.range", 21],
      ["spec.range", 22],
    ]);
    expect(vi(r.diagnostics[0])).toBe(
      '"households" phải từ 0 đến 1000000000, nhận được 6000000000000001.',
    );
  });

  it("a count beyond 2^53 is refused as written, not as YAML misread it", () => {
    const text = plan({}, `${STATS}  totals: { households: 12000000000000003, groups: {} }\n`);
    const r = load(text);
    expect(r.diagnostics.map((d) => [d.code, d.pos?.line])).toEqual([["spec.number-inexact", 20]]);
    expect(vi(r.diagnostics[0])).toBe(
      'Số 12000000000000003 của "households" có quá nhiều chữ số: máy chỉ đọc chính xác được khoảng 15 chữ số, số này sẽ bị đọc sai thành một số khác.',
    );
    expect(en(r.diagnostics[0])).toContain("12000000000000003");
  });

  it("a safe count above the bound gets the range; the sums of counts therefore never leave 2^53", () => {
    const text = plan({}, `${STATS}  totals: { households: 4000000000000001, groups: {} }\n`);
    expect(load(text).diagnostics.map((d) => d.code)).toEqual(["spec.range"]);
  });

  it.each([
    ["12000000000000003", "spec.number-inexact"],
    ["0.12345678901234567", "spec.number-inexact"],
    ["1e400", "spec.number-not-finite"],
    [".inf", "spec.number-not-finite"],
    ["0x20000000000001", "spec.number-notation"],
    ["0o17", "spec.number-notation"],
    ["0x1F", "spec.number-notation"],
  ])("a cell %s is refused: %s", (n, code) => {
    const text = plan({
      12: `  - title: Mục tiêu\n    content:\n      - table: { header: [[A]], rows: [[${n}]] }`,
    });
    expect(load(text).diagnostics.map((d) => d.code)).toEqual([code]);
  });

  it("a programmer's notation says what it was read as", () => {
    const text = plan({}, `${STATS}  totals: { households: 0o17, groups: {} }\n`);
    const d = load(text).diagnostics[0];
    expect(vi(d)).toBe(
      'Số 0o17 của "households" được viết theo cách của lập trình viên (hệ 16, hệ 8, hệ 60), nên được đọc thành 15.',
    );
  });

  it.each([["1.50"], ["1e3"], ["0.000001"], ["999999999999999"], ["-0"], ["1_000"]])(
    "%s is read as written: no diagnostic",
    (n) => {
      const text = plan({
        12: `  - title: Mục tiêu\n    content:\n      - table: { header: [[A]], rows: [[${n}]] }`,
      });
      expect(load(text).diagnostics).toEqual([]);
    },
  );

  it.each([
    [[0.1, 0.2], 0.3],
    [[6000000000000001, 2], 6000000000000003],
    [[1e15, 0.5], 1000000000000000.5],
    [[4e15, 4e15, 4e15], 12000000000000000],
    [[4e15, 4e15, 4e15 + 3], undefined], // 12000000000000003: 17 digits
    [[1e15, 0.1], 1000000000000000.1], // printed as written: "1.000.000.000.000.000,1"
    [[1e15, 0.01], undefined], // 1000000000000000.01: 18 digits
  ])("exactSum(%j) = %s", (xs, sum) => {
    if (sum === undefined) expect(exactSum(xs)).toBeUndefined();
    else expect(exactSum(xs)).toBe(sum);
  });

  const dir = mkdtempSync(join(tmpdir(), "kehoach-sums-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (text: string) => {
    const file = join(dir, "p.yaml");
    writeFileSync(file, text);
    return runPipeline(file);
  };

  it("a budget whose total has more digits than a double holds is refused", () => {
    const r = run(
      plan(
        {},
        "budget:\n  sources:\n    - { name: Ngân sách tỉnh, amount: 1000000000000000 }\n    - { name: Xã hội hóa, amount: 0.01 }\n",
      ),
    );
    expect(r.model).toBeUndefined();
    const d = r.diagnostics.find((x) => x.code === "stats.sum-inexact");
    expect(d?.pos?.line).toBe(18);
    expect(vi(d)).toContain("Không tính được chính xác tổng kinh phí");
  });

  it("a free table's total with more digits than a double holds is refused", () => {
    const r = run(
      plan({
        12: "  - title: Mục tiêu\n    content:\n      - table: { header: [[A, B]], rows: [[a, 1000000000000000], [b, 0.01]], total_label: Cộng }",
      }),
    );
    expect(r.model).toBeUndefined();
    const d = r.diagnostics.find((x) => x.code === "model.table-total-inexact");
    expect(d?.pos?.line).toBe(14);
    expect(en(d)).toContain("The total of column 2 cannot be computed exactly");
  });
});
