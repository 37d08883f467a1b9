/**
 * English names no gazetteer holds, known as places by the words around them: an office held there ("Long
 * Beach Mayor Rex Richardson") or a country and a division word around them ("Italy's Umbria
 * region", "the Bahia state of Brazil", "Sri Lanka's Western Province") or a tie it is named by ("Rouen, Ningbo's sister
 * city since 1990", "Ningbo and Rouen became sister cities"). The core English rules are in en.ts.
 */
import type { ParagraphContext, PlaceCandidate, PlaceRule } from "../types";
import { gazetteer, type PlaceType } from "./gazetteer";
import { allMatches } from "../shared/matches";
import { ACRONYM, countryAt, DIVISION_WORD_ALONE, isCompassDivision, isGazetteerName, isPersonName, opensSentence, PERSON_TITLE, PROPER, readsAsPlaceName, TITLE_AND_HEADLINE_WORDS, TRAILING_DIVISION } from "./en";
import { CLAUSE_TIME_EN } from "../shared/clause-time-en";
import { HEADLINE_VERB_EITHER_CASE } from "../shared/headline-verbs";

/**
 * "Mayor John Smith of Bunbury", "Governor Park Wan-su of South Gyeongsang": the place a mayor (a city) or a governor (a
 * province or state) holds office in, after the holder's name and "of", with no gazetteer entry.
 */
export const nameAfterOfficeHolder: PlaceRule = {
  id: "place-en-office-holder-of",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    if (!OFFICE_WORD.test(ctx.text)) return [];
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(OFFICE_HOLDER_OF, ctx.text)) {
      const words = m[2]!.split(/\s+/);
      const index = m.index + m[0].length - m[2]!.length;
      if (!readsAsPlaceName(words) || isGazetteerName(m[2]!) || DIVISION_WORD_ALONE.test(words[words.length - 1]!)) continue;
      out.push({ rule: this.id, index, text: m[2]!, lang: "en", hits: [], type: placeTypeOfOffice(m[1]!), foreign: true });
    }
    return out;
  },
};

/** "Long Beach Mayor Rex Richardson", "Michigan Governor …": a name, an office it holds, then the holder's name */
const NAME_THEN_OFFICE = new RegExp(`(?<![\\p{L}\\p{M}'’-])((?:${PROPER}\\s+){0,2}${PROPER})\\s+(Mayor|Governor)\\s+(?=\\p{Lu}\\p{Ll})`, "gu");
const OFFICE_WORD = /Mayor|Governor/;
/** a mayor holds office in a city, a governor in a province or state */
const placeTypeOfOffice = (office: string): PlaceType => (office === "Mayor" ? "city" : "province");
/** "Mayor John Smith of Bunbury": the office, its holder's name (two or three capitalised words), "of" and the place */
const OFFICE_HOLDER_OF = new RegExp(`\\b(Mayor|Governor)\\s+(?:${PROPER}\\s+){2,3}of\\s+((?:${PROPER}\\s+){0,2}${PROPER})`, "gu");
/** the rank of the office, between the place and the office ("Perth Lord Mayor", "Prato Vice Mayor") */
const OFFICE_RANK = new Set("Vice Deputy Executive Acting Lord Lieutenant".split(" "));
/** words before an office that say which kind or when, not where ("Former Mayor", "Provincial Governor") */
const OFFICE_QUALIFIER = new Set("The A An Former Then Late New Incoming Outgoing Current Provincial Municipal State City Regional Prefectural County District Metropolitan".split(" "));

/**
 * "a delegation led by Long Beach Mayor Rex Richardson": the place a mayor (a city) or a governor (a province
 * or state) holds office in, named before the office, with no gazetteer entry and no word of its kind.
 */
