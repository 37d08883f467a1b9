/**
 * A world region named by its adjective before places of it: "Latin American countries", "West African nations",
 * "South and Southeast Asian countries", "Central and Eastern European cities". As 拉美国家 names 拉美, the English
 * names the region too, so the two languages cite the same place. Only a region the gazetteer holds, and only before
 * a plural of places: "the Asian Games", "a European Union fund" and "American cities" (no region) name none; a
 * country's demonym ("French cities") is left to the country's own name.
 */
import type { ParagraphContext, PlaceCandidate, PlaceRule } from "../types";
import { gazetteer, type NameHit } from "./gazetteer";
import { allMatches } from "../shared/matches";
import { POINT } from "./en";

/** the region's noun for each adjective */
const NOUN_OF_ADJECTIVE: Record<string, string> = { African: "Africa", European: "Europe", Asian: "Asia", American: "America", "Middle Eastern": "the Middle East", Balkan: "the Balkans", Eurasian: "Eurasia" };
/** the words that narrow a region, before its adjective: a compass point (as en.ts's "West and Central Africa"), Latin, Sub-Saharan */
const NARROWING = `${POINT}|Latin|Sub-Saharan`;
/** what the adjective describes: places of the region, in the plural */
const PLACES_AFTER = "countries|nations|cities|states|partners|economies|regions|provinces";
const REGION_ADJECTIVE = new RegExp(
  `\\b(?:(${NARROWING})\\s+and\\s+)?(?:(${NARROWING})\\s+)?(${Object.keys(NOUN_OF_ADJECTIVE).join("|").replace(" ", "\\s+")})(?=\\s+(?:${PLACES_AFTER})\\b)`,
  "g",
);

const regionHits = (name: string): NameHit[] => (gazetteer().en.get(name) ?? []).filter((h) => h.entry.type === "region");

/** "Latin American countries": the region its adjective names, cited at the adjective */
export const regionOfAdjective: PlaceRule = {
  id: "place-en-region-adjective",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(REGION_ADJECTIVE, ctx.text)) {
      const [, first, second, adjective] = m;
      const noun = NOUN_OF_ADJECTIVE[adjective!.replace(/\s+/, " ")]!;
      const cite = (hits: NameHit[]): void => {
        if (hits.length) out.push({ rule: this.id, index: m.index, text: m[0], lang: "en", hits, type: "region", foreign: false });
      };
      // ("Central and Eastern European": one region by that whole name; "South and Southeast Asian": two, sharing the adjective)
      const whole = first && second ? regionHits(`${first} and ${second} ${noun}`) : [];
      if (whole.length) cite(whole);
      else for (const point of [first, second]) if (point) cite(regionHits(`${point} ${noun}`));
      if (!first && !second) cite(regionHits(noun));
    }
    return out;
  },
};
