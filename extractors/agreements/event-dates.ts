/**
 * When an agreement event happened: the date nearest its trigger within its own clause, the date a sentence
 * or a paragraph's lead tells (会见后，双方签署…; "During the visit, the two sides signed…"), and an
 * anniversary's, which is the celebration's unless the sentence dates the tie itself. The agreement rules of
 * both languages (zh.ts, en.ts) and pipeline/extract.ts ask these.
 */
import type { DateCandidate, Lang, PlaceCandidate } from "../types";
import { between, ORDINAL_WORD_EN, PAIR_NAME, sentences } from "./parties";
import { namesDay } from "../dates/relations";
import { TURNING_AN_AGE } from "./en-tie-phrases";

/**
 * An anniversary of the relationship (结好十周年, 结好第26年, "the 10th anniversary of the establishment of
 * sister-city relations") is celebrated years after the signing: the date nearest the trigger is the celebration's,
 * so the event's own date is not stated.
 */
export function isAnniversary(text: string, trigger: { index: number; end: number }, lang: Lang): boolean {
  // 结好十周年, and 结好第26年 ("the 26th year of their ties")
  // (两市结好12年来, "in the 12 years since the tie": the years it has lasted, as 周年; 回顾了两市结好以来的交流成果, "since
  // the two cities became sister cities", recalls the tie the same way)
  // (缔结友好城市关系纪念活动: an event that commemorates the tie, as an anniversary does)
  // (but 自1980年与威尼斯结为友好城市以来: the since-clause's own year, before the trigger, is the tie's)
  // (and 2015年两地缔结友好关系以来 with no 自: a year opening the clause that 以来 closes is the tie's as well)
  if (lang === "zh" && YEAR_OPENS_SINCE_CLAUSE_ZH.test(text.slice(Math.max(0, trigger.index - 40), trigger.index)) && /^[^，。；]{0,6}?以来/.test(text.slice(trigger.end, trigger.end + 16))) return false;
  if (lang === "zh") return !SINCE_YEAR_OPENS_ZH.test(text.slice(Math.max(0, trigger.index - 40), trigger.index)) && /^[^，。；]{0,6}?(?:(?:[0-9０-９]+|[一二三四五六七八九十百]+)周年|纪念(?:活动|大会|仪式|会|展|招待会|晚会)|第(?:[0-9０-９]+|[一二三四五六七八九十百]+)(?:个)?年(?!度)|(?:[0-9０-９]+|[一二三四五六七八九十百]+)(?:多|余)?年(?:以)?来|以来)/.test(text.slice(trigger.end, trigger.end + 16));
  const before = text.slice(Math.max(0, trigger.index - 48), trigger.index);
  // "30 years after the two cities first became sister cities": the tie is dated by counting back, not by the sentence's date
  // ("40 years of sister-city ties": the years the tie has lasted, as 结好40周年)
  // ("an event to commemorate their sister-city relationship", as 纪念活动)
  return /\b(?:anniversary\s+of|commemorat(?:e|es|ed|ing))\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}$/i.test(before) || /\byears\s+after\s+(?:[\w'’-]+\s+){0,5}$/i.test(before) || SINCE_THE_TIE.test(before) || /^(?:anniversary\s|\S+\s+years\s+of\s)/i.test(text.slice(trigger.index, trigger.end)) || TURNS_AN_AGE.test(text.slice(trigger.end, trigger.end + 24));
}

/** "sister-city ties turn 10" (TIE_TURNING): the years the tie has lasted, as 周年 */
const TURNS_AN_AGE = new RegExp(`^\\s+${TURNING_AN_AGE}\\s+(?:its\\s+|their\\s+|the\\s+)?(?:\\d|[a-z]+(?:st|nd|rd|th|y)\\b|(?:two|three|four|five|six|seven|eight|nine|ten)\\b)`, "i");

/** 自1980年…, 从2014年起…: a since-clause that opens with its year, the trigger inside it */
const SINCE_YEAR_OPENS_ZH = /[自从](?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年[^，。；]*$/;
/** 2015年两地缔结…: a year that opens its clause, the trigger inside it */
const YEAR_OPENS_SINCE_CLAUSE_ZH = /(?:^|[，。；：,])(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年[^，。；]*$/;

/** "since the two cities became sister cities", "since Chengdu and Auckland established …": the tie recalled as a span's start */
const SINCE_THE_TIE = /\bsince\s+(?:the\s+two\s+(?:cities|sides|provinces|regions)|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|they|their)?\s*(?:first\s+|formally\s+|officially\s+)?$/;

/**
 * The date an anniversary's sentence gives the tie itself: 今年是A与B2015年缔结友好城市关系10周年 (the year
 * right before the verb), "the 10th anniversary of the establishment of sister-city relations between A and
 * B in 2015" (a year, or a month of one, right after the tie and its parties, ending the clause). Null when
 * the sentence dates only the celebration (明年结好20周年: next year is the anniversary's).
 */
export function anniversaryTieDate(text: string, dates: DateCandidate[], trigger: { index: number; end: number }, lang: Lang): DateCandidate | null {
  // (明年结好20周年, 今年缔结友好关系10周年: a year counted from the release is the anniversary's, the tie's is stated)
  if (lang === "zh") return dates.find((d) => d.expr.kind === "absolute" && /^(?:正式)?(?:于|在)?(?:正式)?$/.test(text.slice(d.index + d.text.length, trigger.index)) && d.index + d.text.length <= trigger.index) ?? null;
  return (
    dates.find((d) => {
      // ("has maintained … ties with Kumamoto since 1985": a held tie's year after "since", cited with it)
      if (d.index < trigger.end || !/^(?:since\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}$/.test(d.text)) return false;
      const between = text.slice(trigger.end, d.index);
      // (ending the clause, or the clause's next verb after "and": "since establishing … relations in 2017 and signed …")
      return (d.text.startsWith("since") ? TIE_THEN_SINCE : TIE_THEN_YEAR).test(between) && /^\s*(?:$|[.,;]|and\s+[a-z])/.test(text.slice(d.index + d.text.length));
    }) ?? null
  );
}
/** between a tie and the year it was made: its parties ("between Ningbo and Aveiro") or its own clause (", established"), then "in" */
const TIE_THEN_YEAR = /^(?:\s+(?:between|of|with)\s+[^,;.]{1,80}?)?(?:,?\s+(?:which\s+(?:was|were)\s+)?(?:first\s+)?(?:established|forged|formed|signed))?\s+in\s+$/;
/** between a held tie and "since 1985": its partner only ("ties with Kumamoto since 1985"), or nothing, its pair told before it ("A and B have enjoyed a sister-city relationship since 2019") */
const TIE_THEN_SINCE = /^(?:\s+with\s+[^,;.]{1,80}?)?\s+$/;

/** where a new clause starts after a trigger: a date past it tells something else ("…and agreed to hold an exhibition in October") */
/** …缔结友好城市关系、11月苏州市与…: an enumeration comma before a date opens the next item, dated by it (its own clause) */
export const DATED_ITEM_ZH = /、(?=(?:[0-9０-９]{4}年)?[0-9０-９一二三四五六七八九十]{1,2}月|[0-9０-９]{4}年)/;
/** ", an Italian city renowned for its ceramics," before "on" or "in": what the place before it is, not a clause */
// (", where Rotterdam is located, as early as 2009": a clause that says what is there, then the clause's own time)
const DESCRIBING_APPOSITION = /^,\s+(?:an?\s+(?:[\w'’-]+\s+){0,4}?(?:city|town|province|region|county|port|state|prefecture|municipality)\b[^,;.]{0,60}|where\s+[^,;.]{1,60}?\s+(?:is|are|was|were)\s+(?:located|situated|based))\s*,(?=\s+(?:on|in|as\s+early\s+as|as\s+far\s+back\s+as|back\s+in)\s)/;
const CLAUSE_BREAK = {
  zh: new RegExp(`[，；,;]|并|同时|${DATED_ITEM_ZH.source}`),
  // not the comma inside a date ("on June 18, 2025")
  en: /;\s|,(?!\s*\d{4}\b)\s|\band\s+(?:agreed|decided|will|plans?|planned|pledged|vowed|held|hold|also|announced)\b/,
};

/** The end of the trigger's own clause, at most `limit`; a place set off by commas (", the Netherlands, on Tuesday") ends none. */
export function clauseEnd(text: string, end: number, limit: number, lang: "zh" | "en", places: readonly PlaceCandidate[] = []): number {
  for (let from = end; from < limit; ) {
    const m = CLAUSE_BREAK[lang].exec(text.slice(from, limit));
    if (!m) return limit;
    const at = from + m.index;
    const after = at + m[0].length;
    // ("with Faenza, an Italian city renowned for its ceramics, on Tuesday": an apposition that says what the partner is,
    // then the clause's own time)
    const described = lang === "en" && m[0].startsWith(",") ? DESCRIBING_APPOSITION.exec(text.slice(at, limit)) : null;
    if (described) {
      from = at + described[0].length;
      continue;
    }
    const aside = lang === "en" && m[0].startsWith(",") ? places.find((p) => p.index >= after && /^(?:the\s+)?$/i.test(text.slice(after, p.index))) : undefined;
    // (nor a country that locates the place before it, with the time after it: "with Calgary, Canada in 2015")
    const locatingThenTime = !!aside && (aside.type === "country" || aside.type === "province") && /^\s+(?:in|on)\s/.test(text.slice(aside.index + aside.text.length));
    if (!aside || !(/^,\s/.test(text.slice(aside.index + aside.text.length)) || locatingThenTime)) return at;
    from = aside.index + aside.text.length + 1;
  }
  return limit;
}

/**
 * The dates that may tell when an event happened: not the years a document's name gives its term
 * (签署《江苏省与维多利亚州2025—2027年合作备忘录》, "the Cooperation Memorandum for 2025-2027", "Action Plan
 * (2025-2027)"), which date neither its own signing nor an event told after it in the sentence.
 */
export function datesOfEvents(text: string, dates: DateCandidate[], lang: Lang): DateCandidate[] {
  return dates.filter((d) => !namesATerm(text, d, lang));
}
function namesATerm(text: string, d: DateCandidate, lang: Lang): boolean {
  if (lang === "zh") {
    // (在2023年厦门国际投资贸易洽谈会期间签署: a year that opens an event's name names the event, not the day)
    if (d.expr.kind === "absolute" && d.expr.m === undefined && YEAR_OPENS_EVENT_ZH.test(text.slice(d.index + d.text.length, d.index + d.text.length + 16))) return true;
    const open = text.lastIndexOf("《", d.index);
    return open >= 0 && text.indexOf("》", open) >= d.index + d.text.length;
  }
  return DOCUMENT_TERM_BEFORE.test(text.slice(Math.max(0, d.index - 120), d.index));
}
/** an event's name after its year: 2023年|厦门国际投资贸易洽谈会, 2024年|中国—东盟博览会 (no verb between: not 2023年举办博览会) */
const YEAR_OPENS_EVENT_ZH = /^[^，。；、\s举召参出开在于的将与和了期间]{0,12}?(?:洽谈会|博览会|交易会|论坛|峰会|展览会|运动会|艺术节|文化节|旅游节|电影节|年会)/;
/**
 * a document's name right before the years of its term: "Memorandum for ", "Plan for the period of ", or a
 * bracket closing the name: "Programme (", "Action Plan for Deepening Friendly Cooperation between A and B ("
 */
const DOCUMENT_WORD = String.raw`\b(?:Memorand(?:um|a)|MoUs?|MOUs?|Agreements?|Plans?|Programmes?|Programs?|Protocols?|Letters?\s+of\s+Intent|Framework|Roadmap|Strategy)`;
const DOCUMENT_TERM_BEFORE = new RegExp(String.raw`${DOCUMENT_WORD}(?:\s+(?:for|covering)\s+(?:the\s+(?:period|years)\s+(?:of\s+)?)?|(?:\s+(?:\p{Lu}[\p{L}\p{M}'’-]*|of|for|on|and|between|the|in|to|with))*\s*\()$`, "u");

/** a date said as a deadline: 年底前, "before the end of the year", "by 2026" */
const DEADLINE = /前$|^(?:before|by)\b/i;

/** The date in [from, to) nearest to a position. */
/** the words before the time a renewed document was first made: "first signed in ", "originally concluded on " */
const FIRST_SIGNED_BEFORE = /\b(?:first|originally|initially)\s+(?:signed|concluded|inked|established)\s+(?:back\s+)?(?:in|on)\s+$/i;
/** an upgrade's words up to the time of the tie it raises: "upgrading the friendly exchange relationship established in " */
const RAISED_TIE_DATED = /\bupgrad(?:ed|ing|es|e)\b[^.;]*\b(?:established|formed|forged|set\s+up)\s+(?:in|on|since)\s+$/i;
export function nearestDate(text: string, dates: DateCandidate[], at: number, from: number, to: number, trigger: { index: number; end: number }): DateCandidate | null {
  // a date inside the trigger names the document (签署《2025—2027年合作行动计划》, "signed the 2025-2027
  // Cooperation Action Plan"), not the day it was signed; so does a term in brackets right after it
  // (续签了友好合作协议（2024—2028年）, "renewed the agreement (2024-2028)")
  // (but "established their relationship in 1984, the first sister-province pair": a time the trigger's words run past)
  // (not "upgrading the friendly exchange relationship established in 2017 to a sister-city relationship": the time of the
  // tie raised, inside the trigger, is that tie's)
  const raisedTie = (d: DateCandidate): boolean => RAISED_TIE_DATED.test(text.slice(trigger.index, d.index));
  const dating = (d: DateCandidate): boolean => d.index < trigger.index || d.index + d.text.length > trigger.end || (/\b(?:in|on|since)\s+$/i.test(text.slice(Math.max(0, d.index - 7), d.index)) && !raisedTie(d));
  // ("plan to hold a celebration early next year and to sign a memorandum by the end of 2025": a time right before "and
  // to" or "and will" and the trigger's verb ends the plan before, and dates that; not "visited Malaysia from November 12
  // to 16 and signed", where the visit's days are the signing's)
  const endsPhraseBefore = (d: DateCandidate): boolean => d.index + d.text.length <= trigger.index && /^\s+and\s+(?:to|will)\s+$/.test(text.slice(d.index + d.text.length, trigger.index));
  // ("renewed a cooperation agreement first signed in 2008": the time the renewed document was first signed is not the renewal's)
  const firstSigning = (d: DateCandidate): boolean => FIRST_SIGNED_BEFORE.test(text.slice(Math.max(0, d.index - 40), d.index));
  // (两市商定年底前开通直航航线，并签署了…, "agreed to open a direct flight before the end of the year, and signed …": a
  // deadline in a clause before the trigger's is that clause's plan, not the day the document was signed)
  const deadlineOfClauseBefore = (d: DateCandidate): boolean => d.relation === "until" && DEADLINE.test(d.text) && d.index + d.text.length <= trigger.index && /[，,；;]/.test(text.slice(d.index + d.text.length, trigger.index));
  // ("renewed the agreement … and reached consensus on holding events next year", 续签了…，并就明年互办…达成共识: a time still
  // to come after a trigger that tells a thing done dates what the sentence plans next, not the thing done)
  const done = DONE_TRIGGER.test(text.slice(trigger.index, trigger.end));
  const laterPlan = (d: DateCandidate): boolean => done && d.index >= trigger.end && "offset" in d.expr && (d.expr.offset ?? 0) > 0;
  const within = between(dates, from, to).filter((d) => dating(d) && !termAfter(text, d, trigger.end) && !endsPhraseBefore(d) && !firstSigning(d) && !deadlineOfClauseBefore(d) && !laterPlan(d));
  // ("Yantai and Gunsan established … relations in 2001, which were upgraded to sister-city relations in 2014": a
  // time right after the trigger dates it, however near an earlier one stands)
  // ("renewed their agreement once in 2016", "signed it again on May 5": an adverb of how often or how between)
  const right = within.find((d) => d.index >= trigger.end && /^\s+(?:(?:once|again|twice|officially|formally|successfully)\s+)?(?:in|on)\s+$/i.test(text.slice(trigger.end, d.index)));
  if (right) return right;
  within.sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at));
  return within[0] ?? null;
}

/** a trigger that tells a thing done: a verb in the past ("renewed", "signed", "became") or 了 */
const DONE_TRIGGER = /^(?:[A-Za-z]+ed|became|struck)\b|了/;

/** a range in brackets, or a time after "for", right after a document's name: the years it runs, not a day it was signed */
// (or a year that opens the name of the next document the verb signs: 签署了…备忘录和2026年青少年交流项目意向书)
function termAfter(text: string, date: DateCandidate, triggerEnd: number): boolean {
  if (date.index < triggerEnd) return false;
  const gap = text.slice(triggerEnd, date.index);
  if (/^\s*[和及、]\s*$/.test(gap) && NAMES_NEXT_DOCUMENT_ZH.test(text.slice(date.index + date.text.length))) return true;
  // ("a memorandum on exchanges and cooperation for 2026-2028": the document's subject between; "a plan for friendly
  // cooperation and exchanges for 2025-2027": the rest of it; "a letter of intent on a youth exchange program for 2026")
  if (/^\s+(?:(?:on|of|and)\s+[^,.;()]{0,120}?\s+)?for\s+(?:the\s+(?:period|years?)\s+(?:of\s+)?)?$/.test(gap)) return true;
  return date.relation === "between" && /^\s*[（(]\s*$/.test(gap) && /^\s*[）)]/.test(text.slice(date.index + date.text.length));
}
/** the rest of a document's name after a year that opens it: 2026年|青少年交流项目意向书 */
const NAMES_NEXT_DOCUMENT_ZH = /^[^，。；、和与]{0,16}?(?:备忘录|意向书|协议书?|计划|规划|方案|纪要)/;

/**
 * 会见后，双方签署…, "After the talks, the two sides signed…": a sentence that goes on from the one before
 * it (the meeting, the ceremony) happened on that one's day, when it states none of its own
 */
// (在大邱期间，…, 访问韩国期间，…: a stop of the visit the lead tells; not “十四五”期间, a period of its own)
const GOES_ON = {
  zh: /^[^，。；]{0,6}?(?:会见后|会谈后|会见结束后|会谈结束后|会后|随后|其间|(?:访问|会见|会谈|会议|活动|大会|论坛|博览会|展会|峰会|洽谈会|交易会|赛事|比赛|展览|文化节|艺术节|旅游节|文化周|运动会)期间|会上|会见中|会谈中|仪式上|(?:开幕|闭幕|签约)式上|晚宴上|活动中)|^(?:在|访问)[^，。；]{1,10}?期间/,
  // ("At the opening ceremony", as 开幕式上; "In Daegu, …", "While in Daegu, …", as 在大邱期间: a stop of the visit)
  en: /^(?:(?:After|Following|During|At)\s+the\s+(?:(?:opening|closing|signing)\s+)?(?:meeting|talks|ceremony|event|visit|conference|forum|expo|fair|summit|festival|exhibition|games|week|tour|reception|banquet|dinner|luncheon|gala)|Afterwards|Later\s+that\s+day)\b|^(?:In|While\s+in|During\s+(?:its|their|the\s+delegation['’]s)\s+(?:stay|visit)\s+(?:in|to))\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Fall|Winter|Addition|Total|Recent|Particular|General)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},/,
};

/** what may stand before a date that opens a sentence: nothing, 当地时间; "On", "From", "In", "On the morning of" */
const DATE_OPENS = { zh: /^(?:当地时间|北京时间)?$/, en: /^(?:(?:On|From|In|At)\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?)?$/i };

/** a day that opens a paragraph, as a news story's lead dates what it tells: 6月12日，… / "On June 12, …" */
// (当地时间10月7日，"On October 7 local time,": the day where it happened)
const OPENING_DAY = {
  // (9月8日至10日，"From September 8 to 10,": a visit's days, the first of which the lead's events are dated by)
  zh: /^(?:当地时间|北京时间)?(?:[0-9０-９]{4}年)?[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日(?:(?:至|到|-|—|－|～)(?:[0-9０-９一二三四五六七八九十]{1,2}月)?[0-9０-９一二三四五六七八九十]{1,3}日)?(?:[（(][^）)]{1,4}[）)])?(?:上午|下午|晚上|晚)?[，,]/,
  en: /^(?:On|From)\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:\s+(?:to|-|–)\s+(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2})?(?:,\s*\d{4})?(?:\s+local\s+time)?,/,
};
/** a sentence about what happened before the story: its events are not the lead's day's */
/**
 * a period a noun is described by, inside the sentence (交往历程 of 自1987年结为友好省州以来的交往历程, "exchanges since
 * the two became sister states in 1987,"): what the sentence looks back on, not when its event happened (a since-clause
 * that opens the sentence, 自2019年以来，…, still says its events are earlier)
 */
const RECALLED_PERIOD = { zh: /自[^，。；]{1,30}?以来的/g, en: /(?<=[a-z]\s)since\s[^,;.]{1,60},/g };
const EARLIER = { zh: /此前|曾经|曾|以来|先后|早在/, en: /\b(?:previously|earlier|had|since|ago|once)\b/i };

/** a sentence that opens in the year of the one before it, which it leaves unsaid */
const SAME_YEAR = { zh: /^(?:同年|当年|同一年)/, en: /^(?:In\s+the\s+same\s+year|(?:That|The)\s+same\s+year|In\s+that\s+year|Later\s+that\s+year)\b/i };
/** a place ranked among another's ties with 是 or "is": 伯明翰市是贵阳市的第一个…, "Birmingham is Guiyang's first …" (not 这是, "This is", the rank of the tie just told) */
const STANDING_RANK = {
  // (天津与神户是中日第一对友好城市, "are the first pair of sister cities between China and Japan": a pair ranked among others' ties)
  zh: /(?<![这此也])是(?:[^，。；]{1,12}?的|[^，。；的]{0,6}?)(?:第[0-9一二三四五六七八九十百]+|首)(?:个|对|座)/,
  en: new RegExp(`(?<!\\b(?:[Tt]his|[Ii]t|[Tt]hat)\\s)\\b(?:is|are)\\s+(?:[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,2}['’]s|its|their|(?<=\\bare\\s+)the)\\s+(?:${ORDINAL_WORD_EN}|oldest|earliest)\\s`),
};

/**
 * The date of an event whose sentence states none: the last date of the sentence before, for a sentence
 * that goes on from it (GOES_ON); or the day the paragraph opens with, for the sentence right after the
 * lead ("6月12日，市长率代表团访问烟台。两市签署了…") that tells nothing earlier.
 */
export function dateGoneOnFrom(text: string, dates: DateCandidate[], sentence: { start: number; end: number }, lang: "zh" | "en"): DateCandidate | null {
  const all = sentences(text, lang);
  const before = all.filter((x) => x.end <= sentence.start).pop();
  if (!before) return null;
  // (同年，江西省还与…续签, "In the same year, …": the year the sentence before's is, not its day; and 伯明翰市是贵阳市的第一个
  // 国际友好城市, "Birmingham is Guiyang's first sister city": a tie that stands, made whenever it was made, not on the lead's day)
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (SAME_YEAR[lang].test(sentenceText) || STANDING_RANK[lang].test(sentenceText)) return null;
  // (论坛期间，共签署协议11份。其中，A与B签署…: a part of what the sentence before told happened when that did; not
  // within a stretch it counts over, 2018年以来新增友城30对。其中，…, nor by the day it counts up to, 截至…)
  if (PART_OF_BEFORE[lang].test(text.slice(sentence.start, sentence.start + 20))) {
    const told = dateOfSentence(text, dates, before, lang);
    return told ? (told.relation === "on" ? told : null) : dateGoneOnFrom(text, dates, before, lang);
  }
  // (柳州与辛辛那提于1988年结为友好城市。访问期间，双方签署了…: a sentence that recalls the tie's year is history, not
  // the visit's day, which the release's lead gives)
  if (GOES_ON[lang].test(text.slice(sentence.start, sentence.start + 40))) {
    const date = dateOfSentence(text, dates, before, lang);
    return date && recallsTie(text, date, before, lang) ? null : date;
  }
  if (before !== all[0] || EARLIER[lang].test(text.slice(sentence.start, sentence.end).replace(RECALLED_PERIOD[lang], ""))) return null;
  return openingDay(text, dates, lang);
}

/**
 * The date a sentence tells its event by: the one that opens it ("From September 8 to 10, a delegation
 * visited…, whose ties date from 1980"), failing that its last ("…met the mayor on June 5").
 */
export function dateOfSentence(text: string, dates: DateCandidate[], sentence: { start: number; end: number }, lang: "zh" | "en"): DateCandidate | null {
  const told = between(dates, sentence.start, sentence.end);
  return told.find((d) => DATE_OPENS[lang].test(text.slice(sentence.start, d.index))) ?? told.pop() ?? null;
}

/** a sentence that recalls when a tie was made: 昆明与清迈于1999年结为友好城市, "… established sister city relations in 1999" */
const RECALLS_TIE = {
  zh: /结为|结成|缔结|结好|建立[^，。；]{0,12}(?:友好|友城|姐妹)/,
  en: /\b(?:established|forged|became|have\s+been|has\s+been)\b[^.;]{0,40}\b(?:sister|friendly|twin|friendship)\b/i,
};

/** whether a sentence recalls when a tie was made, by a year or a month alone (a day dates what happened that day) */
const recallsTie = (text: string, date: DateCandidate, sentence: { start: number; end: number }, lang: "zh" | "en"): boolean =>
  date.expr.kind === "absolute" && date.expr.d === undefined && RECALLS_TIE[lang].test(text.slice(sentence.start, sentence.end));

/**
 * The date of the sentence that named the pair of "访问期间，两市签署…" before the trigger's own sentence, if that one
 * was earlier; but where that sentence recalls the tie by its year or month alone (2025年11月6日，市长会见…。昆明与清迈于
 * 1999年结为友好城市。双方签署了…), that is history: the signing is the lead's, dated by the day the paragraph opens with.
 */
export function pairNamedDate(text: string, dates: DateCandidate[], pair: { datedFrom: number } | null, sentence: { start: number }, lang: "zh" | "en"): DateCandidate | null {
  if (!pair || pair.datedFrom >= sentence.start) return null;
  const named = sentences(text, lang).find((x) => x.start === pair.datedFrom);
  // ("In Tampere, Hefei's sister city since 2023, the delegation met …": a span's start dates no meeting)
  const date = named ? dateOfSentence(text, dates.filter((d) => d.relation !== "since"), named, lang) : null;
  if (date && named && recallsTie(text, date, named, lang)) {
    const lead = openingDay(text, dates, lang);
    return lead && lead.index < named.start ? lead : null;
  }
  return date;
}

/** The day a paragraph opens with, as a news story's lead dates what it tells (6月12日，… / "On June 12, …"); null when it opens otherwise. */
export function openingDay(text: string, dates: DateCandidate[], lang: "zh" | "en"): DateCandidate | null {
  if (!OPENING_DAY[lang].test(text)) return null;
  const lead = sentences(text, lang)[0]!;
  return between(dates, lead.start, lead.end)[0] ?? null;
}

/**
 * The day a release's lead tells, which a later paragraph that goes on from it happened on: the day it opens
 * with, or in a wire's lead the day its sentence tells after the dateline ("GUANGZHOU, Oct. 11 -- … on
 * Thursday"); the filing date itself dates no event.
 */
export function leadDay(text: string, dates: DateCandidate[], lang: "zh" | "en"): DateCandidate | null {
  const wire = WIRE_OPENING[lang].exec(text);
  if (!wire) return openingDay(text, dates, lang) ?? (lang === "en" ? dayInLeadSentence(text, dates) : null);
  const told = sentences(text, lang).find((s) => s.end > wire[0].length);
  return (told && between(dates, wire[0].length, told.end)[0]) ?? null;
}
/**
 * "The 2025 … Marathon started in Lanzhou on June 8, with …": an English lead tells its day inside its first sentence
 * where a Chinese one opens with it (6月8日，…); the first date of that sentence that names a day
 */
function dayInLeadSentence(text: string, dates: DateCandidate[]): DateCandidate | null {
  const lead = sentences(text, "en")[0];
  return (lead && between(dates, lead.start, lead.end).find((d) => d.relation === "on" && namesDay(d.expr))) ?? null;
}
/** Where a wire story's dateline opening a paragraph ends (新华社潍坊7月15日电　…, "GUANGZHOU, Oct. 11 (Xinhua) -- "); 0 for none. */
export const wireDatelineEnd = (text: string, lang: "zh" | "en"): number => WIRE_OPENING[lang].exec(text)?.[0].length ?? 0;
/** a wire story's dateline opening its lead: "GUANGZHOU, Oct. 11 (Xinhua) -- ", 新华社扬州10月28日电　, 南宁，2026年10月15日—— */
const WIRE_OPENING = {
  zh: /^(?:新华社|中新社|中国新闻社)?[\p{Script=Han}]{0,8}[，,]?(?:[0-9０-９]{4}年)?[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日(?:电|——|—)\s*/u,
  // ("Qingdao, December 2 -- ": the place may be written in title case)
  en: /^[A-Z][A-Za-z .'’-]{2,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)]{1,20}\))?\s*(?:--|—|–)\s*/,
};

/**
 * Whether a paragraph's event at `at` is told in a sentence that goes on from an earlier paragraph (a
 * paragraph of its own: 会见后，双方签署了…; "During the visit, the two sides signed…"; or a later sentence,
 * after ones that state no day: 本次会议以…为主题…。会上，我市与…签署了…): it happened on the day the release's
 * lead tells, which pipeline/extract.ts lends it. (A day an earlier sentence states dates it first: dateGoneOnFrom.)
 */
export function goesOnFromEarlierParagraph(text: string, at: number, lang: "zh" | "en"): boolean {
  const all = sentences(text, lang);
  let i = all.findIndex((x) => at < x.end);
  // (论坛期间，…共签署协议11份。其中，A与B签署…: the sentence a part goes on from, if it states no date of its own)
  // (开幕式上，A与B签署…；C与D签署…: a clause after a semicolon goes on in the sentence before it)
  const afterSemicolon = (k: number): boolean => /[；;]\s*$/.test(text.slice(all[k - 1]!.start, all[k]!.start));
  while (i > 0 && (PART_OF_BEFORE[lang].test(text.slice(all[i]!.start, all[i]!.start + 20)) || afterSemicolon(i))) i--;
  const sentence = all[i];
  return !!sentence && GOES_ON[lang].test(text.slice(sentence.start, sentence.start + 40));
}
/**
 * 双方签署了…, "The two sides signed …": the paragraph's first sentence has the pair for its subject, the two the
 * paragraph before named; right after the lead, it goes on with the lead's meeting (not after a paragraph of the
 * tie's history, which the caller checks)
 */
export function opensWithThePair(text: string, at: number, lang: "zh" | "en"): boolean {
  const first = sentences(text, lang)[0];
  return !!first && at < first.end && PAIR_OPENS_PARAGRAPH[lang].test(text.slice(first.start, first.start + 30));
}
const PAIR_OPENS_PARAGRAPH = { zh: new RegExp(`^\\s*${PAIR_NAME.zh}`), en: new RegExp(`^\\s*${PAIR_NAME.en}\\b`) };

/**
 * 全年新结好友好交流城市4个, "Throughout the year, the city added …": a sentence told of the whole year a report covers,
 * which states no year of its own (the report's, from its title or the year its first paragraph opens with)
 */
export function toldOfWholeYear(text: string, at: number, lang: "zh" | "en"): boolean {
  const sentence = sentences(text, lang).find((x) => at < x.end);
  return !!sentence && WHOLE_YEAR[lang].test(text.slice(sentence.start, sentence.start + 40));
}
// (not 一年来 or "over the past year", the twelve months up to the release, which may span two calendar years)
// (nor 两年内, "within two years": 年内 alone is "within the year")
const WHOLE_YEAR = { zh: /^[^，。；]{0,8}?(?:全年|(?<![0-9０-９一二两三四五六七八九十几数多近])年内|本年度)/, en: /^(?:Throughout|During|Over|In|For)\s+the\s+(?:whole\s+|entire\s+|full\s+)?year\b/i };
/** a sentence that tells a part of what the one before it told: 其中，…; "Among them, …" */
const PART_OF_BEFORE = { zh: /^其中[，,]/, en: /^(?:Among\s+(?:them|these|those|which)|Of\s+(?:them|these|those))\s*,/ };

/**
 * The time a sentence opens with, set off by a comma (2015年，…; 当地时间6月5日，…; "In 2023, A signed…, and B
 * established…"), which dates each of its clauses: a later clause that states no date of its own is dated by it.
 */
export function sentenceOpeningDate(text: string, dates: DateCandidate[], sentenceStart: number, lang: "zh" | "en"): DateCandidate | null {
  const { before, after } = OPENING_TIME[lang];
  return dates.find((d) => d.index >= sentenceStart && before.test(text.slice(sentenceStart, d.index)) && after.test(text.slice(d.index + d.text.length))) ?? null;
}
/** what may stand before and after such a time */
const OPENING_TIME = { zh: { before: DATE_OPENS.zh, after: /^[，,]/ }, en: { before: /^(?:(?:in|on|at)\s+)?$/i, after: /^\s*,/ } };
