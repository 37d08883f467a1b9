/**
 * What a Chinese count counts: the noun phrase after its measure word (45个|城市, 117个|友好合作伙伴) or before its
 * figure (国际友城|88对, 访问团组|40余批次), read from jieba's tokens, less the words that say whose or where
 * (柳州市|国际友好城市, 在华|企业, 中俄两国|青少年) rather than what.
 */
import type { ParagraphContext, Token } from "../types";
import { OWN_PLACE } from "../shared/own-place";
import { gazetteer } from "../places/gazetteer";

const NOUN_TAGS = new Set(["n", "nr", "ns", "nt", "nz", "nrt", "x", "vn", "b", "an", "ng", "j", "l", "i"]);
/** nouns jieba tags otherwise (青年 a time word, 少年 a numeral, 口岸 a word of place, 展会, 访客 and 展览 verbs): 10名青年, 青年学生, 开放口岸5个, 20场国际展会, 文物展览20余次 */
const MISTAGGED_NOUNS = new Set(["青年", "少年", "口岸", "合同", "展会", "访客", "展览"]);
/** a word jieba made of a noun of events and what they are about, tagging it a verb (涉外活动): a noun all the same */
const EVENTS_NOUN = /^\p{Script=Han}{2,}活动$/u;
/** a verb after an adverb of time that jieba read as a person's name (已达成/nrt): no name opens with these (曾, a surname, aside) */
const ADVERB_OPENED_NAME = /^(?:已|将|正|均|还|仍|又|再)\p{Script=Han}{2}$/u;
const isNoun = (t: Token): boolean => (NOUN_TAGS.has(t.tag) && !(/^nr/.test(t.tag) && ADVERB_OPENED_NAME.test(t.word))) || MISTAGGED_NOUNS.has(t.word) || EVENTS_NOUN.test(t.word) || isPersonOfVerb(t);
/** 州（市）级: a kind of place, its other kinds in brackets, and 级 at token i, as tokens from the kind's to 级 */
function levelWithBracketAt(ctx: ParagraphContext, i: number): Token[] | null {
  const tokens = ctx.tokens();
  const at = tokens[i]!.start;
  const m = /(?:^|[^\p{Script=Han}])(\p{Script=Han}{1,2}（[\p{Script=Han}、]{1,8}）)$/u.exec(ctx.text.slice(Math.max(0, at - 14), at));
  const first = m ? ctx.tokenIndex().startingAt(at - m[1]!.length) : -1;
  if (first < 0 || !/^[省市州县区盟旗镇乡]|^地市$/.test(tokens[first]!.word)) return null;
  return tokens.slice(first, i + 1);
}
/** the one-character endings that make a verb a person who does it: 交换生, 讲解员, 参展商 */
const PERSON_SUFFIX = /^[生员商]$/;
/** 进修生, which jieba tags a verb: a verb's doer by its ending, a noun */
const isPersonOfVerb = (t: Token): boolean => t.tag === "v" && t.word.length >= 3 && PERSON_SUFFIX.test(t.word.slice(-1));
/** 交换|生: a verb of two characters and a person's ending that jieba cut from it, one noun (read as one by both phrase readers) */
const splitPersonAt = (tokens: readonly Token[], i: number): boolean => {
  const [verb, ending] = [tokens[i], tokens[i + 1]];
  return !!verb && !!ending && verb.tag === "v" && verb.word.length === 2 && PERSON_SUFFIX.test(ending.word) && ending.start === verb.end;
};
/** verbs of taking part (68支代表队参赛), which may also describe the noun after them (参展企业, 参赛选手) */
const TAKING_PART_VERBS = ["参展", "参会", "参赛", "参演"];
const TAKING_PART = new Set(TAKING_PART_VERBS);
/** verbs of where the counted are (其中9个|位于东盟国家), which say nothing of what they are */
export const LOCATING_VERBS = ["位于", "地处", "分布"];
/** verbs jieba tags as nouns after a count (企业12家落户, 代表团30个参展): the clause's verb, not the noun counted */
// (1.2万余人次|参观展览: visiting too)
export const VERBS_AFTER_COUNT = ["落户", "入驻", ...TAKING_PART_VERBS, "落地", "开业", "投产", "签约", "来访", "出访", "齐聚", "汇聚", "相聚", "派团", "参观", "观展", ...LOCATING_VERBS];
// 互派 (send to each other), which jieba tags a noun, opens no noun phrase: 互派|访问团组40余批次; nor does a
// scope (全市|汽车产量达到168万辆: the city's output, not "city output"), nor 现有, "now has" (全市现有|国际航线15条)
const STOP_WORDS = new Set(["的", "和", "与", "及", "等", "以及", "或", "、", "，", "。", "；", "：", "在", "中", "其中", "共", "为", "互派", "全市", "全省", "全县", "全区", "全国", "力争", "争取", "现有", ...VERBS_AFTER_COUNT]);

