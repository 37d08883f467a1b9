/**
 * Foreign names no gazetteer holds, read from how jieba reads them: a transliteration (nrt) with its division word
 * (坎帕尼亚大区, 与佩斯州), a name jieba cannot read before a city's government (巴统市政府), and a tie's partner after 与
 * (甘肃省与南马托格罗索州签署…, 宁波与鲁昂结为友好城市). namePieces tells a transliteration's pieces from words of the
 * sentence, for the listed-place rules too (zh-listed.ts).
 */
import type { ParagraphContext, PlaceCandidate, PlaceRule, Token } from "../types";
import type { PlaceType } from "./gazetteer";
import { allMatches } from "../shared/matches";
import { cityAfterDivision, countryOpening, foreignDivisionType, insideLongerCountry, namesOfKind, nameOfKindEndsAt, newNameAt, NOT_IN_NAME, notChinese, startsWithKnownName, TIE_WORDS } from "./zh";
import { COMMON_PLACE_NOUNS } from "./zh-divisions";

/** the word before a government visited: 了 (拜会了), a verb of visiting or meeting, 与 or 和 */
const VISITED_AFTER = /(?:了|访问|拜会|拜访|会见|会晤|走访|前往|来到|抵达|与|和|同)$/;
/** a city's government after its name: 市政府, 市议会, 市政厅 */
const CITY_GOVERNMENT_AFTER = /^市(?:政府|议会|政厅)/;
/** a division word right after a transliterated name (坎帕尼亚|大区, 佩斯|州), not a title's first character (州长, 市长) */
const DIVISION_AFTER = /^(?:大区|边疆区|[州省市县郡])(?![长场民份])/;

/**
 * 坎帕尼亚大区, 与佩斯州: a name jieba reads as a transliteration (nrt) with a division word after it (or inside it), as
 * a release writes a foreign division once its country is clear from the sentence before ("在意大利期间"); and 巴统市政府,
 * a name jieba cannot read at all before a city's government.
 */
export const transliterationWithDivision: PlaceRule = {
  id: "place-zh-transliteration-division",
  lang: "zh",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const tokens = ctx.tokens();
    const out: PlaceCandidate[] = [];
    for (const [k, t] of tokens.entries()) {
      // (拜会了巴统市政府: a word jieba cannot read (x) before a city's government is a city's name too, as "Batumi City Hall")
      const unreadBeforeGovernment = t.tag === "x" && /^\p{Script=Han}{2,}$/u.test(t.word) && CITY_GOVERNMENT_AFTER.test(ctx.text.slice(t.end, t.end + 4));
      if ((t.tag !== "nrt" && !unreadBeforeGovernment) || t.word.length < 2) continue;
      // 米纳斯吉拉斯州: jieba may read the division word into the transliteration
      const own = t.word.length >= 4 && DIVISION_AFTER.test(t.word.slice(-1) + ctx.text.slice(t.end, t.end + 1));
      const division = own ? null : DIVISION_AFTER.exec(ctx.text.slice(t.end, t.end + 4));
      if (!own && !division) continue;
      // 博|卡拉|市 (Pokhara): a name's first syllable that jieba cuts off as a name of its own opens it; so does one it reads
      // as a common noun right after 在, 与 or a verb of visiting (在|班|伯里|市, Bunbury)
      const before = tokens[k - 1];
      const syllable = !!before && before.end === t.start && before.word.length === 1 && /\p{Script=Han}/u.test(before.word);
      const afterOpening = syllable && /^(?:n|ng|j|x)$/.test(before!.tag) && (VISITED_AFTER.test(tokens[k - 2]?.word ?? "") || tokens[k - 2]?.word === "在") && tokens[k - 2]!.end === before!.start;
      let start = syllable && (/^(?:nr|nrt|nrfg)$/.test(before!.tag) || afterOpening) ? before!.start : t.start;
      if (unreadBeforeGovernment) {
        // (库塔|伊西|市政府: the pieces of a name before the unread word open it)
        const pieces = piecesBefore(tokens, k - 1, start, (p) => TRANSLITERATION_PIECE_TAGS.has(p.tag) && /^\p{Script=Han}+$/u.test(p.word) && !NOT_IN_NAME.test(p.word));
        // (the government visited: 拜会了|巴统市政府, 访问|…; not 市长|李明率|市政府代表团, a head leading his own government)
        if (!VISITED_AFTER.test(tokens[pieces.before]?.word ?? "")) continue;
        start = pieces.start;
      } else {
        // (访问了|索罗|卡巴|市: a piece jieba cannot read at all, right before the transliteration and after a verb of visiting
        // or meeting, opens the name)
        const unread = piecesBefore(tokens, k - 1, start, (p) => p.tag === "x" && /^\p{Script=Han}{2,}$/u.test(p.word) && !NOT_IN_NAME.test(p.word));
        if (unread.start !== start && VISITED_AFTER.test(tokens[unread.before]?.word ?? "")) start = unread.start;
      }
      const name = ctx.text.slice(start, t.start) + (own ? t.word : t.word + division![0]);
      if (startsWithKnownName(name, notChinese)) continue;
      const type = foreignDivisionType(name, "");
      out.push({ rule: this.id, index: start, text: name, lang: "zh", hits: [], type, foreign: true });
      // (图拉州|新莫斯科夫斯克市: the city in it, as after a country's division; not 莫斯科 inside it)
      if (type === "province") out.push(...cityAfterDivision(ctx, start + name.length, this.id));
    }
    return out;
  },
};

