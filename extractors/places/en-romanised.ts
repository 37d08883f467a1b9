/**
 * A romanised Korean or Japanese name with the hyphened ending of its kind (Jung-gu, Gangnam-gu, Minato-ku,
 * Gapyeong-gun, Gyeonggi-do, Suwon-si) says that it is a place, and which kind, whatever stands around it:
 * "the district and Jung-gu of Seoul signed …" names a district no gazetteer here holds.
 */
import type { ParagraphContext, PlaceCandidate, PlaceRule } from "../types";
import { allMatches } from "../shared/matches";

/** the kinds the hyphened endings state */
const ROMANISED_DIVISION: Readonly<Record<string, PlaceCandidate["type"]>> = { gu: "district", ku: "district", gun: "county", do: "province", si: "city", shi: "city" };
const ENDINGS = Object.keys(ROMANISED_DIVISION).join("|");
const ROMANISED_ENDING = new RegExp(`-(${ENDINGS})$`);

/** the kind a name's hyphened ending states (Gangnam-gu: a district), if it ends in one */
export const romanisedKind = (name: string): PlaceCandidate["type"] | undefined => {
  const ending = ROMANISED_ENDING.exec(name)?.[1];
  return ending ? ROMANISED_DIVISION[ending] : undefined;
};

/** a capitalised name of one word (Chungcheongbuk-do; not Tae-kwon-do, a sport) and the ending of its kind */
const ROMANISED_NAME = new RegExp(`(?<![\\p{L}\\p{M}'’-])\\p{Lu}\\p{Ll}+-(?:${ENDINGS})(?![\\p{L}\\p{M}'’-])`, "gu");

export const nameWithRomanisedDivision: PlaceRule = {
  id: "place-en-romanised-division",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    if (!ctx.text.includes("-")) return [];
    return allMatches(ROMANISED_NAME, ctx.text).map((m) => ({ rule: this.id, index: m.index, text: m[0], lang: "en", hits: [], type: romanisedKind(m[0])!, foreign: true }));
  },
};
