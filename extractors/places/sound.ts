/**
 * Whether a Chinese transliteration sounds like an English name: the consonants a transliteration keeps
 * of its original, as classes of sound, in order. A Chinese transliteration gives one consonant a
 * syllable (佩斯 pei-si: P S; 坎帕尼亚 kan-pa-ni-ya: K P N; 利兹 li-zi: L S), an English name all of its
 * own (Pest: P S T; Campania: K N P N; Leeds: L T S), so the first must be the English name's first
 * consonant and the rest of it, in order. No name is ever made from the pinyin: it only compares two names.
 */
import { pinyin } from "pinyin-pro";
import { TRAILING_DIVISION } from "./en";

const SOUND_CLASS: Record<string, string> = { b: "P", p: "P", f: "F", v: "F", w: "F", d: "T", t: "T", g: "K", k: "K", c: "K", q: "K", j: "S", x: "S", z: "S", s: "S", l: "L", r: "L", m: "N", n: "N" };
const ZH_DIVISION_WORD = /(?:大区|边疆区|[市县区省州郡府城])$/;

/**
 * (a name that opens with a vowel opens its transliteration with a syllable of no consonant, which pinyin may
 * write with w: Umbria 翁布里亚 weng-bu-li-ya, Oakland 奥克兰; that w is no consonant of the name)
 */
const zhConsonants = (zh: string, vowelFirst: boolean, wFirst = false): string[] => {
  const name = zh.replace(ZH_DIVISION_WORD, "");
  const initials = pinyin(name, { pattern: "initial", type: "array" }) as string[];
  const syllables = pinyin(name, { toneType: "none", type: "array" }) as string[];
  if (vowelFirst && initials[0] === "w") {
    initials.shift();
    syllables.shift();
  }
  // (pinyin's c alone is ts, a hiss: 茨 ci for -tz, 开姆尼茨 Chemnitz, where its ch stays the English hard ch;
  // 尔 er, a syllable of no initial, is a name's r: 埃尔福特 Erfurt, 卡尔斯鲁厄 Karlsruhe)
  // (an h opening the transliteration of a w-name is that w: 怀卡托 huai Waikato, 惠灵顿 hui Wellington)
  return initials.map((i, k) => (i === "c" ? "S" : i === "" && syllables[k] === "er" ? "L" : k === 0 && i === "h" && wFirst ? "F" : (ZH_INITIAL_CLASSES[i] ?? SOUND_CLASS[i[0] ?? ""] ?? ""))).filter(Boolean);
};
/**
 * the initials a transliteration gives more than one English sound: j a hard g or c before a (加 jia: Angarsk,
 * Canada 加拿大) as well as a soft one, ch a t before r (垂 chui: Coventry) as well as a ch
 */
const ZH_INITIAL_CLASSES: Readonly<Record<string, string>> = { j: "SK", ch: "KT" };
/** whether two consonants' classes meet (a zh initial's and an English consonant's may each be more than one) */
const meets = (zh: string, en: string): boolean => [...zh].some((c) => en.includes(c));
/** whether a transliteration's first syllable has no consonant and ends in a nasal (翁 weng for Um-, 安 an for An-) */
const opensWithNasalVowel = (zh: string): boolean => {
  const [initial] = pinyin(zh, { pattern: "initial", type: "array" }) as string[];
  const [final] = pinyin(zh, { pattern: "final", type: "array", toneType: "none" }) as string[];
  return (initial === "" || initial === "w" || initial === "y") && /ng?$/.test(final ?? "");
};
/**
 * each consonant's classes: a c or g before e, i or y may be soft (Perugia 佩鲁贾 pei-lu-jia, Venice 威尼斯
 * wei-ni-si) or hard (Gettysburg 葛底斯堡), so it is either; a k before them a transliteration may palatalise
 * (Kimberley 金伯利 jin, Kiel 基尔 ji)
 */
const enConsonants = (en: string): string[] => {
  const letters = en.replace(TRAILING_DIVISION, "").toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
  return [...letters].map((c, i) => ((c === "c" || c === "g" || c === "k") && /[eiy]/.test(letters[i + 1] ?? "") ? "KS" : (SOUND_CLASS[c] ?? ""))).filter(Boolean);
};

export function soundsLike(zh: string, en: string): boolean {
  const vowelFirst = /^[aeiou]/i.test(en.normalize("NFD"));
  const a = zhConsonants(zh, vowelFirst, /^w/i.test(en));
  const b = enConsonants(en);
  // (Umbria 翁布里亚: the m the first syllable's nasal keeps is no consonant of its own in the transliteration)
  if (vowelFirst && b[0] === "N" && a[0] !== "N" && opensWithNasalVowel(zh)) b.shift();
  if (a.length < 2 || !b.length || !meets(a[0]!, b[0]!)) return false;
  let at = 1;
  for (const c of a.slice(1)) if ((at = b.findIndex((x, i) => i >= at && meets(c, x)) + 1) === 0) return false;
  return true;
}
