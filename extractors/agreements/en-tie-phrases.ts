/**
 * The English phrases of ties that the agreement triggers are built from (en.ts): a tie added, listed, held, owned,
 * gapped after a first one, dated by when it began or was made. Each names its case in its comment; en.ts joins them
 * into each rule's trigger.
 */
import { NUMBER_WORD, TIES_ADDED_EN } from "./trigger-rule";
import { NAME_WORD_EN } from "./organisations";
import { OWNED_TIE } from "../places/en-around";
import { LABELLED_GROUP_AHEAD_EN } from "./labelled-groups";
import { AND_GAP, GAPPED_OPENING, NAME_NEXT } from "./en-clauses";

// A look-behind that opens a branch of a trigger is tried, backwards, at every position of every sentence. The branches
// that open with one look ahead first for the word they stand before ("(?=with)"), which fails at once almost everywhere:
// the same matches, the two tie triggers three times faster on the bench's sentences.
/**
 * "established sister-city relations with A, and friendly exchange relations with B": a second tie whose verb
 * and subject are the first's, left out (the rule checks that a verb came before)
 */
export const GAPPED_TIE = (kind: string): string => `(?=${kind})${GAPPED_OPENING}${kind}\\s+(?:relationships?|relations|ties)(?=\\s+with\\s)`;
/** a gapped tie's clause, whatever its kind: no event's words run past it */
export const GAPPED_TIE_CLAUSE = `${AND_GAP}(?:[\\w-]+[ -]){1,3}?(?:relationships?|relations|ties)\\s+with\\s`;
/**
 * "added three international sister cities, namely A, B and C", "added three friendly cooperation cities: A, B
 * and C": ties a year added, named one by one (each its own event)
 */
// ("added 7 pairs of sister cities: A and B, C and D" is a list of pairs, each its own two parties, read only as pairs
// (trigger-rule.ts); but "added two pairs of international sister cities, namely A and B", as 新增国际友好城市2对，分别为A和B,
// names the pairs' partners)
// ("added one international sister city (Debrecen, Hungary)": the partner in brackets; "two new sister cities were
// established throughout the year, namely A and B", as 新缔结友好城市2个，即A和B; "added one friendly exchange city, Aveiro in
// Portugal", the partner after a comma, as 新增友好交流城市1个，即葡萄牙阿威罗市; "added six pairs of friendship cities, including A and
// B, and C and D", some of them named, as 新增国际友城6对，其中包括A与B、C与D; "added one pair of sister cities, with Medan,
// Indonesia", the partner after "with", as 新增友好城市1对，即与印度尼西亚棉兰市缔结…)
// ("added two sister cities and three friendly exchange cities, namely A and B (sister cities), and C, D and E (friendly
// exchange cities)": ties of two kinds added, named in groups labelled by kind, each kind's trigger reading its own group,
// labelled-groups.ts)
/** the kind's other name in brackets, right after it: "sister cities (provinces/states)", as 友好城市（省州） */
const KIND_IN_BRACKETS_EN = "(?:\\s+\\([^()]{1,30}\\))?";
export const TIES_OF_TWO_KINDS = (kind: string): string =>
  `(?=${kind})(?<=\\b${TIES_ADDED_EN}\\s+(?:[\\w-]+\\s+){0,4})${kind}(?=\\s+and\\s+(?:[\\w-]+\\s+){1,5}?cit(?:y|ies),?\\s+namely\\b)${LABELLED_GROUP_AHEAD_EN}|(?=${kind})(?<=\\b${TIES_ADDED_EN}\\s+(?:[\\w-]+\\s+){0,4}cit(?:y|ies)\\s+and\\s+(?:[\\w-]+\\s+){0,4})${kind},?\\s+namely\\b${LABELLED_GROUP_AHEAD_EN}`;
