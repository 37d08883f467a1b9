/**
 * 与越南河内、泰国孔敬、马来西亚怡保等城市: in a list of places each named after its country, an item whose name
 * no gazetteer holds and that has no division word is still that country's place. A list names its items alike:
 * the item must stand in a list (a 、 beside it), hold only what jieba reads as pieces of names, and end where
 * the list goes on or closes (、 等 和 及). Not 日本企业、韩国企业: 企业 is a common noun to jieba.
 */
import type { ParagraphContext, PlaceCandidate, PlaceRule } from "../types";
import { allMatches } from "../shared/matches";
import { ANY_DIVISION, countryOpening, insideLongerCountry, listedAfter, NOT_IN_NAME, startsWithKnownName, TIE_WORDS } from "./zh";
import { namePieces } from "./zh-transliterated";
import { COMMON_PLACE_NOUNS } from "./zh-divisions";
import { gazetteer, type NameHit } from "./gazetteer";

/** a list's item: after the list's mark or the word that opens a list of partners, up to the next mark or the list's close */
// (or, after 和 ending a list, up to the tie's verb: 与德国不来梅、丹麦奥胡斯和印度科钦结为友好城市)
const LIST_ITEM = /(?<=[、与同和及])\p{Script=Han}{4,14}?(?=[、等和及]|结为|缔结|建立|签署|签订|结好|互为)/gu;

export const listedAfterCountry: PlaceRule = {
  id: "place-zh-listed-after-country",
  lang: "zh",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    if (!ctx.text.includes("、")) return [];
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(LIST_ITEM, ctx.text)) {
      const end = m.index + m[0].length;
      // in a list: a 、 before the item or after it, or 和 before the last item of a list that 、 opened
      const lastOfList = /[和及]/.test(ctx.text[m.index - 1] ?? "") && /、[^，。；、]{2,20}$/.test(ctx.text.slice(Math.max(0, m.index - 22), m.index - 1));
      if (ctx.text[m.index - 1] !== "、" && ctx.text[end] !== "、" && !lastOfList) continue;
      const country = countryOpening(m[0]);
      const start = m.index + country;
      const name = ctx.text.slice(start, end);
      if (!country || name.length < 2 || name.length > 4 || insideLongerCountry(ctx.text, start)) continue;
      // (德国古镇, 美国小镇: a kind of town after a country names none)
      if (NOT_IN_NAME.test(name) || TIE_WORDS.test(name) || COMMON_PLACE_NOUNS.has(name) || startsWithKnownName(name)) continue;
      // every word jieba reads in it a piece of a name, from a word's start to a word's end
      if (!namePieces(ctx, start, end)) continue;
      out.push({ rule: this.id, index: start, text: name, lang: "zh", hits: [], type: "city", foreign: true });
    }
    return out;
  },
};

/** the gazetteer's entry of a known foreign place (not a country) by that name */
function foreignHit(name: string): NameHit | undefined {
  return (gazetteer().zh.get(name) ?? []).find((h) => h.entry.country !== null && h.entry.country !== "CN" && h.entry.type !== "country");
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
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(KNOWN_THEN_LIST, ctx.text)) {
      // a known foreign name that ends right before the division word (each listed item's own word gives its kind)
      const name = m[1]!;
      if (![...name].some((_, k) => name.length - k >= 2 && foreignHit(name.slice(k)))) continue;
      out.push(...listedAfter(ctx, m.index + m[0].length, ANY_DIVISION, null, this.id));
    }
    return out;
  },
};

/** a division word closing a name, and one (or none) before the tie's verb or the list's 等 */
const DIVISION_AT_END = new RegExp(`(?:${ANY_DIVISION})$`);
const DIVISION_THEN_VERB = new RegExp(`^(?:${ANY_DIVISION})?(?:结为|建立|缔结|签署|签订|等)`);
/** what bounds a list's item: the list's mark, the words that open or join its items, and the clause's punctuation */
const ITEM_BOUND = /[、与同和及等，,。；;：:（）()]/;
/** the kind of a known foreign place (not a country) */
const foreignKind = (name: string): PlaceCandidate["type"] | undefined => foreignHit(name)?.entry.type as PlaceCandidate["type"] | undefined;
/** a list's item that is a known foreign place and nothing more: its country before it and its division word after it at most (not 威尼斯市长) */
function foreignPlaceItem(item: string): PlaceCandidate["type"] | undefined {
  const name = item.slice(countryOpening(item));
  // (the name without its division word, or with it where the gazetteer holds it so: 滋贺县)
  return foreignKind(name.replace(DIVISION_AT_END, "")) ?? foreignKind(name);
}
/** the last item of a list, which runs on into the clause's verb: a known foreign place opening it, before its division word or the verb */
function foreignPlaceOpening(text: string): PlaceCandidate["type"] | undefined {
  for (let len = Math.min(text.length, 8); len >= 2; len--) {
    const kind = foreignKind(text.slice(0, len));
    if (kind && (len === text.length || DIVISION_THEN_VERB.test(text.slice(len)))) return kind;
  }
  return undefined;
}

