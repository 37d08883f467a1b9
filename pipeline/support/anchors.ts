/**
 * Anchors: what a Chinese paragraph and its English translation visibly share. Numbers (Arabic on both
 * sides, Chinese numerals against digits or number words), years, Latin-script tokens used in the
 * Chinese (CEEC, BRI, GMTV), country names, romanised Chinese place names (太原 ↔ Taiyuan, by pinyin),
 * and press-release terms from a bilingual lexicon kept as data (pipeline/data/bilingual-lexicon.json).
 */
import { pinyin } from "pinyin-pro";
import lexiconData from "../data/bilingual-lexicon.json";
import { findZhNumerals } from "../../extractors/shared/numerals-zh";
import { findEnNumbers } from "../../extractors/shared/numerals-en";

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

let lexicon: { entries: { zh: string[]; en: RegExp[] }[]; countries: { zh: string; en: RegExp; name: string }[] } | null = null;

function loadLexicon(): NonNullable<typeof lexicon> {
  if (lexicon) return lexicon;
  const data = lexiconData as { entries: LexiconEntry[] };
  const wordRe = (terms: string[]): RegExp[] => terms.map((t) => new RegExp(`(?<![\\p{L}])${escapeRe(t)}(?![\\p{L}])`, "iu"));
  const entries = data.entries.map((e) => ({ zh: e.zh, en: wordRe(e.en) }));
  // every region Node's ICU names, in Chinese and English: 南非 ↔ South Africa, 巴巴多斯 ↔ Barbados
  const zhNames = new Intl.DisplayNames(["zh-Hans"], { type: "region" });
  const enNames = new Intl.DisplayNames(["en"], { type: "region" });
  const countries: { zh: string; en: RegExp; name: string }[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const zh = zhNames.of(code);
      const en = enNames.of(code);
      if (!zh || !en || zh === code || en === code || zh.length < 2) continue;
      countries.push({ zh, en: new RegExp(`\\b${escapeRe(en)}\\b`, "i"), name: en.toLowerCase() });
    }
  }
  lexicon = { entries, countries };
  return lexicon;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const isYear = (n: FoundLike): boolean => Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100 && /^\d{4}/.test(n.text);
type FoundLike = { text: string; value: number };

const LATIN_TOKEN = /[A-Za-z][A-Za-z0-9&'’.-]*[A-Za-z0-9]/g;
const HAN_RUN = /\p{Script=Han}+/gu;

export function zhAnchors(text: string): AnchorSet {
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
  for (const c of lex.countries) if (text.includes(c.zh)) keys.set(`place:${c.name}`, c.zh);
  // two- and three-character runs by their pinyin: 太原 → taiyuan, 呼和浩特 → huhehaote
  for (const run of text.matchAll(HAN_RUN)) {
    const chars = [...run[0]];
    if (chars.length < 2) continue;
    const syllables = pinyin(run[0], { toneType: "none", type: "array", v: false }).map((s) => s.toLowerCase());
    if (syllables.length !== chars.length) continue;
    for (let len = 2; len <= 4; len++) {
      for (let i = 0; i + len <= chars.length; i++) {
        const key = `place:${syllables.slice(i, i + len).join("")}`;
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
  lex.entries.forEach((e, i) => {
    for (const re of e.en) {
      const m = re.exec(text);
      if (m) {
        keys.set(`lexicon:${i}`, m[0]);
        break;
      }
    }
  });
  for (const c of lex.countries) {
    const m = c.en.exec(text);
    if (m) keys.set(`place:${c.name}`, m[0]);
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

/** The anchors two sides share, and their total weight. */
export function sharedAnchors(zh: AnchorSet, en: AnchorSet): { anchors: Anchor[]; weight: number; unmatchedNumbers: number } {
  const anchors: Anchor[] = [];
  let weight = 0;
  for (const [key, zhSurface] of zh.keys) {
    const enSurface = en.keys.get(key);
    if (enSurface === undefined) continue;
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
