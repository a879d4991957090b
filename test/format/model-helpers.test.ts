import { describe, expect, it } from "vitest";
import {
  capitalizeFirst,
  documentNumber,
  lowerFirst,
  nestedNumber,
} from "../../src/format/index.js";

describe("format helpers added for the model", () => {
  it.each([
    ["hộ nghèo", "Hộ nghèo"],
    ["đề nghị", "Đề nghị"],
    ["ít nhất", "Ít nhất"],
    ["Tỷ lệ", "Tỷ lệ"],
    ["", ""],
    ["100% hộ", "100% hộ"],
  ])("capitalizeFirst(%s) → %s", (input, out) => {
    expect(capitalizeFirst(input)).toBe(out);
  });

  it.each([
    ["Thực hiện công tác", "thực hiện công tác"],
    ["Ủy ban", "ủy ban"],
    ["", ""],
  ])("lowerFirst(%s) → %s", (input, out) => {
    expect(lowerFirst(input)).toBe(out);
  });

  it("keeps a decomposed first letter whole and returns NFC", () => {
    expect(capitalizeFirst("ư\u0301u tiên")).toBe("Ứu tiên".normalize("NFC"));
  });

  it.each([
    [[2], "2."],
    [[2, 1], "2.1."],
    [[2, 1, 3], "2.1.3."],
  ])("nestedNumber(%j) → %s", (ordinals, out) => {
    expect(nestedNumber(ordinals)).toBe(out);
  });

  it.each([
    [5, "05"],
    ["5", "05"],
    [10, "10"],
    [1234, "1234"],
    ["498", "498"],
    ["05", "05"],
  ])("documentNumber(%s) → %s", (value, out) => {
    expect(documentNumber(value)).toBe(out);
  });
});
