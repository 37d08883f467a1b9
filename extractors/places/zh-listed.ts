/**
 * 与越南河内、泰国孔敬、马来西亚怡保等城市: in a list of places each named after its country, an item whose name
 * no gazetteer holds and that has no division word is still that country's place. A list names its items alike:
 * the item must stand in a list (a 、 beside it), hold only what jieba reads as pieces of names, and end where
 * the list goes on or closes (、 等 和 及). Not 日本企业、韩国企业: 企业 is a common noun to jieba.
 */
import type { ParagraphContext, PlaceCandidate, PlaceRule } from "../types";
import { allMatches } from "../shared/matches";
import { ANY_DIVISION, insideLongerCountry, isCountryName, listedAfter, namePieces, NOT_IN_NAME, startsWithKnownName, TIE_WORDS } from "./zh";
import { gazetteer, type NameHit } from "./gazetteer";

/** a list's item: after the list's mark or the word that opens a list of partners, up to the next mark or the list's close */
const LIST_ITEM = /(?<=[、与同和及])\p{Script=Han}{4,14}?(?=[、等和及])/gu;

export const listedAfterCountry: PlaceRule = {
  id: "place-zh-listed-after-country",
  lang: "zh",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    if (!ctx.text.includes("、")) return [];
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(LIST_ITEM, ctx.text)) {
      const end = m.index + m[0].length;
      // in a list: a 、 before the item or after it
      if (ctx.text[m.index - 1] !== "、" && ctx.text[end] !== "、") continue;
      const country = countryOpening(m[0]);
      const start = m.index + country;
      const name = ctx.text.slice(start, end);
      if (!country || name.length < 2 || name.length > 4 || insideLongerCountry(ctx.text, start)) continue;
      if (NOT_IN_NAME.test(name) || TIE_WORDS.test(name) || startsWithKnownName(name)) continue;
      // every word jieba reads in it a piece of a name, from a word's start to a word's end
      if (!namePieces(ctx, start, end)) continue;
      out.push({ rule: this.id, index: start, text: name, lang: "zh", hits: [], type: "city", foreign: true });
    }
    return out;
  },
};

/** the length of the longest country's name that opens a text, or 0 */
function countryOpening(text: string): number {
  for (let len = Math.min(text.length - 2, 10); len >= 2; len--) if (isCountryName(text.slice(0, len))) return len;
  return 0;
}

/** a known foreign place written with its division word, then the list's mark or the word joining its last item */
const KNOWN_THEN_LIST = /(\p{Script=Han}{2,8}?)(市|州|省|府|县)(?=[、和及])/gu;

/**
 * 以色列特拉维夫市和海法市: names listed after a known foreign place and its division word, each closed by a
 * division word, are places of the kind their word says (布哈拉州、希瓦市和纳沃伊市: a region, then two cities), as
 * they are after a place the rules read from its country (韩国群山市、瑞山市).
 */
export const listedAfterKnownPlace: PlaceRule = {
  id: "place-zh-listed-after-known",
  lang: "zh",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    if (!/[市州省府县][、和及]/.test(ctx.text)) return [];
    const g = gazetteer();
    const foreignHit = (tail: string): NameHit | undefined => (g.zh.get(tail) ?? []).find((h) => h.entry.country !== null && h.entry.country !== "CN" && h.entry.type !== "country");
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(KNOWN_THEN_LIST, ctx.text)) {
      // the longest known foreign name that ends right before the division word, and its kind
      const name = m[1]!;
      const hit = [...name].map((_, k) => name.slice(k)).filter((tail) => tail.length >= 2).map(foreignHit).find((h) => h !== undefined);
      if (!hit) continue;
      out.push(...listedAfter(ctx, m.index + m[0].length, ANY_DIVISION, null, this.id));
    }
    return out;
  },
};