export const ADDED_TIES = (kind: string): string => `(?:${TIES_OF_TWO_KINDS(kind)}|(?=${kind})(?<=\\b${TIES_ADDED_EN}\\s+(?:[\\w-]+\\s+){0,4})${kind}${KIND_IN_BRACKETS_EN},?\\s+namely\\b|${kind}\\s+(?:were|have\\s+been)\\s+(?:newly\\s+)?(?:established|added|forged|formed)\\b[^.;,:()]{0,40}?(?:,\\s+namely\\b|:(?=\\s)|\\s\\((?=[A-Z]))|(?=${kind})(?<=\\b${TIES_ADDED_EN}\\s+(?:[\\w-]+\\s+){0,5})${kind}(?::(?=\\s)|(?=\\s+\\((?:with\\s+)?[A-Z])|,\\s+including(?=\\s+[A-Z])|,\\s+with(?=\\s+(?:the\\s+)?[A-Z])|,(?=\\s+(?:the\\s+)?[A-Z])))`;
/** "added Aveiro, Portugal, as a sister city", "added Aveiro, its first sister city in …": one partner added, by name (as 新增阿威罗市为友好城市) */
// ("added Osnabrück, Germany as a friendly exchange city": so a friendly tie's partner)
export const ADDED_AS_TIE = (kind: string): string => String.raw`\badded\s+(?!(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|more|new)\b)[^.;0-9]{2,60}?,?\s+(?:as\s+)?(?:its|a|an|their)\s+(?:(?:new|first|latest|newest|[a-z]+(?:st|nd|rd|th)|\d+(?:st|nd|rd|th))\s+)?(?:(?:international|foreign|overseas)\s+)?${kind}\b`;
/**
 * ", including Florence, Italy and Nagoya, Japan": a count's examples, each a partner (as 包括A、B等); not pairs counted
 * ("8 pairs of sister cities, including Zhuzhou and Tyler, …": each example a pair, read as one) nor an example that a
 * clause after it describes as another kind ("…, including Ghent of Belgium, which became a partner city")
 */
export const COUNT_EXAMPLES = String.raw`(?<!\bpairs?\s+of\b[^.;]{0,60}),\s+including(?![^.;]*?,\s+which\b)`;
/**
 * "Its sister cities include Sakai, Japan (1983); Busan, South Korea (1993)": the ties a place holds, listed with the year
 * of each in brackets (each its own event); or without years after "include" ("Qingdao's sister cities include Long Beach
 * and Nantes": the rule checks that a place opens the list)
 */
// ("friendly exchange cities added in recent years include …": what added them may stand between)
// ("Suzhou's sister cities are Venice, Grenoble and Portland": "are" lists them as "include" does, a place opening the list)
// (", including San Diego, US (1985), Miyako, Japan (1993) …": a count's examples, each dated in its bracket; without
// brackets, COUNT_EXAMPLES)
// ("13 international sister cities: San Diego, USA (1985); Miyako, Japan (1993); …": a colon, then items dated in brackets,
// as 国际友好城市13个：美国圣迭戈市（1985年）、…)
// ("Sister cities (in order of establishment):" then numbered lines, "1. Fukuoka, Japan (May 1979)": a heading's list, each
// line a partner dated in its bracket, as 国际友好城市（按结好时间排序）：1. 日本福冈市（1979年5月）)
export const LISTED_TIES = (kind: string): string => `\\b${kind}:(?=\\s+[A-Z][^.\\n]{1,60}?\\(\\s*(?:19|20)\\d{2}\\s*\\))|\\b${kind}(?:\\s+\\([^()\\n]{1,40}\\))?:(?=\\s*\\n\\s*(?:\\d{1,3}\\.\\s+)?[A-Z][^\\n]{1,60}?\\(\\s*(?:[A-Z][a-z]+\\s+)?(?:19|20)\\d{2}\\s*\\))|\\b${kind}(?:\\s+(?:added|established|formed)(?:\\s+(?:in|over|since|during|this|last|the|recent|past|years?|decades?|\\d{4})){0,4})?(?:(?:\\s+(?:include|includes|included|are|were)|,?\\s+including)\\b:?(?=[^.]{1,60}?\\(\\s*(?:19|20)\\d{2}\\s*\\))|(?:\\s+(?:include|includes|included|are|were)|${COUNT_EXAMPLES})\\b:?(?=\\s+[^.]{2,60}?(?:,|\\band\\b)))`;
/** the order a tie is ranked by: "first", "11th" (IS_TIE_OF, RANKED_IS_TIE) */
export const TIE_RANK = "(?:first|second|third|fourth|fifth|\\d+(?:st|nd|rd|th))";
/** "Auckland is a sister city of Guangzhou", "Sapporo is Shenyang's sister city", "Pécs is one of the city's sister cities": a place said to be another's */
// ("Wuhan has been a sister city of Bordeaux for 26 years": or said to have been since)
// ("Hamburg is Germany's largest port city and one of Ningbo's sister cities": a description joined before it by "and")
// ("Tianjin and Kobe are the first pair of sister cities between China and Japan": a pair ranked among the ties of two countries)
export const IS_TIE_OF = `\\b(?:is|are|(?:has|have)\\s+been)\\s+(?:(?:an?|the|${NAME_WORD_EN}['’]s)\\s+[^,.;]{0,60}?\\s+and\\s+(?:also\\s+)?(?=an?\\s|one\\s+of\\s))?(?:(?:an?|one\\s+of)\\s+)?(?:(?:the\\s+(?:city|province|county|district)|${NAME_WORD_EN}(?:\\s+${NAME_WORD_EN}){0,2})['’]s\\s+|its\\s+|their\\s+|the\\s+)?(?:(?:${TIE_RANK}|(?<=\\bare\\s+the\\s+)(?:earliest|oldest))\\s+)?(?:(?<=one\\s+of\\s+(?:\\S+\\s+){1,4})(?:\\d{1,3}|${NUMBER_WORD})\\s+)?(?:(?<=\\bare\\s+the\\s+(?:${TIE_RANK}|earliest|oldest)\\s+)pair\\s+of\\s+)?(?:(?:international|foreign|overseas)\\s+)?(?:sister|twin|friendship)[- ](?:cit(?:y|ies)|towns?|provinces?|states?)(?=\\s+of\\b|\\s*[,.;:)]|$|(?<=\\bare\\s+the\\s+(?:${TIE_RANK}|earliest|oldest)\\s+(?:pair\\s+of\\s+)?(?:sister|twin|friendship)[- ]cities)\\s+between\\b)`;
/**
 * ", the city's first sister city established in 1993", ", Qingdao's sister city since 1993" (", a sister city of Guilin
 * since 1982"): an apposition that
 * names the place before it as a partner of the possessor and dates the tie; "Rouen has been Ningbo's sister city
 * (since 1990)", "Rouen became its first sister city": a predicate that makes it one
 */
