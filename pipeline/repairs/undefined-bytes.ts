/**
 * UTF-8 read in a Windows code page loses the bytes that page leaves undefined (windows-1252: 81, 8D, 8F, 90 and 9D):
 * a decoder that follows the page strictly writes U+FFFD for each, as iconv-lite and Python's "replace" do, and the
 * sloppy table turns it back into the lost-byte marker (codecs.ts). A Chinese character takes two continuation bytes,
 * so about one in seven loses one there (共同 read as 共�, 友好 as �好). Which byte it was is one of five, so the
 * character is one of at most five for each lost byte; of those that are everyday characters, the one jieba's
 * dictionary saw most often as a word with the character before or after it (共同, 友好), when it is well ahead of the
 * next; a CJK mark between two characters is 、. Otherwise the character stays lost, and flagged, as before.
 */
import { LOST_BYTE_MARKER, type Unit } from "../support/codecs";
import { isCommonHan } from "../support/common-han";
import { clearlyLikeliest, wordFrequency } from "./word-frequencies";
import { charBefore } from "./lost-bytes";

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** the character a sequence of three bytes makes, with each lost byte filled in turn by each undefined byte */
function candidatesOf(bytes: Uint8Array, u: Unit, undefinedBytes: readonly number[]): string[] {
  const lost = [1, 2].filter((k) => bytes[u.start + k] === LOST_BYTE_MARKER);
  let sequences: number[][] = [[...bytes.subarray(u.start, u.end)]];
  for (const k of lost) sequences = sequences.flatMap((seq) => undefinedBytes.map((b) => seq.map((x, j) => (j === k ? b : x))));
  const out: string[] = [];
  for (const seq of sequences) {
    try {
      const ch = UTF8.decode(new Uint8Array(seq));
      if (ch.length === 1 && isCommonHan(ch.codePointAt(0)!)) out.push(ch);
    } catch {
      // (not UTF-8 with that byte: not a candidate)
    }
  }
  return out;
}

/**
 * what may stand in three bytes from `at`: the Han character there, or, where it lost a byte of its own, its candidates
 * (意向书 with both 意 and 向 lost: the word the two make, 意向, tells both); none where no Han character is
 */
function hanOrCandidatesAt(bytes: Uint8Array, at: number, undefinedBytes: readonly number[]): string[] {
  if (at < 0 || at + 3 > bytes.length || bytes[at]! < 0xe0 || bytes[at]! >= 0xf0) return [];
  const three = bytes.subarray(at, at + 3);
  // (one lost byte at most: with two, its 25 fillings make words by chance, 偏重 for 吐量's 吐)
  const lost = three.filter((b) => b === LOST_BYTE_MARKER).length;
  if (lost) return lost > 1 ? [] : candidatesOf(bytes, { text: "", start: at, end: at + 3 }, undefinedBytes);
  try {
    const ch = UTF8.decode(three);
    return /^\p{Script=Han}$/u.test(ch) ? [ch] : [];
  } catch {
    return [];
  }
}

/**
 * how often the dictionary must have seen the word a candidate makes with a neighbour, and how far ahead of the next
 * candidate's the likeliest must be. Set on the Chinese lines of the seeds, fixtures, extractor corpora and invented
 * releases read by a strict windows-1252 decoder: `npm run measure:lost` gives 2,262 of 2,901 characters restored, 7
 * wrongly, most in transliterated names (坦佩雷 read as 否佩雷) and one across a word's edge (结好十周年 as 结好坏周年).
 * A character counted alone, as lost-bytes.ts counts one before a figure, restored more and far more wrongly (又 for 合
 * in 联合会); so did words seen fewer times (向 read as 发 before 书, 发书 seen 3 times, before 意 lost beside it counted).
 */
const LEAST_SEEN = 50;
const MARGIN = 5;
// (a CJK mark lost between two Han characters, or after a bracket's or a title's close: its bytes E3 80 open 、 and four
// quotes and brackets, and 、 is the one that stands between two items of a list, 新泽西州（1981年）、日本…)
const CJK_MARK_LEADING = [0xe3, 0x80];
const CLOSE_BEFORE = /^[）》”]$/u;

/** The lost character of a unit of UTF-8 read in a code page with undefined bytes, where its neighbours say which. */
export function withUndefinedByteRestored<T extends Unit>(bytes: Uint8Array, u: T, undefinedBytes: readonly number[]): T {
  if (u.end - u.start !== 3 || !undefinedBytes.length) return u;
  const before = hanOrCandidatesAt(bytes, u.start - 3, undefinedBytes);
  const after = hanOrCandidatesAt(bytes, u.end, undefinedBytes);
  if (!before.length && !after.length) return u;
  if (bytes[u.start] === CJK_MARK_LEADING[0] && bytes[u.start + 1] === CJK_MARK_LEADING[1]) return after.length === 1 && (before.length === 1 || CLOSE_BEFORE.test(charBefore(bytes, u.start))) ? { ...u, text: "、" } : u;
  const score = (ch: string): number => Math.max(0, ...before.map((b) => wordFrequency(b + ch)), ...after.map((a) => wordFrequency(ch + a)));
  const guess = clearlyLikeliest(candidatesOf(bytes, u, undefinedBytes), score, LEAST_SEEN, MARGIN);
  return guess ? { ...u, text: guess } : u;
}
