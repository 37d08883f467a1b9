/**
 * Gathers a document's place mentions into places, each named once with its English and Chinese name.
 * A gazetteer name is its entry (an ambiguous English name such as Xi'an takes the reading its aligned
 * Chinese paragraph names). Names no gazetteer holds are linked across aligned paragraphs: a Chinese name
 * of Chinese origin by pinyin (凤凰 ↔ Fenghuang), and what is left, transliterated foreign names
 * (莎拉巴特曼市 ↔ Sarah Baartman District Municipality), once the known names are set aside: where one
 * is left on each side, then by the consonants a transliteration keeps of its original (佩斯州 ↔ Pest County),
 * and last, when both sides have as many left, by kind and then by order. A name left
 * unlinked keeps the other language null: foreign names are never romanised with pinyin. The mentions include the later mentions of
 * names found only in context (extractors/places/repeats.ts, run before the agreement rules).
 */
import { pinyin } from "pinyin-pro";
import type { Lang, PlaceCandidate } from "../types";
import type { PlaceEntry, PlaceType } from "./gazetteer";
import { groupInOrder } from "../shared/group";
import { TRAILING_DIVISION } from "./en";
import { soundsLike } from "./sound";

export interface Mention {
  paragraph: string;
  lang: Lang;
  candidate: PlaceCandidate;
}

export type LinkMethod = "gazetteer" | "pinyin" | "order" | "sound" | null;

export interface PlaceGroup {
  entry: PlaceEntry | null;
  name: { en: string | null; zh: string | null };
  type: PlaceType;
  mentions: Mention[];
  /** how the names of an unknown place were paired across languages */
  link: LinkMethod;
}

export interface LinkInput {
  paragraphs: { id: string; lang: string; text: string }[];
  mentions: Mention[];
  alignments: { zh: string[]; en: string[] }[];
}

const letters = (s: string): string => s.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
const stripZhSuffix = (s: string): string => s.replace(/(?:大区|[市县区省州郡府])$/, "");
/** an original name glossed in brackets inside a Chinese one */
const GLOSSED = /[（(][^（）()]*[）)]/g;
const stripEnSuffix = (s: string): string => s.replace(TRAILING_DIVISION, "");

function romanised(zh: string): string {
  return letters((pinyin(stripZhSuffix(zh), { toneType: "none", type: "array", v: true }) as string[]).join(""));
}

/** a governor right after a name: the name is the division's ("Yamaguchi Governor") */
const GOVERNOR_AFTER = /^\s+(?:Vice\s+|Deputy\s+)?Governor\b/;

