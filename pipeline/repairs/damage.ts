import type { DamageDetector, DamageFinding } from "./rule";
import { allMatches } from "../../extractors/shared/matches";

/**
 * Damage that no repair can undo. Guessing the lost characters would put words in the release's mouth,
 * so each is located and reported, and its paragraph is marked so extractors lower their confidence.
 */

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

/** 锟斤拷: UTF-8 replacement characters (EF BF BD) re-read as GBK and saved again. */
const KUN_JIN_KAO = /(?:锟斤拷|錕斤拷)+/g;
export const kunJinKao: DamageDetector = {
  code: "unrecoverable-kunjinkao",
  find: (text) => allMatches(KUN_JIN_KAO, text).map((m) => finding("unrecoverable-kunjinkao", m, "锟斤拷 marks characters lost in a GBK/UTF-8 round trip")),
};

/** U+FFFD: a decoder already gave up on these bytes. */
const REPLACEMENT = /\uFFFD+/g;
export const replacementCharacters: DamageDetector = {
  code: "unrecoverable-replacement",
  find: (text) => allMatches(REPLACEMENT, text).map((m) => finding("unrecoverable-replacement", m, "replacement characters (U+FFFD) mark bytes that could not be decoded")),
};

/**
 * `?` standing for lost characters: a run of two or more, or a single one wedged inside a word (between
 * Han characters, between a Han character and Latin letters, or between Latin letters with no space).
 * A "?" at the end of a sentence is a question mark.
 */
const QUESTION_RUN = /\?+/g;
/**
 * After lost bytes, GBK reads out of step until it finds its footing again: a few wrong Han characters
 * and a lone ASCII letter, the trail byte of a character whose lead byte was lost (厮痉N after 当?).
 */
const OUT_OF_STEP_GBK = /^\p{Script=Han}{1,3}[A-Za-z@\[\]^_`{|}~](?=\p{Script=Han})/u;
export const lostCharacterQuestionMarks: DamageDetector = {
  code: "unrecoverable-question-marks",
  find(text: string): DamageFinding[] {
    const out: DamageFinding[] = [];
    for (const m of allMatches(QUESTION_RUN, text)) {
      const before = charBefore(text, m.index);
      const after = charAt(text, m.index + m[0].length);
      const hanNear = HAN.test(before ?? "") || HAN.test(after ?? "");
      const inWord = (HAN.test(before ?? "") || LATIN.test(before ?? "")) && (HAN.test(after ?? "") || LATIN.test(after ?? ""));
      if ((m[0].length >= 2 && (hanNear || inWord)) || inWord) {
        const f = finding("unrecoverable-question-marks", m, `${m[0].length} character${m[0].length > 1 ? "s" : ""} lost and replaced by "?"`);
        const tail = OUT_OF_STEP_GBK.exec(text.slice(f.end, f.end + 5));
        if (tail && HAN.test(before ?? "")) {
          f.end += tail[0].length;
          f.reason += `, and the GBK bytes after them read out of step (${JSON.stringify(tail[0])})`;
        }
        out.push(f);
      }
    }
    return out;
  },
};

function finding(code: string, m: RegExpMatchArray, reason: string): DamageFinding {
  return { code, start: m.index!, end: m.index! + m[0].length, reason };
}
function charBefore(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const cp = text.codePointAt(i - 2);
  return i >= 2 && cp !== undefined && cp > 0xffff ? String.fromCodePoint(cp) : text[i - 1];
}
function charAt(text: string, i: number): string | undefined {
  const cp = text.codePointAt(i);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}