/**
 * 先后与威尼斯、格勒诺布尔、波特兰结为友好城市: a name no gazetteer holds, listed (a 、 on either side, or 和 in a list of
 * two its opening words open: 分别为弗拉察市和普列文市) beside a known foreign place in a sentence about ties, and read by
 * jieba as pieces of a name, is a place of that neighbour's kind.
 */
/** the words that open a list of two joined by 和 (分别为A和B, 包括A和B, 即A和B) */
const LIST_OPENER_AT_START = /^(?:分别为|分别是|包括|即)/;
export const listedAmongKnownPlaces: PlaceRule = {
  id: "place-zh-listed-among-known",
  lang: "zh",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    if (!TIE_WORDS.test(ctx.text)) return [];
    const out: PlaceCandidate[] = [];
    const itemStart = (at: number): number => {
      let i = at;
      while (i > 0 && !ITEM_BOUND.test(ctx.text[i - 1]!)) i--;
      return i;
    };
    const itemEnd = (from: number): number => {
      let i = from;
      while (i < ctx.text.length && !ITEM_BOUND.test(ctx.text[i]!)) i++;
      return i;
    };
    const unknownItem = (start: number, end: number): boolean => {
      const name = ctx.text.slice(start, end);
      return name.length >= 2 && name.length <= 6 && !startsWithKnownName(name) && !NOT_IN_NAME.test(name) && !TIE_WORDS.test(name) && !!namePieces(ctx, start, end);
    };
    const seen = new Set<number>();
    const push = (start: number, end: number, type: PlaceCandidate["type"] | undefined): void => {
      if (!type || type === "country" || seen.has(start)) return;
      seen.add(start);
      out.push({ rule: this.id, index: start, text: ctx.text.slice(start, end), lang: "zh", hits: [], type, foreign: true });
    };
    for (const mark of allMatches(/、/g, ctx.text)) {
      // the items on either side of the mark: an unknown one takes the kind of a known one beside it
      const [leftStart, rightEnd] = [itemStart(mark.index), itemEnd(mark.index + 1)];
      const [left, right] = [ctx.text.slice(leftStart, mark.index), ctx.text.slice(mark.index + 1, rightEnd)];
      // (the list's last item runs on to the clause's verb: 、波特兰结为友好城市)
      const rightKind = ctx.text[rightEnd] === "、" ? foreignPlaceItem(right) : foreignPlaceOpening(right) ?? foreignPlaceItem(right);
      if (unknownItem(leftStart, mark.index)) push(leftStart, mark.index, rightKind);
      if (unknownItem(mark.index + 1, rightEnd)) {
        const next = /[和及]/.test(ctx.text[rightEnd] ?? "") ? ctx.text.slice(rightEnd + 1, itemEnd(rightEnd + 1)) : "";
        push(mark.index + 1, rightEnd, foreignPlaceItem(left) ?? foreignPlaceOpening(next));
      }
    }
    // (分别为弗拉察市和普列文市: two items joined by 和 or 及, the list opened by its own words, closing its clause)
    for (const mark of allMatches(/[和及]/g, ctx.text)) {
      // (the item before 和 runs back to the clause's comma, so the opening words are at its start, or a colon before it)
      const clauseItem = itemStart(mark.index);
      const opener = LIST_OPENER_AT_START.exec(ctx.text.slice(clauseItem, mark.index));
      if (!opener && !/[：:]$/.test(ctx.text.slice(0, clauseItem))) continue;
      const [leftStart, rightEnd] = [clauseItem + (opener?.[0].length ?? 0), itemEnd(mark.index + 1)];
      if (!/^(?:等|[，。；]|$)/.test(ctx.text.slice(rightEnd, rightEnd + 1))) continue;
      const [left, right] = [ctx.text.slice(leftStart, mark.index), ctx.text.slice(mark.index + 1, rightEnd)];
      if (unknownItem(leftStart, mark.index)) push(leftStart, mark.index, foreignPlaceItem(right));
      if (unknownItem(mark.index + 1, rightEnd)) push(mark.index + 1, rightEnd, foreignPlaceItem(left));
    }
    return out;
  },
};

