/**
 * Anchors: what a Chinese paragraph and its English translation visibly share. Numbers (Arabic on both
 * sides, Chinese numerals against digits or number words), years, Latin-script tokens used in the
 * Chinese (CEEC, BRI, GMTV), country names (the places gazetteer's), romanised Chinese place names (太原 ↔ Taiyuan, by pinyin),
 * and press-release terms from a bilingual lexicon kept as data (pipeline/data/bilingual-lexicon.json).
 */
import { pinyin } from "pinyin-pro";
import lexiconData from "../data/bilingual-lexicon.json";
import { findZhNumerals } from "../../extractors/shared/numerals-zh";
import { findEnNumbers } from "../../extractors/shared/numerals-en";
import { gazetteer, type NameHit } from "../../extractors/places/gazetteer";
import { allMatches, escapeRegExp } from "../../extractors/shared/matches";

export type AnchorKind = "number" | "year" | "latin" | "lexicon" | "place";

export interface Anchor {
  kind: AnchorKind;
  zh: string;
  en: string;
}

/** What one paragraph offers for matching: keys with the surface text that produced them. */
export interface AnchorSet {
  /** "number:36", "year:2024", "latin:ceec", "lexicon:12", "place:shanxi"... → surface */
  keys: Map<string, string>;
  /** numeric values present (for the cost of numbers only one side states) */
  numbers: Set<number>;
}

const WEIGHT: Record<AnchorKind, number> = { number: 2, year: 2, latin: 2, lexicon: 1, place: 2 };

interface LexiconEntry {
  zh: string[];
  en: string[];
}

interface Lexicon {
  entries: { zh: string[] }[];
  /** every English term of every entry in one pattern, in entry order; a match is looked up in entryOfTerm */
  enTerms: RegExp;
  /** the first entry holding a term, by the term in lower case */
  entryOfTerm: Map<string, number>;
  /** country names, Chinese and English, each in one pattern */
  zhCountries: RegExp;
  enCountries: RegExp;
  /** country key by its Chinese name, and by its English name in lower case */
  countryByZh: Map<string, string>;
  countryByEn: Map<string, string>;
}

let lexicon: Lexicon | null = null;

const alternation = (terms: string[]): string => [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");

function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const data = lexiconData as { entries: LexiconEntry[] };
  // one pass per paragraph, not one per term: all terms in one pattern (the first that fits wins, as
  // before), and the matched text names its entry
  const entryOfTerm = new Map<string, number>();
  const terms: string[] = [];
  data.entries.forEach((e, i) => {
    for (const t of e.en) {
      if (!entryOfTerm.has(t.toLowerCase())) entryOfTerm.set(t.toLowerCase(), i);
      terms.push(escapeRegExp(t));
    }
  });
  const enTerms = new RegExp(`(?<![\\p{L}])(?:${terms.join("|")})(?![\\p{L}])`, "giu");
  // the places gazetteer's countries, in Chinese and English with their aliases: 南非 ↔ South Africa,
  // 纽西兰 ↔ New Zealand; a country's key is its English name, whichever name the text uses
  const g = gazetteer();
  const countryKey = (hits: NameHit[] | undefined): string | undefined => hits?.find((h) => h.entry.type === "country")?.entry.en.toLowerCase();
  const countryByZh = new Map<string, string>();
  const countryByEn = new Map<string, string>();
  for (const [name, hits] of g.zh) {
    const key = countryKey(hits);
    if (key) countryByZh.set(name, key);
  }
  for (const [name, hits] of g.en) {
    const key = countryKey(hits);
    if (key) countryByEn.set(name.toLowerCase(), key);
  }
  lexicon = {
    entries: data.entries.map((e) => ({ zh: e.zh })),
    enTerms,
    entryOfTerm,
    zhCountries: new RegExp(alternation([...countryByZh.keys()]), "g"),
    enCountries: new RegExp(`\\b(?:${alternation([...countryByEn.keys()])})\\b`, "gi"),
    countryByZh,
    countryByEn,
  };
  return lexicon;
}


const isYear = (n: FoundLike): boolean => Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100 && /^\d{4}/.test(n.text);
type FoundLike = { text: string; value: number };

