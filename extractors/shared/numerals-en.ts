/**
 * English numbers: digits with thousands separators and decimals, number words (thirty-six, one
 * hundred and twenty, two thousand and ten), scale words (200 million, 1.2 billion), and ordinals
 * (13th, thirteenth, Fourteenth). Every number found carries its index and text.
 */
import { allMatches } from "./matches";
import { rememberRecent } from "./recent";
import { roundFloat } from "./round";

const ONES: Record<string, number> = {
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** the scale words and their values (read: the count rules scale a range's lower end by them) */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  dozen: 12, lakh: 1e5, crore: 1e7,
  // plurals: "three billions", "200 dozens", "12 lakhs"
  hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12, dozens: 12, lakhs: 1e5, crores: 1e7,
};
const LATIN_SCALES: Record<string, number> = { k: 1e3, m: 1e6, g: 1e9 };
const ORDINAL_ONES: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
};
const ORDINAL_TENS: Record<string, number> = { twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90 };
const ORDINAL_SCALES: Record<string, number> = { hundredth: 100, thousandth: 1e3, millionth: 1e6 };

/** the number words below a hundred, one word each (one … nineteen, twenty … ninety), as a pattern */
export const CARDINAL_WORD = `(?:${[...Object.keys(ONES), ...Object.keys(TENS)].sort((a, b) => b.length - a.length).join("|")})`;

const WORD_LIST = [...Object.keys(ONES), ...Object.keys(TENS), ...Object.keys(SCALES), ...Object.keys(ORDINAL_ONES), ...Object.keys(ORDINAL_TENS), ...Object.keys(ORDINAL_SCALES), "a", "an", "and", "half"];
const WORD = `(?:${WORD_LIST.sort((a, b) => b.length - a.length).join("|")})`;

export interface FoundNumber {
  index: number;
  text: string;
  value: number;
  ordinal: boolean;
  /** 100K, 1.2M: a Latin scale letter (also how 5G and 4K name things, so counts refuse them) */
  latinScale: boolean;
}

// an optional sign, digits (1,000.5, .77, 2.8), then a Latin scale letter (100K) or scale words (200 million)
const SIGN = "(?<sign>(?<![\\w.-])-\\s?|\\b(?:minus|negative)\\s+)?";
const DIGITS = new RegExp(
  `${SIGN}(?<![\\w.])(?:(?<int>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(?<frac>\\d+))?|\\.(?<onlyFrac>\\d+))(?<ordinal>st|nd|rd|th)?` +
    `(?:(?<latin>[KkMG])(?![\\w])|\\s+(?<scale>(?:hundred|thousand|million|billion|trillion|dozen|lakh|crore)s?)\\b)?`,
  "gi",
);
const WORDS = new RegExp(`(?:\\b(?<sign>minus|negative)\\s+)?\\b${WORD}(?:[\\s-]+${WORD})*\\b`, "gi");

/** Parses a run of number words: "thirty-six", "one hundred and twenty", "two thousand and ten". */
export function parseNumberWords(phrase: string): { value: number; ordinal: boolean } | null {
  const words = phrase.toLowerCase().split(/[\s-]+/).filter(Boolean);
  let total = 0;
  let current = 0;
  let ordinal = false;
  let any = false;
  let lastScale = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === "and") {
      if (!any || i === words.length - 1) return null;
      continue;
    }
    // "half a million": half of the scale after the article
    if (w === "half") {
      const scale = SCALES[words[i + 2] ?? ""];
      if (any || !/^an?$/.test(words[i + 1] ?? "") || !scale || scale <= 100) return null;
      total += scale / 2;
      i += 2;
      any = true;
      continue;
    }
    // "one and a half million": a half added to the number before its scale (not "two and a half days", a span of time)
    if ((w === "a" || w === "an") && words[i + 1] === "half" && any && words[i - 1] === "and" && (SCALES[words[i + 2] ?? ""] ?? 0) > 100) {
      current += 0.5;
      i++;
      continue;
    }
    if (w === "a" || w === "an") {
      if (i === words.length - 1 || !(words[i + 1]! in SCALES)) return null;
      current = 1;
      continue;
    }
    if (ordinal) return null; // nothing follows an ordinal word
    // a unit or teen joins only an empty place or a round ten ("twenty one"), a ten only an empty place: "one
    // twenty two" is no number ("one" and "twenty-two" had been added to 23)
    const ones = ONES[w] ?? ORDINAL_ONES[w];
    const tens = TENS[w] ?? ORDINAL_TENS[w];
    if (ones !== undefined || tens !== undefined) {
      const below = current % 100;
      if (tens !== undefined ? below !== 0 : below !== 0 && !(below >= 20 && below % 10 === 0 && ones! < 10)) return null;
      current += ones ?? tens!;
      if (!(w in ONES) && !(w in TENS)) ordinal = true;
    } else if (w in SCALES || w in ORDINAL_SCALES) {
      const scale = SCALES[w] ?? ORDINAL_SCALES[w]!;
      if (w in ORDINAL_SCALES) ordinal = true;
      if (scale <= 100) current = (current || 1) * scale;
      // ("three thousand millions": a larger scale right after a smaller one scales the whole)
      else if (current === 0 && total > 0 && scale > lastScale) total *= scale;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      if (scale > 100) lastScale = scale;
    } else return null;
    any = true;
  }
  if (!any) return null;
  return { value: total + current, ordinal };
}

