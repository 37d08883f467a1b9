/**
 * English numbers: digits with thousands separators and decimals, number words (thirty-six, one
 * hundred and twenty, two thousand and ten), scale words (500 million, 1.2 billion), and ordinals
 * (13th, thirteenth, Fourteenth). Every number found carries its index and text.
 */

const ONES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const ORDINAL_ONES: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
};
const ORDINAL_TENS: Record<string, number> = { twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90 };
const ORDINAL_SCALES: Record<string, number> = { hundredth: 100, thousandth: 1e3, millionth: 1e6 };

const WORD_LIST = [...Object.keys(ONES), ...Object.keys(TENS), ...Object.keys(SCALES), ...Object.keys(ORDINAL_ONES), ...Object.keys(ORDINAL_TENS), ...Object.keys(ORDINAL_SCALES), "a", "an", "and"];
const WORD = `(?:${WORD_LIST.sort((a, b) => b.length - a.length).join("|")})`;

export interface FoundNumber {
  index: number;
  text: string;
  value: number;
  ordinal: boolean;
}

// digits (1,000.5 or 2.8), then optional scale words; or a run of number words joined by spaces/hyphens
const DIGITS = /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(st|nd|rd|th)?(?:\s+(hundred|thousand|million|billion|trillion)\b)?/gi;
const WORDS = new RegExp(`\\b${WORD}(?:[\\s-]+${WORD})*\\b`, "gi");

/** Parses a run of number words: "thirty-six", "one hundred and twenty", "two thousand and ten". */
export function parseNumberWords(phrase: string): { value: number; ordinal: boolean } | null {
  const words = phrase.toLowerCase().split(/[\s-]+/).filter(Boolean);
  let total = 0;
  let current = 0;
  let ordinal = false;
  let any = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === "and") {
      if (!any || i === words.length - 1) return null;
      continue;
    }
    if (w === "a" || w === "an") {
      if (i === words.length - 1 || !(words[i + 1]! in SCALES)) return null;
      current = 1;
      continue;
    }
    if (ordinal) return null; // nothing follows an ordinal word
    if (w in ONES) current += ONES[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w in ORDINAL_ONES) {
      current += ORDINAL_ONES[w]!;
      ordinal = true;
    } else if (w in ORDINAL_TENS) {
      current += ORDINAL_TENS[w]!;
      ordinal = true;
    } else if (w in SCALES || w in ORDINAL_SCALES) {
      const scale = SCALES[w] ?? ORDINAL_SCALES[w]!;
      if (w in ORDINAL_SCALES) ordinal = true;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else return null;
    any = true;
  }
  if (!any) return null;
  return { value: total + current, ordinal };
}

/** Every number in an English text, with its index and text. */
export function findEnNumbers(text: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  for (const m of text.matchAll(DIGITS)) {
    let value = Number(m[1]!.replace(/,/g, "") + (m[2] ? "." + m[2] : ""));
    if (m[4]) value *= SCALES[m[4].toLowerCase()]!;
    out.push({ index: m.index, text: m[0], value: Math.round(value * 1e9) / 1e9, ordinal: !!m[3] });
  }
  for (const m of text.matchAll(WORDS)) {
    // trim the joining words a phrase cannot start or end with
    const phrase = m[0].replace(/^(?:(?:and|a|an)[\s-]+)+/i, "").replace(/(?:[\s-]+(?:and|a|an))+$/i, "");
    if (!phrase || /^(?:and|a|an)$/i.test(phrase)) continue;
    const parsed = parseNumberWords(phrase);
    if (!parsed) continue;
    const index = m.index + m[0].indexOf(phrase);
    if (out.some((o) => index < o.index + o.text.length && o.index < index + phrase.length)) continue;
    out.push({ index, text: phrase, value: parsed.value, ordinal: parsed.ordinal });
  }
  return out.sort((a, b) => a.index - b.index);
}