/** the pieces of a name right before `start` that `isPiece` accepts, walked back from token `from`: where they open, and the token before them */
function piecesBefore(tokens: readonly Token[], from: number, start: number, isPiece: (t: Token) => boolean): { start: number; before: number } {
  let i = from;
  for (; i >= 0 && tokens[i]!.end === start && isPiece(tokens[i]!); i--) start = tokens[i]!.start;
  return { start, before: i };
}

/**
 * 会见了日利纳州州长: a name met or visited, with its division word and the office of that division's head right after
 * (州州长, 市市长, 郡郡守, 府府尹), as a release writes a foreign division once the visit's country is told before
 * (在斯洛伐克期间，…), or of its deputy (州副州长); its words jieba's pieces of a name, and no known name at its start
 */
const DIVISION_OF_HEAD = /(?<=(?:了|访问|拜会|拜访|会见|会晤|走访|与|和|同|、))(?!了)(\p{Script=Han}{2,6}?)([州市省县郡府])(?=副?\2长|(?<=郡)郡守|(?<=府)府尹)/gu;
export const divisionOfHead: PlaceRule = {
  id: "place-zh-division-of-head",
  lang: "zh",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const out: PlaceCandidate[] = [];
    for (const m of allMatches(DIVISION_OF_HEAD, ctx.text)) {
      const name = m[1]! + m[2]!;
      if (TIE_WORDS.test(name) || !newNameAt(ctx, m.index, name) || !readsAsTransliteration(ctx, m.index, m.index + name.length)) continue;
      out.push({ rule: this.id, index: m.index, text: name, lang: "zh", hits: [], type: foreignDivisionType(name, ""), foreign: true });
    }
    return out;
  },
};

/** the Chinese divisions (山西省, 宜昌, 甘肃): the own side of a tie sentence */
const chineseNames = namesOfKind((e) => e.country === "CN");
/** the words of jieba's reading a transliteration is made of: names, and pieces it cannot read */
export const TRANSLITERATION_PIECE_TAGS = new Set(["nr", "nrt", "nrfg", "ns", "nz", "j", "x"]);
/**
 * the words jieba reads in [start, end) when every one is a piece of a name (a tag of `tags`) and they run from a
 * word's start to a word's end; null otherwise
 */
export function namePieces(ctx: ParagraphContext, start: number, end: number, tags: ReadonlySet<string> = TRANSLITERATION_PIECE_TAGS): Token[] | null {
  const tokens = ctx.tokens();
  const first = ctx.tokenIndex().startingAt(start);
  if (first < 0) return null;
  let i = first;
  while (i < tokens.length && tokens[i]!.end <= end && tags.has(tokens[i]!.tag)) i++;
  return i > first && tokens[i - 1]!.end === end ? tokens.slice(first, i) : null;
}
/**
 * a Chinese division (its delegation or government at most between: 扬州市代表团还与…), 与 or 和, a name and its
 * division word, then the tie's verb within the clause: 甘肃省与南马托格罗索州签署…, 湖南与圣卡塔琳娜州建立…; or a
 * bare name right before the verb (or a time or venue, then the verb) and a tie's word: 宁波与鲁昂结为友好城市,
 * 宁夏与亚喀巴在银川签署友好合作意向书 (not a friendly cooperation agreement alone, which a firm may sign: 宁波与华为签署友好合作协议);
 * a signing ceremony too, 扬州市与布雷达市举行友好城市签约仪式
 */