/** a list of pairs before a tie's or a signing's verb: 南宁与万象、柳州与罗勇、桂林与暹粒分别签署 (its items, then the verb) */
// (or 以及 between two pairs: 威海与蔚山以及日照与唐津分别签署)
const PAIRS_BEFORE_VERB = /(?:[\p{Script=Han}]{2,8}?[与和同][\p{Script=Han}]{2,8}?(?:、|以及)){1,6}[\p{Script=Han}]{2,8}?[与和同][\p{Script=Han}]{2,8}?(?=(?:也|还|均|都)?(?:分别|各自)?(?:签署|签订|续签|缔结|建立|结为|结成|结好))/gu;
/** an item of such a list: what stands between its marks (、, 以及) */
const ITEM_OF_PAIRS = /(?<=^|、|以及)(?:(?!以及)[^、])+/g;
/** a Chinese division the gazetteer holds, by its short name too (柳州) */
const chineseHit = (name: string): boolean => (gazetteer().zh.get(name) ?? []).some((h) => h.entry.country === "CN");

/**
 * 突厥|斯坦市: a partner's name whose first piece jieba reads as a common noun (突厥, "Turkic"), closed by a piece it
 * cannot read that ends in the division word; as a pair's partner, a name still
 */
function piecesBeforeDivision(ctx: ParagraphContext, start: number, end: number): boolean {
  const pieces = namePieces(ctx, start, end, NOUN_OR_NAME_PIECE_TAGS);
  const last = pieces?.at(-1);
  return !!pieces && pieces.length >= 2 && last!.tag === "x" && /[市州省县]$/.test(last!.word);
}
/** a common noun (n), a name (nr, nrt, nrfg, ns) or a piece jieba cannot read (x) */
const NOUN_OR_NAME_PIECE_TAGS = new Set(["n", "x", "nr", "nrt", "nrfg", "ns"]);

/**
 * 南宁与万象、柳州与罗勇、桂林与暹粒分别签署合作协议: in a list of pairs that each join a Chinese division to its
 * partner, a partner no gazetteer holds, read by jieba as pieces of a name, is a foreign place of the kind the
 * list's known partners are (one pair unread had made the whole list one event of five parties).
 */
export const pairedInList: PlaceRule = {
  id: "place-zh-paired-in-list",
  lang: "zh",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    if (!ctx.text.includes("、") && !ctx.text.includes("以及")) return [];
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(PAIRS_BEFORE_VERB, ctx.text)) {
      const items = [...allMatches(ITEM_OF_PAIRS, m[0])].map((x) => {
        const join = /[与和同]/.exec(x[0].slice(2))!;
        const at = m.index + x.index + 2 + join.index;
        return { own: ctx.text.slice(m.index + x.index, at), partner: { start: at + 1, end: m.index + x.index + x[0].length } };
      });
      if (!items.every((i) => chineseHit(i.own.replace(/[市省县区]$/, "")) || chineseHit(i.own))) continue;
      const kinds = items.map((i) => foreignPlaceItem(ctx.text.slice(i.partner.start, i.partner.end))).filter((k): k is NonNullable<typeof k> => !!k && k !== "country");
      if (!kinds.length) continue;
      for (const { partner } of items) {
        const name = ctx.text.slice(partner.start, partner.end);
        if (foreignPlaceItem(name) || startsWithKnownName(name) || NOT_IN_NAME.test(name) || TIE_WORDS.test(name) || name.length > 6 || !(namePieces(ctx, partner.start, partner.end) || piecesBeforeDivision(ctx, partner.start, partner.end))) continue;
        out.push({ rule: this.id, index: partner.start, text: name, lang: "zh", hits: [], type: kinds[0]!, foreign: true });
      }
    }
    return out;
  },
};
