/**
 * English place rules. Names the gazetteer holds are found at capitalised words, longest first, and must
 * end at a word boundary (Africa, not African: adjectives are not mentions). "West and Central Africa"
 * names two regions. Names no gazetteer holds are read from their context: a proper-noun phrase with a
 * division word after it (Sarah Baartman District Municipality), or a known country after it
 * ("Bridgetown, the capital of Barbados", "Porto, Portugal").
 */
import type { ParagraphContext, PlaceCandidate, PlaceRule } from "../types";
import { gazetteer, type PlaceType } from "./gazetteer";
import { allMatches } from "../shared/matches";

const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** capitalised words that open names of things, not of places (Friendship City Award, Forbidden City) */
const NOT_PLACE_WORDS = new Set(
  "Friendship Sister Twin International Smart Garden Model Civilized Civilised Tourism Tourist Historic Historical Cultural Culture Creative Capital Host Partner Member Global National Outstanding Award Harmony Innovation Pilot Free Trade Eco Green Digital Science Healthy Safe Forest Forbidden Inner Old New Central Economic Development Industrial High-tech Special Administrative Autonomous Open Coastal Port Belt Road The A An This That These Those Each Every Our Their Its His Her".split(" "),
);
const SUFFIX_TYPE: Record<string, PlaceType> = {
  "District Municipality": "district",
  "Metropolitan Municipality": "city",
  // Korea's 광역시 and 특별시: Busan Metropolitan City, Seoul Special City
  "Metropolitan City": "city",
  "Special City": "city",
  "Local Municipality": "city",
  Municipality: "city",
  City: "city",
  Province: "province",
  County: "county",
  District: "district",
  Prefecture: "city",
  State: "province",
  Oblast: "province",
  Governorate: "province",
  Region: "region",
};
/** the division words that may close a place name, longest first, as a pattern alternation */
export const SUFFIXES = Object.keys(SUFFIX_TYPE).sort((a, b) => b.length - a.length).join("|");
const PROPER = "[\\p{Lu}][\\p{L}\\p{M}'’-]+";

function boundedAt(text: string, index: number, name: string): boolean {
  return !LETTER.test(text[index - 1] ?? "") && text.startsWith(name, index) && !LETTER.test(text[index + name.length] ?? "");
}

const WORD_AT = /[\p{L}\p{M}]+/uy;

/**
 * The gazetteer's English names that stand at a position as whole words, longest first. `word` is the
 * word at the position when the caller has already matched it.
 */
function namesAt(text: string, index: number, word?: string): string[] {
  if (word === undefined) {
    WORD_AT.lastIndex = index;
    word = WORD_AT.exec(text)?.[0];
  }
  const names = word ? gazetteer().enByFirstWord.get(word) : undefined;
  return names ? names.filter((n) => boundedAt(text, index, n)) : [];
}

/**
 * The words that may open a gazetteer name: whole runs of letters whose first character opens some
 * English name. Most words (in lower case) cannot, and are passed over without a match being made.
 */
let openers: RegExp | null = null;
function nameOpeners(): RegExp {
  if (!openers) {
    const firsts = new Set<string>();
    for (const key of gazetteer().enByFirstWord.keys()) {
      const first = String.fromCodePoint(key.codePointAt(0)!);
      if (/[\p{L}\p{M}]/u.test(first)) firsts.add(first); // a key that is no word never matches one
    }
    const opening = [...firsts].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join("");
    openers = new RegExp(`(?<![\\p{L}\\p{M}])[${opening}][\\p{L}\\p{M}]*`, "gu");
  }
  return openers;
}

/** Every gazetteer name in the paragraph. */
export const gazetteerName: PlaceRule = {
  id: "place-en-gazetteer",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const g = gazetteer();
    const out: PlaceCandidate[] = [];
    const text = ctx.text;
    const words = nameOpeners();
    words.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = words.exec(text))) {
      const name = namesAt(text, m.index, m[0])[0];
      if (!name) continue;
      const hits = g.en.get(name)!;
      out.push({ rule: this.id, index: m.index, text: name, lang: "en", hits, type: hits[0]!.entry.type, foreign: false });
      words.lastIndex = m.index + name.length;
    }
    return out;
  },
};

