/**
 * How weird a text looks, as a cost: a mojibake repair is made only when it lowers the cost clearly.
 *
 * The cost counts what decoding accidents produce and real writing rarely does: control characters,
 * a Latin letter glued to a symbol that UTF-8 continuation bytes turn into in Western code pages
 * (Ã©, â€™, Ä±), script changes inside a word (Cyrillic or Han next to Latin-1 letters), a capital
 * accented letter inside a lower-case word, IPA letters beside capitals, stray combining marks, and
 * Han characters outside everyday use. Everyday text (Chinese with fullwidth punctuation, curly
 * quotes, accented English, ellipses, trademark signs) costs nothing.
 */
import { isCommonHan } from "./common-han";

type Cls =
  | "lower" // ASCII or non-ASCII lower-case Latin letter
  | "upper" // ASCII upper-case letter
  | "Upper" // non-ASCII upper-case Latin letter
  | "ipa" // IPA letters
  | "modifier" // spacing modifier letters (ʲ ʰ)
  | "archaic" // ſ ĸ ŉ: letters no modern text uses
  | "greek"
  | "cyrillic"
  | "script" // letters of other alphabets (Hebrew, Arabic, Armenian, Thai, Indic...)
  | "han"
  | "rareHan"
  | "kana" // kana and hangul
  | "digit"
  | "space"
  | "mark" // combining mark
  | "control"
  | "cont" // Latin-1/cp1252 symbols that UTF-8 continuation bytes become
  | "soft" // symbols that may follow a word (©®™›»‘”´): weird only when a letter follows them
  | "quote" // everyday punctuation beyond ASCII: ‘’“”–—…•«»„
  | "box" // box drawing and block elements
  | "symbol" // other symbols
  | "cjkPunct"
  | "fffd"
  | "private"
  | "other";

// (Š š Œ œ Ž ž Ÿ sit in that range too, but they are letters of real languages)
const CONT = new Set([..."€ƒ†‡ˆ‰‹˜¡¢£¤¥¦§¨ª¬¯°±²³µ¶·¸¹º¼½¾¿\u00ad"]);
const SOFT = new Set([..."©®™›»´"]);
const QUOTES = new Set([..."‘’“”–—…•«»„‹"]);

function classify(ch: string, cp: number): Cls {
  if (cp < 0x80) {
    if (cp >= 0x61 && cp <= 0x7a) return "lower";
    if (cp >= 0x41 && cp <= 0x5a) return "upper";
    if (cp >= 0x30 && cp <= 0x39) return "digit";
    if (cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d) return "space";
    if (cp < 0x20 || cp === 0x7f) return "control";
    return "other";
  }
  if (cp >= 0x80 && cp <= 0x9f) return "control";
  if (cp === 0xa0 || cp === 0x3000) return "space";
  if (cp === 0xfffd) return "fffd";
  if ((cp >= 0xe000 && cp <= 0xf8ff) || (cp >= 0xd800 && cp <= 0xdfff)) return "private";
  if (QUOTES.has(ch)) return "quote";
  if (SOFT.has(ch)) return "soft";
  if (CONT.has(ch)) return "cont";
  if (cp >= 0x2500 && cp <= 0x259f) return "box";
  if (cp >= 0x0250 && cp <= 0x02af) return "ipa";
  if ((cp >= 0x02b0 && cp <= 0x02ff) || (cp >= 0x1d00 && cp <= 0x1dbf)) return "modifier";
  if (cp === 0x017f || cp === 0x0138 || cp === 0x0149) return "archaic";
  if (/\p{Script=Han}/u.test(ch)) return isCommonHan(cp) ? "han" : "rareHan";
  if (/\p{Script=Latin}/u.test(ch)) return /\p{Lu}/u.test(ch) ? "Upper" : "lower";
  if (/\p{Script=Greek}/u.test(ch) && /\p{L}/u.test(ch)) return "greek";
  if (/\p{Script=Cyrillic}/u.test(ch) && /\p{L}/u.test(ch)) return "cyrillic";
  if (/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(ch)) return "kana";
  if (/\p{M}/u.test(ch)) return "mark";
  if (/\p{L}/u.test(ch)) return "script";
  if (/\p{Nd}/u.test(ch)) return "digit";
  if ((cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef)) return "cjkPunct";
  if (/\p{Cn}/u.test(ch)) return "private";
  if (/[\p{S}\p{No}]/u.test(ch)) return "symbol";
  return "other";
}

const LATIN = new Set<Cls>(["lower", "upper", "Upper"]);
const LETTER = new Set<Cls>(["lower", "upper", "Upper", "ipa", "archaic", "greek", "cyrillic", "script", "han", "rareHan", "kana"]);
/** alphabets whose letters never sit inside a Latin word */
const FOREIGN = new Set<Cls>(["greek", "cyrillic", "script", "han", "rareHan", "kana"]);

/** Characters of a text with their classes (code points, not UTF-16 units). */
function classes(text: string): { ch: string; cls: Cls }[] {
  const out: { ch: string; cls: Cls }[] = [];
  for (const ch of text) out.push({ ch, cls: classify(ch, ch.codePointAt(0)!) });
  return out;
}

/** Punctuation that never sits between two letters of one word (the apostrophe ’ does). */
const NOT_INSIDE_WORDS = new Set([..."«»“”„‚‘•–—‹›"]);
const CASED_UPPER = /\p{Lu}/u;
const MATH = /\p{Sm}/u;
const CASED_LOWER = /\p{Ll}/u;