// (威海市与锡特卡市的友好城市关系始于2019年: the tie named after the pair, then when it began, as TIE_BEGAN reads it)
const PARTNER_OF_TIE = /[与和同]原?((?:\p{Script=Han}|[-－·](?=\p{Script=Han})){2,12}?(?:大区|州(?!市)|省|市|县|郡))(?=[^，。；]{0,16}?(?:签署|签订|签约|缔结|建立|结为|结成|结好|确立|续签|互为)|(?:之间)?的?(?:国际)?(?:友好|友城|姊妹|姐妹)[^，。；]{0,6}?关系(?:正式)?(?:始于|建立于|缔结于|确立于|可追溯))/gu;
// (合肥与坦佩雷同意将两市关系提升为友好城市关系: what the two agreed to make of their tie; 济南与里贾纳正式签约结为…: the signing, then the tie;
// 台州市和班伯里市互为友好城市: each the other's)
const BARE_TIE_AFTER = "(?:(?:于|在)[^，。；]{1,12}?)?(?:(?:同意|决定|商定)将?[^，。；]{0,8}?)?(?:正式)?(?:签约)?(?:(?:签署|签订|缔结|建立|结为|结成|续签|确立|提升为|升级为|升格为|互为)[^，。；]{0,12}?(?:友好(?!合作协议)|友城|姊妹|姐妹)|结好)";
const BARE_PARTNER_OF_TIE = new RegExp(`[与和同]原?((?:\\p{Script=Han}|[-－·](?=\\p{Script=Han})){2,8}?)(?=${BARE_TIE_AFTER})`, "gu");
/** 坦佩雷与合肥结为友好城市: the bare partner first, opening its clause, and the Chinese division after 与 (group 2) */
const BARE_PARTNER_BEFORE_TIE = new RegExp(`(?<=^|[，。；：:])((?:\\p{Script=Han}|[-－·](?=\\p{Script=Han})){2,8}?)[与和同](\\p{Script=Han}{2,6}?)(?=${BARE_TIE_AFTER})`, "gu");
const DIVISION_INSIDE = /[省州县市区府道郡村镇]/;
/** what may stand between the Chinese division and 与: its delegation or government, and an adverb */
// (济南市于1987年与里贾纳市建立…: and the year the tie was made, before its partner)
const OWN_SIDE_BODY = /(?:代表团|人民政府|政府)?(?:还|也|又|正式|先后|已)?(?:于[0-9]{4}年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?)?$/;
const DIVISION_WORD_AT_END = /^(?:大区|州|省|市|县|郡)$/;
/** 两市, 两省 closing what PARTNER_OF_TIE read as a name and its division word: the pair word, after a bare name */
const PAIR_AFTER_NAME = /两([市省州县])$/;
const PAIR_KIND: Record<string, PlaceType> = { 市: "city", 县: "county", 省: "province", 州: "province" };
/** a bare partner holds one word jieba reads as a name at least (鲁昂/nr, 亚喀巴/ns), not only single characters (该|市), nor a body's or brand's (nt, nz: 华为) */
const BARE_NAME_TAGS = new Set(["nr", "nrt", "nrfg", "ns"]);
/** whether the words of a name are pieces of a transliteration (namePieces), one of them a name of two characters or more (BARE_NAME_TAGS) */
export function readsAsTransliteration(ctx: ParagraphContext, start: number, end: number): boolean {
  return !!namePieces(ctx, start, end)?.some((t) => t.word.length > 1 && BARE_NAME_TAGS.has(t.tag));
}

/**
 * 甘肃省与南马托格罗索州签署, 湖南与圣卡塔琳娜州建立: the partner of a Chinese division in a tie's sentence, a
 * name no gazetteer holds that jieba reads in pieces of names (南|马托格罗索州, 圣|卡塔|琳娜|州, 帕拉伊|巴州,
 * 鲁昂|市于, whose division word jieba joins to the word after it)
 */
