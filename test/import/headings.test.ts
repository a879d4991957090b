// Column headings as officials write them → the figure each column holds.
import { describe, expect, it } from "vitest";
import { fold, readCount } from "../../src/import/counts.js";
import { classify, isNameHeading, type PlanTerms } from "../../src/import/headings.js";

const TERMS: PlanTerms = {
  groups: [
    { id: "poor", name: "hộ nghèo" },
    { id: "near_poor", name: "hộ cận nghèo" },
  ],
  breakdowns: [],
  unitLabel: "thôn",
  baselineYear: 2023,
  countUnit: "hộ",
};

const field = (...headings: string[]) => {
  const kind = classify(headings.map(fold), TERMS);
  return kind.kind === "field" ? kind.path.join(".") : kind.kind;
};

describe("headings", () => {
  it.each([
    ["Tên đơn vị"],
    ["ĐƠN VỊ"],
    ["Don vi"],
    ["Thôn"],
    ["Tên thôn, tổ dân phố"],
    ["Tổ dân phố"],
  ])("%s heads the unit names", (h) => {
    expect(isNameHeading(fold(h), TERMS)).toBe(true);
  });

  it.each([
    [["Tổng số hộ"], "households"],
    [["TONG SO HO DAN CU"], "households"],
    [["Số khẩu"], "persons"],
    [["Tổng số nhân khẩu"], "persons"],
    [["Hộ nghèo"], "groups.poor.households"],
    [["Số hộ nghèo"], "groups.poor.households"],
    [["ho can ngheo"], "groups.near_poor.households"],
    [["Khẩu nghèo"], "groups.poor.persons"],
    [["Khẩu cận nghèo"], "groups.near_poor.persons"],
    [["Hộ nghèo", "Số hộ"], "groups.poor.households"],
    [["Hộ nghèo", "Số khẩu"], "groups.poor.persons"],
    [["HỘ CẬN NGHÈO", "Phê duyệt cuối năm 2023", "Số hộ"], "groups.near_poor.households"],
    [["HỘ NGHÈO", "Có khả năng thoát nghèo năm 2024", "Số hộ"], "groups.poor.exits"],
    [["Hộ nghèo phát sinh mới"], "groups.poor.entries"],
    [["HỘ NGHÈO", "Cuối năm 2024", "Số hộ"], "computed"],
    [["Tỷ lệ hộ nghèo (%)"], "computed"],
    [["STT"], "skip"],
    [["Ghi chú"], "unknown"],
  ])("%j → %s", (headings, expected) => {
    expect(field(...headings)).toBe(expected);
  });
});

describe("counts", () => {
  it.each([
    [1011, 1011],
    ["1011", 1011],
    ["1.011", 1011],
    ["1 011", 1011],
    ["07", 7],
    ["-", 0],
  ])("%j reads %d", (cell, n) => {
    expect(readCount(cell)).toEqual({ kind: "count", count: n });
  });

  it.each([
    ["1,011", "fraction"],
    [2.5, "fraction"],
    [-3, "negative"],
    ["7 hộ", "text"],
    ["1.01", "text"],
  ])("%j is not a count (%s)", (cell, why) => {
    expect(readCount(cell)).toMatchObject({ kind: "bad", why });
  });

  it("leaves an empty cell as no figure", () => {
    expect(readCount(null)).toEqual({ kind: "empty" });
    expect(readCount("  ")).toEqual({ kind: "empty" });
  });
});
