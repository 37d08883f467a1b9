/**
 * English place rules that read a name from the word of its kind before it ("the Mayor of Osnabrück", "the state of
 * Lower Saxony", "the city of Ohrid") or from a known place whose capital it is ("Bavaria's capital Munich"), and the
 * order every English place rule of en.ts and this file runs in (EN_PLACE_RULES). This file imports from en.ts, never
 * the other way, so each loads after what it builds on.
 */
import type { ParagraphContext, PlaceCandidate, PlaceRule } from "../types";
import { gazetteer, type PlaceType } from "./gazetteer";
import { allMatches } from "../shared/matches";
import { PROPER, NOT_PLACE_WORDS, namesAt, gazetteerName, sharedRegionWord, namesSharingDivision, nameWithDivisionWord, DEMONYM, readsAsPlaceName, TITLE_AND_HEADLINE_WORDS, TRAILING_DIVISION, nameBeforeCountry, COUNTRYS_DIVISION_OF } from "./en";
import { regionOfAdjective } from "./en-region-adjective";

/** the words that say what kind of place the name after "of" is ("the Mayor of Osnabrück", "the state of Lower Saxony") */
export const KIND_BEFORE_OF: Record<string, PlaceType> = {
  Mayor: "city",
  mayor: "city",
  Governor: "province",
  governor: "province",
  city: "city",
  // ("the City of Prato", a headline's "Italian City of Prato": only after "the" or a demonym, cityOfOpening)
  City: "city",
  town: "city",
  municipality: "city",
  province: "province",
  state: "province",
  prefecture: "province",
  // "the State of Rio Grande do Sul", "the Province of Quebec": a division's formal name
  Province: "province",
  State: "province",
  Prefecture: "province",
  // ("the Region of Murcia", "the County of Kent", "the Free State of Saxony": formal names of divisions too)
  Region: "region",
  County: "county",
  "Free State": "province",
  // ("the Emirate of Sharjah": an emirate of the UAE, a division)
  Emirate: "province",
  oblast: "province",
  krai: "province",
  county: "county",
  region: "region",
};
// (not a kind word that opens a formal name: "Governor of the State of Paraíba" names the state, from "State of")
export const KIND_THEN_NAME = new RegExp(`(?<![\\p{L}])(${Object.keys(KIND_BEFORE_OF).join("|")})\\s+of\\s+(?:the\\s+)?(?!(?:${Object.keys(KIND_BEFORE_OF).join("|")})\\s+of\\s)((?:${PROPER}\\s+){0,3}${PROPER})`, "gu");
/** the fields of a city's titles ("the City of Gastronomy", "the City of Light"): no name after "City of" */
export const CITY_TITLE_FIELD = /^(?:Culture|Music|Film|Design|Gastronomy|Literature|Crafts?|Folk|Arts?|Media|Light|Peace|Love|Springs?|Flowers?|Bridges|Lakes|Rivers|Gardens?)\b/;
/** what opens "City of" before a city's name: "the", or a demonym ("Italian City of Prato"; not "European City of Culture") */
export const cityOfOpening = (before: string): boolean => {
  const word = /(?:^|\s)(the|\p{Lu}\p{L}+)\s+$/u.exec(before)?.[1];
  return word === "the" || (!!word && DEMONYM.test(word) && !/^(?:European|Asian|African|American)$/.test(word));
};
/**
 * "the Mayor of Osnabrück", "the state of Lower Saxony": the name after a mayor, a governor or a kind of
 * place. Three or four capitalised words go on into a person's name ("the Mayor of Linz Klaus Luger"):
 * of those only the first one or two are the place.
 */
