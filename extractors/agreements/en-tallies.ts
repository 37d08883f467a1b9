/**
 * The English words that make a tie's trigger a tally, not an event (en.ts checks them): partners, subjects, bodies or
 * documents counted rather than named, and what in a trigger looks like a count and is none (a year, a rank, a day).
 */
import type { PlaceCandidate } from "../types";
import { opensWithPartner, SIGNING_BODIES_EN } from "./parties";
import { NUMBER_WORD, REST_OF_DOCUMENTS } from "./trigger-rule";
import { ENGLISH_MONTH_NAME } from "../shared/calendar";

/** the first "with" after the trigger, and a bound before a figure ("with more than 20") */
// (not "together with five friendly exchange cities": what was added beside the partners named, no partner)
export const WITH_COUNT = "^(?:(?!(?<!\\btogether\\s)\\bwith\\s)[^])*(?<!\\btogether\\s)\\bwith\\s+(?:(?:nearly|about|over|more than|some|around|almost|at least)\\s+)?";
/**
 * partners counted, not named: "with 67 local governments", "established 110 ... partnerships"; the first "with" after
 * the trigger introduces its partners (", and friendly exchange relations with five cities" is a later clause's)
 */
export const COUNTED_PARTNERS = new RegExp(`${WITH_COUNT}(?:\\d|${NUMBER_WORD}\\b)`, "i");
/**
 * "with 12 cities, including Akita in Japan and Seattle": places named as examples of the partners counted, each a
 * partner of its own tie (not countries: "with 32 countries, including Japan" names no tie's partner), their countries'
 * count perhaps between ("with 21 cities in 17 countries, including Florence"); or listed after a colon ("with three
 * cities: Lahti in Finland, Prato in Italy and Aveiro in Portugal")
 */
export const EXAMPLES_AFTER_COUNT = new RegExp(`${WITH_COUNT}(?:\\d+|${NUMBER_WORD})\\s+(?:[\\w-]+\\s+){0,3}?(?:cities|municipalities|provinces|states|prefectures|regions|counties|local\\s+governments)(?:\\s+(?:in|from|of)\\s+(?:\\d+|${NUMBER_WORD})\\s+countries(?:\\s+and\\s+regions)?|\\s+(?:worldwide|around\\s+the\\s+(?:world|globe)|across\\s+the\\s+(?:world|globe)|abroad|overseas))?(?:,?\\s+(?:including|such\\s+as|among\\s+them)|:)\\s+(?:the\\s+)?[A-Z]`);
/** whether partners counted from a position on are named as examples, the first a place and no country alone */
// ("with 32 cities worldwide, including Boston", "with 87 cities in 58 countries and regions, such as …": where they are may stand between)
export function namesExamples(text: string, places: readonly PlaceCandidate[], from: number, to: number): boolean {
  const m = EXAMPLES_AFTER_COUNT.exec(text.slice(from, to));
  return !!m && opensWithPartner(text, places, from + m.index + m[0].length - 1);
}
/** "has established more than ten pairs of sister cities with the country": pairs counted in words inside the trigger, a tally (in figures, /\d/ below) */
// ("signed seven cooperation agreements": documents counted in words, as 签署了7项合作协议 is)
/**
 * a sentence whose subject is places counted ("Six cities and towns in Shandong and Yamaguchi, including Shimonoseki …,
 * have also established friendly relations", as 等6个市町也分别建立了友好关系): a tally of ties, no event
 */
export const COUNTED_SUBJECT = new RegExp(`^(?:[^,]{0,30},\\s+)?(?:\\d+|${NUMBER_WORD})\\s+(?:[\\w-]+\\s+){0,2}?(?:cities|towns|municipalities|provinces|states|prefectures|counties|districts)\\b(?:\\s+and\\s+(?:cities|towns|municipalities|counties|districts))?(?![^,]{0,60}\\bwith\\b)`, "i");
/**
 * "nine pairs of cities signed sister-city … agreements, including Nanning and Vientiane of Laos, and Liuzhou and
 * Kuantan of Malaysia": the pairs counted are named after the trigger, each a tie (read as a list of pairs)
 */
export const PAIRS_INCLUDED_AFTER = new RegExp(`^(?:${REST_OF_DOCUMENTS.en})?,?\\s+including\\s+(?:the\\s+)?[A-Z][^.;,]*?\\s+and\\s+[A-Z][^.;]*?,\\s+and\\s+(?:the\\s+)?[A-Z][^.;,]*?\\s+and\\s+[A-Z]`);
export const COUNTED_IN_WORDS = new RegExp(`\\b${NUMBER_WORD}\\s+(?:pairs\\s+of\\b|(?:[\\w-]+\\s+){0,4}?(?:agreements|memorand(?:ums|a)|MoUs|MOUs|letters|documents|contracts|deals)\\b)`, "i");
/**
 * documents counted ("signed three agreements", "signed 5 MoUs"): one signing, when a named pair signs them together
 * ("Yantai and Gunsan signed three agreements"), as 烟台市与群山市签署三项协议 is
 */
export const COUNTED_DOCUMENTS = new RegExp(`\\b(?:\\d+|${NUMBER_WORD})\\s+(?:[\\w-]+\\s+){0,4}?(?:agreements|memorand(?:ums|a)|MoUs|MOUs|documents|contracts)\\b`, "i");
/** "… between six universities", "between 12 companies from both cities": bodies counted, not named, sign the documents */
export const COUNTED_BODIES_BETWEEN = new RegExp(`^[^.;]{0,40}?\\bbetween\\s+(?:more\\s+than\\s+|over\\s+|some\\s+)?(?:\\d+|${NUMBER_WORD})\\s+(?:[\\w-]+\\s+){0,2}?${SIGNING_BODIES_EN}\\b`, "i");
/** a year or a span of years, inside a document's name */
export const YEAR_OR_YEARS = /\b(?:19|20)[0-9]{2}(?:\s*[-–—]\s*(?:(?:19|20)[0-9]{2}|[0-9]{2}))?\b/g;
/** "Guangzhou's 12th sister city": a rank, no tally; "40 years of sister-city ties": the tie's age, no tally */
export const ORDINAL = /\b\d+(?:st|nd|rd|th)\b|^\d{1,3}(?=\s+[Yy]ears\s+of\s)/g;
/** a day of a month ("on Sept 8", "8 September"): the date of the signing inside its trigger, no count */
export const DAY_OF_MONTH = new RegExp(`\\b${ENGLISH_MONTH_NAME}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+(?=${ENGLISH_MONTH_NAME})`, "g");