export const nameBeforeOffice: PlaceRule = {
  id: "place-en-before-office",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    // (most paragraphs name no office: a plain search spares them the pattern, which tries every capital)
    if (!OFFICE_WORD.test(ctx.text)) return [];
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(NAME_THEN_OFFICE, ctx.text)) {
      const run = m[1]!.split(/\s+/);
      while (run.length && OFFICE_RANK.has(run[run.length - 1]!)) run.pop();
      const words = run.slice(run.findLastIndex((w) => TITLE_AND_HEADLINE_WORDS.has(w) || OFFICE_QUALIFIER.has(w)) + 1);
      if (!words.length || !readsAsPlaceName(words) || DIVISION_WORD_ALONE.test(words[words.length - 1]!)) continue;
      const index = m.index + run.join(" ").length - words.join(" ").length;
      // ("Lower Austria's Mayor": the possessive is no part of the name)
      const name = words.join(" ").replace(/['’]s$/, "");
      if (isGazetteerName(name)) continue;
      // "President Xi", "Mr. Tanaka": a person's name before the office is no place
      if (isPersonName(ctx.text, index, words)) continue;
      out.push({ rule: this.id, index, text: name, lang: "en", hits: [], type: placeTypeOfOffice(m[2]!), foreign: true });
    }
    // ("Wuhu Mayor Ning Bo and his Kassel counterpart": the place of the office said before, held by the counterpart)
    for (const m of allMatches(COUNTERPART, ctx.text)) {
      const office = [...ctx.text.slice(Math.max(0, m.index - 80), m.index).matchAll(/\b(Mayor|Governor)\b/g)].pop()?.[1];
      const words = m[1]!.split(/\s+/);
      if (!office || !readsAsPlaceName(words) || isGazetteerName(m[1]!)) continue;
      out.push({ rule: this.id, index: m.index + m[0].indexOf(m[1]!), text: m[1]!, lang: "en", hits: [], type: placeTypeOfOffice(office), foreign: true });
    }
    return out;
  },
};
/** "his Kassel counterpart": a counterpart named by the place of the office */
const COUNTERPART = new RegExp(`\\b(?:his|her|their)\\s+((?:${PROPER}\\s+){0,2}${PROPER})\\s+counterparts?\\b`, "gu");