export const nameAfterKindWord: PlaceRule = {
  id: "place-en-after-kind",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const g = gazetteer();
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(KIND_THEN_NAME, ctx.text)) {
      if (m[1] === "City" && (!cityOfOpening(ctx.text.slice(Math.max(0, m.index - 24), m.index)) || CITY_TITLE_FIELD.test(m[2]!))) continue;
      const run = m[2]!.split(/\s+/);
      // "the governor of Kenya's Central Province": the owner's possession is the place, read by nameInCountryDivision
      if (run.some((w, k) => k < run.length - 1 && /['’]s$/.test(w))) continue;
      const words = run.length <= 2 ? run : run.slice(0, run.length - 2);
      const name = words.join(" ");
      // "Wakayama Prefecture of Japan Mark …": a known name opening the run is that place, found by the gazetteer
      if (words.some((_, k) => g.en.has(words.slice(0, k + 1).join(" "))) || g.en.has(name.replace(TRAILING_DIVISION, ""))) continue;
      // ("a member city of the World Winter Cities Association": the words cut off are no person's name but the rest of a
      // body's, and the run is that body's name)
      if (!readsAsPlaceName(words) || run.slice(words.length).some((w) => NOT_PLACE_WORDS.has(w))) continue;
      out.push({ rule: this.id, index: m.index + m[0].length - m[2]!.length, text: name, lang: "en", hits: [], type: KIND_BEFORE_OF[m[1]!]!, foreign: true });
    }
    return out;
  },
};
/** "Lower Saxony's capital Hanover", "Bavaria's state capital, Munich": the name after a place's capital */
export const CAPITAL_AFTER_OWNER = new RegExp(`['’]s\\s+(?:state\\s+|provincial\\s+|regional\\s+)?capital(?:\\s+city)?,?\\s+((?:${PROPER}\\s+){0,2}${PROPER})`, "gu");
/** "Hanover, the capital of ": the name before a capital's description (the place it is capital of follows) */
export const NAME_THEN_CAPITAL_OF = new RegExp(`(?<![\\p{L}])((?:${PROPER}\\s+){0,2}${PROPER}),\\s+(?:the\\s+)?(?:state\\s+|provincial\\s+|regional\\s+)?capital(?:\\s+city)?\\s+of\\s+(?:the\\s+)?`, "gu");
export const KIND_BEFORE_OWNER = new RegExp(`^${COUNTRYS_DIVISION_OF}`);
/** whether a known foreign place (a division or a country) ends right at a position: "Lower Saxony" before "'s capital" */
export function knownForeignPlaceEndsAt(text: string, end: number): boolean {
  const from = Math.max(0, end - 60);
  const words = [...text.slice(from, end).matchAll(/[\p{L}\p{M}'’.-]+/gu)].slice(-4);
  return words.some((w) => gazetteer().en.get(text.slice(from + w.index!, end))?.some((h) => h.entry.country !== "CN"));
}
/**
 * "Lower Saxony's capital Hanover", "Hanover, the capital of Lower Saxony": a name no gazetteer holds,
 * made a city by being a known foreign division's (or country's) capital. The same about a country before
 * it is nameBeforeCountry's reading.
 */
export const capitalOfKnownPlace: PlaceRule = {
  id: "place-en-capital",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    // (a plain search spares the paragraphs that name no capital the patterns, which try every capital letter)
    if (!ctx.text.includes("capital")) return [];
    const g = gazetteer();
    const out: PlaceCandidate[] = [];
    const push = (name: string, index: number): void => {
      const words = name.split(/\s+/);
      const kept = words.slice(words.findLastIndex((w) => TITLE_AND_HEADLINE_WORDS.has(w)) + 1);
      if (!kept.length || !readsAsPlaceName(kept)) return;
      const text = kept.join(" ");
      if (g.en.has(text)) return;
      out.push({ rule: this.id, index: index + name.length - text.length, text, lang: "en", hits: [], type: "city", foreign: true });
    };
    for (const m of allMatches(CAPITAL_AFTER_OWNER, ctx.text)) {
      if (knownForeignPlaceEndsAt(ctx.text, m.index)) push(m[1]!, m.index + m[0].length - m[1]!.length);
    }
    for (const m of allMatches(NAME_THEN_CAPITAL_OF, ctx.text)) {
      // ("Erfurt, capital of the German state of Thuringia": the kind of division and "of" before the owner's name)
      const kind = KIND_BEFORE_OWNER.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40));
      const ownerAt = m.index + m[0].length + (kind ? kind[0].length : 0);
      const owner = namesAt(ctx.text, ownerAt)[0];
      if (owner && g.en.get(owner)!.some((h) => h.entry.country !== "CN" && h.entry.type === "province")) push(m[1]!, m.index);
    }
    return out;
  },
};
export const EN_PLACE_RULES: readonly PlaceRule[] = [gazetteerName, sharedRegionWord, regionOfAdjective, namesSharingDivision, nameWithDivisionWord, nameBeforeCountry, nameAfterKindWord, capitalOfKnownPlace];
