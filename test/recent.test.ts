/** rememberRecent (extractors/shared/recent.ts): each text read once while remembered, and the memory bounded. */
import { rememberRecent } from "../extractors/shared/recent";
import { findEnNumbers } from "../extractors/shared/numerals-en";

describe("rememberRecent", () => {
  it("reads a text once while it is remembered, and again once the memory was dropped for being full", () => {
    const reads: string[] = [];
    const length = rememberRecent((t: string) => (reads.push(t), t.length), 3);
    expect([length("ab"), length("ab"), length("abc")]).toEqual([2, 2, 3]);
    expect(reads).toEqual(["ab", "abc"]);
    length("x");
    length("y"); // the fourth text: the three before it are dropped
    length("ab");
    expect(reads).toEqual(["ab", "abc", "x", "y", "ab"]);
  });

  it("gives the numbers of a paragraph the same whether read first or again", () => {
    const text = "Twelve delegations signed 3 agreements in 2024.";
    const first = findEnNumbers(text).map((n) => ({ ...n }));
    expect(findEnNumbers(text)).toEqual(first);
    expect(first.map((n) => [n.index, n.text, n.value])).toEqual([[0, "Twelve", 12], [26, "3", 3], [42, "2024", 2024]]);
  });
});
