/**
 * Reads one paragraph with the registered rules: its dates first, then its counts (a figure inside a
 * date, the 28 of 11月28日, belongs to the date), the places it names and the agreements it reports. The
 * extract stage and the corpus tests both read paragraphs through these functions, so the corpora test
 * what the pipeline does.
 *
 * The reading comes in two steps because the agreement rules need the whole document's places: a name
 * that the place rules find from its context in one paragraph is found again in the others
 * (extractors/places/repeats.ts) before any agreement is read.
 */
import type { AgreementCandidate, CountCandidate, DateCandidate, Lang, ParagraphContext, PlaceCandidate } from "./types";
import { paragraphContext } from "./context";
import { AGREEMENT_RULES, COUNT_RULES, DATE_RULES, PLACE_RULES } from "./registry";
import { findDates } from "./dates/relations";
import { findCounts } from "./counts/select";
import { findPlaces } from "./places/select";
import { findAgreements } from "./agreements/select";

/** The first step: the paragraph's dates and the places its own text shows. */
export interface PlacesReading {
  ctx: ParagraphContext;
  dates: DateCandidate[];
  /** place names, linked across languages and gathered per document by extractors/places/link.ts */
  places: PlaceCandidate[];
}

export interface ParagraphReading extends Omit<PlacesReading, "ctx"> {
  counts: CountCandidate[];
  /** agreement events, their parties read from the places and their dates from the dates above */
  agreements: AgreementCandidate[];
}

export function readPlaces(text: string, lang: Lang): PlacesReading {
  const ctx = paragraphContext(text, lang);
  return { ctx, dates: findDates(ctx, DATE_RULES[lang]), places: findPlaces(ctx, PLACE_RULES[lang]) };
}

/** The second step, given the paragraph's places in text order (its own, and the document's names found again). */
export function readEvents(reading: PlacesReading, places: PlaceCandidate[], earlier?: string): ParagraphReading {
  const { ctx, dates } = reading;
  // a count inside a place's name (三重县 read as 三重) or starting within one (以色列第三大城市 read as 列第三) counts
  // nothing; one that holds a place in its unit (12家辛德尔芬根企业), or only opens with a place's characters, stands
  const within = (c: CountCandidate, p: PlaceCandidate): boolean => (p.index < c.index && c.index < p.index + p.text.length) || (p.index <= c.index && c.index + c.text.length <= p.index + p.text.length);
  const counts = findCounts(ctx, COUNT_RULES[ctx.lang], dates).filter((c) => !places.some((p) => within(c, p)));
  return { dates, counts, places, agreements: findAgreements(ctx, AGREEMENT_RULES[ctx.lang], { places, dates, earlier }) };
}

/** Both steps for a paragraph read alone. */
export function readParagraph(text: string, lang: Lang): ParagraphReading {
  const reading = readPlaces(text, lang);
  return readEvents(reading, reading.places);
}
