import { describe, expect, it } from "vitest";
import {
  columnIndexLabels,
  formatCount,
  formatDecimal,
  formatHundredths,
  formatLongDate,
  formatShortDate,
  parseSpecDate,
  sectionNumber,
  toLetter,
  toRoman,
  upperVi,
  withClosingMark,
} from "../../src/format/index.js";

describe("numbers", () => {
  it.each([
    [2991, false, "2.991"],
    [3, true, "03"],
    [0, true, "00"],
    [17, true, "17"],
    [1234567, false, "1.234.567"],
    [3, false, "3"],
  ])("count %d pad=%s → %s", (n, pad, out) => {
    expect(formatCount(n, { pad })).toBe(out);
  });

  it.each([
    [57, "0,57"],
    [1250, "12,50"],
    [0, "0,00"],
    [10000, "100,00"],
    [123456, "1.234,56"],
    [null, "-"],
  ])("hundredths %s → %s", (bp, out) => {
    expect(formatHundredths(bp)).toBe(out);
  });

  it("declared decimals keep their own digits", () => {
    expect(formatDecimal(0.3)).toBe("0,3");
    expect(formatDecimal(1.11)).toBe("1,11");
    expect(formatDecimal(35)).toBe("35");
  });

  it('never writes an exponent: a cell 0.0000001 was printed "1e-7"', () => {
    expect(formatDecimal(0.0000001)).toBe("0,0000001");
    expect(formatDecimal(-0.00000015)).toBe("-0,00000015");
    expect(formatDecimal(1e21)).toBe("1.000.000.000.000.000.000.000");
    expect(formatDecimal(2991.5)).toBe("2.991,5");
  });
});

describe("dates", () => {
  it("pads days 1–9 and months 1–2 only", () => {
    expect(formatLongDate({ year: 2024, month: 2, day: 5 })).toBe("ngày 05 tháng 02 năm 2024");
    expect(formatLongDate({ year: 2024, month: 3, day: 15 })).toBe("ngày 15 tháng 3 năm 2024");
    expect(formatShortDate({ year: 2024, month: 2, day: 19 })).toBe("19/02/2024");
    expect(formatShortDate({ year: 2024, month: 3, day: 7 })).toBe("07/3/2024");
  });

  it("leaves blanks in a draft", () => {
    expect(formatLongDate({ year: 2024 })).toMatch(/^ngày \u00a0+ tháng \u00a0+ năm 2024$/);
    expect(formatLongDate({ year: 2024, month: 2, day: 9 }, { blankDay: true })).toMatch(
      /^ngày \u00a0+ tháng 02 năm 2024$/,
    );
  });

  it("parses spec dates", () => {
    expect(parseSpecDate(2024)).toEqual({ year: 2024 });
    expect(parseSpecDate("2024-03")).toEqual({ year: 2024, month: 3 });
    expect(parseSpecDate("2024-03-15")).toEqual({ year: 2024, month: 3, day: 15 });
  });
});

describe("numbering", () => {
  it("uses the Vietnamese letter order", () => {
    expect([1, 4, 5, 6, 7, 23].map(toLetter)).toEqual(["a", "d", "đ", "e", "g", "y"]);
  });

  it("writes Roman numerals", () => {
    expect([1, 4, 9, 14, 40].map(toRoman)).toEqual(["I", "IV", "IX", "XIV", "XL"]);
  });

  it("numbers sections by style", () => {
    expect(sectionNumber("roman", [4])).toBe("IV.");
    expect(sectionNumber("decimal", [1, 2])).toBe("2.");
    expect(sectionNumber("nested", [1, 2, 1])).toBe("2.1.");
    expect(sectionNumber("letter", [2, 2, 5])).toBe("đ)");
  });

  it("labels index columns A, B, 1, 2 …", () => {
    expect(columnIndexLabels(5)).toEqual(["A", "B", "1", "2", "3"]);
  });
});

describe("text", () => {
  it("capitalises Vietnamese", () => {
    expect(upperVi("Ủy ban nhân dân phường Quảng Minh")).toBe("ỦY BAN NHÂN DÂN PHƯỜNG QUẢNG MINH");
    expect(upperVi("đô thị ơ ư")).toBe("ĐÔ THỊ Ơ Ư");
  });

  it("ends a closing sentence with ./. once", () => {
    expect(withClosingMark("triển khai thực hiện")).toBe("triển khai thực hiện./.");
    expect(withClosingMark("triển khai thực hiện./.")).toBe("triển khai thực hiện./.");
    expect(withClosingMark("triển khai thực hiện.")).toBe("triển khai thực hiện./.");
    expect(withClosingMark("về UBND thành phố)/.")).toBe("về UBND thành phố)./.");
  });
});
