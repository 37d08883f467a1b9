/**
 * 在合肥市友好城市坦佩雷, 访问了我市友好城市坦佩雷: a foreign city the release names bare right after the tie it
 * holds with it (友好城市, 友城, 友好交流城市 as its title), up to a mark or a joining word. The name holds only what
 * jieba reads as a transliteration (pieces of names of persons or places, or characters it cannot read), one word
 * of it a name of two characters or more, as a venue's does (zh-venue.ts). Not 友好城市交流合作 (common words), nor
 * 友好城市总数 or 友好城市26个 (no name).
 */
import type { ParagraphContext, PlaceCandidate, PlaceRule } from "../types";
import { allMatches } from "../shared/matches";
import { NOT_IN_NAME, startsWithKnownName } from "./zh";
import { readsAsTransliteration } from "./zh-transliterated";

/** the tie as a title, then a name of two to eight characters up to a mark, a joining word or the paragraph's end */
const NAME_AFTER_TIE = /(?:国际)?(?:友好城市|友城|姊妹城市|姐妹城市|友好交流城市|友好合作城市)((?:\p{Script=Han}|·(?=\p{Script=Han})){2,8}?)(?=[，。；、！？,;]|[和与及]|$)/gu;

/**
 * the ends of words for an event or a group that the tie's title describes (友城青少年夏令营, 友城艺术团, 友城论坛), which
 * jieba may read as persons' names all the same; no foreign city's name ends so (马赛 does in 赛, not listed)
 */
const EVENT_OR_GROUP_ENDING = /(?:营|团|会|节|展|周|队|组|项目|活动|论坛|青少年|学生|儿童|代表|市民|比赛|大赛)$/;

export const nameAfterTieTitle: PlaceRule = {
  id: "place-zh-after-tie-title",
  lang: "zh",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    if (!/友好|友城|姊妹|姐妹/.test(ctx.text)) return [];
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(NAME_AFTER_TIE, ctx.text)) {
      const name = m[1]!;
      const start = m.index + m[0].length - name.length;
      if (NOT_IN_NAME.test(name) || startsWithKnownName(name) || EVENT_OR_GROUP_ENDING.test(name)) continue;
      if (!readsAsTransliteration(ctx, start, start + name.length)) continue;
      out.push({ rule: this.id, index: start, text: name, lang: "zh", hits: [], type: "city", foreign: true });
    }
    return out;
  },
};