/** a division word in lower case, as running text writes it after a name ("the Umbria region") */
const LOWER_DIVISION: Record<string, PlaceType> = { region: "region", province: "province", state: "province", prefecture: "province", oblast: "province", governorate: "province", department: "province", county: "county" };
const LOWER_DIVISIONS = Object.keys(LOWER_DIVISION).join("|");
const CAPITALISED_DIVISIONS = Object.keys(LOWER_DIVISION).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("|");
/** "Italy's Umbria region": a possessive (the country, checked after), a name, a division word in lower case */
// (or capitalised, as part of the name: "Sri Lanka's Western Province")
const OWNER_NAME_DIVISION = new RegExp(`(?<![\\p{L}\\p{M}])(${PROPER}(?:\\s+${PROPER}){0,2})['’]s\\s+((?:${PROPER}\\s+){0,2}${PROPER})\\s+(${LOWER_DIVISIONS}|${CAPITALISED_DIVISIONS})\\b`, "gu");
const POSSESSIVE = /['’]s\s/;
const DIVISION_THEN_OF = new RegExp(`(?:${LOWER_DIVISIONS})\\s+of\\s`);
/** a name right before "in" and the division that holds it */
const CITY_IN = new RegExp(`(?<![\\p{L}\\p{M}'’-])((?:${PROPER}\\s+){0,2}${PROPER})\\s+in\\s+$`, "u");
/** "the Bahia state of Brazil": a name and a division word in lower case, then "of" and (checked after) the country */
const NAME_DIVISION_OF = new RegExp(`\\bthe\\s+((?:${PROPER}\\s+){0,2}${PROPER})\\s+(${LOWER_DIVISIONS})\\s+of\\s+(?:the\\s+)?`, "gu");

/**
 * "a town in Italy's Umbria region", "the Bahia state of Brazil": a name a known country owns, with the kind of
 * division it is in lower case, the name alone being the place (the gazetteer finds it when it knows it); or,
 * after the possessive, capitalised as part of the name ("Sri Lanka's Northern Province").
 */
export const nameInCountryDivision: PlaceRule = {
  id: "place-en-country-division",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const g = gazetteer();
    const out: PlaceCandidate[] = [];
    const push = (name: string, index: number, kind: string, matchAt: number): void => {
      const words = name.split(/\s+/);
      // ("Kenya's Central Province": a compass word is a name beside its division's word and its country)
      // ("Indonesia's Central Java Province": a word that opens names of both kinds opens this one, a country's division)
      if ((readsAsPlaceName(words, true) || (words.length === 2 && isCompassDivision(words[0], words[1]!))) && !g.en.has(name)) out.push({ rule: this.id, index, text: name, lang: "en", hits: [], type: LOWER_DIVISION[kind]!, foreign: true });
      // "Cognac in the Nouvelle-Aquitaine region of France", "Todi in Italy's Umbria region": the name the division holds is a city
      const city = CITY_IN.exec(ctx.text.slice(Math.max(0, matchAt - 60), matchAt));
      const cityAt = matchAt - (city?.[0].length ?? 0);
      if (city && readsAsPlaceName(city[1]!.split(/\s+/)) && !g.en.has(city[1]!) && !opensSentence(ctx.text, cityAt)) {
        out.push({ rule: this.id, index: cityAt, text: city[1]!, lang: "en", hits: [], type: "city", foreign: true });
      }
    };
    // (plain searches for a possessive and for a division word before "of" spare most paragraphs the patterns)
    const owned = POSSESSIVE.test(ctx.text) ? allMatches(OWNER_NAME_DIVISION, ctx.text) : [];
    for (const m of owned) {
      if (countryAt(m[1]!, 0) !== m[1]) continue;
      const nameAt = m.index + m[0].length - m[3]!.length - 1 - m[2]!.length;
      const capitalised = m[3]![0] !== m[3]![0]!.toLowerCase();
      // ("Kazakhstan's Almaty Region": a known name with its division word is the known place, which the gazetteer finds)
      push(capitalised && !g.en.has(m[2]!) ? `${m[2]} ${m[3]}` : m[2]!, nameAt, m[3]!.toLowerCase(), m.index);
    }
    const ofCountry = DIVISION_THEN_OF.test(ctx.text) ? allMatches(NAME_DIVISION_OF, ctx.text) : [];
    for (const m of ofCountry) {
      if (countryAt(ctx.text, m.index + m[0].length)) push(m[1]!, m.index + m[0].indexOf(m[1]!, 4), m[2]!, m.index);
    }
    return out;
  },
};

/**
 * a possessor, an ordinal at most, and a tie's kind ending the phrase: "Ningbo's first sister city", "its sister
 * province", "the city's twin town" (not "Ningbo's sister city envoy")
 */
