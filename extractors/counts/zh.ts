/**
 * Chinese count rules. A count is a numeral that counts something the text names: 45个城市,
 * 国际友城88对, 5国, 近2亿人口, 二十四策, 排全国第十二 (a rank), or an amount of money (35亿元). Years, dates, times, session
 * ordinals (第十三次会议, 十四届), percentages, codes and a lone 一 are not counts. Rules read jieba's
 * tokens (with offsets) and the cleaned text; the corpus beside this file holds their examples.
 */
import type { CountCandidate, CountRule, ParagraphContext, Qualifier, Token } from "../types";
import { BIG_UNITS, findZhNumerals, parseZhNumber, toHalfwidth, type FoundNumeral } from "../shared/numerals-zh";
import { allMatches } from "../shared/matches";
import { isCountryName } from "../places/zh";
import { LOCATING_VERBS, MEASURE_THEN_LINK, nounAfterFusedClassifier, nounPhraseAt, nounPhraseBefore, verbAt, VERBS_AFTER_COUNT } from "./zh-nouns";

/** Measure words: what sits between a numeral and the noun it counts (not 倍, a multiple: MULTIPLE). */
const CLASSIFIERS = "个|對|对|名|家|座|项|次|批次|批|位|所|场次|场|篇|条|件|种|支|架次|架|艘|辆次|辆|台|只|头|株|亩|公顷|平方公里|平方米|立方米|公里|千米|米|吨|万吨|元|万元|亿元|美元|欧元|人次|人|户|间|套|部|本|册|份|张|幅|期|届|年|个月|天|周|小时|分钟|大类|方面|类|国".split("|");
const CLASSIFIER_RE = new RegExp(`^(?:余|多)?(${CLASSIFIERS.sort((a, b) => b.length - a.length).join("|")})(?:余|多)?`);
/** classifiers of time: "五年规划" is a five-year plan, not five of anything */
/** measure words that name what they count: 5000人, 3万人次, 200户 */
// (国 too: 中亚五国建立…, "the five Central Asian countries established", counts countries, not what the verb makes)
const SELF_NAMING = new Set(["人", "人次", "户", "名", "国"]);
/** units of weight, area and length: 运抵重庆超过1.2万吨, a quantity whose measure is what the figure gives, with or without a noun after it */
const MEASURES = new Set(["吨", "万吨", "平方公里", "平方米", "公里", "千米", "公顷", "亩", "标箱"]);
/** the verbs that make ties, right before a count of pairs that names nothing else: 建立41对, 新增9对 */
// (建立友好关系的有63对: the ties made, counted after 的有)
const TIES_MADE_BEFORE = /(?:建立|新增|缔结|结好|结成|发展|增加)了?(?:友城|友好城市|友好关系)?(?:的(?:共有|有|共|达))?(?:近|约|超过)?$/;
const TIME_UNITS = new Set(["年", "个月", "天", "周", "小时", "分钟"]);
const CURRENCY_CLASSIFIERS = new Set(["元", "万元", "亿元", "美元", "欧元"]);
/** classifiers that make a numeral an ordinal, a time or a share, not a count (四十周年 is an anniversary, 三季度 a quarter, 七成 seventy per cent, 500强 a ranking's name) */
/** a verb of holding right before a number of editions (举办了12届, 连续举办12届, 已召开5届), or before what was held (举办美食节9届) */
const EDITIONS_HELD_BEFORE = /(?:举办|举行|召开)(?:了|过)?(?:\p{Script=Han}{2,8}?共?)?$/u;
const NOT_COUNT_AFTER = /^(?:月|日(?!元(?![首旦宵帅老]))|号|时|点|分(?!之)|秒|届|版|楼|号线|周年|季度|世纪|方(?![面案向针式法阵])|成(?![员果就立本都交功])|强|%|％|‰)/;
const QUALIFIER_BEFORE: [RegExp, Qualifier][] = [
  // (not the 近 of 最近 "lately", nor the 约 of 签约 "sign", 预约, 条约: the end of another word)
  [/(?:将近|接近|(?<![最附临亲邻靠])近)$/, "nearly"],
  [/(?:大约|(?<![签预相合条节公制契履])约|大概)(?:有)?$/, "about"],
  // (超�, 突�: 超过 and 突破 with their second character lost to damage)
  [/(?:超过|突破|逾|超|多于|高于|不止|[超突]\uFFFD)$/, "more than"],
  [/(?:至少|不少于|不低于)$/, "at least"],
  [/(?:不到|不足|少于|低于)$/, "less than"],
  [/(?:最多|至多|不超过|多达)$/, "at most"],
];
/** a range's lower end (group 1) and its word right before the upper end: 20至, 3到, 5～ */
const RANGE_OPENS = /(?:(?<![0-9０-９.．])([0-9０-９]+(?:[.．][0-9０-９]+)?)(?:至|到|～|~|－|-|—)|(?<![一二三四五六七八九十两百千万])([一二三四五六七八九十两百千]+)(?:至|到))$/;
/** a plain figure and a hyphen or a tilde right before another figure: a range (20-30家), not a code (0351-) */
const RANGE_BY_HYPHEN = /(?<![0-9０-９A-Za-z.#－-])[1-9][0-9]{0,4}[-－~～]$/;
const QUALIFIER_AFTER: [RegExp, Qualifier][] = [
  [/^(?:余|多)/, "more than"],
  [/^[^，。]{0,6}?(?:以上)/, "more than"],
  [/^[^，。]{0,6}?(?:左右)/, "about"],
];

interface Numeral extends FoundNumeral {
  end: number;
}

/** Numerals that stand as numbers in jieba's reading (not 统一, 之一, 一带一路), and are not dates or ordinals. */
function countableNumerals(ctx: ParagraphContext): Numeral[] {
  // the three numeral rules read the same paragraph: its numerals are found once
  let found = numeralsOf.get(ctx);
  if (!found) numeralsOf.set(ctx, (found = readNumerals(ctx)));
  return found;
}
const numeralsOf = new WeakMap<ParagraphContext, Numeral[]>();

/** before a distance from a place: 距(离)上海, 相距, 莫斯科以南, 上海西南, then 约 or 仅 */
const LOCATING_DISTANCE_BEFORE = /(?:(?:距离?|相距|离)\p{Script=Han}{0,10}?|以?[东南西北]{1,2}方?)(?:约|大约|仅|不到|近)?$/u;

function readNumerals(ctx: ParagraphContext): Numeral[] {
  const tokens = ctx.tokens();
  const index = ctx.tokenIndex();
  const out: Numeral[] = [];
  for (const n of findZhNumerals(ctx.text)) {
    const end = n.index + n.text.length;
    const token = tokens[index.holding(n.index)];
    // the numeral must start a token, and that token must be a number (not a word that holds one)
    if (!token || token.start !== n.index) continue;
    // 新田八朗: a numeral right after a proper name, with nothing between, ends that name (a person's, 八朗)
    const previous = tokens[index.holding(n.index) - 1];
    // (东南亚|三国, 欧洲|三国: countries counted after their region, which jieba tags a name, as it does the Three Kingdoms)
    // (东盟|十国: or after a union of countries, which jieba tags an abbreviation)
    const countriesOfRegion = COUNTRIES_OF_REGION.test(token.word) && (previous?.tag === "ns" || (previous?.tag === "j" && UNION_OF_COUNTRIES.test(previous.word))) && previous!.end === token.start;
    if (!isNumberToken(token, n) && !countriesOfRegion) continue;
    // (not after a country's name, which jieba may tag a person's: 尼泊尔|七个省, the country's seven provinces)
    if (previous && previous.end === n.index && /^(?:nr|nrfg|nrt|nz)$/.test(previous.tag) && /^\p{Script=Han}/u.test(token.word.slice(n.text.length)) && !isCountryName(previous.word)) continue;
    if (/^[一]$/.test(n.text)) continue; // 一对, 一个: "one" is not a reported figure
    if (/^[万萬亿億千仟百佰]$/.test(n.text)) continue; // a unit alone (万象, 千岛湖, 百姓) is a word, not a figure
    // 什 and 念 stand for 十 and 廿 only inside a numeral; alone they are a name's (霍什亚尔) or a word's (纪念)
    if (/^[什念]$/.test(n.text)) continue;
    // percentages, halves and fractions measure a share, 5G and 4K name things, and a count is never negative
    if (n.form !== "number" || n.value <= 0) continue;
    const before = ctx.text.slice(Math.max(0, n.index - 2), n.index);
    const after = ctx.text.slice(end, end + 8);
    // ordinals, codes (but 20-30家: a range's upper end, after a plain figure and its hyphen)
    const rangeUpper = RANGE_BY_HYPHEN.test(ctx.text.slice(Math.max(0, n.index - 8), n.index));
    if (/第$|[A-Za-z0-9.#-]$/.test(before) && !rangeUpper) continue;
    if (/^[A-Za-z]/.test(after)) continue;
    // phone numbers, area codes (0351-), numbers joined by a hyphen (codes, ranges), percentages
    if (/^[0-9]{7,}$|^0[0-9]{2,}/.test(n.text) || /^[-－][0-9]/.test(after) || /百分之$/.test(ctx.text.slice(Math.max(0, n.index - 3), n.index))) continue;
    // 两国, 两市, 两岸: "both", one word to jieba, not a reported figure
    if (n.text === "两" && token.word.length === 2 && token.tag !== "m" && token.tag !== "mq") continue;
    // 两省州, 两港, 两国间: the two parties the release names, whatever jieba's word
    // (中哈两城市: the two cities, as 两市)
    if (n.text === "两" && /^(?:省州|[省市县区州港地国岸城])/.test(after)) continue;
    // 2024年 is a year; 10余年 and 五年 count years
    if (/^年/.test(after) && /^[12][0-9]{3}$|^[一二][〇零一二三四五六七八九]{3}$/.test(n.text)) continue;
    // (已连续举办12届: editions held, counted after a verb of holding, not 十四届人大, an ordinal without 第)
    if (NOT_COUNT_AFTER.test(after.replace(/^(?:余|多)/, "")) && !(/^(?:余|多)?届/.test(after) && EDITIONS_HELD_BEFORE.test(ctx.text.slice(Math.max(0, n.index - 14), n.index)))) continue;
    // 距离斯特拉斯堡约70公里, 莫斯科以南40公里: a distance that says where a place is, as "40 kilometres south of Moscow" is
    if (/^(?:余|多)?(?:公里|千米|英里)/.test(after) && LOCATING_DISTANCE_BEFORE.test(ctx.text.slice(Math.max(0, n.index - 14), n.index))) continue;
    // "1. 日本浦添市", "2．": an item's number at the head of the paragraph, not a figure
    if (n.index === 0 && /^[.．]\s/.test(after)) continue;
    // 一是…，二是…，三是…: the items of a list, numbered at the head of a clause, not a figure
    if (/^是/.test(after) && /(?:^|[。；;，,：:！!？?\s])$/.test(before)) continue;
    out.push({ ...n, end });
  }
  return out;
}

const CONTINENTS_COUNTED = /^[二三四五六七]大洲$/;
/** a figure of countries, a word to jieba (三国) */
const COUNTRIES_OF_REGION = /^[二三四五六七八九十]国$/;
/** a union whose member countries a figure counts: 东盟十国 */
const UNION_OF_COUNTRIES = /^(?:东盟|欧盟|非盟)$/;
function isNumberToken(token: Token, n: FoundNumeral): boolean {
  // 陆地, 大陆: a financial numeral's character alone (陆 for 六) opening a longer word is that word's, whatever its tag
  // (伍斯学, a surname, which jieba cuts 伍斯|学 and tags a foreign word)
  if (/^[壹贰貳叁參肆伍陆陸柒捌玖拾]$/.test(n.text) && token.word.length > 1) return false;
  // (1.86|万亿元: jieba may tag a decimal before a scale word as a foreign word, eng)
  if (token.tag === "m" || token.tag === "x" || token.tag === "mq" || (token.tag === "eng" && /^[0-9.]+$/.test(token.word))) return true;
  // (五大洲, which jieba tags as a place name, counts continents, as "five continents" does)
  if (CONTINENTS_COUNTED.test(token.word)) return true;
  // 四川省, 万象, 三亚: a name that starts with a numeral character is a name
  if (/^(?:ns|nr|nrt|nrfg|nt|nz|j)$/.test(token.tag)) return false;
  // a time word (t) is a span of time (五年) or, when no time unit follows its numeral, a name jieba takes for one (三元里)
  if (token.tag === "t" && !/^[年月天日周]/.test(token.word.slice(n.text.length))) return false;
  // 二十四策 is one token to jieba: a numeral and the noun it counts
  return token.word.startsWith(n.text) && token.word.length <= n.text.length + 2;
}

/**
 * The figure's qualifier, and how many characters of it stand before the figure (0 when it follows: 40多个, 100人以上);
 * and for a range's upper end, the value of its lower end, which the count takes.
 */
function qualifierOf(ctx: ParagraphContext, start: number, end: number): { qualifier: Qualifier; lengthBefore: number; value?: number } | null {
  const before = ctx.text.slice(Math.max(0, start - 4), start);
  // the longest word wins: 不超过 is "at most", though 超过 ends it
  let best: { qualifier: Qualifier; lengthBefore: number } | null = null;
  for (const [re, qualifier] of QUALIFIER_BEFORE) {
    const m = re.exec(before);
    if (m && (!best || m[0].length > best.lengthBefore)) best = { qualifier, lengthBefore: m[0].length };
  }
  if (best) return best;
  // (20至30家企业: a range counts from its lower end, "at least", as "10-15 cities" does; cited from it)
  const range = RANGE_OPENS.exec(ctx.text.slice(Math.max(0, start - 10), start));
  const lowerText = range ? (range[1] ?? range[2]!) : "";
  const lower = range ? parseZhNumber(toHalfwidth(lowerText)) : null;
  if (range && lower !== null) {
    // (3至5万人: the scale after the upper end is the lower end's too)
    const scale = /[万萬亿億]$/.test(ctx.text.slice(start, end)) && !/[万萬亿億]/.test(lowerText) ? BIG_UNITS[ctx.text[end - 1]!]! : 1;
    return { qualifier: "at least", lengthBefore: range[0].length, value: lower * scale };
  }
  // (120余万人次, 十几场: the figure's own words say "more than", between it and its scale, or after its tens)
  if (/[0-9０-９][余多][万萬亿億]|十几$/.test(ctx.text.slice(start, end))) return { qualifier: "more than", lengthBefore: 0 };
  const after = ctx.text.slice(end, end + 10);
  for (const [re, qualifier] of QUALIFIER_AFTER) if (re.test(after)) return { qualifier, lengthBefore: 0 };
  return null;
}

function candidate(rule: string, ctx: ParagraphContext, start: number, end: number, value: number, unit: string | null, qualifierSpan: [number, number]): CountCandidate {
  const found = qualifierOf(ctx, qualifierSpan[0], qualifierSpan[1]);
  // cite the qualifier with the figure (近2亿人口, 不超过10个), from the same match that read it;
  // a figure cited from a noun before it (友城近88对) already holds its qualifier
  const from = found && qualifierSpan[0] === start ? start - found.lengthBefore : start;
  return { rule, index: from, text: ctx.text.slice(from, end), value: found?.value ?? value, unit, qualifier: found?.qualifier ?? null };
}

/** 来自德国的, 来自17个国家的: an origin before the noun a classifier counts */
const COMING_FROM = /^来自[^，。；、的]{1,20}的/;

/** the measure words of occurrences, and the verbs of what occurs (互访, mutual visits), closing their clause */
const OCCURRENCE_CLASSIFIERS = new Set(["次", "场", "场次", "批次"]);
const EVENT_VERB = /^(?:互访|访问|会谈|会见|磋商|对话|演出|展览|培训|考察|研讨)(?=[，。；、,;）)]|$)/;

/** jieba's tags of places and names */
const NAME_TAGS = new Set(["ns", "nr", "nrt", "nrfg", "nz"]);

const AND_REGIONS = /^(?:和|及|与)地区/;

/** 平均每, 平均约每: "averaging one … every" */
const AVERAGE_EVERY = /平均(?:约|大约)?每$/;

/** 45个城市, 40多个国际友城, 六个方面: numeral, classifier, then the noun it counts. */
export const numeralClassifierNoun: CountRule = {
  id: "count-zh-numeral-classifier",
  lang: "zh",
  find(ctx) {
    const out: CountCandidate[] = [];
    for (const n of countableNumerals(ctx)) {
      // jieba may fuse numeral and classifier (六个): read the classifier from the text
      const m = CLASSIFIER_RE.exec(ctx.text.slice(n.end, n.end + 8));
      if (!m) continue;
      const classifierEnd = n.end + m[0].length;
      // 五年发展规划, 三天活动: a span of time before a noun describes it; it is not a count
      // (but 平均每2.8个月新增一对, "averaging one pair every 2.8 months": the interval a statistic states is a figure,
      // cited from 每 as "every 2.8 months" is)
      if (TIME_UNITS.has(m[1]!)) {
        if (AVERAGE_EVERY.test(ctx.text.slice(Math.max(0, n.index - 4), n.index))) out.push(candidate(this.id, ctx, n.index - 1, classifierEnd, n.value, m[1]!, [n.index, n.end]));
        continue;
      }
      // 1000亿元大关: an amount, which the money rule reads with its currency
      if (CURRENCY_CLASSIFIERS.has(m[1]!)) continue;
      // 50家来自德国的企业: where they come from stands between the classifier and the noun counted
      const origin = COMING_FROM.exec(ctx.text.slice(classifierEnd, classifierEnd + 24));
      if (origin) {
        const counted = nounPhraseAt(ctx, classifierEnd + origin[0].length);
        if (counted.length) out.push(candidate(this.id, ctx, n.index, counted[counted.length - 1]!.end, n.value, m[1] + counted.map((t) => t.word).join(""), [n.index, n.end]));
        continue;
      }
      // (中亚五国进出口总额, 东盟十国代表: 国 is what is counted, countries, and the noun after it is theirs)
      // (not the 国 of a word after the figure: 2025国际友城博览会)
      if (m[1] === "国") {
        const wordEnds = classifierEnd === ctx.text.length || ctx.tokenIndex().startingAt(classifierEnd) >= 0;
        if (wordEnds && !countedNounBefore(ctx, n.index).length) out.push(candidate(this.id, ctx, n.index, classifierEnd, n.value, "国", [n.index, n.end]));
        continue;
      }
      // (3对以上友城, 新增3对以上。: a bound after the classifier is the qualifier's; the noun, or the end, comes after it)
      const afterBound = classifierEnd + (BOUND_AFTER_CLASSIFIER.exec(ctx.text.slice(classifierEnd, classifierEnd + 2))?.[0].length ?? 0);
      // 五次停靠马六甲, 三次访问日本: a verb right after 次 is what happened that many times, when a place or a name, its
      // object, follows it; the object is not counted (20场招商推介活动: a verb before a noun says which events)
      const actionAt = OCCURRENCE_CLASSIFIERS.has(m[1]!) ? ctx.tokenIndex().startingAt(afterBound) : -1;
      const action = ctx.tokens()[actionAt];
      const object = ctx.tokens()[actionAt + 1];
      if (action?.tag === "v" && object?.start === action.end && NAME_TAGS.has(object.tag) && !EVENT_VERB.test(ctx.text.slice(afterBound, afterBound + 4))) {
        out.push(candidate(this.id, ctx, n.index, action.end, n.value, m[1] + action.word, [n.index, n.end]));
        continue;
      }
      const noun = nounPhraseAt(ctx, afterBound, 4, !SELF_NAMING.has(m[1]!));
      const fusedNounEnd = noun.length ? -1 : nounAfterFusedClassifier(ctx, classifierEnd);
      if (fusedNounEnd >= 0) {
        out.push(candidate(this.id, ctx, n.index, fusedNounEnd, n.value, m[1] + ctx.text.slice(classifierEnd, fusedNounEnd), [n.index, n.end]));
        continue;
      }
      // 30余次互访, 20场演出: occurrences of what a verb after 次 or 场 names are counted as events are
      const happening = noun.length || !OCCURRENCE_CLASSIFIERS.has(m[1]!) ? null : EVENT_VERB.exec(ctx.text.slice(classifierEnd, classifierEnd + 4));
      if (happening) {
        out.push(candidate(this.id, ctx, n.index, classifierEnd + happening[0].length, n.value, m[1] + happening[0], [n.index, n.end]));
        continue;
      }
      if (!noun.length) {
        // 1.5万余人, 3000人次: a measure word that is itself what is counted
        // (游客3.2万人次 names its noun first: the noun-numeral rule reads it)
        const namedBefore = countedNounBefore(ctx, n.index).length > 0;
        // (一个500公顷的示范园: a measure before 的 is the size of what follows, counted in its measure)
        const sizeOf = MEASURES.has(m[1]!) && ctx.text[classifierEnd] === "的";
        // (分别达到21.3万人次和18.7万人次: 和 and another figure after it, a list of figures, close it as punctuation does)
        const anotherFigure = /^(?:和|与|及|以及)[0-9０-９一二三四五六七八九十两]/.test(ctx.text.slice(classifierEnd, classifierEnd + 4));
        if ((SELF_NAMING.has(m[1]!) || MEASURES.has(m[1]!)) && !namedBefore && (!/^[\p{Script=Han}]/u.test(ctx.text.slice(afterBound, afterBound + 1)) || verbAt(ctx, afterBound) || sizeOf || anotherFigure)) out.push(candidate(this.id, ctx, n.index, afterBound, n.value, m[1]!, [n.index, n.end]));
        // 其中与东盟国家建立41对。, 2020年以来新增9对，: pairs of ties, after the verb that made them
        else if (m[1] === "对" && !namedBefore && /^[，。；,;]/.test(ctx.text.slice(afterBound, afterBound + 1)) && TIES_MADE_BEFORE.test(ctx.text.slice(Math.max(0, n.index - 8), n.index))) out.push(candidate(this.id, ctx, n.index, afterBound, n.value, "对", [n.index, n.end]));
        // 其中12个在欧洲: a part of what the sentence counted before, as "12 of them"; what it counts is that count's
        else if (!namedBefore && (PART_OF_THEM.test(ctx.text.slice(Math.max(0, n.index - 3), n.index)) || (LATER_PART_BY_PLACE.where.test(ctx.text.slice(classifierEnd, classifierEnd + 2)) && LATER_PART_BY_PLACE.opened.test(ctx.text.slice(Math.max(0, n.index - 30), n.index))))) out.push(candidate(this.id, ctx, n.index, classifierEnd, n.value, m[1]!, [n.index, n.end]));
        continue;
      }
      let end = noun[noun.length - 1]!.end;
      // 30个国家和地区: the fixed pair counts both together, as "30 countries and regions" does
      const andRegions = /国家$/.test(noun[noun.length - 1]!.word) ? AND_REGIONS.exec(ctx.text.slice(end, end + 3)) : null;
      if (andRegions) end += andRegions[0].length;
      out.push(candidate(this.id, ctx, n.index, end, n.value, m[1] + ctx.text.slice(noun[0]!.start, end), [n.index, n.end]));
    }
    return out;
  },
};
/** a bound right after a classifier, which qualifies the figure (3对以上) */
const BOUND_AFTER_CLASSIFIER = /^(?:以上|以下|左右)/;

/** words between a noun and the figure that counts it: how many there are, not what */
// (增至, 增加到: the total a noun has grown to, 国际友好城市增至9个)
// (中欧班列累计开行超过2.5万列: a verb of doing the counted thing may stand between, with 累计 before it)
// (企业有37家: 有 alone, not the 有 of 拥有, 具有, 没有; or 约有, 外国人约有3万)
// (友城数量为56对: 为 after a word of number, "is"; not 成为, 作为 or any other 为)
// (中欧班列累计开行2856列: 累计 and the verb alone, with no word of quantity after it)
/** a growth to a figure: 增加到, 提升至, 增至 */
const GROWN_TO = "(?:(?:增加|增长|扩大|提高|提升|上升)(?:到|至)|增至)";
/** the time a figure is of, between the link and the figure: 从2012年的35对, 增加到2024年的88对, 增加到目前的56对 */
const TIME_OF_FIGURE = "(?:(?:[0-9]{4}年(?:底|末)?|目前|当前|现在|如今)的)?";
// (艺术团体不少于十个, 参展企业不到200家: the bounds of a figure link it to its noun as 超过 does)
// (and a character lost to damage right before the figure, the link's or the link itself: 总数达�18, 嘉宾�8000人次,
// 已�13个 after 已)
const QUANTITY_LINK = new RegExp(`(?:力争|争取|预计|有望)?(?:已经|已)?(?:(?:累计|共)?(?:开行|开通|接待|引进|举办|派出|培训)?(?:${GROWN_TO}|超过|突破|逾|不少于|不低于|至少|多于|不止|多达|不超过|不到|不足|少于|将近|接近|(?<![最附临亲邻靠])近|(?<![签预相合条节公制契履])约有?|达到|达|共计|共有|共|累计|总计|合计|(?<![拥具没所只还])有|(?<=(?:数量|总数|数目|规模|人数)(?:已|已经)?)为)|(?:累计|共)(?:开行|开通|接待|引进|举办|派出|培训)|开行|开通|(?:从|由))${TIME_OF_FIGURE}\uFFFD?$|(?:已经|已)?(?:超|突|达|累|共|总|合|接)?\uFFFD$`);

const BRACKETED_ASIDE = /（[^（）。，]{1,10}）$/;

/**
 * The noun a figure at `index` counts when the noun comes first: 企业超过1200家 (the noun may stand before a
 * word of quantity), 国际友好城市（省州）5对 (a bracketed aside between them narrows the noun, it is not it).
 * None when the words before are only a place (运抵重庆超过1.2万吨: where, not what).
 */
function countedNounBefore(ctx: ParagraphContext, index: number, placeMayCount = false): Token[] {
  const link = QUANTITY_LINK.exec(ctx.text.slice(Math.max(0, index - 10), index));
  let linked = index - (link ? link[0].length : 0);
  // (展位|数达|2000个: 数, "the number of", that jieba joins to the link after it, ends the noun it counts)
  if (link && ctx.text[linked - 1] === "数" && ctx.tokenIndex().endingAt(linked) < 0) linked -= 1;
  const aside = BRACKETED_ASIDE.exec(ctx.text.slice(Math.max(0, linked - 12), linked));
  const noun = nounPhraseBefore(ctx, linked - (aside ? aside[0].length : 0));
  // 省领导出访11批次, 来访23批次: the visits themselves are counted, after the verb that names them
  if (!noun.length) {
    const verb = ctx.tokens()[ctx.tokenIndex().endingAt(linked)];
    if (verb && VISITS.has(verb.word)) return [verb];
  }
  // (与共建“一带一路”国家结好8对: a verb of making ties, which jieba may tag a foreign word, ends no noun; the pairs it made are counted)
  if (noun.length && TIE_MAKING_VERBS.test(noun[noun.length - 1]!.word)) return [];
  // (两市共有1500余人次: the pair, the subject that has them, is not what is counted)
  if (noun.length === 1 && PAIR_SUBJECT.test(noun[0]!.word)) return [];
  return (noun.every((t) => t.tag === "ns" && !KINDS_OF_PLACE.has(t.word)) && !placeMayCount) || (noun.length === 1 && SENDING_VERBS.has(noun[0]!.word)) ? [] : noun;
}
/**
 * a figure and its measure word inside an enumeration: an item after 、 or before one (亚洲36对、欧洲42对), or one a comma
 * joins to another item of a name and a figure (亚洲36对，欧洲42对, as repaired damage writes 、)
 */
const inEnumeration = (text: string, start: number, end: number): boolean =>
  /^、/.test(text.slice(end)) || /、[^，。；、]{1,8}$/.test(text.slice(Math.max(0, start - 9), start)) || NEXT_ITEM.test(text.slice(end, end + 12)) || ITEM_BEFORE.test(text.slice(Math.max(0, start - 20), start));
/** the measure words of a tally a breakdown by place goes on from (其中亚洲20批、欧洲15批: delegations, as 亚洲36对 is pairs) */
const BREAKDOWN_MEASURES = "[对个批家名项所]";
const ENUMERATED_MEASURE = new RegExp(`^${BREAKDOWN_MEASURES}$`);
const NEXT_ITEM = new RegExp(`^[，,；]\\p{Script=Han}{1,6}?[0-9０-９]+(?:余|多)?${BREAKDOWN_MEASURES}`, "u");
const ITEM_BEFORE = new RegExp(`[0-9０-９]+(?:余|多)?${BREAKDOWN_MEASURES}[，,；]\\p{Script=Han}{1,6}$`, "u");
const TIE_MAKING_VERBS = /(?:结好|缔结|结成)$/;
/** the pair a release is about, as one word: 两市, 两省州, 双方 */
const PAIR_SUBJECT = /^(?:两(?:省州|[省市县区州港地国岸城])|双方)$/;
/** verbs of visiting, whose visits a figure after them counts (出访11批次: eleven outbound visits) */
const VISITS = new Set(["出访", "来访", "互访", "访华"]);
/** verbs of sending people that jieba tags as nouns (选派3000余人次出国培训): what they send is counted, they are not it */
const SENDING_VERBS = new Set(["选派", "委派", "外派", "调派", "选送", "派遣"]);
/** 其中, 其中有: "of them", right before a figure */
const PART_OF_THEM = /其中有?$/;
/** a later part in a 其中 list told by where it is (其中12个位于欧洲，3个|地处非洲): the sentence opened the list before the comma */
const LATER_PART_BY_PLACE = { opened: /其中[^。；！？!?]*[，,、]$/, where: new RegExp(`^(?:${LOCATING_VERBS.join("|")})`) };
/** words for a kind of place that jieba tags as place names (其中俄罗斯城市4个: cities are counted, not a place named) */
const KINDS_OF_PLACE = new Set(["城市", "城镇"]);

/** a figure's growth right before another: 从2012年的35对|增加到2024年的 (group 1: the first figure and its measure) */
const GREW_FROM_FIGURE = new RegExp(`([0-9０-９.]+(?:万|亿)?(?:余|多)?[对个家项名所座条])(?:${GROWN_TO}|发展(?:到|至)|增到)${TIME_OF_FIGURE}$`);
/** the measure words that close a figure after its noun */
// (汉语课程600余门, 旅行卡85张: courses and cards too)
// (学生交流营8期: sessions of a camp or a course, 期, in figures only: 项目二期 is a project's second phase; 商品300余种, 新产品12款: kinds and models)
const MEASURE_AFTER_NOUN = /^(?:余|多)?(对|个|家|项|名|所|座|批次|批|条|场次|场|次|人次|人|万吨|吨|平方公里|平方米|立方米|公里|千米|公顷|亩|标箱|辆次|辆|台|艘|架次|架|套|件|列|份|篇|部|支|门|张|届|期|种|款)/u;
/** 国际友城88对, 省级15对: the noun comes first and the classifier closes the figure. */
export const nounThenNumeral: CountRule = {
  id: "count-zh-noun-numeral",
  lang: "zh",
  find(ctx) {
    const out: CountCandidate[] = [];
    for (const n of countableNumerals(ctx)) {
      const next = ctx.text.slice(n.end, n.end + 6);
      // (3对以上: a bound after the measure word is the qualifier's, not a noun's)
      // (学生300余人次赴日研修: a verb after the measure word, of which the counted are the subject, closes it too)
      const read = MEASURE_AFTER_NOUN.exec(next);
      const measure = read?.[1] === "期" && !/^[0-9０-９]+$/.test(n.text) ? null : read;
      const m = (measure && (!/^[\p{Script=Han}]/u.test(next.slice(measure[0].length)) || /^(?:以上|以下|左右)/.test(next.slice(measure[0].length)) || verbAt(ctx, n.end + measure[0].length)) ? measure : null) ?? CLASSIFIER_THEN_BREAK.exec(next);
      // 人口约230万, 华人约20万: a population is counted in people without a measure word
      // (人口约3.4万的边境小城: or before 的, the population of what follows)
      const bare = !m && /^(?:余|多)?(?:[，。；、）)]|的|$)/.test(next);
      // (赛事42�,: a measure word lost to damage before an ASCII byte, which counts what the noun names all the same)
      const lost = !m && LOST_MEASURE.test(next);
      if (!m && !bare && !lost) continue;
      // (亚洲36对、欧洲42对: an item of a tally's breakdown by place counts what the tally does, in that place)
      // (其中中亚地区11个: or the one part of a count before it that 其中 opens, named by where it is)
      // (友城3至5对: a range's lower end and its word stand between the noun and the figure, which counts from that end)
      const rangeBefore = RANGE_OPENS.exec(ctx.text.slice(Math.max(0, n.index - 10), n.index));
      const noun = countedNounBefore(ctx, n.index - (rangeBefore?.[0].length ?? 0), !!m && ENUMERATED_MEASURE.test(m[1]!) && (inEnumeration(ctx.text, n.index, n.end + m[0].length) || PART_BY_PLACE.test(ctx.text.slice(Math.max(0, n.index - 10), n.index))));
      // (友城数量从2012年的35对增加到2024年的88对: the figure a growth reaches counts what the figure it grew from does)
      const grewFrom = !noun.length && m ? GREW_FROM_FIGURE.exec(ctx.text.slice(Math.max(0, n.index - 30), n.index)) : null;
      const earlier = grewFrom ? out.at(-1) : undefined;
      // (the earlier count ends where the growth's first figure, which opens the match, does)
      if (earlier && earlier.index + earlier.text.length === n.index - grewFrom![0].length + grewFrom![1]!.length && earlier.unit?.endsWith(`（${m![1]}）`)) {
        out.push(candidate(this.id, ctx, n.index, n.end + m![0].length, n.value, earlier.unit, [n.index, n.end]));
        continue;
      }
      // (新增国际友好城市3对，累计达到28对: a cumulative figure with no noun of its own totals what the sentence counted
      // before in its measure, as 总数达到 does)
      const cumulative = !noun.length && m ? CUMULATIVE_BEFORE.exec(ctx.text.slice(Math.max(0, n.index - 8), n.index)) : null;
      const totalled = cumulative ? out.at(-1) : undefined;
      if (cumulative && totalled?.unit?.endsWith(`（${m![1]}）`) && !/[。；！？]/.test(ctx.text.slice(totalled.index, n.index))) {
        out.push(candidate(this.id, ctx, n.index - cumulative[0].length, n.end + m![0].length, n.value, unitOfTotal(ctx, out, totalled.unit), [n.index, n.end]));
        continue;
      }
      if (!noun.length || (bare && !PEOPLE_COUNTED_BARE.test(noun[noun.length - 1]!.word))) continue;
      // 到2027年友城总数: jieba may join a year's 年 to the noun after it (年友城)
      // (目前有德资企业近600家: or 有 to a word it does not know after it, 有德资)
      const head = /[0-9０-９]/.test(ctx.text[noun[0]!.start - 1] ?? "") && ctx.text[noun[0]!.start] === "年" ? 1 : HAS_JOINED_TO_UNKNOWN.test(noun[0]!.word) && noun[0]!.tag === "x" ? 1 : 0;
      const start = noun[0]!.start + head;
      const end = n.end + (m ? m[0].length : lost ? LOST_MEASURE.exec(next)![0].length : /^(?:余|多)?/.exec(next)![0].length);
      const unit = noun.map((t) => t.word).join("").slice(head);
      if (!unit) continue;
      // (新增国际友城7对，总数达到134对: a bare total counts what the sentence counted before in the same measure)
      const totalOf = m && BARE_TOTAL.test(unit) ? out.at(-1) : undefined;
      if (totalOf?.unit?.endsWith(`（${m![1]}）`) && !/[。；！？]/.test(ctx.text.slice(totalOf.index, start))) {
        out.push(candidate(this.id, ctx, start, end, n.value, unitOfTotal(ctx, out, totalOf.unit), [n.index, n.end]));
        continue;
      }
      out.push(candidate(this.id, ctx, start, end, n.value, m ? unit + `（${m[1]}）` : unit, [n.index, n.end]));
    }
    return out;
  },
};

/**
 * The unit of a bare total after the count before it: that count's, or, where a count of another kind in the same
 * measure stands right before it, joined by 、 or 和 (新增友好城市5对、友好交流城市12对，总数达到72对), both kinds together
 * (友好城市和友好交流城市（对）), as "bringing its total to 72" totals both
 */
function unitOfTotal(ctx: ParagraphContext, out: readonly CountCandidate[], unit: string): string {
  const [first, second] = [out.at(-2), out.at(-1)!];
  const measure = /（[^（）]+）$/.exec(unit)![0];
  if (!first?.unit?.endsWith(measure) || first.unit === unit || !/^(?:、|和|及|以及)$/.test(ctx.text.slice(first.index + first.text.length, second.index))) return unit;
  return `${first.unit.slice(0, -measure.length)}和${unit}`;
}

/** 其中 and a place's name right before a figure: the part of the count before it that is there */
// (全市56个友城中，欧洲21个: the set counted and 中, then its comma, open the part as 其中 does)
const PART_BY_PLACE = /(?:其中|[个对]\p{Script=Han}{1,6}中[，,])\p{Script=Han}{2,6}$/u;
/** U+FFFD right after a figure, before no Chinese: a measure word whose last byte was lost before an ASCII byte (1.5万余�, too) */
const LOST_MEASURE = /^(?:余|多)?\uFFFD(?!\p{Script=Han})/u;
/** a cumulative word and its verb right before a figure: 累计达到, 共计, 总计达 */
const CUMULATIVE_BEFORE = /(?:累计|共计|总计|合计)(?:已经|已)?(?:达到|达|为|至)?$/;
/** a total that names nothing it totals: 总数, 总量 */
const BARE_TOTAL = /^(?:总数|总量|总计|数量)$/;
/** people, counted with no measure word (人口约230万, 海外侨胞约6000万, 华侨华人总数已超过6000万, 游客超过50万) */
const PEOPLE_COUNTED_BARE = /(?:人|人口|侨胞|同胞|侨民|游客|旅客|居民|人数|总数)$/;
/** 有 and more, as one word jieba made up (有德资): the verb of having, joined to the noun's first word */
const HAS_JOINED_TO_UNKNOWN = /^有./;
/** a measure word that closes a clause, or that the clause's verb follows (企业12家落户) */
const CLASSIFIER_THEN_BREAK = new RegExp(`^(?:余|多)?(对|个|家|项|名|所|座|批|条)(?=[，。；、]|${VERBS_AFTER_COUNT.join("|")})`, "u");

const YEAR_NAMING = /^(?:19|20)\d\d$/;
/** measure words that name no thing of their own (not 国, 人 or 吨: 5国, 300人, 12万吨 name what they count) */
const BARE_CLASSIFIER = /^(?:座|位|家|所|项|件|种|批|场|条|支|只|台|部|本|份|张|幅|套|间|架|艘|辆|头|株)$/;

/** 5国, 2亿人口, 二十四策: a numeral straight before the noun it counts. */
/** 位数 after a numeral: how many digits a figure has (两位数增长), not a count of anything */
const DIGITS_OF_A_FIGURE = /^位数/;
/** 倍 after a numeral: a multiple (是去年的两倍, 增长了3倍), a ratio as a percentage is, not a count of anything */
const MULTIPLE = /^[余多]?倍/;
export const numeralNoun: CountRule = {
  id: "count-zh-numeral-noun",
  lang: "zh",
  find(ctx) {
    const tokens = ctx.tokens();
    const out: CountCandidate[] = [];
    for (const n of countableNumerals(ctx)) {
      const token = tokens[ctx.tokenIndex().startingAt(n.index)]!;
      let unit: string;
      let end: number;
      if (token.word.length > n.text.length && token.word.startsWith(n.text)) {
        // one token holds both: 二十四策
        unit = token.word.slice(n.text.length);
        end = token.end;
        // (十多年, 二十余天: 多 and 余 say "more than" of the time or the measure word after them)
        const measure = unit.replace(/^[余多]/, "");
        if (TIME_UNITS.has(measure) || /^(?:年|月|日|号|届|次|期|个)/.test(measure)) continue;
        // (1. 日本仓敷市: a list item's number, which jieba reads with its point, names nothing counted)
        if (!/\p{Script=Han}/u.test(unit)) continue;
        // 两座“水城”: a measure word alone names nothing counted (the classifier rule reads a noun after it)
        if (BARE_CLASSIFIER.test(unit)) continue;
        // (两位数增长, "double-digit growth": the digits of a rate, nothing counted)
        if (DIGITS_OF_A_FIGURE.test(unit) || MULTIPLE.test(unit)) continue;
      } else {
        // 2024中日青少年交流营, 2025中国—东盟博览会: a year that names an event counts nothing
        if (YEAR_NAMING.test(n.text)) continue;
        const noun = nounPhraseAt(ctx, n.end, 2);
        if (!noun.length || CLASSIFIER_RE.test(noun[0]!.word) && noun[0]!.word.length === 1 && noun.length > 1) continue;
        // 12家辛|德尔: a classifier fused into an unknown name is the classifier rule's (nounAfterFusedClassifier)
        if (nounAfterFusedClassifier(ctx, n.end + (CLASSIFIER_RE.exec(noun[0]!.word)?.[0].length ?? 0)) >= 0) continue;
        if (/^(?:年|月|日|号|届|次|期)/.test(noun[0]!.word) || MULTIPLE.test(noun[0]!.word)) continue;
        // (涉外活动120|余场: "more than" and a measure word, which jieba joins into a noun, name nothing counted; the noun before does)
        if (noun.length === 1 && BARE_CLASSIFIER.test(noun[0]!.word.replace(/^[余多]/, "")) && /^[余多]/.test(noun[0]!.word)) continue;
        // (每周20|余班: jieba joins "more than" to a measure word that names what it counts, flights; the qualifier says it)
        const words = noun.map((t) => t.word).join("");
        unit = noun.length === 1 ? words.replace(/^[余多](?=\p{Script=Han})/u, "") : words;
        end = noun[noun.length - 1]!.end;
        // (一行12|人于|7月…: jieba fuses the measure word with the preposition after it, which opens the clause's time or place;
        // 东盟10|国及|中国: or with the conjunction after it, which joins the next thing named)
        const fused = noun[0]!.tag === "x" ? MEASURE_THEN_LINK.exec(noun[0]!.word) : null;
        if (fused && CLASSIFIER_RE.test(fused[1]!)) [unit, end] = [fused[1]!, noun[0]!.start + 1];
        if (DIGITS_OF_A_FIGURE.test(noun[0]!.word)) continue;
      }
      out.push(candidate(this.id, ctx, n.index, end, n.value, unit, [n.index, n.end]));
    }
    return out;
  },
};


/** the currencies an amount is written in (元素, 元旦, 元首 are words of their own) */
// 亿元人民币: the currency named again after 元 is part of the amount's words
const CURRENCY = /^(?:余|多)?(元(?![素旦首宵老帅气年月])|人民币|美元|欧元|日元|英镑|港元|港币|卢布|韩元|澳元|加元|新加坡元|瑞士法郎)(?:(?<=元)人民币)?/;

const SCALE_AFTER_MORE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4 };

/** 35亿元, 超过80亿美元, 2.5万亿元, 500多亿美元: an amount of money, in the currency it is written in. */
export const money: CountRule = {
  id: "count-zh-money",
  lang: "zh",
  find(ctx) {
    const out: CountCandidate[] = [];
    for (const n of countableNumerals(ctx)) {
      // 500多亿美元, 1000余亿元: "more than", then the scale of the figure
      const scaled = /^(?:多|余)(万亿|亿|万)/.exec(ctx.text.slice(n.end, n.end + 3));
      const figureEnd = scaled ? n.end + scaled[0].length : n.end;
      const m = CURRENCY.exec(ctx.text.slice(figureEnd, figureEnd + 6));
      const value = scaled ? n.value * SCALE_AFTER_MORE[scaled[1]!]! : n.value;
      // the currency closes a word (亿元, 美元), where 三元里 is a name
      if (m && ctx.tokenIndex().endingAt(figureEnd + m[0].length) >= 0) out.push(candidate(this.id, ctx, n.index, figureEnd + m[0].length, value, m[1]!, [n.index, n.end]));
    }
    return out;
  },
};

/** 近千名, 上万名, 近百家, 百余名, 千余人: nearly or over a hundred, a thousand, ten thousand (jieba reads 近千名 as one word) */
// (友城总数突破百对: a total past a round figure, its noun before it)
const ROUND_FIGURE = /(?:(近|上|逾|超过|突破)(百|千|万)|(?<![0-9０-９〇零一二两三四五六七八九十百千万亿数几])(百|千|万)(余|多))(?=[名家个人所座项位批对场])/g;

/** 近千名非洲留学生, 上万名游客: a round figure and the noun it counts. */
export const roundFigure: CountRule = {
  id: "count-zh-round-figure",
  lang: "zh",
  find(ctx) {
    const out: CountCandidate[] = [];
    for (const m of allMatches(ROUND_FIGURE, ctx.text)) {
      const figureEnd = m.index + m[0].length;
      const classifier = CLASSIFIER_RE.exec(ctx.text.slice(figureEnd, figureEnd + 8));
      if (!classifier || TIME_UNITS.has(classifier[1]!)) continue;
      const classifierEnd = figureEnd + classifier[0].length;
      const figure = { rule: this.id, value: parseZhNumber(m[2] ?? m[3]!)!, qualifier: m[1] === "近" ? ("nearly" as const) : ("more than" as const) };
      const noun = nounPhraseAt(ctx, classifierEnd, 4, !SELF_NAMING.has(classifier[1]!));
      // 互访团组逾百批次: the noun comes first, as the noun-numeral rule reads 团组逾100批次
      // (互派留学生逾千名: and before a classifier that names people by itself, the noun says which people)
      const before = noun.length ? [] : nounPhraseBefore(ctx, m.index);
      if (before.length) {
        out.push({ ...figure, index: before[0]!.start, text: ctx.text.slice(before[0]!.start, classifierEnd), unit: `${before.map((t) => t.word).join("")}（${classifier[1]}）` });
        continue;
      }
      if (!noun.length && !SELF_NAMING.has(classifier[1]!)) continue;
      const end = noun.length ? noun[noun.length - 1]!.end : classifierEnd;
      out.push({ ...figure, index: m.index, text: ctx.text.slice(m.index, end), unit: classifier[1]! + noun.map((t) => t.word).join("") });
    }
    return out;
  },
};

/** 排在全国第12位, 排全国第五, 位列第三, 居中部六省第一位: a rank. (第十三次会议 names a session: not a rank.) */
// or, with 位 or 名 to close it, any short scope (居中部六省第一位); not 列入第三批, which lists
// 首位 is first place (居中部六省首位)
// (a headline may leave 位 out after a scope, closing at its end or a space: 居中部六省第二)
const RANK = /(排名|排在|排|位列|位居|居|列)(?:(全国|全省|全市|全球|世界|亚洲|中部|西部|东部|中西部|东北|同类城市|省会城市|副省级城市)?(?:第)([0-9０-９]+|[一二三四五六七八九十]+)(?:位|名)?|[^，。；、第\s]{2,8}?第([0-9０-９]+|[一二三四五六七八九十]+)(?:位|名|(?=[\s，。；,;！!]|$))|[^，。；、第]{0,8}?(首位))/g;
export const rank: CountRule = {
  id: "count-zh-rank",
  lang: "zh",
  find(ctx) {
    const out: CountCandidate[] = [];
    for (const m of allMatches(RANK, ctx.text)) {
      const value = m[5] ? 1 : parseZhNumber(m[3] ?? m[4]!);
      if (!value) continue;
      out.push({ rule: this.id, index: m.index, text: m[0], value, unit: "rank", qualifier: null });
      // 分别居全国第11位和第6位: a second rank joined to the first, of the second thing the clause ranks
      // (居全国第5位、中西部第1位: or of the same thing among others, named before its rank and cited with it)
      const end = m.index + m[0].length;
      const second = SECOND_RANK.exec(ctx.text.slice(end, end + 14));
      const secondValue = second && parseZhNumber(second[2]!);
      if (second && secondValue) out.push({ rule: this.id, index: end + second[1]!.length, text: second[0].slice(second[1]!.length), value: secondValue, unit: "rank", qualifier: null });
    }
    return out;
  },
};
// (位居全国第5、中西部第1。: the rank's word may be left out before a mark, as the first rank's may)
const SECOND_RANK = /^([和与、])(?:[\u4e00-\u9fff]{1,5}?(?<![的了在和与是]))?第([0-9０-９]+|[一二三四五六七八九十]+)(?:位|名|(?=[\s，。；,;！!]|$))/;

/** In priority order: a rank beats a plain numeral reading; classifier readings beat bare nouns. */
export const ZH_COUNT_RULES: readonly CountRule[] = [rank, numeralClassifierNoun, nounThenNumeral, money, roundFigure, numeralNoun];
