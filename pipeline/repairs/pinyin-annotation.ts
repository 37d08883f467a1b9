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
const SYLLABLE = "[a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,7}";
/** a bracket of up to eight syllables right after a Han character; the annotation reads as many characters before it as it has syllables */
const ANNOTATION = new RegExp(`(?<=\\p{Script=Han})[(（](${SYLLABLE}(?: ${SYLLABLE}){0,7})[)）]`, "gu");
/** an annotation's bracket at the start of a text (the one right after another) */
const ANNOTATION_AT = new RegExp(`^[(（](${SYLLABLE}(?: ${SYLLABLE}){0,7})[)）]`, "u");
const TONE_MARKS = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;

const readingsCache = new Map<string, { toned: Set<string>; plain: Set<string> }>();

function readingsOf(han: string): { toned: Set<string>; plain: Set<string> } {
  let r = readingsCache.get(han);
  if (!r) {
    const toned = new Set(pinyin(han, { multiple: true, type: "array" }).map((s) => s.normalize("NFC").toLowerCase()));
    const plain = new Set(pinyin(han, { multiple: true, type: "array", toneType: "none" }).map((s) => s.toLowerCase().replace(/v/g, "ü")));
    r = { toned, plain };
    readingsCache.set(han, r);
  }
  return r;
}

/** Is `syllable` a reading of `han`? Toned annotations must match with their tone. */
export function isReadingOf(han: string, syllable: string): boolean {
  const s = syllable.normalize("NFC").toLowerCase();
  const r = readingsOf(han);
  if (TONE_MARKS.test(s)) return r.toned.has(s);
  // untoned annotations are accepted only in lower case ("(guo)"), never "(BRI)"-like capitals
  return syllable === s && r.plain.has(s.replace(/v/g, "ü"));
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
      if (read.length < syllables.length || !syllables.every((syllable, i) => isReadingOf(read[i]!, syllable))) continue;
      // (國(guó)(guó)際, 長(cháng)(zhǎng): another annotation of the same characters right after it goes with it)
      let end = m.index + m[0].length;
      for (let next = ANNOTATION_AT.exec(text.slice(end)); next; next = ANNOTATION_AT.exec(text.slice(end))) {
        const again = next[1]!.split(" ");
        if (again.length !== syllables.length || !again.every((syllable, i) => isReadingOf(read[i]!, syllable))) break;
        end += next[0].length;
      }
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