// (ASCII classes, to serve patterns with and without the u flag: the English agreement triggers have none)
export const OWNED_TIE = String.raw`(?:(?:the\s+(?:city|province|county|district)|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})['’]s|its|their)\s+(?:(?:first|oldest|earliest|newest|latest|\d+(?:st|nd|rd|th))\s+)?(?:(?:foreign|international|overseas)\s+)?(?:sister|twin|friendship)[- ](?:city|town|province|state)(?=\s*(?:[,.;:)]|$)|\s+(?:since|established|forged|formed|in|on|at|during|last|this|after|when|of|for|with|and|to|from)\b)`;
/** "Rouen, Ningbo's sister city", "Rouen has been Ningbo's sister city", "Rouen became its first sister city" */
// ("Tabriz became Yiwu's friendly exchange city": a friendly tie of a city's names its partner too, a place as a sister city is)
const OWNED_FRIENDLY_TIE = String.raw`(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}['’]s|its|their)\s+(?:friendly|friendship)\s+(?:exchange|cooperation)\s+(?:city|province|state)\b`;
const NAME_THEN_OWNED_TIE = new RegExp(`(?<![\\p{L}\\p{M}'’-])((?:${PROPER}\\s+){0,2}${PROPER})(?:,\\s+|\\s+(?:(?:has|have|had)\\s+been|became|becomes)\\s+)(?=${OWNED_TIE}|${OWNED_FRIENDLY_TIE})`, "gu");
const TIE_WORD = /sister|twin|friendship|friendly/;
/** a possessor's tie, then the partner's name: "its sister county Cumbria", "Ningbo's sister city Rouen" */
// ("its Japanese sister city Kasugai", "its South Korean sister city Gunsan": the partner's demonym before the tie)
const OWNED_TIE_THEN_NAME = new RegExp(`(?:(?:the\\s+(?:city|province|county)|${PROPER}(?:\\s+${PROPER}){0,2})['’]s|\\bits|\\btheir)\\s+(?:(?:first|oldest|newest|latest)\\s+)?(?:(?:foreign|international|overseas)\\s+|(?:(?:South|North)\\s+)?(?:\\p{Lu}\\p{Ll}+(?:ese|ian|ean|ish|an)|German|French|Dutch|Greek|Thai|Swiss|Czech|Lao)\\s+)?(?:sister|twin|friendship)[- ](city|town|county|province|state|prefecture|region)\\s+((?:${PROPER}\\s+){0,2}${PROPER})`, "gu");
const TIE_KIND = /^[^.;]*?[- ](city|town|province|state)\b/;

/** a known name: the gazetteer's, with or without its division word, or a country's */
function knownName(name: string): boolean {
  return isGazetteerName(name) || countryAt(name, 0) === name;
}

/** a run's words after the last title's or headline's word in it ("Since Chengdu": "Chengdu") */
function afterTitleWords(run: string): string {
  const all = run.split(/\s+/);
  return all.slice(all.findLastIndex((w) => TITLE_AND_HEADLINE_WORDS.has(w)) + 1).join(" ");
}

/** a word that ends in a possessive ("France's") */
// ("Arkansas' Little Rock": a name ending in s takes the apostrophe alone)
const ENDS_POSSESSIVE = /['’]s$|(?<=s)['’]$/;
/**
 * The place name no gazetteer knows that a run of capitalised words ending at `runEnd` gives: its words after
 * a headline's or title's word, when they read as a place's, are no division word alone and name no person.
 */
function unknownNameBefore(ctx: ParagraphContext, run: string, runEnd: number): { name: string; index: number } | null {
  const all = run.split(/\s+/);
  const cut = all.findLastIndex((w) => TITLE_AND_HEADLINE_WORDS.has(w));
  // ("The mayor of Qingdao and Mayor Specht signed": a name right after a person's title is the person's)
  if (cut >= 0 && PERSON_TITLE.has(all[cut]!)) return null;
  // ("France's Nice": a known place's possessive before the name says where it is, as 法国尼斯 does)
  const owner = all.findLastIndex((w, i) => i > cut && ENDS_POSSESSIVE.test(w) && knownName(w.replace(ENDS_POSSESSIVE, "")));
  const words = all.slice(Math.max(cut, owner) + 1);
  const name = words.join(" ");
  // (an acronym in capitals, ASEAN or APEC, names a body)
  if (!words.length || !readsAsPlaceName(words) || DIVISION_WORD_ALONE.test(words[words.length - 1]!) || TRAILING_DIVISION.test(name) || knownName(name) || ACRONYM.test(name)) return null;
  const index = runEnd - name.length;
  return isPersonName(ctx.text, index, words) ? null : { name, index };
}


/**
 * a tie of provinces, states or prefectures makes its partner a province, of counties a county, of regions a region;
 * any other (a sister city, a twin town) a city
 */
const partnerType = (tie: string): PlaceType => (/provinc|state|prefectur/i.test(tie) ? "province" : /count(?:y|ies)/i.test(tie) ? "county" : /region/i.test(tie) ? "region" : "city");

