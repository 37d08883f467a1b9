/**
 * A decimal times a scale is the figure it writes (extractors/shared/round.ts): 2.3亿 and "230 million"
 * must be one number, or fusion reports a conflict the two languages do not have.
 */
import fc from "fast-check";
import { roundFloat } from "../extractors/shared/round";
import { findZhNumerals } from "../extractors/shared/numerals-zh";

describe("roundFloat", () => {
  it("gives the exact figure of a decimal with up to three places times 10^4..10^12", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4, max: 12 }), (digits, places, power) => {
        const decimal = digits / 10 ** places; // 2.3, 0.45, 12.345
        const exact = (digits * 10 ** power) / 10 ** places;
        fc.pre(Number.isInteger(exact));
        expect(roundFloat(decimal * 10 ** power)).toBe(exact);
      }),
    );
  });

  it("keeps nine decimals of a fraction", () => {
    expect(roundFloat(1 / 3)).toBe(0.333333333);
  });

  it("reads 2.3亿 as 230000000", () => {
    expect(findZhNumerals("约2.3亿欧元").map((n) => n.value)).toEqual([230000000]);
  });
});