/** whether the clause's verb starts at a position (3.5万人次|参与, 100名|参会): what came before it is complete */
export function verbAt(ctx: ParagraphContext, at: number): boolean {
  const i = ctx.tokenIndex().startingAt(at);
  const t = i < 0 ? undefined : ctx.tokens()[i];
  return !!t && (t.tag === "v" || VERBS_AFTER_COUNT.includes(t.word));
}

/**
 * 5所公立大学, 10家参展企业: jieba tags some words that describe a noun as verbs (公立, 参展); such a word of two
 * characters may open the noun phrase, before a noun. After a measure word that names what it counts (5名,
 * 300人) a verb is the clause's (5名参加培训), so the caller allows it only after other measure words.
 */
const describesAsVerb = (t: Token, phraseLength: number, verbMayOpen: boolean): boolean =>
  verbMayOpen && phraseLength === 0 && t.tag === "v" && t.word.length === 2;

/** nouns of events, and the verbs that may say what kind of event they are (推介活动, 研讨会议) */
const EVENT_NOUNS = new Set(["活动", "仪式", "会议", "大会"]);
const EVENT_KIND_VERBS = new Set(["推介", "推广", "宣传", "展示", "体验", "研讨", "纪念", "庆祝", "联谊", "对接", "交流", "洽谈", "培训"]);

/** nouns that close what is counted: nothing after them belongs to the phrase */
const CLOSING_NOUNS = new Set(["方面", "领域"]);

/** a figure and 强 right after it: the name of a ranking (500强), read as part of the noun it precedes */
const isRanking = (figure: Token | undefined, strong: Token | undefined): boolean => figure?.tag === "m" && strong?.word === "强" && strong.start === figure.end;

/** Noun tokens from a position on: the thing counted (stops at 的, conjunctions, punctuation). */
/** a describing word that may open a counted noun: an adjective, a direction (中外) or a word of place (国外) */
const isModifier = (t: Token | undefined): boolean => !!t && (t.tag === "a" || ((t.tag === "f" || t.tag === "s") && t.word.length >= 2));
/** a noun right at a position (24对友好省州关系: a noun jieba does not know, x, may follow too, but not punctuation) */
const nounAt = (tokens: readonly Token[], i: number, at: number): boolean => {
  const t = tokens[i];
  return !!t && t.start === at && isNoun(t) && (t.tag !== "x" || /^\p{Script=Han}+$/u.test(t.word));
};

/** whether the token after a word (or the paragraph's end) closes its clause: punctuation, or 的 before the next noun */
const closesClause = (next: Token | undefined, end: number): boolean => !next || (next.start === end && (/^[，,。；;：:！!？?、）)]/.test(next.word) || next.word === "的"));

/** what a cooperation makes, which verbal nouns before it may describe (投资合作协议, 贸易合同, 旅游线路) */
const MADE_BY_COOPERATION = /^(?:协议|协议书|合同|协定|备忘录|意向书|项目|线路|文件)$/;
/** verbal nouns from a token on (one or two), right before such a noun, which closes its clause */
function kindOfDocument(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < i + 3 && tokens[k]; k++) {
    const [t, next] = [tokens[k]!, tokens[k + 1]];
    if (k > i && t.start !== tokens[k - 1]!.end) return false;
    if (MADE_BY_COOPERATION.test(t.word)) return k > i && closesClause(next, t.end);
    if (t.tag !== "vn") return false;
  }
  return false;
}