/** a partner's name no gazetteer knows, read by a tie rule (see unknownNameBefore), as a candidate of the tie's kind */
export function unknownPartner(ctx: ParagraphContext, rule: string, run: string, runEnd: number, tie: string): PlaceCandidate[] {
  const found = unknownNameBefore(ctx, run, runEnd);
  return found ? [{ rule, index: found.index, text: found.name, lang: "en", hits: [], type: partnerType(tie), foreign: true }] : [];
}

/**
 * "exports to Rouen, Ningbo's sister city since 1990": a name that a possessor's tie describes is a foreign
 * place of the tie's kind, with no gazetteer entry.
 */
export const nameOfOwnedTie: PlaceRule = {
  id: "place-en-owned-tie",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    if (!TIE_WORD.test(ctx.text)) return [];
    const out: PlaceCandidate[] = [];
    // (the tie's kind word, which the lookahead has seen)
    for (const m of allMatches(NAME_THEN_OWNED_TIE, ctx.text)) out.push(...unknownPartner(ctx, this.id, m[1]!, m.index + m[1]!.length, TIE_KIND.exec(ctx.text.slice(m.index + m[0].length))?.[1] ?? ""));
    // ("with its sister county Cumbria", "Ningbo's sister city Rouen": the name after the tie)
    for (const m of allMatches(OWNED_TIE_THEN_NAME, ctx.text)) out.push(...unknownPartner(ctx, this.id, m[2]!, m.index + m[0].length, m[1]!));
    return out;
  },
};