const POINT = "West|East|North|South|Central|Southern|Northern|Western|Eastern";
const TWO_POINTS = new RegExp(`\\b(${POINT})\\s+and\\s+(${POINT})\\s+(Africa|Europe|Asia|America)\\b`, "g");
/** "West and Central Africa": two regions named at once; both cite the whole phrase */
export const sharedRegionWord: PlaceRule = {
  id: "place-en-shared-region",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const g = gazetteer();
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(TWO_POINTS, ctx.text)) {
      for (const point of [m[1]!, m[2]!]) {
        const hits = g.en.get(`${point} ${m[3]}`) ?? [];
        if (hits.length) out.push({ rule: this.id, index: m.index, text: m[0], lang: "en", hits, type: "region", foreign: false });
      }
    }
    return out;
  },
};

// only from the start of a word: inside a long capitalised run every position would start a new try
const PROPER_THEN_DIVISION = new RegExp(`(?<![\\p{L}\\p{M}'’-])((?:${PROPER}\\s+){1,4}?)(${SUFFIXES})\\b`, "gu");

/** Sarah Baartman District Municipality, Foo County: a proper-noun phrase and a division word. */
export const nameWithDivisionWord: PlaceRule = {
  id: "place-en-division-word",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const g = gazetteer();
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(PROPER_THEN_DIVISION, ctx.text)) {
      const words = m[1]!.trim().split(/\s+/);
      // drop leading words that open other names ("The", "Friendship"): the place starts after them
      while (words.length && NOT_PLACE_WORDS.has(words[0]!)) words.shift();
      if (!words.length || words.some((w) => NOT_PLACE_WORDS.has(w))) continue;
      const name = `${words.join(" ")} ${m[2]}`;
      const index = m.index + m[0].length - name.length;
      if (g.en.has(name) || g.en.has(words.join(" "))) continue;
      out.push({ rule: this.id, index, text: name, lang: "en", hits: [], type: SUFFIX_TYPE[m[2]!] ?? null, foreign: true });
    }
    return out;
  },
};

/** the country named at a position, if one is */
function countryAt(text: string, index: number): string | undefined {
  return namesAt(text, index).find((n) => gazetteer().en.get(n)!.some((h) => h.entry.type === "country"));
}
/** Chinese, Italian, Spanish: demonyms are not places */
const DEMONYM = /(?:ese|ian|ean|ish|ans)$/;

/** up to three proper nouns, then the words that may stand before a country */
const PROPER_THEN_COUNTRY = new RegExp(`(?<![\\p{L}])((?:${PROPER}\\s+){0,2}${PROPER})(,\\s+(the\\s+capital\\s+(?:city\\s+)?of\\s+)?|\\s+in\\s+(?:the\\s+)?)`, "gu");
/** a division word closing a name (Kitui County, Busan Metropolitan City) */
export const TRAILING_DIVISION = new RegExp(`\\s+(?:${SUFFIXES})$`);

/** "Bridgetown, the capital of Barbados", "Porto, Portugal", "Nagaokakyo in Japan": a proper noun before a known country. */
export const nameBeforeCountry: PlaceRule = {
  id: "place-en-before-country",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const g = gazetteer();
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(PROPER_THEN_COUNTRY, ctx.text)) {
      if (!countryAt(ctx.text, m.index + m[0].length)) continue;
      const name = m[1]!;
      const words = name.split(/\s+/);
      // "Mombasa County in Kenya": a known name with a division word is the known place
      const known = g.en.has(name) || g.en.has(name.replace(TRAILING_DIVISION, ""));
      if (known || words.some((w) => NOT_PLACE_WORDS.has(w)) || DEMONYM.test(words[words.length - 1]!)) continue;
      // at the start of a sentence a capitalised word may be any word: only "the capital of" makes it a place
      let j = m.index;
      while (j > 0 && /\s/.test(ctx.text[j - 1]!)) j--;
      const sentenceStart = m.index === 0 || (j > 0 && /[.!?:;]/.test(ctx.text[j - 1]!));
      if (sentenceStart && !m[3]) continue;
      out.push({ rule: this.id, index: m.index, text: name, lang: "en", hits: [], type: m[3] ? "city" : null, foreign: true });
    }
    return out;
  },
};

export const EN_PLACE_RULES: readonly PlaceRule[] = [gazetteerName, sharedRegionWord, nameWithDivisionWord, nameBeforeCountry];
