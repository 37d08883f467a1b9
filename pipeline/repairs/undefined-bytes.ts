/**
 * UTF-8 read in a Windows code page loses the bytes that page leaves undefined (windows-1252: 81, 8D, 8F, 90 and 9D):
 * a decoder that follows the page strictly writes U+FFFD for each, as iconv-lite and Python's "replace" do, and the
 * sloppy table turns it back into the lost-byte marker (codecs.ts). A Chinese character takes two continuation bytes,
 * so about one in seven loses one there (共同 read as 共�, 友好 as �好). Which byte it was is one of five, so the
 * character is one of at most five for each lost byte; of those that are everyday characters, the one jieba's
 * dictionary saw most often as a word with the character before or after it (共同, 友好), or, weighted down, alone,
 * when it is well ahead of the next. Otherwise the character stays lost, as before.
 */
import { LOST_BYTE_MARKER, type Unit } from "../support/codecs";
import { isCommonHan } from "../support/common-han";
import { wordFrequency } from "./word-frequencies";

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

/** the Han character of three bytes from `at`, "" where there is none (a lost byte of its own, or no Han) */
function hanAt(bytes: Uint8Array, at: number): string {
  if (at < 0 || at + 3 > bytes.length || bytes.subarray(at, at + 3).includes(LOST_BYTE_MARKER)) return "";
  try {
    const ch = UTF8.decode(bytes.subarray(at, at + 3));
    return /^\p{Script=Han}$/u.test(ch) ? ch : "";
  } catch {
    return "";
  }
}

/**
 * how often the dictionary must have seen the word a candidate makes with a neighbour, and how far ahead of the next
 * candidate's the likeliest must be. Set on the lines of the seeds, fixtures, probes and extractor corpora read as
 * UTF-8 in windows-1252 (1,197 lines, 6,062 characters lost): 3,183 restored, 10 wrongly, most in transliterated names
 * (坦佩雷 read as 否佩雷) and one across a word's edge (结好十周年 as 结好坏周年). A character counted alone, as lost-bytes.ts
 * counts one before a figure, restored more and far more wrongly (又 for 合 in 联合会); so did words seen fewer times
 * (向 read as 发 before 书, 发书 seen 3 times, when 意 before it is lost too).
 */
const LEAST_SEEN = 50;
const MARGIN = 5;
// (a CJK mark lost between two Han characters: its bytes E3 80 open 、 and four quotes and brackets, and 、 is the one
// that stands between two words of a list)
const CJK_MARK_LEADING = [0xe3, 0x80];

/** The lost character of a unit of UTF-8 read in a code page with undefined bytes, where its neighbours say which. */
export function withUndefinedByteRestored<T extends Unit>(bytes: Uint8Array, u: T, undefinedBytes: readonly number[]): T {
  if (u.end - u.start !== 3 || !undefinedBytes.length) return u;
  const before = hanAt(bytes, u.start - 3);
  const after = hanAt(bytes, u.end);
  if (!before && !after) return u;
  if (before && after && bytes[u.start] === CJK_MARK_LEADING[0] && bytes[u.start + 1] === CJK_MARK_LEADING[1]) return { ...u, text: "、" };
  const scored = candidatesOf(bytes, u, undefinedBytes)
    .map((ch) => ({ ch, score: Math.max(before ? wordFrequency(before + ch) : 0, after ? wordFrequency(ch + after) : 0) }))
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  return best && best.score >= LEAST_SEEN && best.score >= MARGIN * (next?.score ?? 0) ? { ...u, text: best.ch } : u;
}