/** the words of a tie between places: sister city, twinning, friendship city, friendly exchange or cooperation, partner city */
const TIE_PHRASE = /\b(?:sister[- ](?:cit|provinc|state|town)|twin(?:ned|ning|[- ]cit|[- ]town)|friendship[- ](?:cit|agreement|ties|relations|exchange|cooperation|cooperative)|friendly[- ](?:exchange|cooperation|cooperative|cit|provinc|relations|ties)|partner(?:ship)?[- ]cit)/i;
/** "Ningbo and Rouen signed…", "Rouen and Ningbo have been…" (or "have enjoyed a sister-city relationship", "held a signing ceremony for …"): two names joined as the subject of a tie's verb */
const PAIR_THEN_VERB = new RegExp(`(?<![\\p{L}\\p{M}'’-])((?:${PROPER}\\s+){0,2}${PROPER})\\s+and\\s+(?:the\\s+)?((?:${PROPER}\\s+){0,2}${PROPER})\\s+(?:(?:have|has|had|were|formally|officially|also|then|first)\\s+){0,2}(?:signed|established|inked|forged|concluded|formali[sz]ed|sealed|entered|became|been|renewed|agreed|upgraded|twinned|enjoyed|maintained|reached(?=\\s+(?:an?\\s+)?(?:agreement|consensus)\\b)|held(?=\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?signing\\b))\\b`, "gu");
/** a headline's pair, joined by a comma or "and", before its verb in the present: "Jinan, Regina sign sister city agreement", "Jinan and Regina Celebrate 35th Anniversary of …" */
const HEADLINE_PAIR_THEN_VERB = new RegExp(`^((?:${PROPER}\\s+){0,2}${PROPER})(?:,\\s+|\\s+and\\s+)((?:${PROPER}\\s+){0,2}${PROPER})\\s+${HEADLINE_VERB_EITHER_CASE}\\b`, "u");
/** "established sister-city relations with Rouen", "a friendship agreement with Leeds": the partner after a tie and its "with" (or "include") */
// (a name ending the phrase, not one modifying a noun after it: "with ASEAN countries")
// ("Qingdao's sister cities include Long Beach, Nantes and Shimonoseki": the ties a place holds, listed after "include" or "are")
// ("34 sister cities, with the latest being Leeds": the newest of a tally, named after "being")
// (a headline's "With": "Kunshan Establishes Friendly Exchange Relationship With Vienne")
// ("Weihai's sister-city relationship with Sitka dates back to 2019": the tie's own verb after the name)
// ("added two sister cities, namely Ruse and Pleven": the ties a year added, named after "namely")
const PARTNER_NAME_AFTER = new RegExp(`\\b(?:[Ww]ith|includ(?:e|es|ed):?|namely:?|(?<=\\b(?:cities|provinces|states|towns|prefectures)\\s+)(?:are|were)|(?<=\\b(?:latest|newest|most\\s+recent)(?:\\s+(?:one|addition))?\\s+)being)\\s+(?:the\\s+)?((?:${PROPER}\\s+){0,2}${PROPER})(?=\\s*(?:[,.;:()]|$)|\\s+(?:of|in|and|to|on|at|for|since|from|by|as|during|under|until|which|who|that|is|was|were|has|have|had|will|would|signed|became|established|dates?|dated|dating|began|started)\\b)`, "gu");
/** the next item of a list of partners after "with": ", Grenoble", " and Portland", ", and Grenoble" (ending as PARTNER_NAME_AFTER's name ends) */
// (or "; Baltimore, US; and Sasebo, Japan": a semicolon between items that each give their country after a comma)
// (after the item's own country and its year in brackets: "San Diego, US (1985), Miyako, Japan (1993) and Gunsan (1995)")
const ITEM_DATED_TAIL = `(?:(?:,\\s+(?:the\\s+)?(?:${PROPER}\\s+){0,2}${PROPER})?\\s*\\(\\s*(?:19|20)\\d{2}\\s*\\))?`;
// ("with Kaiserslautern in 1990 and with Lorient in 2005", "with Bordeaux, France, on Monday and with Durban": an item with
// its own time, then "and with" and the next, the verb and tie left out)
const NEXT_LISTED_NAME = new RegExp(`^${ITEM_DATED_TAIL}(?:(?:,\\s+(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?((?:${PROPER}\\s+){0,2}${PROPER})(?=\\s*(?:[,.;:()]|$)|\\s+(?:of|in|and|to|on|at|for|since|from|by|as|during|under|until|respectively)\\b)|;\\s+(?:and\\s+)?(?:the\\s+)?((?:${PROPER}\\s+){0,2}${PROPER})(?=,\\s+(?:the\\s+)?[A-Z]))|^(?:,\\s+(?:the\\s+)?(?:${PROPER}\\s+){0,2}${PROPER})?,?\\s+${CLAUSE_TIME_EN},?\\s+(?:and\\s+)?with\\s+(?:the\\s+)?((?:${PROPER}\\s+){0,2}${PROPER})(?=\\s*(?:[,.;:()]|$)|\\s+(?:of|in|and|on|at|since|respectively)\\b)`, "u");
/** the names a list goes on with after the one that ends at `at` (NEXT_LISTED_NAME), each with where it ends */
export function namesListedAfter(text: string, at: number): { name: string; end: number }[] {
  const out: { name: string; end: number }[] = [];
  for (let item = NEXT_LISTED_NAME.exec(text.slice(at)); item; item = NEXT_LISTED_NAME.exec(text.slice(at))) {
    at += item[0].length;
    out.push({ name: (item[1] ?? item[2] ?? item[3])!, end: at });
  }
  return out;
}
// (a comma may close the tie's words: "sister cities, the latest being")
const TIE_BEFORE_WITH = new RegExp(`(${TIE_PHRASE.source})[\\w-]*(?:,?\\s+[\\w-]+){0,4}?,?\\s+$`, "i");
/** "added Aveiro as its 16th sister city": a partner added by name, then the tie it is (group 2) */
const ADDED_NAME_AS_TIE = new RegExp(`\\badded\\s+(?:the\\s+)?((?:${PROPER}\\s+){0,2}${PROPER})(?=,?\\s+(?:as\\s+)?(?:its|a|an|their)\\s+(?:[\\w-]+\\s+){0,2}?((?:sister|twin|friendship)[- ](?:city|province|state))\\b)`, "gu");
/** "the sister-city relationship between Hefei and Osnabrück": the two names a tie is between (ending as PARTNER_NAME_AFTER's name ends) */
const BETWEEN_NAMES = new RegExp(`\\bbetween\\s+(?:the\\s+)?((?:${PROPER}\\s+){0,2}${PROPER})\\s+and\\s+(?:the\\s+)?((?:${PROPER}\\s+){0,2}${PROPER})(?=\\s*(?:[,.;:()]|$)|\\s+(?:of|in|on|at|since|from|which|that|was|were|has|have|had|is|are|to|for|dates?|dating)\\b)`, "gu");

