import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decimalText,
  divRoundHalfUp,
  mulDivRoundHalfUp,
  percentToBp,
  sumExact,
  toDecimal,
} from "../../src/stats/decimal.js";
import { rate } from "../../src/stats/rate.js";

describe("rate", () => {
  it("rounds exact values and halves up", () => {
    expect(rate(1, 8)).toEqual({ num: 1, den: 8, bp: 1250 });
    expect(rate(5, 16).bp).toBe(3125);
    expect(rate(1, 800).bp).toBe(13); // 0,125 → 0,13
    expect(rate(3, 800).bp).toBe(38); // 0,375 → 0,38
    expect(rate(5, 800).bp).toBe(63); // 0,625 → 0,63
    expect(rate(1, 1600).bp).toBe(6); // 0,0625 → 0,06
    expect(rate(7, 1011).bp).toBe(69);
    expect(rate(17, 2991).bp).toBe(57);
    expect(rate(0, 5).bp).toBe(0);
    expect(rate(5, 5).bp).toBe(10000);
  });

  it("gives null for a zero denominator", () => {
    expect(rate(0, 0)).toEqual({ num: 0, den: 0, bp: null });
    expect(rate(3, 0).bp).toBeNull();
  });

  it("is exact beyond 2^53", () => {
    const big = 2 ** 52 + 1; // num × 10000 passes 2^53
    expect(rate(big, big).bp).toBe(10000);
    expect(rate(big, 2 * big).bp).toBe(5000);
    expect(rate(Number.MAX_SAFE_INTEGER, 8 * 100).bp).toBe(
      Number(divRoundHalfUp(BigInt(Number.MAX_SAFE_INTEGER) * 10000n, 800n)),
    );
  });

  it("matches half-up rounding of the exact fraction", () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 1_000_000 }), (num, den) => {
        const bp = rate(num, den).bp as number;
        // bp - 1/2 ≤ num·10000/den < bp + 1/2, in integers: 2·bp·den - den ≤ 2·num·10000 < 2·bp·den + den
        const n2 = 2n * BigInt(num) * 10000n;
        const b = BigInt(bp);
        const d = BigInt(den);
        return 2n * b * d - d <= n2 && n2 < 2n * b * d + d;
      }),
    );
  });

  it("handles negative counts half away from zero", () => {
    expect(rate(-1, 800).bp).toBe(-13);
  });
});

describe("decimals", () => {
  it("reads a number as the decimal it was written as", () => {
    expect(toDecimal(1.11)).toEqual({ digits: 111n, scale: 2 });
    expect(toDecimal(0.3)).toEqual({ digits: 3n, scale: 1 });
    expect(toDecimal(1e-7)).toEqual({ digits: 1n, scale: 7 });
    expect(toDecimal(1e21)).toEqual({ digits: 10n ** 21n, scale: 0 });
    expect(toDecimal(Number.NaN)).toBeNull();
  });

  it("converts percentages and points exactly", () => {
    expect(percentToBp(0.43)).toBe(43);
    expect(percentToBp(1.11)).toBe(111);
    expect(percentToBp(0.3)).toBe(30);
    expect(percentToBp(0.125)).toBe(13);
    expect(percentToBp(1.005)).toBe(101); // a float would say 100.49999…
    expect(mulDivRoundHalfUp(1.11, 1441, 100)).toBe(16); // 15,9951
    expect(mulDivRoundHalfUp(35, 17, 100)).toBe(6); // 5,95
    expect(mulDivRoundHalfUp(50, 1, 100)).toBe(1); // 0,5 → 1
    expect(mulDivRoundHalfUp(1, 1, 0)).toBeNull();
  });

  it("sums money exactly", () => {
    expect(sumExact([0.1, 0.2])).toBe(0.3);
    expect(sumExact([1500000, 2500000])).toBe(4000000);
    expect(decimalText({ digits: -5n, scale: 2 })).toBe("-0.05");
  });
});
