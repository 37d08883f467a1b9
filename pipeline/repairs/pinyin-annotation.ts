import { pinyin } from "pinyin-pro";
import type { Edit } from "../offsets";
import type { RepairRule } from "./rule";
import { allMatches } from "../../extractors/shared/matches";

/**
 * Pinyin flattened into the text after what it annotated: 國(guó)際 → 國際, and a word's syllables
 * together, one per character, 日本(rì běn)富山縣 → 日本富山縣. An annotation is removed only when each
 * syllable is a reading of its character (pinyin-pro knows the readings, traditional characters
 * included), so (CEEC), (BRI), (图源网络侵删) or an English word in brackets after a Chinese name stay.
 */
/** the tone-marked letters of pinyin */
export const TONED_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
/** the letters of a pinyin syllable, in a character class (the annotation readers of repair add what they allow besides) */
export const PINYIN_LETTERS = `a-zA-Zü${TONED_LETTERS}`;
// (國(gu?)際: a tone-marked letter an encoding without it, Big5 or Latin-1, wrote as ? or U+FFFD)
const SYLLABLE = `[${PINYIN_LETTERS}Ü?\\uFFFD]{1,7}`;
/** a bracket of up to eight syllables */
const BRACKET = `[(（](${SYLLABLE}(?: ${SYLLABLE}){0,7})[)）]`;
/** such a bracket right after a Han character; the annotation reads as many characters before it as it has syllables */
const ANNOTATION = new RegExp(`(?<=\\p{Script=Han})${BRACKET}`, "gu");
/** such a bracket right where the one before it ends (sticky: read from lastIndex, the text not copied) */
const BRACKET_NEXT = new RegExp(BRACKET, "uy");
const TONE_MARKS = new RegExp(`[${TONED_LETTERS}]`);

/** what an encoding that lacks them leaves of a syllable's letters outside ASCII (guó → gu?) */
const LOST_LETTER = /[^\x00-\x7f]/g;
const LOST = /[?\uFFFD]/;

const readingsCache = new Map<string, { toned: Set<string>; plain: Set<string>; lost: Set<string> }>();

function readingsOf(han: string): { toned: Set<string>; plain: Set<string>; lost: Set<string> } {
  let r = readingsCache.get(han);
  if (!r) {
    const toned = new Set(pinyin(han, { multiple: true, type: "array" }).map((s) => s.normalize("NFC").toLowerCase()));
    const plain = new Set(pinyin(han, { multiple: true, type: "array", toneType: "none" }).map((s) => s.toLowerCase().replace(/v/g, "ü")));
    const lost = new Set([...toned].map((s) => s.replace(LOST_LETTER, "?")).filter((s) => s.includes("?")));
    r = { toned, plain, lost };
    readingsCache.set(han, r);
  }
  return r;
}

/** Is `syllable` a reading of `han`? Toned annotations must match with their tone. */
export function isReadingOf(han: string, syllable: string): boolean {
  const s = syllable.normalize("NFC").toLowerCase();
  const r = readingsOf(han);
  // (a syllable with a letter lost keeps one letter at least: "(?)" alone is no annotation)
  if (LOST.test(s)) return /[a-z]/.test(s) && r.lost.has(s.replace(/\uFFFD/g, "?"));
  if (TONE_MARKS.test(s)) return r.toned.has(s);
  // untoned annotations are accepted only in lower case ("(guo)"), never "(BRI)"-like capitals
  return syllable === s && r.plain.has(s.replace(/v/g, "ü"));
}

/** the bracket that starts at `at`, if one does */
function nextBracket(text: string, at: number): RegExpExecArray | null {
  BRACKET_NEXT.lastIndex = at;
  return BRACKET_NEXT.exec(text);
}

export const pinyinAnnotation: RepairRule = {
  kind: "pinyin-annotation",
  why: "the bracketed syllable is a reading of the character before it, so it is an annotation, not text",
  find(text: string): Edit[] {
    const edits: Edit[] = [];
    for (const m of allMatches(ANNOTATION, text)) {
      const syllables = m[1]!.split(" ");
      // the characters read, nearest last (two code units each beyond the BMP)
      const read = Array.from(text.slice(Math.max(0, m.index - 2 * syllables.length), m.index)).slice(-syllables.length);
      const reads = (bracket: string[]): boolean => bracket.length === read.length && bracket.every((syllable, i) => isReadingOf(read[i]!, syllable));
      if (!reads(syllables)) continue;
      // (國(guó)(guó)際, 長(cháng)(zhǎng): another annotation of the same characters right after it goes with it)
      let end = m.index + m[0].length;
      for (let next = nextBracket(text, end); next && reads(next[1]!.split(" ")); next = nextBracket(text, end)) end += next[0].length;
      edits.push({ start: m.index, end, text: "" });
    }
    return edits;
  },
};

/**
 * What is left of an annotation after damage ate its opening bracket: `當?shù)` → the `shù)` after the
 * `?` run is a torn annotation, not text. The `?` run itself stays and is reported as damage.
 */
const TORN = new RegExp(`(?<=[?\\uFFFD])(${SYLLABLE})[)）]`, "gu");

export const tornPinyinAnnotation: RepairRule = {
  kind: "torn-pinyin-annotation",
  why: "a toned pinyin syllable and a closing bracket right after lost characters are the rest of an annotation",
  find(text: string): Edit[] {
    const edits: Edit[] = [];
    for (const m of allMatches(TORN, text)) {
      if (TONE_MARKS.test(m[1]!)) edits.push({ start: m.index, end: m.index + m[0].length, text: "" });
    }
    return edits;
  },
};
