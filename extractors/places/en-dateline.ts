/**
 * A wire story's dateline, "NANCHANG, Oct. 9 (Xinhua) --": the city, in capitals, opens the story, and a comma
 * and the day follow it. The gazetteer knows names as running text writes them, so the capitals are looked up
 * as that name (Nanchang); the mention cites the capitals as the source wrote them. Only a known name: a
 * word in capitals before a date is too often a heading ("UPDATE, Oct. 9") to be taken on trust.
 */
import type { ParagraphContext, PlaceCandidate, PlaceRule } from "../types";
import { gazetteer } from "./gazetteer";
import { ENGLISH_MONTH_NAME } from "../shared/calendar";

/** the capitals at the paragraph's opening, perhaps their country or province after them, then the day */
// ("HONG KONG, Oct. 9", "HANGZHOU, China, Oct. 9")
const DATELINE = new RegExp(`^([A-Z]{2,}(?:[ -][A-Z]{2,}){0,2}),\\s+(?:[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?,\\s+)?(?=${ENGLISH_MONTH_NAME}\\s+\\d{1,2}\\b)`);

/** "NANCHANG" as the gazetteer writes it, "Nanchang"; "HONG KONG" as "Hong Kong" */
const asWritten = (capitals: string): string => capitals.toLowerCase().replace(/(^|[ -])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

export const cityOfWireDateline: PlaceRule = {
  id: "place-en-wire-dateline",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const m = DATELINE.exec(ctx.text);
    const hits = m ? gazetteer().en.get(asWritten(m[1]!)) : undefined;
    if (!m || !hits?.length) return [];
    return [{ rule: this.id, index: 0, text: m[1]!, lang: "en", hits: [...hits], type: hits[0]!.entry.type, foreign: false }];
  },
};