export const partnerOfTie: PlaceRule = {
  id: "place-zh-partner-of-tie",
  lang: "zh",
  find(ctx: ParagraphContext): PlaceCandidate[] {
    const out: PlaceCandidate[] = [];
    const tokens = ctx.tokens();
    /** a new name at start, every word of it a piece of a name or a character alone, from a word's start to a word's end */
    const readsAsName = (start: number, name: string, bare: boolean): boolean => {
      const end = start + name.length;
      // (广西已与外国缔结友好城市128对: "foreign countries", a kind of place, is no partner)
      if (TIE_WORDS.test(name) || COMMON_PLACE_NOUNS.has(name) || !newNameAt(ctx, start, name)) return false;
      let i = ctx.tokenIndex().startingAt(start);
      // (台州市同|班伯里市: jieba may join the joining word to the name's first character, 同班, "classmates"; that
      // character is a piece of the name alone)
      if (i < 0) {
        const holding = ctx.tokenIndex().holding(start);
        const joined = tokens[holding];
        if (!joined || joined.start !== start - 1 || joined.word.length !== 2 || !/^[与和同]/.test(joined.word)) return false;
        i = holding + 1;
      }
      const first = i;
      while (i < tokens.length && tokens[i]!.end <= end && (tokens[i]!.word.length === 1 || TRANSLITERATION_PIECE_TAGS.has(tokens[i]!.tag))) i++;
      const straddled = !bare && tokens[i] && tokens[i]!.start === tokens[i - 1]?.end && DIVISION_WORD_AT_END.test(ctx.text.slice(tokens[i]!.start, end));
      if (i === first || (tokens[i - 1]!.end !== end && !straddled)) return false;
      return !bare || tokens.slice(first, i).some((t) => t.word.length > 1 && BARE_NAME_TAGS.has(t.tag));
    };
    const read = (m: RegExpMatchArray & { index: number }, divided: boolean): void => {
      // (与原阿基坦大区结为友好省区: 原, "the former", opens no name)
      // (青岛与曼海姆两市于2014年签署: 两市, "the two cities", closes the pair; the name before it is bare, a city)
      const pair = divided ? PAIR_AFTER_NAME.exec(m[1]!) : null;
      const bare = !divided || !!pair;
      const [start, name] = [m.index + m[0].length - m[1]!.length, pair ? m[1]!.slice(0, pair.index) : m[1]!];
      const ownEnd = m.index - (OWN_SIDE_BODY.exec(ctx.text.slice(Math.max(0, m.index - 16), m.index))?.[0].length ?? 0);
      if (!nameOfKindEndsAt(chineseNames(), ctx.text, ownEnd)) return;
      // (杭州与法国尼斯缔结…: a bare partner after its country, which says where it is)
      // (not 与日本岐阜县白川村…: a name with divisions in it is the division rules' to read)
      const opening = bare ? countryOpening(name) : 0;
      const country = opening && !insideLongerCountry(ctx.text, start + opening) ? opening : 0;
      if ((country && DIVISION_INSIDE.test(name.slice(country))) || !readsAsName(start + country, name.slice(country), bare)) return;
      out.push({ rule: this.id, index: start + country, text: name.slice(country), lang: "zh", hits: [], type: pair ? PAIR_KIND[pair[1]!]! : bare ? "city" : foreignDivisionType(name, ""), foreign: true });
    };
    for (const m of allMatches(PARTNER_OF_TIE, ctx.text)) read(m, true);
    for (const m of allMatches(BARE_PARTNER_OF_TIE, ctx.text)) if (!out.some((p) => p.index === m.index + m[0].length - m[1]!.length)) read(m, false);
    for (const m of allMatches(BARE_PARTNER_BEFORE_TIE, ctx.text)) {
      const ownEnd = m.index + m[1]!.length + 1 + m[2]!.length;
      if (nameOfKindEndsAt(chineseNames(), ctx.text, ownEnd) && readsAsName(m.index, m[1]!, true)) out.push({ rule: this.id, index: m.index, text: m[1]!, lang: "zh", hits: [], type: "city", foreign: true });
    }
    return out;
  },
};