export function weirdness(text: string, explain?: (at: number, points: number, line: number) => void): number {
  const cs = classes(text);
  let cost = 0;
  let at = 0;
  const add = (points: number): void => {
    cost += points;
    if (explain) explain(at, points, Number(/weirdness\.ts:(\d+)/.exec(new Error().stack?.split("\n")[2] ?? "")?.[1] ?? 0));
  };
  const isLetter = (i: number): boolean => {
    const c = cs[i]?.cls;
    return c !== undefined && LETTER.has(c);
  };
  for (let i = 0; i < cs.length; i++) {
    at = i;
    const { ch, cls } = cs[i]!;
    const prev = cs[i - 1]?.cls;
    const next = cs[i + 1]?.cls;
    if (cls === "control" && ch !== "\u001a") add(4);
    if (cls === "private") add(4);
    if (cls === "rareHan") add(1);
    if (cls === "archaic") add(5);
    if (cls === "modifier") add(2);
    if (cls === "ipa") add(2);
    // combining marks belong on letters that have no precomposed form; on Latin letters or on nothing
    // they are decoding accidents
    if (cls === "mark" && prev !== "mark" && (!prev || !LETTER.has(prev) || LATIN.has(prev))) add(2);
    // Â or Ã standing alone before a no-break space or a word: the second byte of "à" went missing
    if ((ch === "Ã" || ch === "Â" || ch === "Ă") && (cs[i + 1]?.ch === " " || cs[i + 1]?.ch === "\u00a0") && (CASED_LOWER.test(cs[i + 2]?.ch ?? "") || (cs[i + 1]!.ch === "\u00a0" && (!prev || !LETTER.has(prev))))) add(2);
    // Â and Ã are the lead bytes of Latin-1 letters in UTF-8: followed by a continuation-range mark
    // (other than the apostrophe) they are a little suspicious on their own
    if ((ch === "Ã" || ch === "Â") && next && (next === "cont" || next === "soft" || next === "quote") && cs[i + 1]!.ch !== "’") add(1);
    if (!prev) continue;
    const pch = cs[i - 1]!.ch;
    // a Latin letter followed by a symbol that only continuation bytes make: Ã© Ä± Â£
    if (cls === "cont" && (LATIN.has(prev) || prev === "ipa")) add(2);
    if (cls === "cont" && (prev === "cont" || prev === "soft" || prev === "quote")) add(1);
    if (cls === "quote" && prev === "soft") add(1);
    if ((prev === "cont" || prev === "soft") && LATIN.has(cls)) add(1);
    if (cls === "soft" && LATIN.has(prev) && next && LETTER.has(next)) add(2);
    // “ « — and the like glued between two letters: â€œ, Ä«, AÃ‘OS
    if (NOT_INSIDE_WORDS.has(ch) && isLetter(i - 1) && isLetter(i + 1)) add(2);
    // an apostrophe inside a long word is a lost letter (tur’stico), not a contraction (doesn’t, l’homme)
    if (ch === "’" && isLetter(i - 1) && isLetter(i - 2) && isLetter(i + 1) && isLetter(i + 2) && isLetter(i + 3)) add(1);
    // "â€" and the like: an accented letter straight before typographic punctuation and a symbol
    if (cls === "quote" && (prev === "Upper" || (prev === "lower" && /[^\x00-\x7f]/.test(pch))) && next && (next === "cont" || next === "soft" || next === "quote" || next === "control")) add(2);
    // a capital inside a lower-case word, in any cased script (ASCII camelCase aside): rÃ, РґРѕ
    if (CASED_UPPER.test(ch) && CASED_LOWER.test(pch) && !(ch < "\x80" && pch < "\x80") && (next === undefined || LETTER.has(next) || next === "cont" || next === "soft" || next === "quote" || next === "space" || next === "fffd")) add(2);
    // different alphabets inside one word (Greek beside Latin is common in science: IL2Rγ, β-actin)
    const mix = (a: Cls, b: Cls): boolean => LATIN.has(a) && FOREIGN.has(b);
    if (mix(prev, cls) || mix(cls, prev)) add(prev === "greek" || cls === "greek" ? 1 : 3);
    // letters of another alphabet glued to digits: ВЈ5
    if ((FOREIGN.has(prev) && !isHanLike(prev) && cls === "digit") || (prev === "digit" && FOREIGN.has(cls) && !isHanLike(cls))) add(2);
    if (FOREIGN.has(prev) && FOREIGN.has(cls) && prev !== cls && !(isHanLike(prev) && isHanLike(cls))) add(3);
    // Han characters glued to Latin-1 letters or symbols: Chinese read in a Western code page
    if ((isHanLike(prev) && (cls === "cont" || cls === "soft" || cls === "Upper")) || ((prev === "cont" || prev === "soft" || prev === "Upper") && isHanLike(cls))) add(3);
    // IPA letters next to capitals: accented capitals before punctuation often decode to them
    if ((cls === "ipa" && (prev === "upper" || prev === "Upper")) || (prev === "ipa" && (cls === "upper" || cls === "Upper"))) add(2);
    // box drawing glued to letters (cp437 mojibake), mildly: box art exists
    if ((cls === "box" && LETTER.has(prev)) || (prev === "box" && LETTER.has(cls))) add(2);
    // a math symbol glued to a word: Zam√≤, pi√π
    if ((cls === "symbol" && LATIN.has(prev) && MATH.test(ch)) || (prev === "symbol" && LATIN.has(cls) && MATH.test(pch))) add(1);
  }
  return cost;
}

/** The cost a repair must lower: weirdness counts double, and each character costs one (mojibake is long). */
export function textCost(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return 2 * weirdness(text) + length;
}

const isHanLike = (c: Cls): boolean => c === "han" || c === "rareHan" || c === "kana";
