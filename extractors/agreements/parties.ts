/**
 * What the agreement rules of both languages share: sentences, the places a sentence names as parties
 * (a country that only locates another party is not one: 南非莎拉巴特曼市, "Bridgetown, the capital of
 * Barbados"), and the CAMEO code of each type; the pair a 两市 or "the two sides" refers to is in pair-referents.ts. The rule each is made
 * with, and the enumerations one trigger holds several events in, are in trigger-rule.ts; when an event happened is
 * read in event-dates.ts.
 */
import type { NameHit } from "../places/gazetteer";
import type { AgreementCandidate, AgreementContext, AgreementLevel, AgreementType, Lang, ParagraphContext, PartyMention, PlaceCandidate } from "../types";
import { lowerBound } from "../shared/search";
import { rememberRecent } from "../shared/recent";
import { wireDatelineAt } from "../shared/wire-dateline";
import { COUNTRYS_DIVISION_OF, DIVISION_WORD_OF, PERSON_TITLE, SUFFIXES } from "../places/en";
import { OWNED_TIE } from "../places/en-around";
import { BODY_OF_EN, coordinatedOrganisations, ORGANISATION_AFTER, ORGANISATION_BEFORE_EN } from "./organisations";
import { CLAUSE_TIME_EN } from "../shared/clause-time-en";

/** CAMEO codes: 057 sign formal agreement; 030 express intent to cooperate; 060 engage in material cooperation */
export const CAMEO: Record<AgreementType, string | null> = {
  "sister-city": "057",
  "friendly-cooperation": "057",
  memorandum: "057",
  "letter-of-intent": "030",
  agreement: "057",
  membership: null,
  cooperation: "060",
};

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/**
 * Sentences: Chinese ends at 。！？；, English at a run of . ! ? ; followed by a space and a capital, a
 * quote or a bracket, or by the end (not inside "U.S." or "No. 2"). One pass over the text.
 */
export function sentences(text: string, lang: "zh" | "en"): readonly Sentence[] {
  return splitRecent[lang](text);
}
// every agreement rule of a language asks for the same paragraph's sentences in turn: split it once
const splitRecent = { zh: rememberRecent((text) => split(text, "zh")), en: rememberRecent((text) => split(text, "en")) };

