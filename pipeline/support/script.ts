/** Character classes shared by the stages (Unicode property escapes, so they hold beyond the BMP). */

export const HAN = /\p{Script=Han}/u;
export const isHan = (ch: string | undefined): boolean => !!ch && HAN.test(ch);
export const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
export const isLatinLetter = (ch: string | undefined): boolean => !!ch && LATIN_LETTER.test(ch);

/** Chinese (fullwidth) punctuation that belongs in Chinese text. */
export const CJK_PUNCT = "，。、；：！？“”‘’（）《》〈〉【】「」『』—…·～";
export const isCjkPunct = (ch: string | undefined): boolean => !!ch && CJK_PUNCT.includes(ch);

/** Counts Han characters and Latin letters in a text. */
export function scriptCounts(text: string): { han: number; latin: number; digits: number } {
  let han = 0;
  let latin = 0;
  let digits = 0;
  for (const ch of text) {
    if (HAN.test(ch)) han++;
    else if (LATIN_LETTER.test(ch)) latin++;
    else if (ch >= "0" && ch <= "9") digits++;
  }
  return { han, latin, digits };
}