/** jieba's tags of a common noun, which closes a noun phrase: no unknown word (x) goes on after it */
const COMMON_NOUN_TAGS = new Set(["n", "vn"]);
/** the places within countries that a count of countries may run straight into (12个国家友城) */
const PLACES_OF_COUNTRIES = /^(?:友城|友好城市|城市|省州|友好省州|地方政府)$/;
/** verbs of attending that open jieba's set phrases (出席会议, 参加活动) */
const ATTENDING = /^(?:出席|参加|参与|列席|参会|与会)/;
/** words of talking together, which end a clause that opened with 与: 座谈, 交流, 会谈 */
const TALKING = new Set(["座谈", "交流", "会谈", "洽谈", "交谈", "对接", "座谈交流"]);
/** a verb with the preposition it takes fused on: 住在, 生活于, 来到 */
const VERB_WITH_PREPOSITION = /^\p{Script=Han}+[在于到向往]$/u;
export function nounPhraseAt(ctx: ParagraphContext, from: number, max = 4, verbMayOpen = false): Token[] {
  const tokens = ctx.tokens();
  const out: Token[] = [];
  let i = ctx.tokenIndex().startingAt(from);
  if (i < 0) return out;
  for (; i < tokens.length && out.length < max; i++) {
    const t = tokens[i]!;
    // an adjective may open or extend the phrase when a noun follows it (117个友好合作伙伴), as may a word of
    // direction that says whose (1200余名中外嘉宾, 国内外游客: jieba tags 中外 a direction, f)
    // (19个国外友好省州: a word of place, s, says where from, as a direction does; a second describing word may stand
    // between it and the noun)
    // (约40家我省企业: the release's own place, 我省, may open the phrase and say whose, as a direction does)
    const modifier = isModifier(t) || describesAsVerb(t, out.length, verbMayOpen) || (out.length === 0 && t.word in OWN_PLACE);
    const adjective = modifier && (nounAt(tokens, i + 1, t.end) || (isModifier(tokens[i + 1]) && nounAt(tokens, i + 2, tokens[i + 1]!.end) && tokens[i + 1]!.start === t.end));
    // (8个边境口岸: a word of place, s, right after the noun may end it, 口岸)
    const placeWordAfterNoun = out.length > 0 && t.tag === "s" && t.start === out[out.length - 1]!.end;
    // (200家|参展企业, 300名|参赛选手: such a verb opening the phrase, a noun after it, says which of them, as an adjective does)
    // (not 12家|落户园区: where they settle is no kind of them)
    // (20场招商|推介|活动: a verb of two characters inside the phrase, right before the event noun that ends it, says
    // what kind of event, as 推介活动 is one)
    // (not a clause's verb of attending or holding: 嘉宾|出席|活动)
    const kindOfEvent = out.length > 0 && t.tag === "v" && EVENT_KIND_VERBS.has(t.word) && EVENT_NOUNS.has(tokens[i + 1]?.word ?? "") && tokens[i + 1]!.start === t.end;
    const describingVerb = (out.length === 0 && TAKING_PART.has(t.word) && nounAt(tokens, i + 1, t.end)) || kindOfEvent;
    // (20名交换|生: the verb the person's ending was cut from, and the ending, are the noun)
    if (out.length === 0 && splitPersonAt(tokens, i)) {
      out.push(t, tokens[i + 1]!);
      i++;
      continue;
    }
    if ((STOP_WORDS.has(t.word) && !describingVerb) || (!isNoun(t) && !adjective && !placeWordAfterNoun && !describingVerb) || (t.tag === "x" && !/^[\p{Script=Han}A-Za-z]+$/u.test(t.word))) break;
    // a verbal noun after the counted noun is the verb of the clause (六个方面深化对外交往, 56个非洲国家培训媒体从业人员).
    // (jieba's tags cannot tell the two apart, 培训 and 旅游 are both vn before a noun; but a verb does not close a clause
    // on a document's noun, 旅游线路。)
    // (12场文化活动。: a verbal noun that closes its clause, with nothing after it for a verb to act on, is the noun counted)
    // (4份投资|合作|协议，, 3项水产品|贸易|合同，: verbal nouns before a document or project that closes the clause say what
    // kind of it, as 合作协议 is one)
    if (out.length && t.tag === "vn" && !closesClause(tokens[i + 1], t.end) && !kindOfDocument(tokens, i)) break;
    if (out.length && t.start !== out[out.length - 1]!.end) break;
    // (10个设区|市全|覆盖: jieba joins the 全 of 全覆盖, "all covered", to the noun's last character)
    if (t.tag === "x" && t.word.length > 1 && t.word.endsWith("全") && /^覆盖/.test(ctx.text.slice(t.end, t.end + 2))) {
      out.push({ ...t, word: t.word.slice(0, -1), end: t.end - 1 });
      break;
    }
    // (12个国家|友城的150名青少年: the places of the countries counted, not a kind of country)
    if (out.length && out[out.length - 1]!.word === "国家" && PLACES_OF_COUNTRIES.test(t.word)) break;
    // (300余名嘉宾|出席会议: a set phrase after the counted noun that opens with a verb of attending is the clause's verb;
    // so it is right after the measure, 约400人|出席会议, unless a noun follows it that it describes)
    if ((t.tag === "l" || t.tag === "i") && ATTENDING.test(t.word) && (out.length || !nounAt(tokens, i + 1, t.end))) break;
    // (5500名居民|住在: a word jieba does not know (x) after a common noun, ending in the preposition a verb takes, 住在,
    // 生活于, is the clause's verb; 国际|友城, an abbreviation it does not know, goes on with the noun)
    if (out.length && t.tag === "x" && COMMON_NOUN_TAGS.has(out[out.length - 1]!.tag) && VERB_WITH_PREPOSITION.test(t.word)) break;
    // (与20余家中资企业代表|座谈。: a word of talking that closes the clause after the counted is its verb, which jieba tags a noun)
    if (out.length && TALKING.has(t.word) && closesClause(tokens[i + 1], t.end)) break;
    out.push(t);
    // 六个方面|深化合作: an area is counted whole; what follows it is the clause's verb, whatever jieba's tag (深化 is j)
    if (CLOSING_NOUNS.has(t.word)) break;
    // 世界500强企业: a ranking's name (500强) inside the noun
    const [figure, strong] = [tokens[i + 1], tokens[i + 2]];
    if (figure?.start === t.end && isRanking(figure, strong)) {
      out.push(figure, strong!);
      i += 2;
    }
  }
  return out;
}

