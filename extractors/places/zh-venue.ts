/**
 * 在坎特伯雷续签友好合作协议, 双方在科英布拉签署备忘录: where a signing or a meeting took place, a foreign
 * city the release names bare (no country before it, no division word after it), since the country is clear
 * from the parties. 在 opens it and the event's verb closes it, with nothing between; what stands between
 * holds only what jieba reads as a transliteration (a name of a person, nrt, or a place, or pieces it cannot
 * read), one word of it a name of two characters or more. Not 在王市长陪同下 (a title is no piece of a name,
 * and 陪同 is no event), nor 在人民大会堂举行 (a building is a common noun to jieba). A town of China's
 * (在乌镇举行, a name jieba knows as a place with 镇, 乡 or 村) is a place too, but not a foreign one.
 */
import type { ParagraphContext, PlaceCandidate, PlaceRule } from "../types";
import { allMatches } from "../shared/matches";
import { NOT_IN_NAME, startsWithKnownName, TIE_WORDS } from "./zh";
import { readsAsTransliteration } from "./zh-transliterated";

/** 在, a name of two to eight characters, and the verb of an event that takes place somewhere */
const VENUE_THEN_EVENT = /在(\p{Script=Han}{2,8}?)(?=(?:正式|共同|隆重|成功)?(?:签署|签订|续签|缔结|举行|举办|召开|会见|会谈|出席|揭牌|开幕))/gu;

export const venueOfEvent: PlaceRule = {
  id: "place-zh-venue-of-event",
  lang: "zh",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    if (!ctx.text.includes("在")) return [];
    const out: PlaceCandidate[] = [];
    const tokens = ctx.tokens();
    for (const m of allMatches(VENUE_THEN_EVENT, ctx.text)) {
      const start = m.index + 1;
      const name = m[1]!;
      const end = start + name.length;
      if (NOT_IN_NAME.test(name) || TIE_WORDS.test(name) || startsWithKnownName(name)) continue;
      // 在 a word of its own (not 现在, 所在), then every word jieba reads in the name a piece of a name, from a
      // word's start to a word's end
      if (tokens[ctx.tokenIndex().startingAt(start) - 1]?.word !== "在") continue;
      if (!readsAsTransliteration(ctx, start, end)) continue;
      out.push({ rule: this.id, index: start, text: name, lang: "zh", hits: [], type: "city", foreign: !/[镇乡村]$/.test(name) });
    }
    return out;
  },
};
