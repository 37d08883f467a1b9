/**
 * oneByte (pipeline/support/one-byte.ts) copies a paragraph's text so that V8 stores it one byte a character; the
 * copy must be the same text, character for character, or every offset after it would move. Its speed is the
 * bench's to show, not a test's.
 */
import fc from "fast-check";
import { oneByte } from "../pipeline/support/one-byte";

/** texts of ASCII, Latin-1 letters (é, ü, the no-break space), curly quotes, Han and an astral character */
const textArb = fc.array(fc.constantFrom("a", "Z", " ", "\u00a0", "é", "ü", "\u00ff", "’", "“", "国", "𠀀", "\n", "0"), { maxLength: 40 }).map((xs) => xs.join(""));

describe("oneByte", () => {
  it("gives back the same text, whatever it holds", () => {
    fc.assert(fc.property(textArb, (text) => oneByte(text) === text));
  });
  it("copies an ASCII slice of a text that holds Chinese, character for character", () => {
    const parent = "山西省 Shanxi Province established ties in 2010. 国际";
    const slice = parent.slice(4, parent.indexOf("国"));
    expect(oneByte(slice)).toBe(slice);
    expect(oneByte(slice).length).toBe(slice.length);
  });
});
