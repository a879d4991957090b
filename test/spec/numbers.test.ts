// The misread-number catalogue: each way an official writes a number that YAML would read otherwise
// (or not as a number at all), in each place a number is expected, gives one error whose hint holds
// the exact fix; the fix, applied, gives no diagnostic. The literal is read back from the yaml library's source
// range of the number, so the diagnostic points at the literal itself.

import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { localize } from "../../src/edge/catalog.js";
import { load, plan } from "./helpers.js";

const STATS = "statistics:\n  baseline_year: 2023\n  standard: nd-07-2021\n";

/** Where a number is expected: the appended YAML with the literal in place of §. */
const PLACES: Record<string, { yaml: string; integer?: boolean; max?: number }> = {
  "budget amount": {
    yaml: "budget:\n  unit: triệu đồng\n  sources:\n    - name: Ngân sách xã\n      amount: §\n",
  },
  "statistics count": {
    yaml: `${STATS}  totals:\n    households: §\n    groups: { poor: { households: 17 } }\n`,
    integer: true,
  },
  "target figure": {
    yaml: "targets:\n  - id: a\n    type: reduce_share\n    group: poor\n    percent: §\n",
    max: 100,
  },
  "free-table cell": {
    yaml: "appendices:\n  - title: Bảng\n    table:\n      header: [[Tên, Số tiền]]\n      rows:\n        -\n          - Xã A\n          - §\n",
  },
};

interface Case {
  literal: string;
  code: string;
  /** The Vietnamese and English hints. */
  vi: string;
  en: string;
  /** What to write instead (each a literal that gives no diagnostic). */
  fixes: string[];
}

const DECIMAL_PLACES: Case[] = [
  {
    literal: "1.250",
    code: "spec.number-ambiguous",
    vi: "Ghi 1250 nếu là một nghìn hai trăm năm mươi (in ra “1.250”), hoặc 1.25 nếu là số thập phân (in ra “1,25”).",
    en: "Write 1250 if you mean one thousand two hundred fifty (printed “1.250”), or 1.25 if you mean the decimal (printed “1,25”).",
    fixes: ["1250", "1.25"],
  },
  {
    literal: "1.350",
    code: "spec.number-ambiguous",
    vi: "Ghi 1350 nếu là một nghìn ba trăm năm mươi (in ra “1.350”), hoặc 1.35 nếu là số thập phân (in ra “1,35”).",
    en: "Write 1350 if you mean one thousand three hundred fifty (printed “1.350”), or 1.35 if you mean the decimal (printed “1,35”).",
    fixes: ["1350", "1.35"],
  },
  {
    literal: "1,250",
    code: "spec.number-ambiguous",
    vi: "Ghi 1250 nếu là một nghìn hai trăm năm mươi (in ra “1.250”), hoặc 1.25 nếu là số thập phân (in ra “1,25”).",
    en: "Write 1250 if you mean one thousand two hundred fifty (printed “1.250”), or 1.25 if you mean the decimal (printed “1,25”).",
    fixes: ["1250", "1.25"],
  },
  {
    literal: "2.000",
    code: "spec.number-ambiguous",
    vi: "Ghi 2000 nếu là hai nghìn (in ra “2.000”), hoặc 2 nếu là số thập phân (in ra “2”).",
    en: "Write 2000 if you mean two thousand (printed “2.000”), or 2 if you mean the decimal (printed “2”).",
    fixes: ["2000", "2"],
  },
  {
    literal: "350.000.000",
    code: "spec.number-grouped",
    vi: "Ghi 350000000: trong tệp kế hoạch, số viết liền, phần thập phân (nếu có) đứng sau dấu chấm; khi in, kehoach tự viết “350.000.000”.",
    en: "Write 350000000: a plan file writes numbers without separators, decimals (if any) after a dot; kehoach prints “350.000.000”.",
    fixes: ["350000000"],
  },
  {
    literal: '"50"',
    code: "spec.number-quoted",
    vi: "Bỏ dấu ngoặc kép, ghi 50.",
    en: "Remove the quotes: write 50.",
    fixes: ["50"],
  },
];

const COUNT_PLACES: Case[] = [
  {
    literal: "1.250",
    code: "spec.count-thousands",
    vi: "Ghi 1250, viết liền, không có dấu chấm hay dấu phẩy:",
    en: "Write 1250, without a dot or a comma:",
    fixes: ["1250"],
  },
  {
    // issue 15: "1,011" (Excel style) was told "ghi 1.011"
    literal: "1,011",
    code: "spec.count-thousands",
    vi: "Ghi 1011, viết liền, không có dấu chấm hay dấu phẩy:",
    en: "Write 1011, without a dot or a comma:",
    fixes: ["1011"],
  },
  {
    // 2.000 reads 2 or 2000, both whole: both fixes stand
    literal: "2.000",
    code: "spec.number-ambiguous",
    vi: "Ghi 2000 nếu là hai nghìn (in ra “2.000”), hoặc 2 nếu là số thập phân (in ra “2”).",
    en: "Write 2000 if you mean two thousand (printed “2.000”), or 2 if you mean the decimal (printed “2”).",
    fixes: ["2000", "2"],
  },
  {
    literal: "350.000.000",
    code: "spec.number-grouped",
    vi: "Ghi 350000000: trong tệp kế hoạch, số viết liền, phần thập phân (nếu có) đứng sau dấu chấm; khi in, kehoach tự viết “350.000.000”.",
    en: "Write 350000000: a plan file writes numbers without separators, decimals (if any) after a dot; kehoach prints “350.000.000”.",
    fixes: ["350000000"],
  },
  {
    literal: '"50"',
    code: "spec.number-quoted",
    vi: "Bỏ dấu ngoặc kép, ghi 50.",
    en: "Remove the quotes: write 50.",
    fixes: ["50"],
  },
];

