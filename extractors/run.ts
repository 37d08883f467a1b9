/**
 * Reads one paragraph with the registered rules: its dates first, then its counts (a figure inside a
 * date, the 28 of 11月28日, belongs to the date), the places it names and the agreements it reports. The extract stage and the corpus tests both read
 * paragraphs through this one function, so the corpora test what the pipeline does.
 */
import type { AgreementCandidate, CountCandidate, DateCandidate, Lang, PlaceCandidate } from "./types";
import { paragraphContext } from "./context";
import { AGREEMENT_RULES, COUNT_RULES, DATE_RULES, PLACE_RULES } from "./registry";
import { findDates } from "./dates/relations";
import { findCounts } from "./counts/select";
import { findPlaces } from "./places/select";
import { findAgreements } from "./agreements/select";

export interface ParagraphReading {
  dates: DateCandidate[];
  counts: CountCandidate[];
  /** place names, linked across languages and gathered per document by extractors/places/link.ts */
  places: PlaceCandidate[];
  /** agreement events, their parties read from the places and their dates from the dates above */
  agreements: AgreementCandidate[];
}

export function readParagraph(text: string, lang: Lang): ParagraphReading {
  const ctx = paragraphContext(text, lang);
  const dates = findDates(ctx, DATE_RULES[lang]);
  const places = findPlaces(ctx, PLACE_RULES[lang]);
  return { dates, counts: findCounts(ctx, COUNT_RULES[lang], dates), places, agreements: findAgreements(ctx, AGREEMENT_RULES[lang], { places, dates }) };
}