/**
 * "Ningbo and Rouen became sister cities", "signed a friendship agreement with Leeds": the partner of a tie
 * between places is a place (a sister city a city, a sister province or state a province), when the other
 * side of a joined pair is a place the gazetteer knows. A body ("Leeds University", "Siemens AG") is no
 * place: only tie words (not a bare agreement) name the partner, and a body's word ends no place name.
 */
export const nameOfTiePartner: PlaceRule = {
  id: "place-en-tie-partner",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    if (!TIE_PHRASE.test(ctx.text)) return [];
    const out: PlaceCandidate[] = [];
    const push = (run: string, runEnd: number, tie: string): void => void out.push(...unknownPartner(ctx, this.id, run, runEnd, tie));
    // of two names joined, the one no gazetteer knows when it knows the other ("Since Chengdu" once the sentence's opening word is cut)
    const pushOther = (first: string, firstEnd: number, second: string, secondEnd: number, tie: string): void => {
      if (knownName(first) || knownName(afterTitleWords(first))) push(second, secondEnd, tie);
      else if (knownName(second)) push(first, firstEnd, tie);
    };
    // (a headline's pair, at the paragraph's start, read as the pairs before a tie's verb are)
    const headline = HEADLINE_PAIR_THEN_VERB.exec(ctx.text);
    for (const m of [...(headline ? [headline] : []), ...allMatches(PAIR_THEN_VERB, ctx.text)]) {
      // the tie is what the verb's clause makes ("…became sister cities in 1990")
      // ("Wuhu and Kassel were twinned in 1990": or the verb is the tie)
      const tie = /twinned$/.test(m[0]) ? "twinned" : TIE_PHRASE.exec(ctx.text.slice(m.index + m[0].length).split(/[.;]/, 1)[0]!)?.[0];
      if (tie) pushOther(m[1]!, m.index + m[1]!.length, m[2]!, m.index + m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length, tie);
    }
    // ("the sister-city relationship between Hefei and Osnabrück": the two names a tie is between, as a joined pair)
    for (const m of allMatches(BETWEEN_NAMES, ctx.text)) {
      const tie = TIE_BEFORE_WITH.exec(ctx.text.slice(Math.max(0, m.index - 80), m.index));
      if (tie) pushOther(m[1]!, m.index + m[0].indexOf(m[1]!, 8) + m[1]!.length, m[2]!, m.index + m[0].length, tie[1]!);
    }
    // ("Zhuhai added Aveiro as its 16th sister city": a partner added by name, the tie after it)
    for (const m of allMatches(ADDED_NAME_AS_TIE, ctx.text)) push(m[1]!, m.index + m[0].length, m[2]!);
    for (const m of allMatches(PARTNER_NAME_AFTER, ctx.text)) {
      const tie = TIE_BEFORE_WITH.exec(ctx.text.slice(Math.max(0, m.index - 80), m.index));
      if (!tie) continue;
      push(m[1]!, m.index + m[0].length, tie[1]!);
      // ("sister-city relations with Venice, Grenoble and Portland": each name the list goes on with is a partner too)
      for (const item of namesListedAfter(ctx.text, m.index + m[0].length)) push(item.name, item.end, tie[1]!);
    }
    return out;
  },
};

