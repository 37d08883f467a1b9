/**
 * How often jieba's dictionary (the one nodejieba segments with) saw each word of one or two characters: for choosing
 * among the characters whose bytes a lost byte leaves open (lost-bytes.ts). Read on first use only, which only text
 * with a lost byte asks for, and kept to the 1- and 2-character words (about a third of its 349,000 entries).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

let frequencies: Map<string, number> | null = null;

/** the dictionary's count for a word of one or two characters, 0 where it has none */
export function wordFrequency(word: string): number {
  if (!frequencies) {
    frequencies = new Map();
    const dictionary = join(dirname(require.resolve("nodejieba")), "submodules/cppjieba/dict/jieba.dict.utf8");
    const bytes = readFileSync(dictionary);
    // (walked over its bytes: only the short words' entries become strings, and the 5 MB file never one string)
    for (let start = 0; start < bytes.length; ) {
      const end = bytes.indexOf(0x0a, start);
      const lineEnd = end < 0 ? bytes.length : end;
      const space = bytes.indexOf(0x20, start);
      // (a word of one or two characters is at most 8 bytes of UTF-8; the code points decide)
      if (space > start && space < lineEnd && space - start <= 8) {
        const word = bytes.toString("utf8", start, space);
        if ([...word].length <= 2) frequencies.set(word, Number.parseInt(bytes.toString("latin1", space + 1, lineEnd), 10) || 0);
      }
      start = lineEnd + 1;
    }
  }
  return frequencies.get(word) ?? 0;
}
