/**
 * allMatches (extractors/shared/matches.ts) stands in for matchAll in every rule, so it must find what
 * matchAll finds from the start of the text: the same matches, indexes and groups, empty matches and
 * surrogate pairs included, and a pattern left ready for its next caller. (matchAll itself starts where
 * the pattern's lastIndex was left, which no rule wants.)
 */
import fc from "fast-check";
import { allMatches } from "../extractors/shared/matches";

/** texts mixing ASCII, Han, an astral character (a surrogate pair) and spaces */
const textArb = fc.array(fc.constantFrom("a", "b", "ab", "1", "23", " ", "国", "际", "𠀀", "-", "\n"), { maxLength: 30 }).map((xs) => xs.join(""));
/** patterns that match nothing, one character, runs, optional (empty) runs, groups and lookarounds */
const patternArb = fc.constantFrom("a", "b+", "\\d*", "(a)(b)?", "x?", "", "\\p{Script=Han}+", ".", "(?<=a)b", "\\s|(?=国)", "[^ab]{0,2}");
const flagsArb = fc.constantFrom("g", "gu", "gi", "gy", "guy");

const shape = (ms: RegExpExecArray[] | RegExpMatchArray[]): unknown => ms.map((m) => ({ index: m.index, groups: [...m], named: m.groups ?? null }));

describe("allMatches", () => {
  it("finds what matchAll finds, for any pattern, flags and text", () => {
    fc.assert(
      fc.property(patternArb, flagsArb, textArb, (source, flags, text) => {
        const forMatchAll = new RegExp(source, flags);
        const forAll = new RegExp(source, flags);
        forAll.lastIndex = 3; // whatever an earlier exec or test left: allMatches reads the whole text all the same
        expect(shape(allMatches(forAll, text))).toEqual(shape([...text.matchAll(forMatchAll)]));
        expect(forAll.lastIndex).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("steps over a surrogate pair, not into it, after an empty match in a unicode pattern", () => {
    const found = allMatches(/x?/gu, "𠀀a");
    expect(found.map((m) => m.index)).toEqual([0, 2, 3]);
  });

  it("refuses a pattern that is not global, as matchAll does", () => {
    expect(() => allMatches(/a/, "a")).toThrow(/global/);
  });
});
