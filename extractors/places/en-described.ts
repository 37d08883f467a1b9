/**
 * A name no gazetteer holds, described right after it as a kind of place in a place that is known: "Juiz de Fora,
 * a city in the Brazilian state of Minas Gerais", "Ílhavo, a coastal town in Portugal", "Itajubá, a municipality
 * in southeastern Brazil"; or as a capital: "Semarang, capital of Central Java Province of Indonesia". The description
 * says what the name is, wherever it stands (at a sentence's start too).
 */
import type { ParagraphContext, PlaceCandidate, PlaceRule } from "../types";
import { allMatches } from "../shared/matches";
import { gazetteer, type PlaceType } from "./gazetteer";
import { countryAt, DEMONYM, foreignPlaceAt, opensSentence, PROPER, readsAsPlaceName } from "./en";

/** the small words inside Portuguese, Spanish, Italian and French names: Juiz de Fora, Mar del Plata, Vila Nova de Gaia */
const PARTICLE = "(?:de\\s+la|d[aeiou]|dos|das|del|della|dei|du|la|le|el)";
/** the kinds a description names, and the kind of place each is */
const KIND: Readonly<Record<string, PlaceType>> = { city: "city", town: "city", village: "city", municipality: "city", commune: "city", port: "city", county: "county" };
const KIND_WORDS = Object.keys(KIND).join("|");
/**
 * a name of up to four capitalised words (particles between them), a comma, and a description: an article, up to three
 * words in lower case ("coastal", "textile"), a kind, and "in" or "of" before the place that holds it
 */
const DESCRIBED = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])(${PROPER}(?:\\s+(?:${PARTICLE}\\s+)?${PROPER}){0,3}),\\s+(?:an?\\s+(?:[a-z][\\w-]*\\s+){0,3}?(${KIND_WORDS})\\s+(?:(?:located|situated)\\s+)?(?:in|of)|(?:the\\s+)?(?:[a-z]+\\s+)?(capital)(?:\\s+city)?\\s+of)\\s+(?:the\\s+)?`,
  "gu",
);
/** a description's article and kind, or a capital's word, anywhere in a text (the plain search before the pattern) */
const DESCRIPTION_AHEAD = new RegExp(`,\\s+(?:an?\\s[^,.;]{0,40}?\\b(?:${KIND_WORDS})\\s|(?:the\\s+)?(?:[a-z]+\\s+)?capital\\s)`);
/** a division named by its word, then its country: "Central Java Province of Indonesia", "Minas Gerais State, Brazil" */
const DIVISION_THEN_COUNTRY = new RegExp(`^(?:${PROPER}\\s+){1,3}(?:Province|State|Region|Prefecture|Oblast|Governorate|Department)(?:,\\s+|\\s+(?:of|in)\\s+)(?:the\\s+)?`, "u");
/** a compass word before the place: "in southeastern Brazil", "in northern Portugal" */
const COMPASS = /^(?:(?:north|south)(?:east|west)?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+/;
/** a demonym, a division's word and "of": "the Brazilian state of", "the Italian region of" */
const DEMONYM_DIVISION = /^(\p{Lu}\p{L}+)\s+(?:state|province|region|prefecture|department|county)\s+of\s/u;
/** the words that open a sentence and are no name: "However, a city in Italy …" */
const SENTENCE_ADVERB = /^(?:\p{Lu}\p{Ll}+ly|However|Meanwhile|Moreover|Furthermore|Besides|Also|Today|Yesterday|Now|Then|Later|Previously|Recently|Currently|Additionally|Thus|Therefore)$/u;

/** whether a known place, or a demonym's division, holds what was described: a known country or a foreign division or city */
function knownPlaceAt(text: string, at: number): boolean {
  const from = at + (COMPASS.exec(text.slice(at, at + 20))?.[0].length ?? 0);
  if (countryAt(text, from)) return true;
  const demonym = DEMONYM_DIVISION.exec(text.slice(from, from + 40));
  if (demonym && DEMONYM.test(demonym[1]!)) return true;
  const division = DIVISION_THEN_COUNTRY.exec(text.slice(from, from + 80));
  if (division && countryAt(text, from + division[0].length)) return true;
  return foreignPlaceAt(text, from);
}

export const nameDescribedAsPlace: PlaceRule = {
  id: "place-en-described",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    // (most paragraphs describe no place so: a plain search spares them the pattern, which tries every capital)
    if (!DESCRIPTION_AHEAD.test(ctx.text)) return [];
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(DESCRIBED, ctx.text)) {
      const name = m[1]!;
      const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      if (gazetteer().en.has(name) || !readsAsPlaceName(words) || (words.length === 1 && opensSentence(ctx.text, m.index) && SENTENCE_ADVERB.test(name))) continue;
      if (!knownPlaceAt(ctx.text, m.index + m[0].length)) continue;
      out.push({ rule: this.id, index: m.index, text: name, lang: "en", hits: [], type: m[2] ? KIND[m[2]]! : "city", foreign: true });
    }
    return out;
  },
};
