/**
 * English count rules: a number and the thing it counts (45 cities, 15 new pairs of
 * international friendship cities, Twenty-four Policies, nearly 200 million people), and ranks
 * (ranking 12th). Ordinals that name a session or a congress (the 14th Congress), years and dates,
 * percentages and a lone "one" are not counts. compromise is the slowest step of all the rules: it tags
 * only the clause of a number that a unit could follow and that is not part of a date.
 */
import type { CountCandidate, CountRule, ParagraphContext, Qualifier, Quoted } from "../types";
import { CARDINAL_WORD, findEnNumbers, SCALES, type FoundNumber } from "../shared/numerals-en";
import { firstTermFrom, MAX_TAGGED_SENTENCE, sentenceAt, termsOf, type Term } from "../shared/en-terms";
import { allMatches } from "../shared/matches";
import { belongsToDate } from "./select";
import { isEnglishCountryName } from "../places/gazetteer";
import { yearOpensEventName } from "../shared/year-in-name";
import { HEADLINE_VERB_TITLE_CASE } from "../shared/headline-verbs";

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/\b(?:nearly|almost|close to|just under)\s+$/i, "nearly"],
  [/\b(?:about|around|approximately|roughly|some|an estimated)\s+$/i, "about"],
  // "investment exceeding 5 billion", "trade exceeded 5 billion yuan", as 突破 and 超过 are read
  [/\b(?:more than|over|above|in excess of|upwards of|exceed(?:ing|ed|s)?|surpass(?:ing|ed|es)?|topp(?:ing|ed))\s+$/i, "more than"],
  [/\b(?:at least|no fewer than|no less than|not fewer than|not less than)\s+$/i, "at least"],
  [/\b(?:fewer than|less than|under|below)\s+$/i, "less than"],
  [/\b(?:up to|at most|as many as|no more than|not more than|not over)\s+$/i, "at most"],
];
const NOUNISH = new Set(["Noun", "Adjective", "Plural", "Singular", "ProperNoun", "Acronym"]);
/** words that end a unit (and cannot start one) */
const STOP_WORDS = "in|on|at|with|and|or|to|from|for|since|including|covering|involving|spanning|featuring|which|that|who|as|by|than|per|every|each|last|next|this|across|along|worth|valued|totall?ing";
const STOP = new RegExp(`^(?:${STOP_WORDS})$`, "i");
/**
 * prepositions compromise may tag as something else after a plural it took for a verb ("tourism routes
 * over the next three years"); not "to", "as" or "on", which follow verbs ("is to", "begins to", "turns on")
 */
const PREPOSITION = /^(?:over|during|after|before|within|through|throughout|between|among|into|via|under|around|worth|valued|totall?ing|involving|covering)$/i;

/** a range's lower end (group 1) before the upper: "20 to", "between 20 and" (not "from 14 to 63", both ends counted) */
const RANGE_OPENS = new RegExp(`(?:\\bbetween\\s+(\\d[\\d,.]*|${CARDINAL_WORD})\\s+and|(?<!\\bfrom\\s+)\\b(\\d[\\d,.]*|${CARDINAL_WORD})\\s+to)\\s+$`, "i");
const SCALE_AFTER = /\s(thousand|million|billion)$/i;

/**
 * The qualifier before a figure and where it starts; for a range's upper end ("20 to 30 companies", "between 20 and
 * 30"), "at least" and the lower end's value, which the count takes, as "10-15 cities" counts 10.
 */
function qualifierBefore(text: string, index: number, upper?: FoundNumber): { q: Qualifier; start: number; value?: number } | null {
  const before = text.slice(Math.max(0, index - 24), index);
  const range = upper ? RANGE_OPENS.exec(before) : null;
  const lower = range ? findEnNumbers(range[1] ?? range[2]!)[0] : undefined;
  // (a range runs up: "from 18 pairs in 2012 to 56 pairs" has a year before "to", no lower end of 56)
  if (range && lower && lower.value <= upper!.value) {
    // ("3 to 5 million people": the scale after the upper end is the lower end's too)
    const scale = SCALE_AFTER.exec(upper!.text);
    const value = scale && !SCALE_AFTER.test(lower.text) ? lower.value * SCALES[scale[1]!.toLowerCase()]! : lower.value;
    return { q: "at least", start: index - (before.length - range.index), value };
  }
  // the longest phrase wins: "no more than" is "at most", though "more than" ends it
  let best: { q: Qualifier; start: number } | null = null;
  for (const [re, q] of QUALIFIERS) {
    const m = re.exec(before);
    const start = m ? index - (before.length - m.index) : index;
    if (m && (!best || start < best.start)) best = { q, start };
  }
  return best;
}

/**
 * Whether unitAfter would find nothing after a number, whatever the tagger says: no word is left in the
 * sentence, or the next word is one it stops at ("in 2019 in Beijing", "3 to 5"). Tagging the sentence
 * with compromise is the slowest step of the English rules, and the numbers of a release are mostly
 * years and days, which are followed by such words or by nothing.
 */