/** Drops the joining words (and, a, an) a number phrase cannot start or end with, word by word (no regex can backtrack over a long run). */
function trimJoiners(phrase: string): string {
  const words = allMatches(/[^\s-]+/g, phrase);
  let first = 0;
  let last = words.length - 1;
  const joiner = (w: RegExpMatchArray): boolean => /^(?:and|a|an)$/i.test(w[0]);
  // "a thousand", "a hundred": the article is the number's one, and a figure's qualifier stands before it ("over a thousand")
  const articleOfScale = (k: number): boolean => /^an?$/i.test(words[k]![0]) && /^(?:hundred|thousand|million|billion|dozen)$/i.test(words[k + 1]?.[0] ?? "");
  while (first <= last && joiner(words[first]!) && !articleOfScale(first)) first++;
  while (last >= first && joiner(words[last]!)) last--;
  return first > last ? "" : phrase.slice(words[first]!.index, words[last]!.index! + words[last]![0].length);
}

/** Every number in an English text, with its index and text (shared: read, do not change). */
export const findEnNumbers: (text: string) => readonly Readonly<FoundNumber>[] = rememberRecent(scanNumbers);

function scanNumbers(text: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  for (const m of allMatches(DIGITS, text)) {
    const g = m.groups!;
    if (g.int === undefined && g.ordinal) continue;
    const frac = g.frac ?? g.onlyFrac;
    let value = Number((g.int ?? "0").replace(/,/g, "") + (frac ? "." + frac : ""));
    if (g.scale) value *= SCALES[g.scale.toLowerCase()]!;
    if (g.latin) value *= LATIN_SCALES[g.latin.toLowerCase()]!;
    if (g.sign) value = -value;
    out.push({ index: m.index, text: m[0], value: roundFloat(value), ordinal: !!g.ordinal, latinScale: !!g.latin });
  }
  for (const m of allMatches(WORDS, text)) {
    // trim the joining words a phrase cannot start or end with
    const sign = m.groups!.sign;
    const words = sign ? m[0].slice(m[0].indexOf(sign) + sign.length).trimStart() : m[0];
    let phrase = trimJoiners(words);
    if (!phrase || /^(?:and|a|an)$/i.test(phrase)) continue;
    let parsed = parseNumberWords(phrase);
    // ("three zero-carbon parks": a run that reads as no number, its last word opening a hyphened word, is a number before that word)
    if (!parsed && /^-\p{L}/u.test(text.slice(m.index + m[0].length))) {
      phrase = trimJoiners(phrase.replace(/[\s-]+[^\s-]+$/, ""));
      parsed = phrase && !/^(?:and|a|an)$/i.test(phrase) ? parseNumberWords(phrase) : null;
    }
    if (!parsed) continue;
    const index = sign && words === phrase ? m.index : m.index + m[0].indexOf(phrase);
    const span = text.slice(index, m.index + m[0].indexOf(phrase) + phrase.length);
    if (out.some((o) => index < o.index + o.text.length && o.index < index + span.length)) continue;
    const value = sign && words === phrase ? -parsed.value : parsed.value;
    out.push({ index, text: span, value, ordinal: parsed.ordinal, latinScale: false });
  }
  return out.sort((a, b) => a.index - b.index);
}
