/**
 * English number words: what findEnNumbers reads, position first, then value. Words that do not make one
 * number together give none rather than a sum no one wrote.
 */
import { findEnNumbers } from "../extractors/shared/numerals-en";

const read = (text: string): { index: number; text: string; value: number }[] => findEnNumbers(text).map(({ index, text, value }) => ({ index, text, value }));

describe("English number words", () => {
  it.each([
    ["Some twenty-one cities joined.", 5, "twenty-one", 21],
    ["It has one hundred twenty-three members.", 7, "one hundred twenty-three", 123],
    ["Exports reached three thousand millions of yuan.", 16, "three thousand millions", 3e9],
    ["About two million three hundred thousand people live there.", 6, "two million three hundred thousand", 2300000],
    ["A dozen companies attended.", 0, "A dozen", 12],
  ])("reads %j", (text, index, quote, value) => {
    expect(read(text)).toEqual([{ index, text: quote, value }]);
  });

  it.each(["one twenty two", "twenty twenty"])("makes no number of %j (a ten after a unit, a ten after a ten)", (text) => {
    expect(read(text)).toEqual([]);
  });
});