/**
 * The noun after a classifier jieba fused with the noun's first character: 12家辛德尔芬根企业 is cut
 * 12|家辛|德尔|芬根|企业, a name jieba does not know (x) swallowing the classifier. The rest of that word
 * opens the noun, and the noun phrase after it ends it. Returns where the noun ends, or -1.
 */
export function nounAfterFusedClassifier(ctx: ParagraphContext, classifierEnd: number): number {
  const fused = ctx.tokens()[ctx.tokenIndex().holding(classifierEnd)];
  if (!fused || fused.tag !== "x" || fused.start === classifierEnd || !/^\p{Script=Han}+$/u.test(fused.word)) return -1;
  // (10|国及|中国: a preposition or conjunction fused in after the measure opens no name)
  if (MEASURE_THEN_LINK.test(fused.word)) return -1;
  // 9|个省|建立友好关系: the clause's verb right after the fused word; its rest is the whole noun counted
  if (verbAt(ctx, fused.end)) return fused.end;
  // (3000|余人来|陕|留学: a verb of coming or going, fused in after the measure, opens the clause's verb: the measure
  // alone is counted, 人)
  if (MOTION_AFTER_MEASURE.test(ctx.text.slice(classifierEnd, fused.end))) return classifierEnd;
  const rest = nounPhraseAt(ctx, fused.end, 4, true);
  // the phrase must end in a noun jieba knows (企业), not in more of the unknown name
  return rest.length && rest[rest.length - 1]!.tag !== "x" ? rest[rest.length - 1]!.end : -1;
}