export function noUnitCanFollow(sentence: string, from: number): boolean {
  // (past the words that qualify the figure from after it, "or so" among them, whose "or" would stop the unit)
  const rest = blankAddedMore(sentence, from).slice(from, from + MAX_TAGGED_SENTENCE);
  return !WORD_CHARACTER.test(rest) || STOP_WORD_NEXT.test(rest);
}
/** what unitAfter keeps of a term: a term without one of these ends the unit */
const WORD_CHARACTER = /[\p{L}'’-]/u;
/** a stop word after plain spaces, ending where the word ends: a term of its own, as compromise splits words */
const STOP_WORD_AFTER_SPACES = `[ \\t\\r\\n]+(?:${STOP_WORDS})(?![\\p{L}'’-])`;
/** the next term is a stop word */
const STOP_WORD_NEXT = new RegExp(`^${STOP_WORD_AFTER_SPACES}`, "iu");

/** the end of the clause after a position: past the first , ; : ! ? ) or . that a space or the end follows (not an initialism's: "U.S. dollars") */
const CLAUSE_END = /(?:[,;:!?)"”]|(?<!(?:^|[^A-Za-z])[A-Z](?:\.[A-Z])+)\.)(?=\s|$)/g;
/**
 * a stop word and the word after it: unitAfter never reads past a stop word, but it looks one term ahead
 * ("forty years as sister cities": "as", ending in s, ends the unit only when a word follows it), and compromise
 * tags the last word of a text differently ("200 cooperation projects in" makes "projects" a verb)
 */
const STOP_WORD_AND_NEXT = new RegExp(`${STOP_WORD_AFTER_SPACES}(?:[ \\t\\r\\n]+[^ \\t\\r\\n]+)?`, "giu");

/** "more" right after a number (two more flights), not a comparison's (two more than); or "-plus" (30-plus countries), "-odd" (50-odd cities), "or so" (a dozen or so forums), "or more" (20 or more cities, as 20个以上) */
const ADDED_MORE = /^(?:\s+more(?=\s+(?!than\b)[a-z])|-plus\b|-odd\b|\s+or\s+(?:so|more)(?=\s+[a-z]))/i;
/**
 * The text with the "more" right after the number ending at `numberEnd` blanked ("two more flights", "three more sister
 * cities"): "more" says they are added, not what they are, and the tagger, reading it as an adverb, makes the noun
 * after it a verb ("flights", "cargo" in "more cargo lanes"); so with "-plus", which it reads as a conjunction ("30-plus
 * countries", the qualifier read apart). Blanks keep every offset.
 */
export function blankAddedMore(text: string, numberEnd: number): string {
  const more = ADDED_MORE.exec(text.slice(numberEnd));
  return more ? text.slice(0, numberEnd) + " ".repeat(more[0].length) + text.slice(numberEnd + more[0].length) : text;
}

/**
 * unitAfter on the number's clause, tagged alone: from the number to the first of the punctuation that ends
 * the clause (which unitAfter does not read past) and the word after the first stop word. compromise's
 * time grows with the words it tags (about 4 µs a character), and a release's sentences run to several
 * clauses; this halves the text tagged. Offsets are the sentence's.
 */
export function unitInClause(sentence: string, numberStart: number, numberEnd: number): { text: string; end: number } | null {
  CLAUSE_END.lastIndex = numberEnd;
  const punctuation = CLAUSE_END.exec(sentence);
  let end = punctuation ? punctuation.index + 1 : sentence.length;
  STOP_WORD_AND_NEXT.lastIndex = numberEnd;
  let stop = STOP_WORD_AND_NEXT.exec(sentence);
  // "overseas and domestic tourists": unitAfter may read on past and/or; the clause ends at the next stop word
  // (past a second too: "Central and Eastern European countries and representatives of 20 …" must see its "of 20")
  for (let joins = 0; stop && joins < 2 && /^\s*(?:and|or)\s/i.test(stop[0]); joins++) stop = STOP_WORD_AND_NEXT.exec(sentence);
  if (stop) end = Math.min(end, stop.index + stop[0].length);
  const clause = blankAddedMore(sentence, numberEnd).slice(numberStart, end);
  const unit = unitAfter(clause, termsOf(clause), numberEnd - numberStart);
  return unit && { text: unit.text, end: unit.end + numberStart };
}

/** words listed with commas and closed by "and" before a plural noun: "economic, trade, cultural and educational exchange activities" */
const LISTED_DESCRIBING_WORDS = /^\s+((?:[a-z][a-z-]*,\s+){1,5}[a-z][a-z-]*,?\s+(?:and|or)\s+(?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*s)(?=[\s,.;:)]|$)/;

/** a noun at a position that describes a noun right after it ("trade" in "trade agreements", "sports" in "sports events") */
const describesNextNoun = (sentence: string, terms: readonly Term[], i: number): boolean => {
  const [t, next, after] = [terms[i], terms[i + 1], terms[i + 2]];
  // ("60 exchange and cooperation projects in education": a plural before a preposition is a noun, whatever the tagger says)
  const pluralNoun = !!next && /s$/.test(next.text) && (!after || after.tags.has("Preposition") || PREPOSITION.test(after.text) || STOP.test(after.text));
  return !!t && !!next && t.tags.has("Noun") && (next.tags.has("Noun") || pluralNoun) && !/^[,.;:]/.test(sentence.slice(t.end));
};

/** whether the words so far describe a noun still to come, and "and" at a position joins another such word to them */
function joinsDescribingWords(sentence: string, terms: readonly Term[], unit: readonly Term[], and: number): boolean {
  // ("nine pairs of Chinese and foreign cities": the words after the unit's last "of" describe its noun still to come)
  const words = unit.slice(unit.findLastIndex((w) => /^of$/i.test(w.text)) + 1);
  if (!words.length) return false;
  const next = terms[and + 1];
  if (words.every((w) => w.tags.has("Adjective") || w.tags.has("Demonym"))) return !!next?.tags.has("Adjective") || describesNextNoun(sentence, terms, and + 1);
  // ("250 city and institutional members": a noun that describes, joined to an adjective before the noun)
  const adjectiveThenNoun = !!next?.tags.has("Adjective") && !!terms[and + 2]?.tags.has("Noun");
  return words.every((w) => w.tags.has("Noun") && !w.tags.has("Plural") && !/s$/.test(w.text)) && (describesNextNoun(sentence, terms, and + 1) || adjectiveThenNoun);
}

/** the kinds of place in the plural, which are never a verb ("provinces and cities with 37 countries") */
const PLACE_KINDS = /^(?:cities|towns|provinces|states|regions|countries|counties|districts|municipalities|prefectures|villages|ports)$/i;
/** words of quantity or of difference, which open another set than the one counted ("and many other cities") */
const QUANTIFIER = /^(?:many|more|most|other|others|several|some|few|all|various|numerous|such)$/;
/**
 * "47 provinces and cities in 22 countries", "countries and regions": a plural joined to another that ends the phrase
 * (or to the same plural with describing words of its own) counts both together, as 47个省市 and 国家和地区 do (the
 * next word a plural noun and no verb, then a preposition, a mark, a verb or the end)
 */
/** adverbs of where, which may follow a unit ("worldwide") */
const WHERE_ADVERB = /^(?:worldwide|abroad|overseas|globally|nationwide|internationally)$/i;
/** plurals of people, which no verb spells: "teachers and students" */
const PEOPLE = /^(?:teachers|students|officials|experts|scholars|entrepreneurs|athletes|artists|journalists|volunteers|doctors|nurses|representatives|guests|visitors|tourists|residents|workers|researchers|engineers|farmers|performers|delegates|youths|children|members)$/i;
function joinsAnotherPlural(sentence: string, terms: readonly Term[], unit: readonly Term[], and: number): boolean {
  const last = unit[unit.length - 1]!;
  // (a kind of place is a plural whatever the tagger says: it reads "states" in "provinces and states" as a verb)
  const plural = (t: Term | undefined): t is Term => !!t && /[a-z]s$/.test(t.text) && (((t.tags.has("Plural") || t.tags.has("Noun")) && !t.tags.has("Verb")) || PLACE_KINDS.test(t.text));
  if (!plural(last) || /^[,.;:]/.test(sentence.slice(last.end))) return false;
  // ("25 sister cities and friendly exchange cities": the same plural again, its own describing words before it)
  const again = terms.slice(and + 2, and + 5).findIndex((t) => t.text.toLowerCase() === last.text.toLowerCase());
  const describing = again >= 0 && terms.slice(and + 1, and + 2 + again).every((t) => /^[a-z-]+$/.test(t.text) && !QUANTIFIER.test(t.text) && (t.tags.has("Adjective") || t.tags.has("Noun")));
  const [next, after] = describing ? [terms[and + 2 + again], terms[and + 3 + again]] : [terms[and + 1], terms[and + 2]];
  if (!plural(next)) return false;
  // (not "operates 70 routes and trades with ports": a verb's own preposition after the second, which was a verb; but
  // "105 pairs of sister provinces and cities with 37 countries": a kind of place is no verb)
  // ("sent 240 teachers and students to study": people, whom "to" sends somewhere, are nouns too)
  if (after && /^(?:with|to)$/i.test(after.text) && !PLACE_KINDS.test(next.text) && !(PEOPLE.test(last.text) && PEOPLE.test(next.text))) return false;
  // (not "14 countries and representatives of 20 provinces": the second plural whose own number follows is a set of its own)
  if (after && /^(?:of|from)$/i.test(after.text) && /^\s*(?:the\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?)\b)/i.test(sentence.slice(after.end))) return false;
  // ("21 sister provinces and states worldwide": an adverb of where after the second)
  return !after || /^\s*[,.;:!?)]/.test(sentence.slice(next.end)) || after.tags.has("Preposition") || PREPOSITION.test(after.text) || STOP.test(after.text) || after.tags.has("Verb") || WHERE_ADVERB.test(after.text);
}