/** Line and column (from 1) of the last occurrence of the literal in the text. */
function positionOf(text: string, literal: string): { line: number; col: number } {
  const before = text.slice(0, text.lastIndexOf(literal)).split("\n");
  return { line: before.length, col: (before.at(-1)?.length ?? 0) + 1 };
}

function diagnosticsOf(text: string): Diagnostic[] {
  return load(text).diagnostics;
}

function hintStart(d: Diagnostic, lang: "vi" | "en"): string {
  return localize(d, lang).hint ?? "";
}

const TABLE_ONLY = new Set(["free-table cell"]);

describe("misread numbers, each literal in each place", () => {
  for (const [place, { yaml, integer, max }] of Object.entries(PLACES)) {
    const cases = integer ? COUNT_PLACES : DECIMAL_PLACES;
    for (const c of cases) {
      // a free-table cell may be text: a quoted or grouped string there is the table's business
      // (test/model/free-table-numbers.test.ts); a number read from an ambiguous literal is not
      if (TABLE_ONLY.has(place) && !/^\d+\.\d+$/.test(c.literal)) continue;
      it(`${place}: ${c.literal}`, () => {
        const text = plan({}, yaml.replace("§", c.literal));
        const ds = diagnosticsOf(text);
        expect(ds.map((d) => d.code)).toEqual([c.code]);
        const d = ds[0] as Diagnostic;
        expect(positionOf(text, c.literal)).toEqual({ line: d.pos?.line, col: d.pos?.col });
        expect(hintStart(d, "vi").startsWith(c.vi), hintStart(d, "vi")).toBe(true);
        expect(hintStart(d, "en").startsWith(c.en), hintStart(d, "en")).toBe(true);
        for (const fix of c.fixes.filter((f) => max === undefined || Number(f) <= max)) {
          const fixed = plan({}, yaml.replace("§", fix));
          expect(diagnosticsOf(fixed), fix).toEqual([]);
        }
      });
    }
  }
});

describe("a percent sign (issue 15: households: 7% was never told to drop it)", () => {
  it("where the number is a percentage: drop the %", () => {
    const text = plan({}, PLACES["target figure"]?.yaml.replace("§", "35%"));
    const d = diagnosticsOf(text)[0] as Diagnostic;
    expect(d.code).toBe("spec.number-percent");
    expect(localize(d, "vi").hint).toBe(
      "Bỏ dấu %, ghi 35: số ở đây đã là tỷ lệ phần trăm, khi in kehoach tự thêm dấu %.",
    );
    expect(diagnosticsOf(plan({}, PLACES["target figure"]?.yaml.replace("§", "35")))).toEqual([]);
  });

  it("where a count is wanted: write the count", () => {
    const text = plan({}, PLACES["statistics count"]?.yaml.replace("§", "7%"));
    const d = diagnosticsOf(text)[0] as Diagnostic;
    expect(d.code).toBe("spec.count-percent");
    expect(localize(d, "en").message).toBe(
      '"households" is a count (a whole number), not a rate, but got "7%".',
    );
  });
});

describe("the rule's edges", () => {
  it("decimals that cannot be a thousands group pass: 1.25 triệu đồng, 0.250, 1250.500", () => {
    for (const n of ["1.25", "0.250", "1250.500", "1.5", "12.75"]) {
      expect(diagnosticsOf(plan({}, PLACES["budget amount"]?.yaml.replace("§", n))), n).toEqual([]);
    }
  });

  it("a three-decimal value is written with a fourth digit: 1.2510", () => {
    const d = diagnosticsOf(plan({}, PLACES["budget amount"]?.yaml.replace("§", "1.251")))[0];
    expect(localize(d as Diagnostic, "vi").hint).toMatch(
      /^Ghi 1251 nếu là một nghìn hai trăm năm mươi mốt \(in ra “1\.251”\), hoặc 1\.2510 nếu là số thập phân \(in ra “1,251”\)\./,
    );
    expect(diagnosticsOf(plan({}, PLACES["budget amount"]?.yaml.replace("§", "1.2510")))).toEqual(
      [],
    );
  });

  it("the message names the place and both readings", () => {
    const d = diagnosticsOf(
      plan({}, PLACES["budget amount"]?.yaml.replace("§", "1.350")),
    )[0] as Diagnostic;
    expect(localize(d, "vi").message).toBe(
      'Số 1.350 ở "amount" có hai cách hiểu: 1.350 (dấu “.” ngăn cách hàng nghìn) hoặc 1,35 (số thập phân).',
    );
    expect(localize(d, "en").message).toBe(
      'The number 1.350 in "amount" reads two ways: 1,350 (“.” separating thousands) or 1.35 (a decimal).',
    );
    expect(localize(d, "en")).toMatchObject({ line: 21, col: 15, path: "budget.sources.0.amount" });
  });

  it("a count: 2.991 is the whole number 2991", () => {
    const d = diagnosticsOf(
      plan({}, `${STATS}  totals: { households: 2.991, groups: {} }\n`),
    )[0] as Diagnostic;
    expect(localize(d, "vi").message).toBe(
      '"households" là số nguyên (số đếm), nên 2.991 chỉ có thể là hai nghìn chín trăm chín mươi mốt viết có dấu ngăn cách hàng nghìn: trong tệp kế hoạch phải ghi 2991.',
    );
  });

  it("an anchored literal is read as written", () => {
    const text = plan(
      {},
      "budget:\n  sources:\n    - { name: A, amount: &x 1.250 }\n    - { name: B, amount: *x }\n",
    );
    expect(diagnosticsOf(text).map((d) => [d.code, d.pos?.line])).toEqual([
      ["spec.number-ambiguous", 19],
    ]);
  });
});