export const OWNED_TIE_OF_NAME = `(?<=,\\s+)(?:${OWNED_TIE}|an?\\s+(?:sister|twin|friendship)[- ](?:city|town|province|state)\\s+of\\s+(?:the\\s+)?${NAME_WORD_EN}(?:\\s+${NAME_WORD_EN}){0,2})\\s+(?:(?:first\\s+)?(?:established|forged|formed)\\s+in|since)\\s+(?=(?:19|20)\\d{2}\\b)|\\b(?:(?:has|have|had)\\s+been|became|becomes)\\s+${OWNED_TIE}`;
/** "now has 12 sister cities, the latest being Kagawa": the newest of the ties a place holds, named after its tally */
// (a lookahead first, so the look-behind is tried only where "latest", "newest" or "most recent" stands)
export const LATEST_OF_TIES = `(?=(?:the\\s+)?(?:latest|newest|most\\s+recent)\\b)(?<=\\b(?:sister|twin|friendship)[- ](?:cities|provinces|states)\\b[^.;]{0,30}?,\\s+(?:with\\s+)?)(?:the\\s+)?(?:latest|newest|most\\s+recent)(?:\\s+(?:one|addition))?\\s+being\\b`;
/** "sister province-state relations": a tie of two kinds of division, one named for each side */
export const PAIRED_DIVISION = "(?:[- ](?:states?|provinces?|prefectures?|regions?))?";
/** IS_TIE_OF with the tie ranked: "is Jiangsu's first sister state", "is Zhanjiang's 11th international sister city" */
export const RANKED_IS_TIE = new RegExp(`^(?:is|are)\\s.*\\b${TIE_RANK}\\s+(?:(?:international|foreign|overseas)\\s+)?(?:sister|twin|friendship)[- ]`, "i");
/**
 * "Hainan already has friendly ties with Tasmania, established in 2019": a tie the subject holds, dated by the participle
 * after its partner, as an anniversary's tie is (the same ties with no year after them tell no event)
 */
// ("has maintained sister-city ties with Kumamoto since 1985": held since a year, as "have been sister cities since")
export const HOLDS = "(?:has|have|had)(?:\\s+(?:had|maintained|enjoyed|kept))?";
// (not "have been twin cities", a state told by its own trigger and dated as any)
export const HELD_TIE_START = new RegExp(`^${HOLDS}\\s+(?!been\\b)`, "i");
// ("Zibo and Lahti have enjoyed a sister-city relationship since 2019": one relationship, with its article, and the
// pair before it, with no partner after)
export const HELD_TIE = (kind: string): string => `\\b${HOLDS}\\s+(?:an?\\s+)?(?:(?:long-standing|close|formal|official)\\s+)?${kind}\\s+(?:ties|relations|relationships?|partnerships?)(?=\\s+with${NAME_NEXT}[^.;,]{0,60}?(?:,\\s+(?:which\\s+(?:was|were)\\s+)?(?:first\\s+)?(?:established|forged|formed)\\s+in|\\s+since)\\s+(?:19|20)\\d{2}\\b|\\s+since\\s+(?:19|20)\\d{2}\\b)`;
/**
 * "the sister-province relationship between Guangxi and Battambang Province of Cambodia established in March 2023", as
 * 2023年3月广西与马德望省建立的友好省关系: a tie named with its pair and the time it was made, the verb a participle
 */