const CURRENCY_NAME = /^(?:yuan|renminbi|dollars|euros|pounds|yen|won|roubles|rubles|rupees|baht|ringgit|tenge)$/i;

/** Nouns and adjectives after a number, through "of" chains: "new pairs of international friendship cities". */
export function unitAfter(sentence: string, terms: readonly Term[], from: number): { text: string; end: number } | null {
  let i = firstTermFrom(terms, from);
  if (i >= terms.length) return null;
  const words: Term[] = [];
  for (; i < terms.length; i++) {
    const t = terms[i]!;
    // "12 Fortune Global 500 companies": a ranking's name, figure and all, inside the unit (as 世界500强企业)
    if (/^\d+$/.test(t.text) && words.length && /^(?:Fortune|Global|Top)$/.test(words[words.length - 1]!.text)) {
      words.push(t);
      continue;
    }
    const word = t.text.replace(/[^\p{L}'’-]/gu, "");
    // "sister cities (provinces and states)": a bracket after the unit is an aside, not more of it
    if (!word || (words.length && /[(（[]\s*$/.test(sentence.slice(Math.max(0, t.start - 2), t.start)))) break;
    // ("the five Central Asian countries of Kazakhstan, …": "of" before a place names the members, not more of the unit)
    if (/^of$/i.test(word) && words.length && terms[i + 1] && [...terms[i + 1]!.tags].some((g) => NOUNISH.has(g)) && !terms[i + 1]!.tags.has("Place")) {
      words.push(t);
      continue;
    }
    // "overseas and domestic tourists", "economic and trade agreements", "3 trade and investment fairs": two
    // describing words (adjectives, or nouns before a noun) joined before the noun they describe
    if (/^(?:and|or)$/i.test(word) && words.length && (joinsDescribingWords(sentence, terms, words, i) || joinsAnotherPlural(sentence, terms, words, i))) {
      words.push(t);
      continue;
    }
    // "cooperation projects in": a plural after a noun, before a preposition or the end, is a noun whatever the tagger says
    const next = terms[i + 1];
    // ("three zero-carbon industrial parks", "two one-stop centres": a number word that opens a hyphened word, which the
    // tagger splits off as a value, is part of a describing word)
    if (t.tags.has("Value") && t.tags.has("Hyphenated") && sentence[t.end] === "-" && !!next && next.start === t.end + 1 && !next.tags.has("Value")) {
      words.push(t);
      continue;
    }
    // ("three round trips a week": before a rate's "a week", too)
    const rate = !!next && /^(?:a|an|per|each|every)$/i.test(next.text) && !!terms[i + 2]?.tags.has("Duration");
    // ("3 youth exchange programs next year": after singular nouns only, a counted thing's head is plural, so a word in
    // -s there is it, though the tagger reads a verb: a verb after a count would agree with a plural, without its -s)
    const afterSingulars = words.length > 0 && words.every((w) => (w.tags.has("Noun") && !w.tags.has("Plural") && !/s$/.test(w.text)) || (w.tags.has("Value") && w.tags.has("Hyphenated"))) && t.tags.has("PresentTense");
    // ("20 provincial-level sister states and provinces": a kind of place in the plural right after a singular noun is
    // the head, which the tagger, seeing "and" next, reads as a verb)
    // (or right after the "and" that joined it: "21 sister provinces and states worldwide")
    const placeKindAfterNoun = words.length > 0 && PLACE_KINDS.test(word) && ((words[words.length - 1]!.tags.has("Noun") && !words[words.length - 1]!.tags.has("Plural")) || /^(?:and|or)$/i.test(words[words.length - 1]!.text));
    const pluralNoun = words.length > 0 && /s$/.test(word) && !/^(?:is|was|has|does)$/i.test(word) && (!next || next.tags.has("Preposition") || PREPOSITION.test(next.text) || /^[,.;:]/.test(sentence.slice(t.end)) || rate || afterSingulars || placeKindAfterNoun);
    // "200 visiting delegations", "30 participating cities": a participle before the plural it describes
    const participle = !words.length && /ing$/i.test(word) && !!next && /s$/.test(next.text) && [...next.tags].some((g) => NOUNISH.has(g)) && !next.tags.has("Verb");
    // ("10 model cases", "5 pilot projects": a word the tagger reads as a verb's bare form, right after the number and before
    // a plural noun, describes that noun; a verb after a count would follow the noun counted)
    const pluralAt = (x: Term | undefined): boolean => !!x && x.tags.has("Noun") && x.tags.has("Plural") && /s$/.test(x.text);
    const describingBareVerb = !words.length && t.tags.has("Infinitive") && !!next && (pluralAt(next) || (/[a-z]{2}ing$/i.test(next.text) && pluralAt(terms[i + 2])));
    // ("29 business matchmaking events": a word in -ing between a singular noun and the plural it describes, as a participle does)
    // ("3 trade matchmaking sessions": the singular may be a word the tagger reads as a bare verb, kept as describingBareVerb)
    const gerundInside = words.length > 0 && /[a-z]{2}ing$/i.test(word) && words.every((w) => !w.tags.has("Plural") && !/[^s]s$/.test(w.text)) && !!next && /s$/.test(next.text) && next.tags.has("Plural") && !next.tags.has("Verb");
    // "46 air routes serving 31 cities": after a plural, a word in -ing opens what the things do, whatever the tagger says
    // (not after "business", whose -ss is no plural's)
    if (words.length && /[^s]s$/.test(words[words.length - 1]!.text) && /[a-z]{2}ing$/.test(word)) break;
    const kept = pluralNoun || participle || describingBareVerb || gerundInside;
    // (a preposition ends it, capitalised in a headline or not: "35 Years After Twinning", which the tagger may read as names)
    if (!kept && (STOP.test(word) || PREPOSITION.test(word) || t.tags.has("Verb") || t.tags.has("Value") || t.tags.has("Determiner") || t.tags.has("Preposition") || t.tags.has("Pronoun"))) break;
    if (!kept && ![...t.tags].some((g) => NOUNISH.has(g))) break;
    words.push(t);
    // punctuation after a word closes the phrase: "six areas: resources, ..."
    if (/^[,.;:!?)"”]/.test(sentence.slice(t.end))) break;
    // a currency is the whole unit of an amount (as 元 is): a headline's "100 Billion Yuan Signed" signs nothing
    if (CURRENCY_NAME.test(word)) break;
  }
  // ("10 model cases of city-to-city cooperation": not cut inside a hyphened word after "of", which the unit does not read whole)
  const ofAt = words.findIndex((w) => /^of$/i.test(w.text));
  if (ofAt > 0 && /^-\p{L}/u.test(sentence.slice(words[words.length - 1]!.end))) words.length = ofAt;
  // a unit ends on a noun, not on an adjective or "of"
  while (words.length > 1 && (/^of$/i.test(words[words.length - 1]!.text) || (!words[words.length - 1]!.tags.has("Noun") && !/s$/.test(words[words.length - 1]!.text)))) words.pop();
  if (words.length === 1 && !words[0]!.tags.has("Noun")) words.pop();
  if (!words.length) return null;
  const last = words[words.length - 1]!;
  const end = last.end - (last.text.length - last.text.replace(/[,.;:!?)"”]+$/, "").length);
  // (a hyphen between two words keeps them one, as written: "foreign-funded enterprises", "sister-city schools")
  const text = words.map((w, i) => (i === 0 ? "" : /^-$/.test(sentence.slice(words[i - 1]!.end, w.start)) ? "-" : " ") + w.text).join("");
  return { text: text.replace(/[,.;:!?)"”]+$/, ""), end };
}

/** a number word or figure that opens a count */
const COUNT_NUMBER = String.raw`(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|dozens?)`;
/** "one X and two Y", "one X, two Y": a count after the one's phrase; "two X and one Y": one before it */
const LIST_AFTER_ONE = new RegExp(String.raw`^\s+(?!of\b)[a-z][\w\s'’-]{0,40}?(?:,\s+(?:and\s+)?|\s+and\s+)${COUNT_NUMBER}\s+[a-z]`, "i");
const LIST_BEFORE_ONE = new RegExp(String.raw`\b${COUNT_NUMBER}\s+[a-z][\w\s'’-]{0,40}?(?:,\s+(?:and\s+)?|\s+and\s+)$`, "i");
function oneOfAList(text: string, n: FoundNumber): boolean {
  const end = n.index + n.text.length;
  return LIST_AFTER_ONE.test(text.slice(end, end + 80)) || LIST_BEFORE_ONE.test(text.slice(Math.max(0, n.index - 80), n.index));
}

/**
 * Spans of time and ages, which are no counts, as 45年来, 未来三年内 and 2000多年历史 are not: what comes right after
 * the number, and what stands within `reach` characters before it.
 */
const SPANS_OF_YEARS: { after: RegExp; before?: RegExp; reach?: number }[] = [
  // "over the past 45 years", "in the last four decades", "over the next three years": the span a sentence looks over
  // ("over the next 10 days", "in the coming months": a stay's or a plan's days too, as 此后10天内)
  // ("the achievements of the past 12 years": what the span holds)
  { after: /^\s+(?:years|decades|months|weeks|days)\b/i, before: /\b(?:over|in|during|for|through|throughout|within|of)\s+the\s+(?:past|last|previous|next|coming|following)\s+$/i, reach: 30 },
  // "in the three years since the railway opened"
  { after: /^\s+years\s+since\b/i, before: /\bthe\s+$/i, reach: 4 },
  // "25 years after the two cities first became sister cities", "46 years after twinning" (a headline's "46 Years After Twinning")
  { after: /^\s+[Yy]ears\s+[Aa]fter\s+(?:the|their|its|it|they|[A-Z]|[a-z]+ing\b)/ },
  // "Over four decades, …": the span a clause opens with
  { after: /^\s+(?:years|decades)\s*,/, before: /(?:^|[.;,]\s+)(?:[Oo]ver|[Dd]uring|[Aa]cross|[Tt]hroughout|[Ff]or)\s+$/, reach: 14 },
  // "more than 600 years ago": when, not how many (as 600多年前 counts nothing)
  // ("Two days later, the delegation …", "three weeks after the signing": when, counted from a time told, as 两天后)
  { after: /^\s+(?:years|months|weeks|days|decades|centuries)\s+(?:ago|later|afterwards?|earlier)\b|^\s+(?:years|months|weeks|days)\s+after\s+(?:the|its|their|that)\b/i },
  // "Exchanges … date back more than 600 years to the voyages of …", "dating back 1,000 years": when a thing began, as
  // 可追溯到600多年前 counts nothing
  { after: /^\s+(?:years|decades|centuries)\b/i, before: /\b(?:date|dates|dated|dating|go(?:es)?|went|going|stretch(?:es|ed|ing)?)\s+back\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+|almost\s+)?$/i, reach: 40 },
  // "a history of more than 2,000 years": an age
  { after: /^\s+years\b/i, before: /\bhistory\s+of\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+|almost\s+)?$/i, reach: 30 },
  // "stay with local families for two days", "a fair lasting three days": how long a stay or an event runs, as 寄宿两天
  // and 持续了两天 are not counted
  { after: /^\s+(?:days|nights|weeks|hours)\b/i, before: /\b(?:for|last(?:s|ed|ing)?)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$/i, reach: 20 },
  // "have cooperated closely for more than 20 years": how long a state has lasted, as 20多年来 is not counted
  { after: /^\s+(?:years|decades)\b/i, before: /\bfor\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+|almost\s+|some\s+)?$/i, reach: 20 },
  // "strive to establish friendly relations within two years": a deadline, as 两年内 is no count
  { after: /^\s+(?:years|months|weeks|days)\b/i, before: /\bwithin\s+(?:about\s+|around\s+)?$/i, reach: 20 },
  // "for a term of five years", "valid for three years": how long an agreement runs, as 有效期五年
  // ("renewed the agreement for another ten years", "extended for a further five years", as 有效期10年)
  { after: /^\s+(?:years|months)\b/i, before: /\b(?:(?:term|period)\s+of|valid\s+for|validity\s+of|for\s+(?:another|a\s+further))\s+$/i, reach: 20 },
  // ("the journey is expected to take 12 days", "the festival lasts five days": how long a thing takes, as 预计运行12天)
  { after: /^\s+(?:years|months|weeks|days|hours|minutes)\b/i, before: /\b(?:take|takes|took|taking|last|lasts|lasted|lasting)\s+(?:about\s+|around\s+|only\s+|just\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+)?$/i, reach: 24 },
  // "every two years", "once every three months": how often a thing is to be done, as 每两年一次 (not a rate a
  // statistic states: "averaging one pair every 2.8 months" is a figure)
  { after: /^\s+(?:years|months|weeks|days)\b/i, before: /(?<!\b(?:averag(?:e|es|ed|ing)|one)\b[^.;,]{0,30})\bevery\s+$/i, reach: 50 },
];
const spanOfYears = (text: string, at: number, after: string): boolean =>
  SPANS_OF_YEARS.some((s) => s.after.test(after) && (!s.before || s.before.test(text.slice(Math.max(0, at - s.reach!), at))));

/** a lowercase word before a position, past the small words a headline leaves lowercase ("visited the ", not "Signs with ") */
const LOWERCASE_WORD_BEFORE = /\b(?!(?:the|a|an|and|or|with|of|in|for|to|at|on|by|from|as)\s)\p{Ll}+\s+(?:(?:the|a|an|and|or|with|of|in|for|to|at|on|by|from|as)\s+)*$/u;

/** "pair of" and a tie's kind after a number: a count of the ties a tally adds ("one pair of international sister cities") */
const ONE_PAIR_OF_TIES = /^\s+pair\s+of\s+(?:[\w-]+\s+){0,2}?(?:sister|twin|friendship|friendly)\b/i;

function countable(text: string, n: FoundNumber): boolean {
  if (n.ordinal || n.latinScale || n.value <= 0) return false;
  // (a lone "one" counts in a list of counts: "added one sister city and two friendly exchange cities"; and before a pair of
  // ties, a tally's count: "added one pair of sister cities", as 新增友好城市1对; not "one pair of pandas")
  if (/^(?:a|an)$/i.test(n.text) || (/^one$/i.test(n.text) && !oneOfAList(text, n) && !ONE_PAIR_OF_TIES.test(text.slice(n.index + n.text.length, n.index + n.text.length + 60)))) return false;
  // "the two cities", "the two sides": both, not a reported figure
  // ("ties between two cities linked by …": the pair a tie is between, as between the two)
  if (n.value === 2 && (/\bthe\s+$/i.test(text.slice(Math.max(0, n.index - 4), n.index)) || (/\bbetween\s+$/i.test(text.slice(Math.max(0, n.index - 8), n.index)) && /^\s+(?:cities|provinces|states|sides|countries|regions|towns|places|ports)\b/i.test(text.slice(n.index + n.text.length, n.index + n.text.length + 12))))) return false;
  const after = text.slice(n.index + n.text.length, n.index + n.text.length + 24);
  // "…, Two Cities Sign Agreement", "Both … : Two Sides Agree": a headline's pair opening its clause, as 两市签署
  if (n.value === 2 && /^[Tt]wo$/.test(n.text) && /^\s+(?:Cities|Sides|Provinces|Countries|Parties|Regions|Counties)\b/.test(after) && /(?:^|[,;:!?]\s*)$/.test(text.slice(Math.max(0, n.index - 3), n.index))) return false;
  const before = text.slice(Math.max(0, n.index - 6), n.index);
  // a five-year plan, a 10-day visit: a compound modifier, not a count
  // (and "two-way trade", "three-way talks": the directions of an exchange)
  if (/^-(?:year|month|week|day|hour|minute|point|nation|party|storey|story|page|seat|way)s?\b/i.test(after)) return false;
  // "about 40 kilometres south of Moscow": a distance that says where a place is, as 莫斯科以南约40公里 is
  if (/^\s*(?:kilomet(?:re|er)s|km|miles)\s+(?:(?:north|south|east|west)(?:east|west)?|from|away|outside|apart)\b/i.test(after)) return false;
  // "at 10 a.m.", "at 3 o'clock", "10:30": a time of day
  if (/^:[0-5]\d\b/.test(after) || /\d:$/.test(before)) return false;
  if (/^\s*(?:[ap]\.m\.?|[ap]m\b|o['’]clock\b)/i.test(after)) return false;
  if (/^\s*(?:%|per ?cent|percent)/i.test(after) || /No\.\s*$/i.test(before) || /[A-Za-z$€£¥-]$/.test(before)) return false;
  // "Tel: 0771-5555555", "+86 10 6512 3456": a phone number or code, as 0351- is in Chinese (a figure never opens with 0)
  // (not a range's start, "10-15 cities", which counts as before)
  if (/^0\d/.test(n.text) || /\b(?:Tel|Fax|Phone|Telephone|Hotline)\b[^A-Za-z]{0,12}$/i.test(text.slice(Math.max(0, n.index - 24), n.index))) return false;
  // "to mark 15 years of cooperation", "Celebrate 40 Years of Friendship", "Mark 10 Years as Sister Cities": an anniversary (as 15周年 is), not a count of years
  // ("Celebrate Four Decades of Sister-State Ties": decades too)
  if (/^\s+(?:years|decades)\b/i.test(after) && /\b(?:mark(?:s|ed|ing)?|celebrat(?:e|es|ed|ing)|commemorat(?:e|es|ed|ing))\s+(?:the\s+|their\s+|its\s+)?$/i.test(text.slice(Math.max(0, n.index - 24), n.index))) return false;
  // ("Zibo and Schmalkalden: 10 years of friendship": years of a tie, with no verb, are its anniversary too; "reviewed
  // four decades of exchanges", as 40年来的交流, a span)
  if (/^\s+(?:years|decades)\s+of\s+(?:friendship|partnership|twinning|exchanges?|cooperation|collaboration|(?:(?:sister|twin)[- ](?:city|state|province)\s+|friendly\s+|friendship\s+)?(?:ties|relations|relationship))\b/i.test(text.slice(n.index + n.text.length, n.index + n.text.length + 50))) return false;
  // a headline's "20 Years of Sister-City Ties between …", "Twenty Years of Friendship: …": the title case names an anniversary
  if (/^\s+(?:Years|Decades)\s+of\s+[A-Z]/.test(after)) return false;
  // spans of time and ages ("over the past 45 years", "a history of more than 2,000 years"), as 45年来 is not counted
  // ("over the past 20-plus years", "in the last 30-odd years", as 20多年来: the span's "more than" after its figure)
  if (spanOfYears(text, n.index, after.replace(/^(?:-plus\b|-odd\b|\+)/, ""))) return false;
  // "for 16 consecutive years", "four consecutive times", "grew three times": how long or how often, as 连续16年 and 连续举办四届 are not counted
  if (/^\s+(?:consecutive|straight|successive)\s+(?:years|times|sessions|editions)\b|^\s+times\b/i.test(after)) return false;
  // "the 2025 China International Friendship Cities Conference", a headline's "2025 … Conference Opens": a year inside a name (no date either), not a count
  if (/^(?:19|20)\d\d$/.test(n.text) && ((/\b[Tt]he\s+$/.test(text.slice(Math.max(0, n.index - 4), n.index)) && /^\s+[A-Z]/.test(after)) || yearOpensEventName(text, n.index))) return false;
  // "visited the Three Gorges Dam", "at the Four Seasons Hotel": a number word capitalised, two capitalised words after it
  // and a lowercase word before it, is a name's first word (a headline capitalises the words before too, but for the
  // small words, "Agreements with Three Russian Regions"; "the \"Twenty-four Policies\"" is one word, and counts)
  if (/^\p{Lu}\p{Ll}/u.test(n.text) && LOWERCASE_WORD_BEFORE.test(text.slice(Math.max(0, n.index - 40), n.index)) && /^\s+\p{Lu}[\p{L}'’-]*\s+\p{Lu}/u.test(after)) return false;
  // the Fortune Global 500, a Top 100 list: the name of a ranking, not a count of its members
  if (/\b(?:Fortune(?:\s+Global|\s+China)?|Forbes(?:\s+Global)?|[Tt]op)\s+$/.test(text.slice(Math.max(0, n.index - 20), n.index))) return false;
  return true;
}

/** "reached 213,000 and 187,000 respectively": a figure before another of the list, which counts the same subject */
const FIGURE_BEFORE_ANOTHER = String.raw`(?:about\s+|around\s+|nearly\s+|over\s+)?[0-9][0-9,.]*(?:\s+(?:thousand|million|billion))?(?:,\s+(?:and\s+)?|\s+and\s+)`;
/** a plural subject, a place or two after it, and a verb of reaching before the figure, which stands alone */
// ("the number of its sister cities has increased to 28": a verb of growing to the figure reaches it too; "direct flights
// between the two sides rose to 14": the plural the phrase after it describes)
// ("with total attendance reaching 286,000": a count of people named in the singular, and the verb's -ing form)
// ("the number of visitors on some days exceeding 300,000": a time phrase after the subject, not the subject)
// ("the number of sister cities rose to 45": the words that say which kind, before the plural)
// ("destinations have grown from one to 24": both ends of the change count the subject, as 通航城市由1个增至24个)
// ("Sister cities now number 56": "number" as the verb, in the present)
const SUBJECT_REACHED = new RegExp(String.raw`\b((?:(?:[Ss]ister|[Tt]win|[Ff]riendship|[Pp]artner|[Ii]nternational|[Ff]riendly|[Ff]oreign|[Oo]verseas|[Ii]nbound)[- ])*[A-Za-z]+s|attendance|turnout|footfall)\b(?:\s+(?:from|to|of|in|at|between|with|on|during|over)\s+[^,;.]{1,40}?)?\s+(?:now\s+)?(?:(?:has|have|had)\s+)?(?:reached|reaching|totall?ed|totall?ing|hit|stood\s+at|numbered|numbering|numbers?|exceeded|exceeding|surpassed|topped|(?:increased|risen|grown|rose|grew|climbed|expanded)\s+(?:from(?:\s+[^,;.]{1,30}?\s+to)?|to))\s+(?:${FIGURE_BEFORE_ANOTHER})*(?:(?:about|around|nearly|almost|more\s+than|over|some|approximately|roughly)\s+)?$`);
/**
 * "bringing Nanning's international sister cities to 28", "raising the total number of its sister cities to 28",
 * "bringing its total number of international sister cities to 18"
 * ("brings the total number of Qingdao's sister cities and friendly cooperation cities to 87": two kinds together):
 * what an event brought to the figure, as 国际友好城市增至28个 is read; the words before the plural describe it
 */
/** "bringing the total to 134", "raising its total to": a total whose noun the sentence named before, with a figure of its own */
const TOTAL_BROUGHT_TO = /\b(?:bringing|brought|brings|raising|raised|taking|lifting)\s+(?:the|its|their)\s+(?:overall\s+)?total\s+(?:number\s+)?to\s+(?:(?:about|around|nearly|almost|more\s+than|over|some|approximately|roughly)\s+)?$/;
// ("aims to increase the number of its sister cities to more than 150": a goal's verb, as 力争友城总数突破150对)
const BROUGHT_TO = /\b(?:bringing|brought|brings|raising|raised|taking|lifting|increasing|increase|raise|bring)\s+(?:(?:the|its|their|[A-Z][\w'’-]*['’]s)\s+(?:total\s+)?number\s+of\s+)?(?:(?:[A-Z][\w'’-]*['’]s|its|their|our|(?:the|our)\s+(?:city|province|county|region|state|district|prefecture)['’]s)\s+)?((?:[a-z][\w-]*\s+){0,3}?[a-z]+s(?:\s+and\s+(?:[a-z][\w-]*\s+){0,3}?[a-z]+s)?)\s+to\s+(?:(?:about|around|nearly|almost|more\s+than|over|some|approximately|roughly)\s+)?$/;
/** a count of countries, which no part of one breaks down */
const COUNTRIES_UNIT = /^(?:countries|nations)(?:\s+and\s+regions)?$/i;
/** a figure's noun left out, then where: "42 in Europe", "21 in the Americas", "20 from Asia", "five to Southeast Asia" (routes) */
// ("9 in the Republic of Korea": a name with "of" inside)
// ("about 1.2 million visitors, including 35,000 from abroad": where they came from, named by no place)
const ELIDED_IN_PLACE = /^\s+(?:(?:in|from|to)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*|from\s+(?:abroad|overseas|other\s+countries))/u;
/** "of them", "of these", "of which" after a figure: part of what was counted before */
const PART_OF_THEM = /^\s+of\s+(?:them|these|which)\b/i;
/** " of the new pairs were": a part of a named set, the set's plural (and up to two words before it), then its verb */
const PART_OF_THE = /^\s+of\s+(?:the|its|their)\s+((?:[a-z-]+\s+){0,2}[a-z-]+s)(?=\s+(?:were|are|was|is|have|had|came|come|signed|joined)\b)/;
/** "Among them,", "Of these,": a sentence that opens on a part of what was counted before */
// (", of which 33 are sister cities and 38 are …": the parts go on after the first, joined by "and" or a comma)
// ("Of the 56 sister cities, 21 are in Europe": the set named again, with its figure, as "Of these")
const PART_WORDS = String.raw`(?:Among|Of)\s+(?:them|these|those|which|the\s+(?:[\d,]+\s+)?(?:[\w-]+\s+){0,3}?[a-z-]+s),?\s+`;
const PART_OPENS = new RegExp(String.raw`(?:(?:^|[.;:,])\s*${PART_WORDS}|\b${PART_WORDS}[^.;:]*?\s(?:are|were)\s[^.;:]*?(?:,\s*(?:and\s+)?|\s+and\s+))$`, "i");
/** the verb that a part's figure is followed by, its noun after it ("five are foreign-funded projects") */
const COPULA_AFTER = /^\s+(?:are|were)\s+/;
/** the participle after that verb that says what was made of the part: "(four were) added", "newly established" */
const MADE_AFTER_COPULA = /^(?:(?:newly|all|also)\s+)?(?:added|established|set\s+up|forged|formed|signed|twinned)\b/;
/** words ending in s that are no plural noun */
const NOT_A_PLURAL = /^(?:this|was|has|its|is|as|us|his|thus|plus|less|yes|does|news|always|perhaps)$/i;

/** a headline's verb after the first word of a unit in title case: " Sign …", " Visits …" */
const HEADLINE_VERB_IN_UNIT = new RegExp(`(?<=\\S)\\s+${HEADLINE_VERB_TITLE_CASE}\\b.*$`);

/**
 * What a sentence holds before a position, at most as much as a sentence that is tagged (MAX_TAGGED_SENTENCE): the
 * patterns read back from a figure to its sentence's start, once for each figure, so a "sentence" of thousands of
 * figures (a table flattened, garbage) would take time that grows with its square.
 */
const sentenceBefore = (s: { text: string; start: number }, at: number): string => s.text.slice(Math.max(0, at - s.start - MAX_TAGGED_SENTENCE), at - s.start);

/** 45 cities, six areas, nearly 200 million, "Twenty-four Policies" */
export const numberNoun: CountRule = {
  id: "count-en-number-noun",
  lang: "en",
  find(ctx: ParagraphContext, dates: readonly Quoted[]): CountCandidate[] {
    const out: CountCandidate[] = [];
    for (const n of findEnNumbers(ctx.text)) {
      // a year or day of a date is the date's: findCounts would drop the count, so its sentence goes untagged
      if (!countable(ctx.text, n) || belongsToDate(n, n.value, dates)) continue;
      const s = sentenceAt(ctx.text, n.index);
      const numberEnd = n.index + n.text.length - s.start;
      // ("more than 60 economic, trade, cultural and educational exchange activities": describing words listed with commas
      // before the noun, which the clause's first comma would cut off)
      const listed = LISTED_DESCRIBING_WORDS.exec(s.text.slice(numberEnd));
      let unit = listed ? { text: listed[1]!, end: numberEnd + listed[0].length } : noUnitCanFollow(s.text, numberEnd) ? null : unitInClause(s.text, n.index - s.start, numberEnd);
      let partOf: RegExpExecArray | null = null;
      let elided: RegExpExecArray | null = null;
      let copula: RegExpExecArray | null = null;
      let end = unit ? s.start + unit.end : -1;
      let unitText = unit?.text ?? null;
      // "a 12-strong delegation": its members, as "a 12-member delegation" counts them
      if (unitText && /^-strong\b/.test(ctx.text.slice(n.index + n.text.length))) unitText = unitText.replace(/^strong\b/, "member");
      // (the count read before this figure, which a breakdown's next item goes on from)
      const previous = out.at(-1);
      if (!unit) {
        // "31 at the provincial level", "20 of them at the provincial level": the level names what is counted
        // ("58 at the level of cities with districts": the level named after it; "58 at the prefecture (city) level": its
        // other name in brackets)
        const level = /^\s+(?:of\s+(?:them|which)\s+)?(?:(?:are|is|were|was)\s+)?at the (?:([a-z-]+(?:\s+\([a-z-]+(?:,\s*[a-z-]+)*\))?(?:\s+and\s+[a-z-]+)?) levels?\b|level of ((?:[a-z-]+\s+){0,3}?[a-z-]+)(?=\s*(?:[,.;)]|$)|\s+and\b))/i.exec(ctx.text.slice(n.index + n.text.length, n.index + n.text.length + 48));
        // "a population of nearly 200 million": people; "an audience of about 1,200", "a crowd of 5,000": that gathering
        // ("led a delegation of 12 to the city": its members, as "a 12-member delegation" and 12人代表团 count them)
        const gathered = /\b(population|audience|crowd|delegation) of\s+(?:[a-z]+\s+)*$/i.exec(ctx.text.slice(Math.max(0, n.index - 40), n.index));
        // "visitors from Fukuoka to Hong Kong reached about 620,000": the subject names what is counted
        const before = sentenceBefore(s, n.index);
        const subject = level || gathered ? null : (SUBJECT_REACHED.exec(before) ?? BROUGHT_TO.exec(before));
        if (level) {
          // ("337 at the city and county levels": two levels together)
          unitText = level[2] ? `at the level of ${level[2]}` : `at the ${level[1]} level${/\sand\s/.test(level[1]!) ? "s" : ""}`;
          end = n.index + n.text.length + level[0].length;
        } else if (gathered) {
          const gathering = gathered[1]!.toLowerCase();
          unitText = gathering === "population" ? "people" : gathering === "delegation" ? "member delegation" : gathering;
          end = n.index + n.text.length;
        } else if (subject && !NOT_A_PLURAL.test(subject[1]!)) {
          unitText = subject[1]!.toLowerCase();
          end = n.index + n.text.length;
        } else if (TOTAL_BROUGHT_TO.test(before) && previous?.unit && previous.index >= s.start) {
          // "added seven pairs of sister cities, bringing the total to 134": the total of what the sentence counted before
          // ("added five sister cities and 12 friendly exchange cities, bringing its total to 72": both kinds together)
          const earlier = out.at(-2);
          const listed = earlier?.unit && earlier.index >= s.start && earlier.unit !== previous.unit && /^(?:,\s+|\s+and\s+|,\s+and\s+)$/.test(ctx.text.slice(earlier.index + earlier.text.length, previous.index));
          unitText = listed ? `${earlier!.unit} and ${previous.unit}` : previous.unit;
          end = n.index + n.text.length;
        } else if ((partOf = PART_OF_THE.exec(ctx.text.slice(n.index + n.text.length, n.index + n.text.length + 60)))) {
          // "Eight of the new pairs were with …": a part of a set the sentence names, counted in that set's noun
          unitText = partOf[1]!;
          end = n.index + n.text.length + partOf[0].length;
        } else if ((elided = ELIDED_IN_PLACE.exec(ctx.text.slice(n.index + n.text.length, n.index + n.text.length + 40))) && /(?:[,:]|\band|\bincluding)\s+$/.test(before) && previous && previous.index >= s.start && (previous.unit || PART_OPENS.test(sentenceBefore(s, previous.index)))) {
          // "36 pairs are in Asia, 42 in Europe and 7 in Oceania": an item of a breakdown by place, its noun the first's
          // ("with 87 cities in 58 countries, including 12 in Japan and 9 in Central Asia": the countries locate the cities,
          // and the items break down the cities; so does what a country holds, never a count of countries)
          const located = out.at(-2);
          const locating = !!located?.unit && located.index >= s.start && /^\s+in\s+$/.test(ctx.text.slice(located.index + located.text.length, previous.index));
          const inCountry = isEnglishCountryName(elided[0].replace(/^\s+(?:in|from|to)\s+(?:the\s+)?/, ""));
          unitText = COUNTRIES_UNIT.test(previous.unit ?? "") && (locating || inCountry) ? (out.findLast((c) => c.index >= s.start && c.unit && !COUNTRIES_UNIT.test(c.unit))?.unit ?? previous.unit) : previous.unit;
          end = n.index + n.text.length + elided[0].length;
        } else if (PART_OPENS.test(before) && (copula = COPULA_AFTER.exec(ctx.text.slice(n.index + n.text.length, n.index + n.text.length + 8)))) {
          // "Among them, five are foreign-funded projects": a part of a count before it, its noun after the verb (as 其中外资项目5个)
          // ("Of these, 9 are in Asia": or where they are, the noun unsaid, as "Nineteen of them" leaves it)
          const from = numberEnd + copula[0].length;
          const named = unitInClause(s.text, from, from);
          // (read from the copula's last space, which ELIDED_IN_PLACE opens with)
          const where = named ? null : ELIDED_IN_PLACE.exec(s.text.slice(from - 1, from + 40));
          // ("Of these, four were added in 2024": or what became of them, the noun unsaid, as "Nineteen of them were established")
          const made = named || where ? null : MADE_AFTER_COPULA.test(s.text.slice(from, from + 24));
          if (!named && !where && !made) continue;
          unitText = named?.text ?? null;
          end = named ? s.start + named.end : where ? s.start + from - 1 + where[0].length : n.index + n.text.length;
        } else if (PART_OF_THEM.test(ctx.text.slice(n.index + n.text.length, n.index + n.text.length + 16)) && out.length) {
          // "Nineteen of them were established …", "ties with 41 local governments in 77 countries, 99 of them added
          // since 2019": part of what a count before it counted, which one the words do not say (the ties, not the
          // governments), so the unit is left unnamed, for fusion to pair it with the other language's
          unitText = null;
          end = n.index + n.text.length;
        } else continue;
      }
      // ("Two Guangxi Cities Sign Cooperation Memorandums …": a headline's verb, capitalised as its nouns are, ends the noun counted)
      const verb = unitText && ctx.text.slice(end - unitText.length, end) === unitText ? HEADLINE_VERB_IN_UNIT.exec(unitText) : null;
      if (verb && unitText) {
        end = end - unitText.length + verb.index;
        unitText = unitText.slice(0, verb.index);
      }
      const qual = qualifierBefore(ctx.text, n.index, n);
      const start = qual ? qual.start : n.index;
      // "5,000-plus visitors", "300+ guests", "50-odd cities", "20 or more cities": more than, said after the figure (as 5000余名, 20个以上)
      const plus = !qual && /^(?:-plus\b|-odd\b|\+|\s+or\s+more\b)/.test(ctx.text.slice(n.index + n.text.length, n.index + n.text.length + 10));
      // ("a dozen or so forums": about, said after the figure, as 十来个)
      const orSo = !qual && /^\s+or\s+so\b/.test(ctx.text.slice(n.index + n.text.length, n.index + n.text.length + 8));
      // ("10-15 cities": a range's lower end, with its upper, is "at least", as "10 to 15 cities" is)
      const rangeFrom = !qual && /^[-–]\d/.test(ctx.text.slice(n.index + n.text.length, n.index + n.text.length + 2));
      out.push({ rule: this.id, index: start, text: ctx.text.slice(start, end), value: qual?.value ?? n.value, unit: unitText, qualifier: qual?.q ?? (plus ? "more than" : orSo ? "about" : rangeFrom ? "at least" : null) });
      unit = null;
    }
    return out;
  },
};

/** the currency a sign or code before a figure names; the unit a reader would write after it */
const CURRENCY_BEFORE: [RegExp, string][] = [
  [/(?:US|U\.S\.)\s?\$\s?$|\bUSD\s?$/, "US dollars"],
  [/HK\$\s?$|\bHKD\s?$/, "Hong Kong dollars"],
  [/S\$\s?$|\bSGD\s?$/, "Singapore dollars"],
  [/(?<![A-Z])\$\s?$/, "dollars"],
  [/€\s?$|\bEUR\s?$/, "euros"],
  [/£\s?$|\bGBP\s?$/, "pounds"],
  [/[¥￥]\s?$|\b(?:RMB|CNY)\s?$/, "yuan"],
];

/** the currency whose sign or code ends the text, and where the sign starts */
function currencyBefore(text: string): { unit: string; at: number } | null {
  for (const [re, unit] of CURRENCY_BEFORE) {
    const sign = re.exec(text);
    if (sign) return { unit, at: sign.index };
  }
  return null;
}

/** US$1.86 billion, $500,000, RMB 3.5 billion, €20 million: an amount of money (250 million yuan is a number and its noun) */
export const money: CountRule = {
  id: "count-en-money",
  lang: "en",
  find(ctx: ParagraphContext, dates: readonly Quoted[]): CountCandidate[] {
    const out: CountCandidate[] = [];
    for (const n of findEnNumbers(ctx.text)) {
      if (n.ordinal || n.value <= 0 || belongsToDate(n, n.value, dates)) continue;
      const before = ctx.text.slice(Math.max(0, n.index - 5), n.index);
      const currency = currencyBefore(before);
      if (!currency) continue;
      const signStart = n.index - (before.length - currency.at);
      const qual = qualifierBefore(ctx.text, signStart);
      const start = qual ? qual.start : signStart;
      out.push({ rule: this.id, index: start, text: ctx.text.slice(start, n.index + n.text.length), value: n.value, unit: currency.unit, qualifier: qual?.q ?? null });
    }
    return out;
  },
};

const ORDINAL = "(\\d+)(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)";
const ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
/** the value of an ORDINAL match: its figure ("8th") or its word ("third") */
const ordinalValue = (figure: string | undefined, word: string | undefined): number => (figure ? Number(figure) : ORD_WORDS.indexOf(word!.toLowerCase()) + 1);
// "among the six central provinces": the group ranked in belongs to the rank (as 居中部六省第一位), it counts nothing
/** the verbs that state a rank ("ranking 8th", "came third") */
const RANK_VERB = "(?:ranking|ranked|ranks|rank|placing|placed|came|coming|ranking at)";
const RANK = new RegExp(`\\b${RANK_VERB}\\s+(?:No\\.\\s*(\\d+)|${ORDINAL})\\b(?:\\s+among\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:provinces|cities|municipalities|regions|countries|prefectures|counties)\\b)?`, "gi");

/** "Second Among Six Central Provinces": a headline's rank, with no verb, the group after "among" */
const VERB_BEFORE_RANK = new RegExp(`\\b(?:${RANK_VERB}|at)\\s+$`, "i");
const RANK_AMONG = new RegExp(`\\b(?:${ORDINAL})\\s+among\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:provinces|cities|municipalities|regions|countries|prefectures|counties)\\b`, "gi");

/** "the most of any province in China", "the largest number in the country": first place, as 居全国首位 */
const MOST = /\bthe\s+(?:most|largest\s+number|highest\s+number)(?:\s+(?:of\s+any|among(?:\s+all)?(?:\s+the)?)\s+(?:[\w-]+\s+){0,2}?(?:province|provinces|city|cities|municipalities|region|regions|prefectures|counties)(?:\s+in\s+(?:China|the\s+country))?|\s+in\s+(?:China|the\s+country))\b/gi;

/** ranking 8th, ranked third, ranks No. 2, ranking first among the six central provinces: a rank */
export const rank: CountRule = {
  id: "count-en-rank",
  lang: "en",
  find(ctx: ParagraphContext): CountCandidate[] {
    const out: CountCandidate[] = [];
    for (const m of allMatches(MOST, ctx.text)) out.push({ rule: this.id, index: m.index, text: m[0], value: 1, unit: "rank", qualifier: null });
    for (const m of allMatches(RANK_AMONG, ctx.text)) {
      // (one a verb opens, "ranking second among …", is RANK's)
      if (VERB_BEFORE_RANK.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) continue;
      out.push({ rule: this.id, index: m.index, text: m[0], value: ordinalValue(m[1], m[2]), unit: "rank", qualifier: null });
    }
    for (const m of allMatches(RANK, ctx.text)) {
      const value = m[1] ? Number(m[1]) : ordinalValue(m[2], m[3]);
      out.push({ rule: this.id, index: m.index, text: m[0], value, unit: "rank", qualifier: null });
      // "ranking 11th and 6th respectively": a second rank joined to the first
      const end = m.index + m[0].length;
      const second = SECOND_RANK.exec(ctx.text.slice(end, end + 60));
      if (second) out.push({ rule: this.id, index: end + second[0].length - second[1]!.length, text: second[1]!, value: ordinalValue(second[2], second[3]), unit: "rank", qualifier: null });
    }
    return out;
  },
};
// ("ranks fifth in China and first in the central and western regions", as 居全国第5位、中西部第1位: past the first's scope)
const SECOND_RANK = new RegExp(`^(?:\\s+(?:in|among)\\s+[^,.;]{1,30}?|\\s+nationwide)?\\s+and\\s+(${ORDINAL})\\b(?!-)`, "i");

export const EN_COUNT_RULES: readonly CountRule[] = [rank, money, numberNoun];
