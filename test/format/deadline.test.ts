import { describe, expect, it } from "vitest";
import { formatDeadline, parseDeadline } from "../../src/format/index.js";

const phrase = (v: string | number) => {
  const d = parseDeadline(v);
  return d ? formatDeadline(d) : undefined;
};

describe("task deadlines", () => {
  it.each([
    [2026, "năm 2026"],
    ["2026", "năm 2026"],
    ["năm 2026", "năm 2026"],
    ["2026-06", "tháng 6/2026"],
    ["2026-01", "tháng 01/2026"],
    ["6/2026", "tháng 6/2026"],
    ["tháng 6/2026", "tháng 6/2026"],
    ["Tháng 6 năm 2026", "tháng 6/2026"],
    ["2026-06-30", "30/6/2026"],
    ["2026-02-05", "05/02/2026"],
    ["30/6/2026", "30/6/2026"],
    ["Quý II/2026", "Quý II/2026"],
    ["Quý 2/2026", "Quý II/2026"],
    ["quý IV năm 2026", "Quý IV/2026"],
    ["Quý I/2027", "Quý I/2027"],
    ["thường xuyên", "Thường xuyên"],
    ["Thường xuyên", "Thường xuyên"],
    ["hằng tháng", "Hằng tháng"],
    ["hàng tháng", "Hằng tháng"],
    ["Hằng quý", "Hằng quý"],
    ["hàng quý", "Hằng quý"],
    ["hằng năm", "Hằng năm"],
    ["Hàng năm", "Hằng năm"],
  ] as const)("%j → %s", (input, out) => {
    expect(phrase(input)).toBe(out);
  });

  it.each([
    "sớm",
    "Quý V/2026",
    "Quý 5/2026",
    "2026-13",
    "2026-02-30",
    "31/4/2026",
    "13/2026",
    "hằng tuần",
    "",
    1800,
    2026.5,
  ] as const)("%j cannot be read", (input) => {
    expect(parseDeadline(input)).toBeUndefined();
  });

  it("keeps the structure: year, quarter, month, day or a recurring term", () => {
    expect(parseDeadline("Quý III/2026")).toEqual({ kind: "quarter", year: 2026, quarter: 3 });
    expect(parseDeadline("2026-06-30")).toEqual({ kind: "date", year: 2026, month: 6, day: 30 });
    expect(parseDeadline("hàng năm")).toEqual({ kind: "recurring", term: "hang_nam" });
  });
});
