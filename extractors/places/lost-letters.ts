/**
 * "S?o Paulo", "Bogot?", "K?ln": an English name whose letters outside ASCII were lost to "?" when the page
 * was saved in an encoding without them (GBK and Big5 hold the pinyin vowels, not ã, ç, ñ, ö or ł). The
 * gazetteer's names are matched with each such letter read as one "?", so the place is still known by both
 * its names; the citation quotes the damaged text as it stands.
 */
import type { ParagraphContext, PlaceCandidate, PlaceRule } from "../types";
import { gazetteer } from "./gazetteer";
import { allMatches } from "../shared/matches";

/** a letter outside ASCII, which an encoding without it writes as "?" */
const NON_ASCII_LETTER = /[^\x00-\x7F]/gu;

let byDamagedName: Map<string, string> | null = null;
/** the gazetteer's English names that hold letters outside ASCII, by the form they take with those letters lost (built once) */
function damagedNames(): Map<string, string> {
  if (!byDamagedName) {
    byDamagedName = new Map();
    for (const name of gazetteer().en.keys()) {
      if (!/[^\x00-\x7F]/u.test(name)) continue;
      // (a letter with a combining mark, São written S-a-U+0303-o, is lost as one character too)
      const damaged = name.normalize("NFC").replace(NON_ASCII_LETTER, "?");
      // a damaged form two names share says neither (the Polish and the Turkish reading of one skeleton)
      if (byDamagedName.has(damaged) && byDamagedName.get(damaged) !== name) byDamagedName.set(damaged, "");
      else byDamagedName.set(damaged, name);
    }
  }
  return byDamagedName;
}

/** up to four capitalised words, one of them holding a "?" between or after its letters */
const DAMAGED_RUN = /(?<![\p{L}?])(?:[\p{Lu}?][\p{L}?'’-]*)(?:\s+[\p{Lu}?][\p{L}?'’-]*){0,3}/gu;

export const nameWithLostLetters: PlaceRule = {
  id: "place-en-lost-letters",
  lang: "en",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    if (!ctx.text.includes("?")) return [];
    const names = damagedNames();
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(DAMAGED_RUN, ctx.text)) {
      if (!/\p{L}\?|\?\p{L}/u.test(m[0])) continue;
      // the longest run of its words that is a damaged name, from its first word on
      const words = m[0].split(/\s+/);
      for (let n = words.length; n > 0; n--) {
        const text = words.slice(0, n).join(" ");
        if (!text.includes("?")) break;
        const name = names.get(text);
        if (!name) continue;
        const hits = gazetteer().en.get(name)!;
        out.push({ rule: this.id, index: m.index, text, lang: "en", hits, type: hits[0]!.entry.type, foreign: false });
        break;
      }
    }
    return out;
  },
};
