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
  /** every English term of every entry in one pattern; group k is term k, of entry termEntry[k] */
  enTerms: RegExp;
  termEntry: number[];
  /** country names, Chinese and English, each in one pattern */
  zhCountries: RegExp;
  enCountries: RegExp;
  /** country key by its Chinese name, and by its English name in lower case */
  countryByZh: Map<string, string>;
  countryByEn: Map<string, string>;
}

let lexicon: Lexicon | null = null;

const alternation = (terms: string[]): string => [...terms].sort((a, b) => b.length - a.length).map(escapeRe).join("|");

function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const data = lexiconData as { entries: LexiconEntry[] };
  // one pass per paragraph, not one per term: all terms in one pattern, the matching group names the term
  const termEntry: number[] = [];
  const groups: string[] = [];
  data.entries.forEach((e, i) => {
    for (const t of e.en) {
      termEntry.push(i);
      groups.push(`(${escapeRe(t)})`);
    }
  });
  const enTerms = new RegExp(`(?<![\\p{L}])(?:${groups.join("|")})(?![\\p{L}])`, "giu");
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
    termEntry,
    zhCountries: new RegExp(alternation([...countryByZh.keys()]), "g"),
    enCountries: new RegExp(`\\b(?:${alternation([...countryByEn.keys()])})\\b`, "gi"),
    countryByZh,
    countryByEn,
  };
  return lexicon;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const isYear = (n: FoundLike): boolean => Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100 && /^\d{4}/.test(n.text);
type FoundLike = { text: string; value: number };

const LATIN_TOKEN = /[A-Za-z][A-Za-z0-9&'’.-]*[A-Za-z0-9]/g;
const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * The anchors of a Chinese paragraph. `romanised` (the English side's capitalised words, lower case,
 * from enAnchors) limits the pinyin keys to those the English could match, so a long paragraph does not
 * carry hundreds of keys no English paragraph has.
 */
export function zhAnchors(text: string, romanised?: ReadonlySet<string>): AnchorSet {
  const keys = new Map<string, string>();
  const numbers = new Set<number>();
  for (const n of findZhNumerals(text)) {
    numbers.add(n.value);
    keys.set(`${isYear(n) ? "year" : "number"}:${n.value}`, n.text);
  }
  for (const m of text.matchAll(LATIN_TOKEN)) keys.set(`latin:${m[0].toLowerCase()}`, m[0]);
  const lex = loadLexicon();
  lex.entries.forEach((e, i) => {
    const hit = e.zh.find((t) => text.includes(t));
    if (hit) keys.set(`lexicon:${i}`, hit);
  });
  for (const m of text.matchAll(lex.zhCountries)) keys.set(`place:${lex.countryByZh.get(m[0])}`, m[0]);
  // two- and three-character runs by their pinyin: 太原 → taiyuan, 呼和浩特 → huhehaote
  for (const run of text.matchAll(HAN_RUN)) {
    const chars = [...run[0]];
    if (chars.length < 2) continue;
    const syllables = pinyin(run[0], { toneType: "none", type: "array", v: false }).map((s) => s.toLowerCase());
    if (syllables.length !== chars.length) continue;
    for (let len = 2; len <= 4; len++) {
      for (let i = 0; i + len <= chars.length; i++) {
        const joined = syllables.slice(i, i + len).join("");
        if (romanised && !romanised.has(joined)) continue;
        const key = `place:${joined}`;
        if (!keys.has(key)) keys.set(key, chars.slice(i, i + len).join(""));
      }
    }
  }
  return { keys, numbers };
}

const CAPITALISED = /\b[A-Z][a-z]+(?:['’-][A-Za-z]+)?\b/g;

export function enAnchors(text: string): AnchorSet {
  const keys = new Map<string, string>();
  const numbers = new Set<number>();
  for (const n of findEnNumbers(text)) {
    numbers.add(n.value);
    keys.set(`${isYear(n) ? "year" : "number"}:${n.value}`, n.text);
  }
  for (const m of text.matchAll(LATIN_TOKEN)) {
    const key = `latin:${m[0].toLowerCase()}`;
    if (!keys.has(key)) keys.set(key, m[0]);
  }
  const lex = loadLexicon();
  for (const m of text.matchAll(lex.enTerms)) {
    const entry = lex.termEntry[m.slice(1).findIndex((g) => g !== undefined)]!;
    if (!keys.has(`lexicon:${entry}`)) keys.set(`lexicon:${entry}`, m[0]);
  }
  for (const m of text.matchAll(lex.enCountries)) {
    const key = `place:${lex.countryByEn.get(m[0].toLowerCase())}`;
    if (!keys.has(key)) keys.set(key, m[0]);
  }
  // capitalised words as romanised place names (Xi'an → xian); short words are too easily matched
  for (const m of text.matchAll(CAPITALISED)) {
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

/** position of a key in a set's insertion order (computed once per set) */
const orders = new WeakMap<AnchorSet, Map<string, number>>();
function order(set: AnchorSet, key: string): number {
  let o = orders.get(set);
  if (!o) {
    o = new Map([...set.keys.keys()].map((k, i) => [k, i]));
    orders.set(set, o);
  }
  return o.get(key)!;
}

/** The anchors two sides share, and their total weight. */
export function sharedAnchors(zh: AnchorSet, en: AnchorSet): { anchors: Anchor[]; weight: number; unmatchedNumbers: number } {
  const anchors: Anchor[] = [];
  let weight = 0;
  // look up the smaller side's keys in the larger (Chinese sides hold many pinyin keys); report in Chinese order
  const keys = zh.keys.size <= en.keys.size ? [...zh.keys.keys()].filter((k) => en.keys.has(k)) : [...en.keys.keys()].filter((k) => zh.keys.has(k)).sort((a, b) => order(zh, a) - order(zh, b));
  for (const key of keys) {
    const zhSurface = zh.keys.get(key)!;
    const enSurface = en.keys.get(key)!;
    const kind = key.slice(0, key.indexOf(":")) as AnchorKind;
    anchors.push({ kind, zh: zhSurface, en: enSurface });
    // small numbers (1, 2, 3...) are everywhere: they count for less
    const small = (kind === "number" && Number(key.slice(7)) < 10) || (kind === "latin" && key.length < 9);
    weight += small ? WEIGHT[kind] / 2 : WEIGHT[kind];
  }
  let unmatchedNumbers = 0;
  for (const n of zh.numbers) if (!en.numbers.has(n) && n >= 10) unmatchedNumbers++;
  for (const n of en.numbers) if (!zh.numbers.has(n) && n >= 10) unmatchedNumbers++;
  return { anchors, weight, unmatchedNumbers };
}

/** The romanised capitalised words of English anchor sets (what pinyin keys could meet). */
export function romanisedWords(sets: AnchorSet[]): Set<string> {
  const out = new Set<string>();
  for (const set of sets) for (const key of set.keys.keys()) if (key.startsWith("place:")) out.add(key.slice(6));
  return out;
}
