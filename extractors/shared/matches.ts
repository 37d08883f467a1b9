/**
 * Every match of a global pattern in a text, as `[...text.matchAll(pattern)]` gives them. matchAll
 * copies its pattern on every call (a new RegExp through the species constructor), and for the large
 * patterns the rules run on every paragraph (country names, lexicon terms, month names) the copy cost
 * more than the search: six times more for the English country names. This runs the pattern itself
 * with exec, from the start, and leaves its lastIndex at 0 for the next caller.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) {
    found.push(m);
    // an empty match would be found again at the same place: step over one character, as matchAll does
    if (m[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.flags.includes("u") || pattern.flags.includes("v"));
  }
  pattern.lastIndex = 0;
  return found;
}

/** The last match of a global pattern in a text, if any (a clause's last verb, the last word before a position). */
export const lastMatch = (pattern: RegExp, text: string): RegExpExecArray | undefined => allMatches(pattern, text).pop();

/** one code point on in a unicode pattern (a surrogate pair is one character), one code unit otherwise */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? at + 2 : at + 1;
}

/** a text as a pattern that matches it literally (a name or a term inside a larger pattern) */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