/** one pair of names joined by "and" */
const NAME_PAIR = `(?:${PROPER}\\s+){0,2}${PROPER}\\s+and\\s+(?:the\\s+)?(?:${PROPER}\\s+){0,2}${PROPER}`;
/** a list of pairs before the verb they share: "Nanning and Vientiane, Liuzhou and Rayong, and Guilin and Siem Reap each signed" */
// ("Qingdao and Daegu, as well as Yantai and Gunsan, signed": "as well as" parts pairs as "and" does, a comma after the last)
const PAIRS_BEFORE_VERB = new RegExp(`(?<![\\p{L}\\p{M}'’-])(?:${NAME_PAIR},\\s+){1,5}(?:and\\s+|as\\s+well\\s+as\\s+)?${NAME_PAIR}(?=,?\\s+(?:(?:each|respectively|also|all|have|has|had|both)\\s+){0,2}(?:signed|established|inked|renewed|became|forged|concluded)\\b)`, "gu");
/** a tie between cities, named after the verb of a list of pairs */
const CITY_TIE_AFTER = /^[^,]{0,40}?\b(?:sister|twin|friendship|friendly(?:\s+(?:exchange|cooperation))?|partner)[- ]cit(?:y|ies)\b/i;
/** a Chinese division the gazetteer holds */
const isChinese = (name: string): boolean => (gazetteer().en.get(name) ?? gazetteer().en.get(name.replace(TRAILING_DIVISION, "")) ?? []).some((h) => h.entry.country === "CN");
/** the kind of a known foreign place, not a country */
export const foreignKind = (name: string): PlaceType | undefined => (gazetteer().en.get(name) ?? []).find((h) => h.entry.country !== "CN" && h.entry.type !== "country")?.entry.type;

/**
 * "Nanning and Vientiane, Liuzhou and Rayong, and Guilin and Siem Reap each signed …": in a list of pairs that each
 * join a Chinese division to its partner, a partner no gazetteer holds is a foreign place of the kind the list's known
 * partners are (as 南宁与万象、柳州与罗勇 in zh-listed.ts).
 */
export const pairedInListEn: PlaceRule = {
  id: "place-en-paired-in-list",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(PAIRS_BEFORE_VERB, ctx.text)) {
      const pairs = [...allMatches(new RegExp(NAME_PAIR, "gu"), m[0])].map((p) => {
        const [own, partner] = p[0].split(/\s+and\s+(?:the\s+)?/);
        return { own: own!, partner: partner!, end: m.index + p.index + p[0].length };
      });
      if (!pairs.every((p) => isChinese(afterTitleWords(p.own)))) continue;
      // (with no partner known, the ties of cities the shared verb makes: "… and Ganzhou and Rayong established sister-city relations")
      const kind = pairs.map((p) => foreignKind(p.partner)).find((k) => !!k) ?? (CITY_TIE_AFTER.test(ctx.text.slice(m.index + m[0].length).split(/[.;]/, 1)[0]!) ? "city" : undefined);
      if (!kind) continue;
      for (const p of pairs) if (!foreignKind(p.partner)) out.push(...unknownPartner(ctx, this.id, p.partner, p.end, kind));
    }
    return out;
  },
};

/** "Columbus, US, and Kurume, Japan": the bare US after a place's comma (the gazetteer leaves it out: it opens US$ and all-capital headlines) */
const BARE_US_AFTER_NAME = /(?<=\p{L},\s?)US(?![\w$])/gu;

export const bareUsAfterName: PlaceRule = {
  id: "place-en-bare-us",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    if (!/,\s?US/.test(ctx.text)) return [];
    const hits = gazetteer().en.get("United States") ?? [];
    return allMatches(BARE_US_AFTER_NAME, ctx.text).map((m) => ({ rule: this.id, index: m.index, text: m[0], lang: "en", hits: [...hits], type: "country", foreign: false }));
  },
};