export function linkPlaces(input: LinkInput): PlaceGroup[] {
  const textOf = new Map(input.paragraphs.map((p) => [p.id, p.text]));
  /** the character right after a mention in its paragraph (a division word the name was read without: 马六甲|州, 托木斯克|市) */
  const charAfter = (m: Mention): string => textOf.get(m.paragraph)?.[m.candidate.index + m.candidate.text.length] ?? "";
  // (the city said as one: 冈山市, "Okayama City"; a bare name is either)
  const saysCity = (m: Mention): boolean => (m.lang === "en" ? /\sCity$/.test(m.candidate.text) : /市$/.test(m.candidate.text) || charAfter(m) === "市");
  const alignmentOf = new Map<string, { zh: string[]; en: string[] }>();
  for (const a of input.alignments) for (const id of [...a.zh, ...a.en]) alignmentOf.set(id, a);
  const byParagraph = groupInOrder(input.mentions, (m) => m.paragraph);

  // 1. the entry of every gazetteer mention; an ambiguous name takes the reading the other side names
  const entryOf = new Map<Mention, PlaceEntry>();
  // (the entries read without doubt, and the ambiguous mentions no translation settled)
  const settled = new Set<string>();
  const unsettled: Mention[] = [];
  for (const m of input.mentions) {
    const hits = m.candidate.hits;
    if (!hits.length) continue;
    let chosen = hits[0]!.entry;
    const a = alignmentOf.get(m.paragraph);
    if (hits.length > 1) {
      const other = a ? byParagraph(m.lang === "zh" ? a.en : a.zh).flatMap((o) => o.candidate.hits.map((h) => h.entry.id)) : [];
      const read = hits.find((h) => other.includes(h.entry.id))?.entry;
      if (read) settled.add(read.id);
      else unsettled.push(m);
      chosen = read ?? chosen;
    } else settled.add(chosen.id);
    entryOf.set(m, chosen);
  }
  // an ambiguous name no translation settles (a headline's "Taizhou") takes the one of its readings that the document
  // names without doubt elsewhere (台州市, or "Taizhou in East China's Zhejiang province" beside it)
  for (const m of unsettled) {
    const read = m.candidate.hits.filter((h) => settled.has(h.entry.id));
    if (read.length === 1) entryOf.set(m, read[0]!.entry);
  }

  // a foreign city's name that a division the document names holds with its division word (Washington, and
  // Washington State; 华盛顿, and 华盛顿州) is that division written short, not the namesake city
  // (but not where the city's word says it is the city, 托木斯克市 beside 托木斯克州, nor the translation of a paragraph that says so:
  // a release about Tomsk that names Tomsk Oblast too names two places)
  const divisions = [...new Set(entryOf.values())].filter((e) => e.type === "province" && e.country !== "CN");
  const cityStatedIn = new Set([...entryOf].filter(([m, e]) => e.type === "city" && saysCity(m)).map(([m, e]) => `${m.paragraph}|${e.id}`));
  const statedBesideAsCity = (m: Mention, e: PlaceEntry): boolean => {
    const a = alignmentOf.get(m.paragraph);
    return [m.paragraph, ...(a ? [...a.zh, ...a.en] : [])].some((id) => cityStatedIn.has(`${id}|${e.id}`));
  };
  for (const [m, e] of entryOf) {
    if (e.type !== "city" || e.country === "CN" || statedBesideAsCity(m, e)) continue;
    const division = divisions.find((d) => d.country === e.country && d.zh === `${e.zh}州` && d.en.startsWith(`${stripEnSuffix(e.en.replace(/,.*$/, ""))} `));
    if (division) entryOf.set(m, division);
  }
  // and the other way: a foreign division's bare name (马六甲, "Malacca", the state) in a release that names the city of that
  // name as a city (马六甲市, "Malacca City") and never the division with its word (马六甲州, "Malacca State") is the city
  const namedCities = [...new Set(entryOf.values())].filter((e) => e.type === "city" && e.country !== "CN");
  const divisionStated = new Set([...entryOf].filter(([m, e]) => e.type === "province" && (![e.zh, e.en].includes(m.candidate.text) || /^[州省]$/.test(charAfter(m)))).map(([, e]) => e.id));
  for (const [m, e] of entryOf) {
    if (e.type !== "province" || !e.country || e.country === "CN" || divisionStated.has(e.id)) continue;
    const city = namedCities.find((c) => c.country === e.country && c.zh === `${e.zh}市` && c.en === `${e.en} City`);
    if (city) entryOf.set(m, city);
  }

  // an unknown English name that is a known foreign division's name without its division word ("Amur Governor …" after
  // "the Amur Region") is that division written short, as "Washington" is Washington State above
  const divisionStems = new Map<string, Set<PlaceEntry>>();
  for (const [m, e] of entryOf) {
    if (m.lang !== "en" || e.type !== "province" || e.country === "CN") continue;
    for (const name of [m.candidate.text, e.en]) {
      const stem = stripEnSuffix(name);
      if (stem !== name) divisionStems.set(stem, (divisionStems.get(stem) ?? new Set()).add(e));
    }
  }
  for (const m of input.mentions) {
    const same = m.lang === "en" && !entryOf.has(m) ? divisionStems.get(m.candidate.text) : undefined;
    if (same?.size === 1) entryOf.set(m, [...same][0]!);
  }

  const unglossed = (m: Mention): string => m.candidate.text.replace(GLOSSED, "");

  // a known foreign name whose translation names, instead of it, one unknown name of its sound (奥克兰市 beside
  // "Oakland", not the gazetteer's Auckland) is that place, a namesake the gazetteer lacks, and pairs with it below
  for (const m of input.mentions) {
    const e = entryOf.get(m);
    const a = alignmentOf.get(m.paragraph);
    if (m.lang !== "zh" || !e || e.country === "CN" || !a) continue;
    const en = byParagraph(a.en);
    if (en.some((o) => entryOf.get(o)?.id === e.id)) continue;
    if (en.filter((o) => !entryOf.has(o) && soundsLike(unglossed(m), o.candidate.text)).length === 1) entryOf.delete(m);
  }

  // a foreign name written with other characters of the same sound as a known place the translation names
  // (宿雾 for the gazetteer's 宿务, as Taiwan writes Cebu; 德克萨斯 for 得克萨斯) is that place, before any
  // pairing by order can give it another name
  const soundsKnown = new Map<string, PlaceEntry>();
  for (const m of input.mentions) {
    const a = alignmentOf.get(m.paragraph);
    if (m.lang !== "zh" || entryOf.has(m) || !m.candidate.foreign || !a) continue;
    const sound = romanised(unglossed(m));
    const named = byParagraph(a.en).flatMap((e) => (entryOf.has(e) ? [entryOf.get(e)!] : []));
    // (not a known division, where the name's own word says it is a county within: 夏威夷县 beside "Hawaii", the state)
    const lower = m.candidate.type === "county" || m.candidate.type === "district";
    const same = [...new Set(named.filter((e) => e.country !== "CN" && romanised(e.zh) === sound && !(lower && (e.type === "province" || e.type === "country"))))];
    if (same.length === 1) soundsKnown.set(m.candidate.text, same[0]!);
  }
  // (and wherever else the document writes it: a title has no translation beside it)
  for (const m of input.mentions) if (m.lang === "zh" && !entryOf.has(m) && soundsKnown.has(m.candidate.text)) entryOf.set(m, soundsKnown.get(m.candidate.text)!);

  // a known foreign name that a name of the document's own, read from context, holds (奥克兰 after 美国奥克兰市)
  // is that place, written short, not the gazetteer's namesake (Auckland)
  // keyed by the name without its division word, valued by the name that has one (曼海姆 is 曼海姆市, whichever is read first)
  const unknownZh = new Map<string, string>();
  for (const m of input.mentions.filter((m) => m.lang === "zh" && !entryOf.has(m) && m.candidate.foreign)) {
    const name = unglossed(m);
    const bare = stripZhSuffix(name);
    if (!unknownZh.has(bare) || bare !== name) unknownZh.set(bare, name);
  }
  const zhFullName = new Map<string, string>();
  for (const m of input.mentions) {
    const full = m.lang === "zh" ? unknownZh.get(m.candidate.text) : undefined;
    // (not a division the mention names with its word: 夏威夷州 beside 夏威夷县, a county of the state's name)
    const divisionStatedHere = entryOf.get(m)?.type === "province" && /^[州省]$/.test(charAfter(m));
    if (full && full !== m.candidate.text && entryOf.get(m)?.country !== "CN" && !divisionStatedHere) {
      entryOf.delete(m);
      zhFullName.set(m.candidate.text, full);
    }
  }
  // a name glossed with its original (奥斯纳布吕克（Osnabrück）市) is named without the gloss, as it is written elsewhere
  const zhName = (m: Mention): string => zhFullName.get(m.candidate.text) ?? unglossed(m);

  // an unknown English name with a division word is the bare name when the document also writes that
  // bare ("Linz City" in Linz City Hall, and Linz): one place, one name to pair
  const unknownEn = new Set(input.mentions.filter((m) => m.lang === "en" && !entryOf.has(m)).map((m) => m.candidate.text));
  const bareEn = (name: string): string => {
    const stem = stripEnSuffix(name);
    return stem !== name && unknownEn.has(stem) ? stem : name;
  };

  // 2. unknown names paired across each alignment. A name found only from context (a later mention,
  // extractors/places/repeats.ts) counts in every alignment it is in, as the other language's name does.
  const zhToEn = new Map<string, { en: string; method: LinkMethod }>();
  const linkedEn = new Set<string>();
  const pair = (zhName: string, enName: string, method: LinkMethod): void => {
    zhToEn.set(zhName, { en: enName, method });
    linkedEn.add(enName);
  };
  const sides = input.alignments.map((a) => {
    const unknown = (ids: string[]): Mention[] => byParagraph(ids).filter((m) => !entryOf.has(m));
    const zh = [...new Map(unknown(a.zh).map((m) => [zhName(m), m])).values()];
    const en = [...new Map(unknown(a.en).map((m) => [bareEn(m.candidate.text), m])).entries()];
    return { zh, en };
  });
  const unpaired = (side: (typeof sides)[number]): { zh: Mention[]; en: [string, Mention][] } => ({
    zh: side.zh.filter((m) => !zhToEn.has(zhName(m))),
    en: side.en.filter(([n]) => !linkedEn.has(n)),
  });
  // a Chinese name of Chinese origin pairs by its pinyin wherever it is
  for (const side of sides) {
    for (const m of unpaired(side).zh) {
      if (m.candidate.foreign) continue;
      const match = unpaired(side).en.find(([n]) => letters(stripEnSuffix(n)) === romanised(zhName(m)));
      if (match) pair(zhName(m), match[0], "pinyin");
    }
  }
  // then an alignment with one name left on each side pairs them, which may leave one on each side of
  // another (a title names the partner; the body adds the partner's province)
  for (let progress = true; progress; ) {
    progress = false;
    for (const side of sides) {
      const left = unpaired(side);
      if (left.zh.length === 1 && left.en.length === 1) {
        pair(zhName(left.zh[0]!), left.en[0]![0], "order");
        progress = true;
      }
    }
  }
  // a foreign name left over that sounds like exactly one English name left over, and it like no other (佩斯州 and
  // Pest County, beside Csongrád-Csanád County, which 琼格拉德-乔纳德州 was not read as); before order, which crosses
  // a region and its province when the two languages name them in opposite orders (翁布里亚大区佩鲁贾省, "Perugia in
  // Italy's Umbria region")
  for (const side of sides) {
    const left = unpaired(side);
    const foreignZh = left.zh.filter((m) => m.candidate.foreign);
    for (const m of foreignZh) {
      const like = left.en.filter(([n]) => soundsLike(zhName(m), n));
      if (like.length === 1 && foreignZh.filter((o) => soundsLike(zhName(o), like[0]![0])).length === 1) pair(zhName(m), like[0]![0], "sound");
    }
  }

  // what is left, when as many are left on each side: the one name of a kind on each side (a 州 and a
  // state), then by order. Chinese names a place before its city, English after: order alone would cross them
  for (const side of sides) {
    const left = unpaired(side);
    if (left.zh.length !== left.en.length) continue;
    for (const m of left.zh) {
      const type = m.candidate.type;
      if (!type || left.zh.filter((o) => o.candidate.type === type).length !== 1) continue;
      const same = left.en.filter(([, e]) => e.candidate.type === type);
      if (same.length === 1) pair(zhName(m), same[0]![0], "order");
    }
    const rest = unpaired(side);
    if (rest.zh.length && rest.zh.length === rest.en.length) rest.zh.forEach((m, i) => pair(zhName(m), rest.en[i]![0], "order"));
  }

  // a foreign name left over beside a known place the translation names and the Chinese does not is that
  // place in another transliteration (巴伦西亚市 for Valencia, which the gazetteer writes 瓦伦西亚)
  input.alignments.forEach((a, i) => {
    const left = unpaired(sides[i]!).zh.filter((m) => m.candidate.foreign);
    if (left.length !== 1) return;
    const zhEntries = new Set(byParagraph(a.zh).flatMap((m) => (entryOf.has(m) ? [entryOf.get(m)!.id] : [])));
    const untoldIn = (m: Mention): PlaceEntry[] => {
      const e = entryOf.get(m);
      return e && e.country && e.country !== "CN" && !zhEntries.has(e.id) ? [e] : [];
    };
    const untold = [...new Map(byParagraph(a.en).flatMap(untoldIn).map((e) => [e.id, e])).values()];
    const [m] = left;
    if (untold.length !== 1) return;
    // of the same kind, as the gazetteer or the translation ("Cebu Province") has it
    const kinds = new Set([untold[0]!.type, ...byParagraph(a.en).filter((e) => entryOf.get(e) === untold[0]).map((e) => e.candidate.type)]);
    if (m!.candidate.type && !kinds.has(m!.candidate.type)) return;
    for (const same of input.mentions) if (same.lang === "zh" && zhName(same) === zhName(m!) && !entryOf.has(same)) entryOf.set(same, untold[0]!);
  });

  // 3. groups: by entry, or by the pair of unknown names
  const groups = new Map<string, PlaceGroup>();
  const enToZh = new Map([...zhToEn].map(([zh, { en }]) => [en, zh]));
  // 冈山县冈山市 / "Okayama City, Okayama Prefecture": a release that names a known city and the division named
  // after it, each as such, names two places (the prefecture's mentions are a group of their own)
  const statedAs = (m: Mention, type: string): boolean => m.candidate.type === type && !!entryOf.get(m) && m.candidate.hits[0]?.entry === entryOf.get(m);
  const cityStated = new Set(input.mentions.filter((m) => entryOf.get(m)?.type === "city" && statedAs(m, "city") && saysCity(m)).map((m) => entryOf.get(m)!.id));
  // ("Yamaguchi City": the bare names the document also writes with the city's word)
  const citiesNamed = new Set(input.mentions.filter((m) => m.lang === "en" && saysCity(m)).map((m) => m.candidate.text.replace(/\sCity$/, "")));
  const statedDivision = (m: Mention): boolean => statedAs(m, "province") && cityStated.has(entryOf.get(m)!.id);
  const divisionsStated = new Set(input.mentions.filter(statedDivision).map((m) => entryOf.get(m)!.id));
  // (a bare name of a city whose division the document also states, 山口县 and 山口市: the division where the
  // aligned paragraph names only the division, or, naming both or neither, where the English words say so)
  const bareDivision = (m: Mention): boolean => {
    const entry = entryOf.get(m);
    if (m.lang !== "en" || !entry || !divisionsStated.has(entry.id) || statedAs(m, "province") || saysCity(m)) return false;
    const other = byParagraph(alignmentOf.get(m.paragraph)?.zh ?? []).filter((o) => entryOf.get(o) === entry);
    const [division, city] = [other.some(statedDivision), other.some(saysCity)];
    if (division !== city) return division;
    const end = m.candidate.index + m.candidate.text.length;
    return GOVERNOR_AFTER.test(textOf.get(m.paragraph)!.slice(end, end + 24)) || citiesNamed.has(m.candidate.text);
  };
  const divisionOfCity = (m: Mention): boolean => statedDivision(m) || bareDivision(m);
  const keyOf = (m: Mention): string => {
    const entry = entryOf.get(m);
    if (entry) return divisionOfCity(m) ? `${entry.id}#division` : entry.id;
    const zh = m.lang === "zh" ? zhName(m) : enToZh.get(bareEn(m.candidate.text));
    return zh !== undefined ? `zh:${zh}` : `en:${bareEn(m.candidate.text)}`;
  };
  const add = (m: Mention): void => {
    const key = keyOf(m);
    let g = groups.get(key);
    if (!g) {
      const entry = entryOf.get(m) ?? null;
      const zh = entry ? entry.zh : m.lang === "zh" ? zhName(m) : (enToZh.get(bareEn(m.candidate.text)) ?? null);
      const link = zh && !entry ? zhToEn.get(zh) : undefined;
      const en = entry ? entry.en : m.lang === "en" ? bareEn(m.candidate.text) : (link?.en ?? null);
      g = { entry, name: { en, zh }, type: divisionOfCity(m) ? "province" : (entry?.type ?? "other"), mentions: [], link: entry ? "gazetteer" : (link?.method ?? null) };
      groups.set(key, g);
    }
    g.mentions.push(m);
    // the language that states the kind of an unknown place (District Municipality, 市) decides it; English is more specific
    // but for "Region", which names a world region and a country's first-level division alike, where 大区 says which
    // (中部大区, "the Centro Region" of Portugal: a division, as "Lombardy Region" is)
    if (!g.entry && m.candidate.type && (g.type === "other" || (m.lang === "en" && !(g.type === "province" && m.candidate.type === "region")) || (m.lang === "zh" && g.type === "region" && m.candidate.type === "province"))) g.type = m.candidate.type;
  };
  for (const m of input.mentions) add(m);
  // 冈山县 / "Okayama Prefecture", then "Okayama" for short: the division named after a known city, not the city
  // (not a type that only echoes another reading of an ambiguous name: "Victoria", Australia's state, where the group is Canada's city)
  const echoesAnother = (m: Mention, entry: PlaceEntry | null): boolean => {
    const first = m.candidate.hits[0]?.entry;
    return !!entry && !!first && first !== entry && m.candidate.type === first.type;
  };
  for (const g of groups.values()) {
    // (nor a bare name read as the division: its kind is the city's reading)
    const stated = new Set(g.mentions.filter((m) => !echoesAnother(m, g.entry) && !bareDivision(m)).map((m) => m.candidate.type).filter((t) => t && t !== g.type));
    const [only] = stated;
    if (g.entry && stated.size === 1 && only) g.type = only;
  }

  return [...groups.values()];
}