/** the time of a gapped partner's clause: "in September", "on May 21", "in 2019" (read here and by the English rules) */
export const GAP_TIME_WORDS = CLAUSE_TIME_EN;
/** a clause of a partner alone, its verb left out: " in September, with Ube", " and with the City of Perth" */
const GAPPED_PARTNER_AFTER = new RegExp(`^\\s+(?:and\\s+)?(?:${GAP_TIME_WORDS},?\\s+)?with\\s+(?:the\\s+)?[A-Z]`);
const MARKS = { zh: new Set("。！？；!?;"), en: new Set(".!?;") };
function split(text: string, lang: "zh" | "en"): Sentence[] {
  const out: Sentence[] = [];
  const marks = MARKS[lang];
  let start = 0;
  const close = (stop: number): void => {
    out.push({ start, end: stop, text: text.slice(start, stop) });
    start = stop;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  };
  // a wire's dateline opening the paragraph is a sentence of its own: its city is no party, its date no event's
  const dateline = wireDatelineAt(text, lang);
  if (dateline) close(dateline.length);
  for (let i = start; i < text.length; i++) {
    if (!marks.has(text[i]!)) continue;
    let j = i;
    while (j + 1 < text.length && marks.has(text[j + 1]!)) j++;
    const stop = j + 1;
    i = j;
    // a semicolon between the items of a list dated in brackets ends nothing: "include Sakai, Japan (1983); Busan, …"
    if (separatesDatedItems(text, i) || (lang === "en" && separatesPlaceItems(text, i))) continue;
    if (lang === "en") {
      let k = stop;
      while (k < text.length && /\s/.test(text[k]!)) k++;
      // a semicolon always ends a clause ("…established sister-state relations; in May 2024, Changsha…"), but for one
      // before a partner whose verb is the clause's before it ("…relations with Pyeongtaek; in September, with Ube, Japan")
      if (text[i] === ";" && GAPPED_PARTNER_AFTER.test(text.slice(stop, stop + 60))) continue;
      const ends = k === text.length || text[i] === ";" || (k > stop && /[A-Z"“(]/.test(text[k]!));
      // (nor a list item's number at a line's start: "…around the world:\n1. Kurashiki, Japan (1990)")
      if (!ends || /\b(?:[A-Z]|No|Mr|Ms|Dr|St)\.$/.test(text.slice(Math.max(0, stop - 3), stop)) || /(?:^|\n)\s*\d{1,2}\.$/.test(text.slice(Math.max(0, stop - 6), stop))) continue;
    }
    close(stop);
  }
  if (start < text.length) out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

/** a list item's year in brackets: (1983), （1993年） (read by the rules of listed ties, and here before a semicolon) */
export const LIST_ITEM_YEAR = "[（(]\\s*(?:19|20)[0-9]{2}\\s*年?\\s*[）)]";
/** a trigger that ends by opening a list of ties (包括, 有, "include", "are") */
const OPENS_LIST_OF_TIES = { zh: /(?:包括|有)[：:]?$/, en: /\b(?:include[sd]?|including|are|were):?$/i };
const LIST_ITEM_YEAR_AHEAD = new RegExp(`^[^。；.]{1,60}?${LIST_ITEM_YEAR}`);
/**
 * Whether a list of ties a trigger opens names places: each item dated in brackets, or a place right after the
 * trigger ("include Long Beach", ", including Florence", 包括美国长滩市; not "include those in Europe", 有很多共同点和…).
 * True for other triggers.
 */
export function listNamesPlaces(text: string, places: readonly PlaceCandidate[], trigger: string, end: number, lang: Lang): boolean {
  if (!OPENS_LIST_OF_TIES[lang].test(trigger) || LIST_ITEM_YEAR_AHEAD.test(text.slice(end, end + 80))) return true;
  const first = end + (/^[\s：:]*(?:the\s+)?/.exec(text.slice(end, end + 8))?.[0].length ?? 0);
  return opensWithPartner(text, places, first);
}
/**
 * whether a list of partners opens with a place at a position: not a country alone ("21 sister cities, including Japan
 * and South Korea" names where the ties are, no partner); a country before its city names the city's (包括英国加的夫市,
 * "including Japan's Nagoya")
 */
export const opensWithPartner = (text: string, places: readonly PlaceCandidate[], at: number): boolean =>
  places.some((p) => p.index === at && (p.type !== "country" || !COUNTRY_ALONE.test(text.slice(p.index + p.text.length, p.index + p.text.length + 8))));
/** what follows a country that is a list's item of its own: the list's next mark, its close, the sentence's end */
const COUNTRY_ALONE = /^\s*(?:[、，,；;。.等]|和|及|and\b|or\b|$)/;
const LIST_ITEM_YEAR_END = new RegExp(`${LIST_ITEM_YEAR}\\s*$`);
/** a semicolon at a position between the items of a list dated in brackets ("include Sakai, Japan (1983); Busan, …"), which ends no clause */
/**
 * nor one between places listed each with its country: "include Cardiff, UK; Baltimore, US; and Sasebo, Japan" (a
 * name and a comma before it closing a "City, Country" item, and another such item after it)
 */
const PLACE_ITEM_BEFORE = /\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$/;
const PLACE_ITEM_AFTER = /^\s+(?:and\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+(?:the\s+)?[A-Z]/;
const separatesPlaceItems = (text: string, i: number): boolean => text[i] === ";" && PLACE_ITEM_BEFORE.test(text.slice(Math.max(0, i - 60), i)) && PLACE_ITEM_AFTER.test(text.slice(i + 1, i + 60));
export const separatesDatedItems = (text: string, i: number): boolean => (text[i] === ";" || text[i] === "；") && LIST_ITEM_YEAR_END.test(text.slice(Math.max(0, i - 16), i));

const inside = (p: { index: number; text: string }, from: number, to: number): boolean => p.index >= from && p.index + p.text.length <= to;

/** how far either side of a trigger a rule looks for its parties: a clause, not a whole run-on paragraph */
export const WINDOW = 200;

/** The items (sorted by index) that lie in [from, to), found by binary search so a rule stays linear. */
export function between<T extends { index: number; text: string }>(sorted: T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(sorted, from, (x) => x.index); i < sorted.length && sorted[i]!.index < to; i++) if (inside(sorted[i]!, from, to)) out.push(sorted[i]!);
  return out;
}

/** a place that starts inside an organisation's name ("Nijmegen" in "Radboud University Nijmegen") only says whose body it is */
export const placeInsideBody = (p: PartyMention, o: PartyMention): boolean =>
  p.kind === "place" && p.index !== null && o.kind === "organisation" && o.index !== null && o.index < p.index && p.index < o.index + o.text!.length;

/** "in", "at", "in the city of", "in the border city of": what says where, right before a place */
// (a city "of" a name after "in": "signed … in the city of Khorgos", "in the Kazakh city of Almaty")
const IN_OR_AT_EN = /\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+)?(?:(?:port|coastal|border|capital|historic|ancient)\s+)?(?:city|town|village)\s+of\s+)?$/;

/**
 * The places between two offsets that can be parties: a country right before another place (南非莎拉巴特曼市,
 * 巴巴多斯首都布里奇顿) or right after one ("X in South Africa", "X, the capital of Barbados", "X of the Republic of Korea") only says
 * where that place is.
 */
export function partyPlaces(text: string, places: PlaceCandidate[], from: number, to: number, lang: "zh" | "en"): PlaceCandidate[] {
  const within = between(places, from, to);
  // 座谈会在郑州举行, 在德国柏林签署: where the event took place, not who took part (and the place 在 locates)
  const venue = new Set<PlaceCandidate>();
  within.forEach((p, i) => {
    const previous = within[i - 1];
    const before = text.slice(Math.max(0, p.index - 24), p.index);
    // (在马来西亚槟城州首府乔治市: a place the venue before it locates, its capital or a city of it, is the venue too)
    if (VENUE_BEFORE[lang].test(before) || (lang === "zh" && previous && venue.has(previous) && LOCATED_BY_PREVIOUS_ZH.test(text.slice(previous.index + previous.text.length, p.index)))) venue.add(p);
    // "signed a memorandum … in Fuzhou", "In Johannesburg, …": after a word, "in" says where; after a place ("Kuching in Malaysia") it locates that place
    const inAt = lang === "en" ? IN_OR_AT_EN.exec(before) : null;
    // ("the Alentejo Region in Nanchang": a smaller place cannot hold the place before it)
    const locatesPrevious = (at: RegExpExecArray): boolean => !!previous && DIVISION_WORD_EN.test(text.slice(previous.index + previous.text.length, p.index - at[0].length)) && rankOf(p) <= rankOf(previous);
    // ("In Mannheim, Qingdao's sister city since 2016, …": the apposition names the place a partner, wherever the visit was)
    if (inAt && !locatesPrevious(inAt) && !OWNED_TIE_AFTER.test(text.slice(p.index + p.text.length, p.index + p.text.length + 80))) venue.add(p);
    // ("in Pompei, Province of Naples, Campania Region, Italy": the divisions after the venue, each after a comma, locate it)
    // (a larger place, or one of its rank a division's word names, "Province of Naples", "Campania Region"; and not after a
    // venue that opens the sentence: "In Rotterdam, Ningbo and …")
    const divisionNamed = (gap: RegExpExecArray): boolean => !!gap[1] || DIVISION_WORD_AFTER_EN.test(text.slice(p.index + p.text.length, p.index + p.text.length + 12));
    const locatesVenue = (gap: RegExpExecArray): boolean => rankOf(p) < rankOf(previous!) || (divisionNamed(gap) && rankOf(p) <= rankOf(previous!));
    const gap = lang === "en" && previous && venue.has(previous) ? LOCATES_PREVIOUS_EN.exec(text.slice(previous.index + previous.text.length, p.index)) : null;
    if (gap && locatesVenue(gap) && !OPENING_VENUE_EN.test(text.slice(Math.max(0, previous!.index - 12), previous!.index))) venue.add(p);
  });
  // the places found to locate the place before them (read in order: a chain locates on)
  const locators = new Set<PlaceCandidate>();
  const parties = within.filter((p, i) => {
    if (venue.has(p) || FORMER_NAME_BEFORE[lang].test(text.slice(Math.max(0, p.index - 24), p.index))) return false;
    // (成为中国第12个加入该组织的城市: a country before an ordinal is the scope of a ranking, not a party; a city there is
    // one: 成为广州市第12个友好城市)
    // (nor after the ordinal, as the kind of what is ranked: 深圳是加入该组织的第14个中国城市)
    if (lang === "zh" && p.type === "country" && (ORDINAL_AFTER_ZH.test(text.slice(p.index + p.text.length, p.index + p.text.length + 6)) || ORDINAL_BEFORE_ZH.test(text.slice(Math.max(0, p.index - 8), p.index)))) return false;
    // (鹿特丹港所在的南荷兰省: a place in a clause that says where the party is, not a party)
    if (lang === "zh" && WHERE_IT_IS_ZH.test(text.slice(p.index + p.text.length, p.index + p.text.length + 6))) return false;
    // (广西两市分别与越南两省签署…: a place before a count of its cities or provinces says where the parties are, whom it
    // does not name; not the second of a pair the count closes, 青岛与曼海姆两市, both of which sign)
    if (lang === "zh" && PLACES_COUNTED_IN_ZH.test(text.slice(p.index + p.text.length, p.index + p.text.length + 4)) && !(within[i - 1] && /^[与和同及]$/.test(text.slice(within[i - 1]!.index + within[i - 1]!.text.length, p.index)))) return false;
    // (成都与意大利城市签署…: a country before the kind of place its partner is says whose, and names no party)
    // (考文垂是第三个与江苏省城市结好的英国城市: nor does a province before 城市, a city of it unnamed)
    if (lang === "zh" && (p.type === "country" || (p.type === "province" && /^城市/.test(text.slice(p.index + p.text.length)))) && KIND_OF_PARTNER_ZH.test(text.slice(p.index + p.text.length, p.index + p.text.length + 6))) return false;
    // ("the province of South Holland, where Rotterdam is located": a place in a clause that says what is in the party)
    if (lang === "en" && /,\s+where\s+(?:the\s+)?$/.test(text.slice(Math.max(from, p.index - 12), p.index)) && /^\s+(?:is|are|was|were)\s+(?:located|situated|based)\b/.test(text.slice(p.index + p.text.length, p.index + p.text.length + 20))) return false;
    // "Kuching, a city in the state of Sarawak, signed": a place inside an apposition that says where the party is
    if (lang === "en" && PLACE_APPOSITION_EN.test(text.slice(Math.max(from, p.index - 80), p.index))) return false;
    // "Gangnam-gu Mayor Cho Sung-myung of Seoul": after a place's officer and the officer's name, "of" says where that place is
    if (lang === "en" && i > 0 && officerOfPlaceBefore(text.slice(within[i - 1]!.index + within[i - 1]!.text.length, p.index))) return false;
    // "during the Beijing Summit of the Forum …", 博鳌论坛: a place that opens an event's name names the event
    if (EVENT_NAMED_AFTER[lang].test(text.slice(p.index + p.text.length, p.index + p.text.length + 80))) return false;
    // "during the 8th China-Russia Expo", "the China-South Asia Expo", 中国—南亚博览会: a country or a region joined to
    // another name by a dash names an event or a body
    if ((p.type === "country" || p.type === "region") && (/[\p{L}][-–—－]$/u.test(text.slice(Math.max(0, p.index - 2), p.index)) || /^[-–—－][\p{L}]/u.test(text.slice(p.index + p.text.length, p.index + p.text.length + 2)))) return false;
    // ("the Asia-Pacific Secretariat of UCLG", 亚太区秘书处: a country or region before an organ's word names the organ, which
    // sends the letter or holds the meeting, no party)
    if ((p.type === "country" || p.type === "region") && ORGAN_AFTER_PLACE[lang].test(text.slice(p.index + p.text.length, p.index + p.text.length + 24))) return false;
    const next = within[i + 1];
    const previous = within[i - 1];
    // ("Hamburg is Germany's largest port city and …", "Europe's busiest port": a country or region whose kind of place describes the place before it, no party)
    if (lang === "en" && (p.type === "country" || p.type === "region") && COUNTRYS_KIND_OF_PLACE_EN.test(text.slice(p.index + p.text.length, (next?.index ?? p.index + 80)))) return false;
    // "the US state of Kansas", "the Mexican state of Jalisco", "Vietnam's Lang Son Province": the country says where the state is
    if (lang === "en" && p.type === "country" && next && (KIND_OF.test(text.slice(p.index + p.text.length, next.index)) || possessive(p, text.slice(p.index + p.text.length, next.index)))) return false;
    // ("Suzhou's Wujiang District", "Suzhou's Kunshan City": so does a city or province whose place, of its rank or smaller,
    // it names by its possessive)
    if (lang === "en" && next && rankOf(next) >= rankOf(p) && possessive(p, text.slice(p.index + p.text.length, next.index))) return false;
    // a country, province or region that locates the place beside it (四川省成都市, "Xi'an in Shaanxi Province")
    if (!LOCATING.has(p.type ?? "other")) return true;
    if (lang === "zh") {
      // (非洲塞内加尔达喀尔市: a region right before a country, with nothing between, holds it)
      if (next && p.type === "region" && next.type === "country" && next.index === p.index + p.text.length) return false;
      // (泉州市晋江市: a city right before another city, with nothing between, is the larger one that holds it)
      if (next && /市$/.test(p.text) && /市$/.test(next.text) && next.index === p.index + p.text.length) return false;
      // (首尔特别市麻浦区, 沈阳市和平区: a city right before a district, its word at most between, holds it)
      if (next && p.type === "city" && next.type === "district" && /^(?:特别市|广域市|市|都)?$/.test(text.slice(p.index + p.text.length, next.index))) return false;
      // (翁布里亚大区|佩鲁贾省|托迪市: a chain of divisions of one rank, each right before the next, down to a smaller place)
      for (let k = i + 1; k < within.length && LOCATED_BY_PREVIOUS_ZH.test(text.slice(within[k - 1]!.index + within[k - 1]!.text.length, within[k]!.index)); k++) {
        if (rankOf(within[k]!) > rankOf(p)) return false;
        if (rankOf(within[k]!) < rankOf(p)) break;
      }
      return true;
    }
    const gapBefore = (a: PlaceCandidate, b: PlaceCandidate): string => text.slice(a.index + a.text.length, b.index);
    // ("In Johannesburg, Hunan and Gauteng signed": a venue opening the sentence is no place the province after it locates;
    // "held in Barcelona, Spain": a country after a venue still locates it)
    const openingVenue = !!previous && venue.has(previous) && p.type !== "country" && OPENING_VENUE_EN.test(text.slice(Math.max(0, previous.index - 12), previous.index));
    // (not "Wellington, Penang and Zamboanga": a state of another country than every reading of the place before it is a
    // list's next item)
    // ("Bra in the Province of Cuneo, Piedmont Region, Italy": and a division of the same rank after a division that locates,
    // as a chain of divisions does in Chinese)
    const locatesPrevious = previous && !openingVenue && (rankOf(previous) > rankOf(p) || (locators.has(previous) && rankOf(previous) === rankOf(p))) && LOCATED_BY_NEXT_EN.test(gapBefore(previous, p)) && mayLocate(p, previous);
    if (locatesPrevious) {
      locators.add(p);
      return false;
    }
    // ("Birmingham, Alabama, the United States": a division between commas, then its country, locates the place before it,
    // whatever the gazetteer's reading of that place, as the chain of commas says)
    if (previous && next?.type === "country" && !openingVenue && rankOf(previous) > rankOf(p) && /^,\s+$/.test(gapBefore(previous, p)) && /^,?\s+(?:(?:of|in)\s+)?(?:the\s+)?$/.test(gapBefore(p, next))) return false;
    // ("Jinjiang of Quanzhou": a city "of" another city is held by it, as 泉州市晋江市)
    if (previous && !openingVenue && p.type === "city" && previous.type === "city" && /^\s+of\s+$/.test(gapBefore(previous, p))) return false;
    if (next && rankOf(next) > rankOf(p) && CAPITAL_AFTER_EN.test(gapBefore(p, next))) return false;
    // ("the Porto City Council of Portugal": a government's name, then its country, which says where the government is;
    // so does a body's: "the Aqaba Special Economic Zone Authority of Jordan")
    if (p.type === "country" && ((previous && GOVERNMENT_OF_EN.test(gapBefore(previous, p))) || BODY_OF_EN.test(text.slice(Math.max(0, p.index - 40), p.index)))) return false;
    // ("Atlanta, Georgia of the United States": a country "of" which a place is said to be locates it, whatever the place's
    // own reading, here a country's name too)
    if (p.type === "country" && previous && !openingVenue && /^\s+of\s+(?:the\s+)?$/.test(gapBefore(previous, p))) return false;
    // "Jinan, capital of east China's Shandong Province", "Sarasota in the US state of Florida": the country between
    // them only says whose province it is; the place before the country is the one located
    const before = within[i - 2];
    return !(previous?.type === "country" && before && rankOf(before) > rankOf(p) && (/^['’]s\s+$/.test(gapBefore(previous, p)) || KIND_OF.test(gapBefore(previous, p))) && LOCATED_BY_NEXT_EN.test(gapBefore(before, previous)));
  });
  // (6家合肥企业与瑞典企业签署采购协议, "six Hefei enterprises signed … with Swedish companies": places that each stand before
  // firms they do not name only say whose firms sign; not 宁波市与日本企业签署, where a place signs with the firms; so do
  // places before their universities, 肯特郡高校与山东高校签署了6项合作协议)
  return parties.every((p) => UNNAMED_BODIES_OF_PLACE[lang].test(text.slice(p.index + p.text.length, p.index + p.text.length + 16))) ? [] : parties;
}

/** a count of places right after a place's name, of the places in it: 两市, 两省, 13市, 三个县 */
const PLACES_COUNTED_IN_ZH = /^(?:[两二三四五六七八九十几多]|[0-9０-９]{1,3})个?[市省县区州]/;

/** the words of a division that may locate a venue before it */
const LOCATING_DIVISIONS = "Province|Prefecture|Region|State|County|Oblast|Department";
/** between a place and a division after it that locates it: ", ", ", Province of " (group 1), " City, " */
const LOCATES_PREVIOUS_EN = new RegExp(`^(?:\\s+(?:City|${LOCATING_DIVISIONS}))?,\\s+((?:the\\s+)?(?:${LOCATING_DIVISIONS})\\s+of\\s+)?$`);
/** a division's word right after its name: " Region" of "Campania Region" */
const DIVISION_WORD_AFTER_EN = new RegExp(`^\\s+(?:${LOCATING_DIVISIONS})\\b`);
/** "In Rotterdam, …": a venue that opens its sentence, closed by its comma */
const OPENING_VENUE_EN = /(?:^|[.!?]\s+)(?:In|At)\s+(?:the\s+)?$/;

/** a country's possessive and a kind of place in lower-case words, naming no place: "'s largest port city", "'s oldest industrial hub" */
/** an organ's word right after a place: a body's office for that country or region */
const ORGAN_AFTER_PLACE = { zh: /^(?:地?区)?(?:秘书处|办事处|代表处|分部|分会|总部)/, en: /^\s+(?:Regional\s+)?(?:Secretariat|Office|Section|Chapter|Branch|Bureau|Headquarters)\b/ };
/** a possessive between a place and the next: "Vietnam's ", or the apostrophe alone after a name in -s ("Laos' Luang Prabang") */
const possessive = (p: PlaceCandidate, between: string): boolean => /^['’]s\s+$/.test(between) || (/s$/.test(p.text) && /^['’]\s+$/.test(between));
const COUNTRYS_KIND_OF_PLACE_EN = /^['’]s\s+(?:[a-z][\w-]*\s+){0,4}(?:city|port|town|hub|centre|center|capital|gateway|metropolis)\b/;

/** unnamed firms or schools right after a place: 企业, 客商, 高校, "enterprises", "companies", "universities" */
const UNNAMED_BODIES_OF_PLACE = { zh: /^(?:市|省|县|区)?(?:的)?(?:企业|客商|商家|厂商|企业家|高校|高等院校|院校|中小学)/, en: /^(?:['’]s)?\s+(?:enterprises|companies|firms|businesses|businesspeople|entrepreneurs|exporters|investors|universities|colleges)\b/ };

/** the country a gazetteer reading lies in (its own code for a country) */
const countryOfHit = (h: NameHit): string | null => (h.entry.type === "country" ? (h.entry.code?.value ?? null) : h.entry.country);
/** whether a division may hold the place before it: unless both are known and no reading of that place lies in the division's country */
function mayLocate(division: PlaceCandidate, place: PlaceCandidate): boolean {
  const countries = new Set(division.hits.map(countryOfHit).filter((c) => c !== null));
  return !countries.size || !place.hits.length || place.hits.some((h) => countries.has(countryOfHit(h) ?? ""));
}

/** the words of a place's government before "of" and its country: " City Council of ", " Municipal Government of the ", " state government of " */
// (" Metropolitan City Government of the ", " Municipal People's Government of ": two or three such words)
const GOVERNMENT_OF_EN = /^\s+(?:(?:City|Municipal|County|Departmental|Provincial|State|Regional|Metropolitan|People['’]s)\s+){0,3}(?:Council|Government|Assembly|Administration)\s+of\s+(?:the\s+)?$/i;

/** the word of an event right after the place that opens its name: 北京|峰会, "Beijing Summit", "Canton Fair" */
const EVENT_NAMED_AFTER = {
  // (厦门|国际投资贸易洽谈会: a name's words may stand between, no verb nor mark)
  // (中国国际友好城市大会, 中法友好城市市长圆桌会议: a conference's too)
  // (not 群山市|通过视频会议方式签署: the means of a signing, 通过 or 以 a meeting, opens no event's name; nor 杭州市|正式成为国际
  // 大会及会议协会会员, a verb of joining before the body whose name holds 大会)
  zh: /^(?:(?!通过|以|成为|加入|被|获)[^，。；、\s与和及同的在于签举召开参出将了]){0,8}?(?:峰会|论坛|博览会|交易会|展览会|洽谈会|运动会|艺术节|文化节|旅游节|电影节|大会|年会|会议|圆桌会|研讨会|推介会|交流会)/,
  // ("the 2025 China (Foshan) International Ceramics Fair": a bracketed host city and a few words of the name between)
  // ("the Hainan-Russia Economic Forum": the place joined by a dash to the next name)
  // ("a Kunming-Mandalay economic and trade cooperation promotion event": two places joined by a dash, then the event's
  // words in lower case; not "the Hefei-Osnabrück sister-city relationship", a tie the pair names)
  en: /^\)?(?:[-–—][A-Z][\w'’]*)?\s+(?:\([^()]{1,30}\)\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?(?:Summit|Forum|Expo|Exposition|Fair|Games|Olympics|Festival|Biennale|Dialogue)\b|^[-–—][A-Z][\w'’]*\s+(?:(?!sister|twin|friendship|friendly)[a-z][\w'’-]*\s+){1,6}?(?:forum|summit|expo|fair|event|conference|festival|symposium|seminar|dialogue|exhibition|week|roundtable|meeting)\b/,
};
/** an apposition after a party that says what it is and where, up to a place: ", a coastal city in the state of " */
// (or a hub or centre of something there: "Prato, a textile hub in Italy's Tuscany region, signed")
// (not ", a sister city of Guilin", which names a partner)
// ("Ufa, the capital of the Republic of Bashkortostan": the division a capital is of, likewise)
const PLACE_APPOSITION_EN = /,\s+(?:an?\s+(?!(?:sister|twin|friendship)[- ])(?:[\w-]+\s+){0,3}?(?:town|city|village|county|municipality|commune|port|seaport|hub|cent(?:er|re)|gateway|metropolis)\s+(?:in|of|on|located|situated)|(?:the\s+)?(?:[\w-]+\s+){0,2}?capital(?:\s+city)?\s+of)\b[^,;]*$/;
/** a bracket that gives a party's former name (新阿基坦大区（原阿基坦大区）, "(formerly the Aquitaine Region)"): the same party, not another */
const FORMER_NAME_BEFORE = { zh: /[（(](?:原|旧称|前身为?|曾用名)$/, en: /\((?:formerly|previously|formerly\s+known\s+as|once)\s+(?:the\s+)?$/i };
/** between a place and "of" the place that holds it: its officer's title and name (" Mayor Cho Sung-myung of ") */
const OFFICER_NAMED_OF = /^\s+([A-Z][a-z]+)\s+(?:[A-Z][\w'’.]*(?:-[\w'’]+)*\s+){1,4}of\s+(?:the\s+)?$/;
const officerOfPlaceBefore = (between: string): boolean => {
  const m = OFFICER_NAMED_OF.exec(between);
  return !!m && PERSON_TITLE.has(m[1]!);
};
/** a place in a clause describing the next place by it: 鹿特丹港所在的, 总部所在地 */
const WHERE_IT_IS_ZH = /^\p{Script=Han}{0,2}?所在(?:的|地)/u;
/** the kind of place a partner is, right after its country: 意大利城市, 日本一城市, 法国的一个大区 */
const KIND_OF_PARTNER_ZH = /^(?:的)?(?:一个|一座|一|某)?(?:城市|省份|地区|大区)/;
/** words before a place that make it where an event was held (在郑州举行, "was held in Zhengzhou"); English "in" is read in partyPlaces */
export const VENUE_BEFORE = { zh: /[在于]$/, en: /\b(?:held|hosted|took\s+place|convened|staged)\s+(?:in|at)\s+(?:the\s+)?$/ };
/** an apposition that makes the place before it someone's partner: ", Qingdao's sister city" */
const OWNED_TIE_AFTER = new RegExp(`^,\\s+${OWNED_TIE}`);
/** nothing, or a division word, between a place and the "in" after it ("Kuching in", "Mombasa County in") */
const DIVISION_WORD_EN = new RegExp(`^\\s*(?:(?:${SUFFIXES})\\s+)?$`);
/** between a country and a place it locates as an adjective: "the US state of", "Mexican state of" */
// ("the US State of Ohio": the kind may be capitalised as part of the name)
// ("Italy's Province of Prato": the country's possessive before the kind, as "the Italian province of")
const KIND_OF = /^(?:['’]s)?\s+(?:[Ss]tate|[Pp]rovince|[Cc]ity|[Pp]refecture|[Rr]egion|[Cc]ounty)\s+of\s+(?:the\s+)?$/;

/** between a country or province and the place after it that it locates: nothing, 州, 大区, 首都, 省会, 的, 最大城市, 著名旅游城市 */
// (共和国, 王国: the rest of a country's formal name, 意大利共和国里米尼市, 泰王国呵叻府)
const LOCATED_BY_PREVIOUS_ZH = /^(?:(?:[省州府县道]|大区|边疆区|自治区|(?:联邦)?共和国|王国|合众国)?(?:联邦首都区|首都|首府|省会|会)?|的|的?(?:最大|第[二三四五]大)?(?:港口|沿海|工业|历史文化)?城市|的?(?:[^，。；、与和同及\s]{1,8}?)(?:城市|名城|之都|重镇))$/;
/**
 * between a place and the country or province after it that locates it: ", the capital of", ", the
 * largest city of", ", a port city in", ", located in", " in the", " of the" (", of the": "Columbus, Ohio, of the United States")
 */
/** "east China's", "in northwest China": a compass word before the locating name; ", a famous tourist city in south China's Guangxi" locates too */
// (capitalised as the English press writes it: "Taizhou in East China's Zhejiang province")
const COMPASS = "(?:(?:[Ee]ast|[Ww]est|[Nn]orth|[Ss]outh|[Nn]ortheast|[Nn]orthwest|[Ss]outheast|[Ss]outhwest|[Cc]entral)(?:ern)?\\s+)?";
/** ", the Federal Republic of Germany", ", the People's Republic of China", "of the Kingdom of Thailand": a country's formal name after a comma or "of", as a signed document's title gives it */
const FORMAL_STATE_OF = "(?:,|\\s+of)\\s+(?:the\\s+)?(?:[A-Z][\\w'’]*\\s+){0,3}(?:Republic|Kingdom|Federation|Commonwealth|Confederation|Duchy|Principality|Sultanate)\\s+of\\s+(?:the\\s+)?";
/** "Tacoma Mayor Victoria Woodards of Washington State": the place's head, named, then the larger place it lies in */
const HEAD_NAMED_OF = "\\s+(?:(?:Deputy|Vice|Lord)\\s+)?(?:Mayor|Governor|Premier)\\s+(?:[A-Z][\\w'’.-]*,?\\s+){1,3}(?:of|from)\\s+(?:the\\s+)?";
// ("Bad Homburg vor der Höhe in the German state of Hesse", "Freiburg im Breisgau, Germany": the rest of a name after
// its gazetteer form, a preposition and a capitalised word, goes with the name)
// ("Hanover (Hannover), Germany": or the name's own spelling in brackets)
const NAME_TAIL_EN = "(?:\\s+(?:am|an\\s+der|im|vor\\s+der|ob\\s+der|upon|on|sur|en|de|del|di)\\s+[A-ZÄÖÜ][\\wäöüßéèàç'’-]*|\\s+\\([A-ZÄÖÜ][\\wäöüßéèàç'’-]*(?:\\s+[A-ZÄÖÜ][\\wäöüßéèàç'’-]*){0,2}\\)(?=,))?";
const LOCATED_BY_NEXT_EN = new RegExp(`^${NAME_TAIL_EN}(?:\\s+(?:${SUFFIXES}))?(?:,\\s+(?:(?:the|a|an)\\s+)?(?:(?:(?:[a-z][\\w-]*\\s+){0,3}?(?:capital|city|town|cent(?:er|re)|seat)\\s+(?:city\\s+)?(?:of|in)|Federal\\s+Capital\\s+(?:Territory|District)\\s+of)\\s+(?:the\\s+)?${COMPASS}(?:China['’]s\\s+)?(?:${COUNTRYS_DIVISION_OF})?)?|,\\s+(?:which\\s+is\\s+)?(?:located|situated)\\s+in\\s+(?:the\\s+)?|\\s+(?:region|province|state|prefecture|county|department|oblast)s?\\s+of\\s+(?:the\\s+)?|,?\\s+(?:in|of)\\s+(?:the\\s+)?(?:(?:[A-Z][a-z]+\\s+)?${DIVISION_WORD_OF})?${COMPASS}(?:China['’]s\\s+)?|${HEAD_NAMED_OF}|${FORMAL_STATE_OF})$`);

/** between a country or division and its capital after it: "Lower Saxony's capital ", "Bavaria's state capital, " */
const CAPITAL_AFTER_EN = /^['’]s\s+(?:(?:state|provincial|regional)\s+)?capital(?:\s+city)?,?\s+$/;

// (a city locates a county or district of it: 湖州市安吉县, "Anji County of Huzhou"; never another city, of its own rank)
const LOCATING = new Set(["country", "province", "region", "city"]);
const RANK: Record<string, number> = { country: 0, region: 1, province: 1, city: 2, county: 3, district: 3, other: 2 };
/** how local a place is: a city is inside a province, a province inside a country */
// (伊犁哈萨克自治州, 大兴安岭地区: a Chinese region is a prefecture, of a city's rank inside its province, 新疆伊犁…; a
// region elsewhere is a continent's part, 非洲)
const rankOf = (p: PlaceCandidate): number => (p.type === "region" && isChinesePrefecture(p) ? RANK.city! : (RANK[p.type ?? "other"] ?? 2));
const isChinesePrefecture = (p: PlaceCandidate): boolean => p.hits.some((h) => h.entry.country === "CN" && !!h.entry.code && !/0000$/.test(h.entry.code.value));

/**
 * The text between two offsets without the places that only locate the place before them ("Since Suzhou and Venice,
 * Italy became …" reads "Since Suzhou and Venice became …"): a larger place right after a comma, and its own comma
 * before a verb.
 */
export function withoutLocators(text: string, places: PlaceCandidate[], from: number, to: number): string {
  const within = between(places, from, to);
  let out = "";
  let at = from;
  within.forEach((p, i) => {
    const previous = within[i - 1];
    if (!previous || !/^,\s*$/.test(text.slice(previous.index + previous.text.length, p.index)) || rankOf(p) >= rankOf(previous)) return;
    out += text.slice(at, previous.index + previous.text.length);
    at = p.index + p.text.length + (/^,(?=\s+[a-z])/.test(text.slice(p.index + p.text.length, p.index + p.text.length + 4)) ? 1 : 0);
  });
  return out + text.slice(at, to);
}

/**
 * the ties two places enter as a pair, and once: a sentence that lists several partners of one is an event with
 * each (a sister-city tie is never among three), and every report of one between the same places is that one tie
 */
export const TIE_TYPES: ReadonlySet<AgreementType> = new Set<AgreementType>(["sister-city", "friendly-cooperation"]);

/** the kind words an English release names itself by ("the province", "the city"), and the level each says ("the region" none) */
export const OWN_KIND_EN: Readonly<Record<string, AgreementLevel | null>> = { province: "provincial", city: "city", county: "county", district: "district", region: null, municipality: "city" };

/** 续签, "renewed": an event that renews a tie or document signed before, and is no report of that first signing */
export const isRenewal = (triggers: readonly string[]): boolean => triggers.some((t) => /续签|续约|renew/i.test(t));

/** an English ordinal up to the tenth, or in figures ("first", "11th"): a rank among ties or members (RANKED_MEMBER_BEFORE, STANDING_RANK) */
export const ORDINAL_WORD_EN = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))";

/** the words that name a pair of parties: 两市, 双方, "the two cities", "both sides" (read by PAIR_WORDS, PAIR_SUBJECT and the English rule) */
export const PAIR_NAME = {
  // (两港, "the two ports": the ports of the pair's cities, which the release names by the cities)
  // (两校, "the two schools": bodies of a tie of their own, 结为友好学校; not 两院, which is also the two academies of 两院院士)
  zh: "(?:两省州|两省区|两市|两省|两地|两县|两区|两州|两城|两港|两校|双方)",
  // ("the two mayors signed a memorandum", "both governors": the officers of the pair sign for it)
  en: "(?:[Tt]he\\s+two|[Bb]oth)\\s+(?:cities|capitals|towns|sides|provinces|states|parties|regions|counties|districts|municipalities|places|localities|mayors|governors|ports|schools|universities)",
};

/** a pair word anywhere in a text: 两市, 双方, "the two sides" (a whole word in English) */
export const PAIR_WORD = { zh: new RegExp(PAIR_NAME.zh), en: new RegExp(`\\b${PAIR_NAME.en}\\b`) };
/**
 * Whether a subject stands in [from, to): a pair word or a place. A since-clause with a subject of its own
 * (两省州自2014年建立…以来, "Since the two sides established …,") ends where it ends; the main clause after it is another's.
 */
export function subjectNamedIn(text: string, places: readonly { index: number }[], from: number, to: number, lang: Lang): boolean {
  return PAIR_WORD[lang].test(text.slice(from, to)) || places.some((p) => p.index >= from && p.index < to);
}

/** bodies within a place that sign agreements of their own: universities, firms, hospitals, departments */
export const SIGNING_BODIES = "(?:高校|大学|学院|学校|中小学|企业|公司|医院|机构|部门|单位|协会|商会|银行|港口|媒体|博物馆|图书馆|研究院|研究所)";

/** the bodies within a place, in English, that sign agreements of their own ("enterprises from the two cities") */
export const SIGNING_BODIES_EN = "(?:companies|firms|enterprises|businesses|universities|colleges|schools|hospitals|institutions|organi[sz]ations|departments|banks|ports|media|museums|libraries|associations|chambers\\s+of\\s+commerce)";
/** the verbs of what the pair agreed or planned to do, before "to" ("and plan to …", "agreed to …") */
export const PLANNING_VERB_EN = "(?:plans?|agreed|decided|pledged|vowed|promised)";
/** a place the gazetteer holds in China, or a name found without it that no rule read as foreign */
export const isChineseCandidate = (c: PlaceCandidate): boolean => c.hits.some((h) => h.entry.country === "CN") || (!c.foreign && !c.hits.length);

/** the words of a tie between two provinces or states: 友好省州, 友好省道, "sister-state", "friendly province-state" */
export const TIE_OF_PROVINCES = { zh: /友好省(?:州|道|区|份)|友好省(?![市县府])|姐妹省/, en: /\b(?:sister|friendship|twin)[- ](?:provinces?|states?)\b|\bfriendly[- ]provinc(?:e|ial)[- ](?:and[- ])?(?:states?|provinces?)\b|\bfriendly\s+provinces\b/i };

/** 以来 closing the clause that follows: 自2014年建立友好城市关系以来, the time a "since" clause recalls */
export const SINCE_CLOSES = /^[^，。；]*?以来/;


/**
 * The named parties of an event in a window: organisations the rule read (alone, when the rule says
 * partners are organisations), otherwise the window's party places, less those inside an organisation's
 * name, and the organisations, with two bodies joined before the trigger; each once.
 */
export function namedParties(text: string, places: PlaceCandidate[], window: { start: number; end: number }, lang: "zh" | "en", ruleOrganisations: PartyMention[], organisationsOnly: boolean, triggerAt: number): PartyMention[] {
  if (organisationsOnly && ruleOrganisations.length) return ruleOrganisations;
  const candidates = partyPlaces(text, places, window.start, window.end, lang);
  // 贵州大学与梅西大学签署…: two bodies joined before the trigger are its subject; where a party place opens
  // the end of such a name (法国里昂大学), the body is named from it, as the place's own reading names it
  // (签署了《哈尔滨工业大学与新西伯利亚国立大学合作协议》: two bodies joined in the title of the document signed are its
  // parties, as they are before the verb)
  const title = lang === "zh" && triggerAt < window.end ? DOCUMENT_TITLE.exec(text.slice(triggerAt, window.end)) : null;
  const titleAt = title ? triggerAt + title.index + 1 : 0;
  const named = [...coordinatedOrganisations(text, window.start, Math.min(triggerAt, window.end), lang), ...(title ? coordinatedOrganisations(text, titleAt, titleAt + title[1]!.length, lang) : [])];
  const coordinated = named.map((o) => {
    const end = o.index! + o.text!.length;
    // (only after a country or a division that says whose body it is: "Ningbo Zhoushan Port Group" and "the Port of
    // Rotterdam Authority" are named whole)
    // (the last such place: 美国俄亥俄州托莱多大学 is 托莱多大学, its country and state before it)
    const opening = candidates.findLast((p) => p.index > o.index! && p.index < end && p.index + p.text.length + (ORGANISATION_AFTER[lang].exec(text.slice(p.index + p.text.length, end))?.[0].length ?? -1) === end && ownedFrom(text, places, o.index!, p.index));
    return opening ? { ...o, index: opening.index, text: text.slice(opening.index, end) } : o;
  });
  const organisations = [...ruleOrganisations, ...coordinated];
  // a place inside an organisation's name as the text gives it (科特布斯 in 科特布斯勃兰登堡工业大学), or right after
  // it ("Sembcorp Industries of Singapore"), only says whose body it is
  const inOrganisation = (p: { index: number; text: string }): boolean =>
    [...organisations, ...named].some((o) => o.kind === "organisation" && o.index !== null && ((p.index >= o.index && p.index < o.index + o.text!.length) || (p.index > o.index && /^\s+of\s+(?:the\s+)?$/.test(text.slice(o.index + o.text!.length, p.index)))));
  const parties: PartyMention[] = [
    ...candidates
      .filter((p) => !inOrganisation(p))
      .map((p): PartyMention => {
        // 河南农业大学, "Kansas State University", "the University of Lyon": the place is inside an organisation's name, and the organisation is the party
        const rest = ORGANISATION_AFTER[lang].exec(text.slice(p.index + p.text.length, window.end));
        // ("the Port of Rotterdam Authority": a body's head word before the place, and its word after)
        const head = lang === "en" ? ORGANISATION_BEFORE_EN.exec(text.slice(Math.max(window.start, p.index - 80), p.index)) : null;
        // (a port's city may be one no gazetteer holds, found from its context: "the Port of Antwerp-Bruges, Belgium")
        const opening = head && (!/\bPort\s+of\b/.test(head[0]) || p.type === "city" || p.type === null) ? head[0] : "";
        // ("the Port of Antwerp-Bruges": a port of two merged cities is named with both, the second no party of its own)
        const merged = opening ? (MERGED_NAME_TAIL.exec(text.slice(p.index + p.text.length, window.end))?.[0] ?? "") : "";
        return rest || opening ? { kind: "organisation", index: p.index - opening.length, text: opening + p.text + (merged || (rest?.[0] ?? "")) } : { kind: "place", index: p.index, text: p.text };
      }),
    ...organisations,
  ].filter((p, _, all) => !all.some((o) => placeInsideBody(p, o)));
  // (宁波舟山港集团 holds 舟山港集团, read from the second place inside it: one body)
  const insideAnother = (p: PartyMention): boolean =>
    p.kind === "organisation" && p.index !== null && parties.some((q) => q !== p && q.kind === "organisation" && q.index !== null && q.index <= p.index! && q.index + q.text!.length >= p.index! + p.text!.length && q.text!.length > p.text!.length);
  return parties.filter((p, i) => parties.findIndex((q) => q.kind === p.kind && q.text === p.text) === i && !insideAnother(p));
}

/** a document's title in 《》 */
const DOCUMENT_TITLE = /《([^》]{4,40})》/;

/** an ordinal: 第12, 第十四 */
export const ORDINAL_ZH = "第[0-9０-９一二三四五六七八九十百]+";
/** an ordinal right after a country (中国第12个…), or one and its measure word right before it (第14个中国城市) */
const ORDINAL_AFTER_ZH = new RegExp(`^(?:的)?${ORDINAL_ZH}`);
const ORDINAL_BEFORE_ZH = new RegExp(`${ORDINAL_ZH}(?:个|座|家)$`);

/** a hyphen and a second capitalised name right after a place: "Antwerp-Bruges" */
const MERGED_NAME_TAIL = /^[-‑–][A-Z][\w'’]*/;

/** the places that, opening a body's name, say whose it is (法国|里昂大学, "Germany's Acme") */
const LOCATING_OWNER = new Set(["country", "province", "region"]);

/** whether the text from a body's start up to a place in it is only such owners, one after another (美国|俄亥俄州|托莱多大学) */
function ownedFrom(text: string, places: PlaceCandidate[], from: number, to: number): boolean {
  let at = from;
  for (let q = places.find((p) => p.index === at); q && LOCATING_OWNER.has(q.type ?? "other"); q = places.find((p) => p.index === at)) {
    at = q.index + q.text.length + (/^(?:['’]s)?\s*(?:州|省|道|大区)?/.exec(text.slice(q.index + q.text.length))?.[0].length ?? 0);
    if (at === to) return true;
  }
  return false;
}

/** An event as a paragraph reports it: parties in text order, cited from the first party (not before `spanFrom`) to the end of the trigger or the last party. */
export function eventCandidate(text: string, fields: Omit<AgreementCandidate, "index" | "text" | "triggerAt">, trigger: { index: number; end: number }, spanFrom: number): EventReading {
  const parties = [...fields.parties].sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  const spanned = parties.filter((p): p is PartyMention & { index: number; text: string } => p.index !== null && p.text !== null && p.index >= spanFrom);
  let from = Math.min(trigger.index, ...spanned.map((p) => p.index));
  let to = Math.max(trigger.end, ...spanned.map((p) => p.index + p.text.length));
  // "became a member of the ": a trigger that ends before a name it did not find there quotes no space after it
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  // 签署《…备忘录》, 签署了《建立友好城市关系协议书》: a document's title the citation opens, it closes too
  const close = count(text.slice(from, to), "《") > count(text.slice(from, to), "》") ? /^[^》，。；]{0,30}》/.exec(text.slice(to)) : null;
  if (close) to += close[0].length;
  // (《…备忘录》的签署: and a title the citation closes, it opens)
  const open = count(text.slice(from, to), "》") > count(text.slice(from, to), "《") ? /《[^《》，。；]{0,40}$/.exec(text.slice(Math.max(0, from - 41), from)) : null;
  if (open) from -= open[0].length;
  return { ...fields, parties, index: from, text: text.slice(from, to) };
}

const count = (text: string, ch: string): number => text.split(ch).length - 1;

/** What a rule makes of one trigger match in a sentence (null: not an event). */
export type ReadEvent = (ctx: ParagraphContext, found: AgreementContext, sentence: Sentence, match: RegExpMatchArray, trigger: { index: number; end: number }) => EventReading | null;
/** An event as a rule reads it, before the trigger's position is attached */
export type EventReading = Omit<AgreementCandidate, "triggerAt">;