const LATIN_TOKEN = /[A-Za-z][A-Za-z0-9&'’.-]*[A-Za-z0-9]/g;
const HAN_RUN = /\p{Script=Han}+/gu;

/** The romanised capitalised words of a document's English side, and all their prefixes (to stop a search early). */
export interface Romanised {
  words: ReadonlySet<string>;
  prefixes: ReadonlySet<string>;
}

/** every toneless reading of a Han character (长: chang, zhang), once per character per process */
const readingsOf = new Map<string, readonly string[]>();
function readings(char: string): readonly string[] {
  let r = readingsOf.get(char);
  if (!r) {
    r = [...new Set(pinyin(char, { toneType: "none", type: "array", multiple: true, v: false }).map((s) => s.toLowerCase()))];
    readingsOf.set(char, r);
  }
  return r;
}

/**
 * The anchors of a Chinese paragraph. `romanised` (the English side's capitalised words, from enAnchors)
 * limits the pinyin keys to those the English could match, so a long paragraph does not carry hundreds
 * of keys no English paragraph has, and lets the search stop at the first character whose readings
 * begin no English word.
 */
export function zhAnchors(text: string, romanised: Romanised): AnchorSet {
  const keys = new Map<string, string>();
  const numbers = new Set<number>();
  for (const n of findZhNumerals(text)) {
    numbers.add(n.value);
    keys.set(`${isYear(n) ? "year" : "number"}:${n.value}`, n.text);
  }
  for (const m of allMatches(LATIN_TOKEN, text)) keys.set(`latin:${m[0].toLowerCase()}`, m[0]);
  const lex = loadLexicon();
  lex.entries.forEach((e, i) => {
    const hit = e.zh.find((t) => text.includes(t));
    if (hit) keys.set(`lexicon:${i}`, hit);
  });
  for (const m of allMatches(lex.zhCountries, text)) keys.set(`place:${lex.countryByZh.get(m[0])}`, m[0]);
  for (const hit of pinyinHits(text, romanised)) {
    const key = `place:${hit.romanised}`;
    if (!keys.has(key)) keys.set(key, hit.zh);
  }
  return { keys, numbers };
}

/**
 * Runs of two to four Han characters whose readings, joined, spell an English word: 太原 → taiyuan,
 * 呼和浩特 → huhehaote. Any reading of a polyphone counts (重庆 → chongqing, 厦门 → xiamen), since the
 * English shows which one the translator used. Shortest runs first, then in text order.
 */
function pinyinHits(text: string, romanised: Romanised): { romanised: string; zh: string; length: number; at: number }[] {
  const hits: { romanised: string; zh: string; length: number; at: number }[] = [];
  if (romanised.words.size === 0) return hits;
  for (const run of allMatches(HAN_RUN, text)) {
    const chars = [...run[0]];
    const extend = (at: number, length: number, joined: string): void => {
      if (length === 4 || at + length >= chars.length) return;
      for (const r of readings(chars[at + length]!)) {
        const next = joined + r;
        if (!romanised.prefixes.has(next)) continue;
        if (length >= 1 && romanised.words.has(next)) hits.push({ romanised: next, zh: chars.slice(at, at + length + 1).join(""), length: length + 1, at: run.index + at });
        extend(at, length + 1, next);
      }
    };
    for (let at = 0; at + 1 < chars.length; at++) extend(at, 0, "");
  }
  return hits.sort((a, b) => a.length - b.length || a.at - b.at);
}

const CAPITALISED = /\b[A-Z][a-z]+(?:['’-][A-Za-z]+)?\b/g;

/** The Latin tokens of the Chinese side (CEEC, APEC, 5G), lower-cased: the only ones an English paragraph can share. */
export function latinTokensOf(texts: readonly string[]): Set<string> {
  const tokens = new Set<string>();
  for (const text of texts) for (const m of allMatches(LATIN_TOKEN, text)) tokens.add(m[0].toLowerCase());
  return tokens;
}

/**
 * The anchors of an English paragraph. Its words are Latin tokens too, but only those the Chinese side
 * holds (`chineseLatin`, from latinTokensOf) can be shared: the others would be a key per word for the
 * search to walk past.
 */
export function enAnchors(text: string, chineseLatin: ReadonlySet<string>): AnchorSet {
  const keys = new Map<string, string>();
  const numbers = new Set<number>();
  for (const n of findEnNumbers(text)) {
    numbers.add(n.value);
    keys.set(`${isYear(n) ? "year" : "number"}:${n.value}`, n.text);
  }
  if (chineseLatin.size > 0) {
    for (const m of allMatches(LATIN_TOKEN, text)) {
      const token = m[0].toLowerCase();
      if (!chineseLatin.has(token)) continue;
      const key = `latin:${token}`;
      if (!keys.has(key)) keys.set(key, m[0]);
    }
  }
  const lex = loadLexicon();
  for (const m of allMatches(lex.enTerms, text)) {
    const entry = lex.entryOfTerm.get(m[0].toLowerCase());
    if (entry === undefined) continue; // a case folding toLowerCase does not make (none in the lexicon)
    if (!keys.has(`lexicon:${entry}`)) keys.set(`lexicon:${entry}`, m[0]);
  }
  for (const m of allMatches(lex.enCountries, text)) {
    const key = `place:${lex.countryByEn.get(m[0].toLowerCase())}`;
    if (!keys.has(key)) keys.set(key, m[0]);
  }
  // capitalised words as romanised place names (Xi'an → xian); short words are too easily matched
  for (const m of allMatches(CAPITALISED, text)) {
    const romanised = m[0].toLowerCase().replace(/['’-]/g, "");
    if (romanised.length >= 4) keys.set(`place:${romanised}`, m[0]);
  }
  return { keys, numbers };
}

/** Merges the anchor sets of paragraphs that are aligned together (1-2 and 2-1 links). */
export function mergeAnchors(sets: AnchorSet[]): AnchorSet {
  if (sets.length === 1) return sets[0]!;
  const keys = new Map<string, string>();
  const numbers = new Set<number>();
  for (const s of sets) {
    for (const [k, v] of s.keys) if (!keys.has(k)) keys.set(k, v);
    for (const n of s.numbers) numbers.add(n);
  }
  return { keys, numbers };
}

/** What one shared key is worth: small numbers (1, 2, 3...) and short Latin tokens are everywhere and count for less. */
function keyWeight(key: string): number {
  const kind = key.slice(0, key.indexOf(":")) as AnchorKind;
  const small = (kind === "number" && Number(key.slice(7)) < 10) || (kind === "latin" && key.length < 9);
  return small ? WEIGHT[kind] / 2 : WEIGHT[kind];
}

/** whether one of the first `count` sets holds the key (or number): merged sets without merging them */
function holds(sets: readonly AnchorSet[], count: number, key: string): boolean {
  for (let k = 0; k < count; k++) if (sets[k]!.keys.has(key)) return true;
  return false;
}
function holdsNumber(sets: readonly AnchorSet[], count: number, n: number): boolean {
  for (let k = 0; k < count; k++) if (sets[k]!.numbers.has(n)) return true;
  return false;
}

/**
 * The weight of the anchors a link's paragraphs share, and how many numbers (10 or more) only one side
 * states. The dynamic programme asks this of every candidate link, so it reads the paragraphs' own sets
 * (one or two a side) without building merged sets or the anchor list; sharedAnchors gives the list for
 * the links chosen. Each distinct key counts once, as in the merged set.
 */
export function linkEvidence(zh: readonly AnchorSet[], en: readonly AnchorSet[]): { weight: number; unmatchedNumbers: number } {
  // walk the smaller side's keys and look them up in the larger (Chinese sides hold many pinyin keys).
  // Plain loops, no closures: the search asks this thousands of times a document
  const zhSmaller = keyCount(zh) <= keyCount(en);
  const walk = zhSmaller ? zh : en;
  const other = zhSmaller ? en : zh;
  let weight = 0;
  for (let i = 0; i < walk.length; i++) {
    for (const key of walk[i]!.keys.keys()) if (!holds(walk, i, key) && holds(other, other.length, key)) weight += keyWeight(key);
  }
  return { weight, unmatchedNumbers: numbersOnlyIn(zh, en) + numbersOnlyIn(en, zh) };
}

function keyCount(sets: readonly AnchorSet[]): number {
  let n = 0;
  for (const set of sets) n += set.keys.size;
  return n;
}

/** the distinct numbers of 10 or more that `from` states and `against` does not */
function numbersOnlyIn(from: readonly AnchorSet[], against: readonly AnchorSet[]): number {
  let count = 0;
  for (let i = 0; i < from.length; i++) {
    for (const n of from[i]!.numbers) if (n >= 10 && !holdsNumber(from, i, n) && !holdsNumber(against, against.length, n)) count++;
  }
  return count;
}

/** The anchors two sides share, in Chinese order (for a chosen link; its weight is linkEvidence's). */
export function sharedAnchors(zh: AnchorSet, en: AnchorSet): Anchor[] {
  return [...zh.keys.keys()].filter((k) => en.keys.has(k)).map((key) => ({ kind: key.slice(0, key.indexOf(":")) as AnchorKind, zh: zh.keys.get(key)!, en: en.keys.get(key)! }));
}

/** The romanised capitalised words of English anchor sets (what pinyin keys could meet), with their prefixes. */
export function romanisedWords(sets: AnchorSet[]): Romanised {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const set of sets)
    for (const key of set.keys.keys())
      if (key.startsWith("place:")) {
        const word = key.slice(6);
        words.add(word);
        for (let i = 1; i <= word.length; i++) prefixes.add(word.slice(0, i));
      }
  return { words, prefixes };
}