/** a measure word of one character, then 于 or 在 (人于, 人在) or a conjunction (国及), which jieba reads as one unknown word */
export const MEASURE_THEN_LINK = /^(\p{Script=Han})[于在及和与]$/u;

/** a verb of coming or going: 来, 赴, 到, 去, 回 */
const MOTION_AFTER_MEASURE = /^[来赴到去回]/;
/** a piece of a place's name as jieba tags it: a place, a name (a foreign one it reads as a person's), an unknown word */
const isNamePiece = (t: Token): boolean => t.tag === "ns" || t.tag.startsWith("nr") || t.tag === "x";
/**
 * How many tokens open a phrase as a place, as long as a word is left after them: name pieces up to a place ending in
 * a division's word (柳州市|…, 宫崎县|人口; 伊|西市|人口, 库塔伊西市 cut into pieces) or up to that word alone (佩斯卡拉|市|人口); 0 when none.
 */
function leadingPlaceEnd(phrase: Token[]): number {
  for (let k = 0; k < phrase.length - 1; k++) {
    const t = phrase[k]!;
    if (/^[市省县区州]$/.test(t.word) && k > 0) return k + 1;
    if (!isNamePiece(t)) return 0;
    // (宫崎县|人口: jieba may read a foreign place with its division word as a person's name, nr; 甘达|基省|面积: or cut it
    // into pieces, the last holding the division word)
    if ((t.tag === "ns" || t.word.length >= 3 || k > 0) && /[市省县区州]$/.test(t.word)) return k + 1;
  }
  return 0;
}

