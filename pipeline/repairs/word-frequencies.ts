/**
 * How often jieba's dictionary (the one nodejieba segments with) saw each word of one or two characters: for choosing
 * among the characters whose bytes a lost byte leaves open (lost-bytes.ts). Read on first use only, which only text
 * with a lost byte asks for, and kept to the 1- and 2-character words of the Basic Multilingual Plane (about a third of
 * its 349,000 entries), each keyed by its code points as one number, in one sorted typed array searched by halves: no
 * string or object is made for any entry, so the table takes about 1 MB and reading it leaves little garbage.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** each entry as key * 2^20 + count (counts capped below 2^20), sorted: the key in the high bits orders them by key */
let entries: Float64Array | null = null;
const COUNT_BITS = 2 ** 20;

/** the key of a word of one or two BMP characters: the code point, or the first's times 65,536 plus the second's */
const keyOf = (first: number, second: number | null): number => (second === null ? first : first * 0x10000 + second);

/** the code point of the UTF-8 sequence at `at`, and its length; null for a byte that opens none */
function codePointAt(bytes: Uint8Array, at: number): [number, number] | null {
  const b = bytes[at]!;
  if (b < 0x80) return [b, 1];
  if (b >= 0xc0 && b < 0xe0) return [((b & 0x1f) << 6) | (bytes[at + 1]! & 0x3f), 2];
  if (b >= 0xe0 && b < 0xf0) return [((b & 0x0f) << 12) | ((bytes[at + 1]! & 0x3f) << 6) | (bytes[at + 2]! & 0x3f), 3];
  if (b >= 0xf0) return [((b & 0x07) << 18) | ((bytes[at + 1]! & 0x3f) << 12) | ((bytes[at + 2]! & 0x3f) << 6) | (bytes[at + 3]! & 0x3f), 4];
  return null;
}

function load(): Float64Array {
  const bytes = readFileSync(join(dirname(require.resolve("nodejieba")), "submodules/cppjieba/dict/jieba.dict.utf8"));
  // (room for one entry per 16 bytes of the file: the short words are a third of its lines, which average more)
  const found = new Float64Array(bytes.length >> 4);
  let n = 0;
  // each line: the word, a space, its count, a space, its tag
  for (let start = 0; start < bytes.length; ) {
    const end = bytes.indexOf(0x0a, start);
    const lineEnd = end < 0 ? bytes.length : end;
    const space = bytes.indexOf(0x20, start);
    if (space > start && space < lineEnd && space - start <= 6) {
      const first = codePointAt(bytes, start);
      const second = first && start + first[1] < space ? codePointAt(bytes, start + first[1]) : null;
      // (one or two characters exactly, the second, if any, ending at the space; both in the BMP)
      if (first && first[0] < 0x10000 && (second ? second[0] < 0x10000 && start + first[1] + second[1] === space : start + first[1] === space) && n < found.length) {
        let count = 0;
        for (let i = space + 1; i < lineEnd && bytes[i]! >= 0x30 && bytes[i]! <= 0x39; i++) count = count * 10 + (bytes[i]! - 0x30);
        found[n++] = keyOf(first[0], second ? second[0] : null) * COUNT_BITS + Math.min(count, COUNT_BITS - 1);
      }
    }
    start = lineEnd + 1;
  }
  return found.slice(0, n).sort();
}

/** the dictionary's count for a word of one or two characters, 0 where it has none or for a longer one */
export function wordFrequency(word: string): number {
  entries ??= load();
  const points = [...word].map((c) => c.codePointAt(0)!);
  if (points.length < 1 || points.length > 2 || points.some((p) => p >= 0x10000)) return 0;
  const key = keyOf(points[0]!, points[1] ?? null);
  // the first entry at or after key * 2^20, by halves
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (entries[mid]! < key * COUNT_BITS) low = mid + 1;
    else high = mid;
  }
  const entry = entries[low];
  return entry !== undefined && Math.floor(entry / COUNT_BITS) === key ? entry % COUNT_BITS : 0;
}

/**
 * Of a lost character's candidates, the one a score puts first when it scores at least `least` and at least `margin`
 * times the next (none where two are close): the rule every dictionary guess of lost-bytes.ts and undefined-bytes.ts
 * chooses by, each with a score and settings of its own.
 */
export function clearlyLikeliest(candidates: readonly string[], score: (ch: string) => number, least: number, margin: number): string | undefined {
  const scored = candidates.map((ch) => ({ ch, score: score(ch) })).sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  return best && best.score > 0 && best.score >= least && best.score >= margin * (next?.score ?? 0) ? best.ch : undefined;
}