export const NAMES_ITS_PAIR = /\s(?:relationships?|relations|ties)\s+between\s[^.;]+\s(?:established|formed|forged)$/i;
/**
 * "Chengdu-Perth Sister-City Ties Turn 10", "their sister-city relationship marks its 30th anniversary": a tie that
 * reaches an age is a tie made before, as "N years of sister-city ties" is (its pair named right before it, not "Chengdu's
 * sister-city ties", all its ties at once; the age left out of the trigger, which a figure would make a tally)
 */
/** the verbs of a tie reaching an age, and what may stand before them: "will turn", "marks", "celebrated" (TIE_TURNING; event-dates.ts reads the age as 周年) */
export const TURNING_AN_AGE = "(?:(?:will|would|is\\s+set\\s+to)\\s+)?(?:turns?|turned|reach(?:es|ed)?|celebrates?|celebrated|marks?|marked)";
export const TIE_TURNING = `(?<=(?:[-–—][A-Z][\\w'’-]*|\\band\\s+(?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)?|\\btwo\\s+(?:cities|provinces|sides)['’]|\\btheir)\\s+)\\b(?:sister|twin|friendship)[- ](?:city|province|state)\\s+(?:ties|relations|relationship|partnership)(?=\\s+${TURNING_AN_AGE}\\s+(?:its\\s+|their\\s+|the\\s+)?(?:\\d{1,3}|${NUMBER_WORD})(?:st|nd|rd|th)?(?:\\s*[.;,:!]|\\s+(?:years?|anniversary|in|on|this|last|next)\\b|$))`;
export const TIE_BETWEEN_ESTABLISHED = `\\b(?:sister|twin|friendship)[- ](?:cit(?:y|ies)|provinces?|states?)(?:[- ](?:state|province|region))?\\s+(?:relationships?|relations|ties)\\s+between\\s+[^.;]{1,80}?\\s+(?:established|formed|forged)(?=\\s+(?:in|on)\\s)`;
// ("became partner cities", "have been partner cities", "partner-city relations": 友好合作城市, a friendly-cooperation tie;
// "have been friendly exchange cities since 2018", as 自2018年起结为友好交流城市)
// "a friendly cooperation agreement" is the tie's document, as 友好合作协议 is; "a friendly exchange agreement" (友好交流协议) stays an agreement
// "The two provinces established friendly relations in 2019", as 建立友好关系: the verb right before it (not "to deepen friendly relations")
// ("the 40th anniversary of their friendly relationship", as 缔结友好关系40周年: the tie whose anniversary it is)
/** "Lisbon became Zhuhai's friendly exchange city", "has been its friendly cooperation city": a place made another's, as OWNED_TIE_OF_NAME */
export const OWNED_FRIENDLY_TIE = `\\b(?:(?:has|have|had)\\s+been|became|becomes)\\s+(?:(?:the\\s+(?:city|province)|${NAME_WORD_EN}(?:\\s+${NAME_WORD_EN}){0,2})['’]s|its|their)\\s+(?:(?:first|newest|latest|\\d+(?:st|nd|rd|th))\\s+)?(?:(?:international|foreign)\\s+)?friendly(?:\\s+and)?\\s+(?:exchange|cooperation|cooperative)\\s+(?:city|province|partner)\\b`;
/**
 * "The friendship between the two cities dates back to 1986", "Ties with Kent date back to 1997", as 两市友好关系始于1986年:
 * friendly relations dated by the year they began. Bare ties or relations only at a clause's start or after a determiner
 * or a possessive ("Shandong's ties with Kent"), not after a word that makes them of another kind ("trade ties date back").
 */
export const FRIENDSHIP_DATES_BACK = `\\b(?:friendship|friendly\\s+(?:relations|relationships?|ties)|ties|relations)(?<!(?<![a-z'’])(?!the\\s|their\\s|its\\s|our\\s|friendly\\s)[a-z]+\\s(?:ties|relations|friendship))\\s+(?:(?:with|between)\\s+[^.;]{1,60}?\\s+)?(?:date|dates|dated|dating)\\s+back\\s+to\\b`;
/** "signed an agreement on friendly cooperation", 友好合作协议 as "a friendly cooperation agreement" is (the look-behind tried only after "friendly") */
export const AGREEMENT_ON_FRIENDLY_COOPERATION = `(?<=\\bagreements?\\s+on\\s+(?:establishing\\s+)?friend(?:ly|ship)(?:\\s+and)?\\s+)cooperation\\b(?!\\s+(?:and\\s+)?(?:cit|relat|partner|ties|agreement|exchange))`;