/** Noun tokens right before a position (国际友城 in 国际友城88对). */
/** 新结|好: the 好 of 结好, "to form a tie", which jieba cuts from its verb and tags an adjective */
const tieVerbTail = (ctx: ParagraphContext, t: Token): boolean => t.word === "好" && ctx.text[t.start - 1] === "结";
export function nounPhraseBefore(ctx: ParagraphContext, to: number, max = 3, joinKinds = true): Token[] {
  const tokens = ctx.tokens();
  const out: Token[] = [];
  let i = ctx.tokenIndex().endingAt(to);
  // (州（市）级58对, 县（市、区）级29对: a level whose kinds of place are named twice, the second in brackets)
  const bracketed = tokens[i]?.word === "级" ? levelWithBracketAt(ctx, i) : null;
  if (bracketed) return bracketed;
  for (; i >= 0 && out.length < max; i--) {
    const t = tokens[i]!;
    // an adjective may open the phrase (友好交流城市) but not end it
    // (not 新结|好|国际友城3对: the 好 of 结好, "to form a tie", which jieba cuts from its verb)
    const adjective = t.tag === "a" && out.length > 0 && !tieVerbTail(ctx, t);
    // 访问团|组: jieba may split a noun's last character off as a morpheme (zg); a noun before it takes it back
    // (自治区|级22对: 级, "level", which jieba tags a measure word, after a noun as 省级 is one word)
    const splitTail = (t.tag === "zg" || (t.word === "级" && out.length === 0)) && i > 0 && isNoun(tokens[i - 1]!) && tokens[i - 1]!.end === t.start;
    if (STOP_WORDS.has(t.word) || !((isNoun(t) || adjective || splitTail) && t.tag !== "x" || /^[\p{Script=Han}]+$/u.test(t.word) && t.tag === "x")) break;
    if (out.length && t.end !== out[0]!.start) break;
    out.unshift(t);
  }
  // (交换|生20名: a person's ending that jieba cut from the verb it makes a noun of takes the verb back)
  if (out.length === 1 && i >= 0 && splitPersonAt(tokens, i)) {
    out.unshift(tokens[i]!);
    i--;
  }
  // (友好|交流|城市|协议11份: an adjective right before a phrase of the most words opens it still)
  const opening = tokens[i];
  // (not 新结|好|友好交流城市4个: jieba cuts 结好, "to form a tie", before 友好, and its 好 is the verb's)
  const verbTail = !!opening && tieVerbTail(ctx, opening);
  if (out.length === max && opening?.tag === "a" && opening.end === out[0]!.start && !STOP_WORDS.has(opening.word) && !verbTail) {
    out.unshift(opening);
    i--;
  }
  // 世界500强|企业45家, 500强|企业: the ranking's name (世界500强) opens the noun, as nounPhraseAt reads it after a figure
  const [scope, figure] = [tokens[i - 1], tokens[i]];
  if (figure && isRanking(figure, out[0])) {
    out.unshift(figure);
    if (scope && NOUN_TAGS.has(scope.tag) && scope.end === figure.start && !STOP_WORDS.has(scope.word)) out.unshift(scope);
  }
  // 柳州市|国际友好城市增至9个: a city or province opening the phrase says whose, not what is counted
  for (let end = leadingPlaceEnd(out); end > 0; end = leadingPlaceEnd(out)) out.splice(0, end);
  // 在华|企业, 在汉|企业, 在菲律宾|投资企业: after 在, a place (or its one-character short name: 华 China, 汉 Wuhan) says where too;
  // so it does after 驻, 来 or 赴 (驻渝|总领事馆, 来渝|外国游客, 赴华|留学生: the consulates in Chongqing, the visitors to it)
  // (在烟台|投资企业: a place the gazetteer knows, which jieba may tag a common noun)
  if (out.length > 1 && (out[0]!.word.length === 1 || out[0]!.tag === "ns" || gazetteer().zh.has(out[0]!.word)) && /[在驻来赴]/.test(ctx.text[out[0]!.start - 1] ?? "")) out.shift();
  // 经贸、教育等领域|合作项目60余个: the fields a list closes with 等 say in what, not what is counted
  if (out.length > 1 && FIELDS_AFTER_LIST.has(out[0]!.word) && ctx.text[out[0]!.start - 1] === "等") out.shift();
  // 服务|外资企业400余家, 培训|学员300名: a verb jieba tags a verbal noun, before its object, is the clause's verb
  if (out.length > 1 && VERBS_BEFORE_OBJECT.has(out[0]!.word)) out.shift();
  // (中俄两国|青少年300余人, 绍兴籍|华侨华人3万余人: the pair of countries, after the names it pairs, or 籍 "native of"
  // after a place, says whose; a phrase that opens with the pair keeps it, 两市代表团, as nothing of it is cut)
  const whose = out.findLastIndex((t, k) => k < out.length - 1 && ((k > 0 && PAIR_OF_PLACES.has(t.word)) || (k === 0 && t.word === "籍")));
  if (whose >= 0) out.splice(0, whose + 1);
  // (国际友好城市和友好交流城市126对: two kinds of one thing joined by 和 or 及, its head word the same, are counted
  // together, as "126 pairs of sister cities and friendly exchange cities"; not 企业和机构, two things)
  const joining = out.length && joinKinds ? tokens[ctx.tokenIndex().startingAt(out[0]!.start) - 1] : undefined;
  if (joining && JOINING_KINDS.has(joining.word) && joining.end === out[0]!.start) {
    const earlier = nounPhraseBefore(ctx, joining.start, max, false);
    const head = (phrase: Token[]): string => phrase.map((t) => t.word).join("").slice(-2);
    if (earlier.length && head(earlier) === head(out)) return [...earlier, joining, ...out];
  }
  return out;
}
/** the words that join two kinds of one thing counted together: 和, 及, 以及 */
const JOINING_KINDS = new Set(["和", "及", "以及"]);
/** the words for the two countries or places a release pairs (中俄两国), which say whose */
const PAIR_OF_PLACES = new Set(["两国", "两市", "两省", "两地", "两岸"]);
/** verbs that take the counted as their object, which jieba tags verbal nouns (服务 "serve", 培训 "train") */
const VERBS_BEFORE_OBJECT = new Set(["服务", "培训", "接待", "引进", "帮助", "支持", "协助", "带动", "惠及", "吸引", "组织", "举办", "走访", "扶持", "孵化"]);

/** 领域, 方面, 行业: the fields or sectors that close a list (经贸、教育等领域) */
const FIELDS_AFTER_LIST = new Set(["领域", "方面", "行业", "产业"]);
