/**
 * Chinese date rules. Each rule is a named object with one pattern; the corpus beside this file
 * (zh.corpus.ts) holds what each must read and what must give nothing. Rules read the cleaned,
 * simplified text; numerals may be Arabic or Chinese (二〇二四年, 十月).
 */
import type { DateExpr, DateRule } from "../types";
import { fiveYearPlanSpan, patternRule, yearSpan, type Build } from "./pattern-rule";
import { parseZhNumber } from "../shared/numerals-zh";
import { isValidDate } from "../shared/calendar";

const N = "[0-9０-９〇零一二两三四五六七八九十廿卅]{1,4}";
const YEAR = "(?:[12１２][0-9０-９]{3}|[一二][〇零一二三四五六七八九]{3})";
const DAY_MARK = "[日号]";
const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const WEEK_WORD = "(?:周|星期|礼拜)";

/** 12月下旬, 11月初, 本月底: a part of a month, cited with it (the date keeps the month's precision) */
// (中下旬, 上中旬: two thirds of the month)
const MONTH_PART = "(?:上旬|中旬|下旬|上中旬|中下旬|初(?![步期次心衷始])|底|末)?";

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : parseZhNumber(s) ?? undefined);

/** A rule from one pattern (see pattern-rule.ts). */
const rule = (id: string, pattern: string, build: Build): DateRule => patternRule("zh", id, pattern, build);

const absolute = (y?: number, mo?: number, d?: number): { expr: DateExpr } | null =>
  y !== undefined && isValidDate(y, mo, d) ? { expr: { kind: "absolute", y, m: mo, d } } : null;

// (a day in figures may lose its 日 to damage; one in words needs it: 2019年11月两市签署, the two cities, no day)
export const yearMonthDay = rule("date-zh-year-month-day", `(${YEAR})年(${N})月(${N})${DAY_MARK}?`, (m) => (/^[0-9０-９]+$/.test(m[3]!) || /[日号]$/.test(m[0]) ? absolute(num(m[1]), num(m[2]), num(m[3])) : null));
export const yearMonth = rule("date-zh-year-month", `(${YEAR})年(${N})月(?:份)?(?![0-9０-９〇零一二两三四五六七八九十]*[日号])${MONTH_PART}`, (m) => absolute(num(m[1]), num(m[2])));
/** 2021—2025年, 2021-2025年: a span of years written once with its 年 (2021年至2025年 is two dates and a 至) */
// (or in brackets without it, as a plan's or memorandum's title dates its term: 《…合作备忘录（2025-2030）》)
export const yearRange = rule("date-zh-year-range", `(?<![0-9])(${YEAR})\\s*(?:-|－|—|–|~|～)\\s*(${YEAR})(?:年|(?<=[（(]\\s*[0-9０-９]{4}\\s*(?:-|－|—|–|~|～)\\s*[0-9０-９]{4})(?=\\s*[）)]))`, (m) => yearSpan(num(m[1])!, num(m[2])!));
/**
 * 2025年烟台国际友城青少年交流营开营, 2024年中国—东盟博览会: a year opening an event's name (a run of name words,
 * no verb, up to the event's word, then the name's end), not a date the release reports
 */
// (not 2014年首届论坛举办: an edition's number makes the year the time of that edition; the Games' names need no end:
// 1998年长野冬奥会高山滑雪比赛举办地; a closing quote ends the name as a mark does: “2025年成都国际友城交流周”在成都举行)
const EVENT_NAME_AFTER_YEAR = /^年(?:(?!与|和|在|共|举|办|开展|签|将|于|已|为|对|向|从|到|达|新增|组织|参加|出席|接待|访问|有|是|的|首届|第)[\p{Script=Han}—–·“”"]){2,24}?(?:(?:交流营|夏令营|冬令营|论坛|博览会|交易会|洽谈会|推介会|文化节|艺术节|旅游节|电影节|音乐节|美食节|大会|峰会|年会|研讨会|运动会|马拉松|文化周|活动周|交流周)(?=[，。；、：:\s”"」』》]|的|开|在|于|将|暨|正式|隆重|圆满|顺利|启动|落幕|闭幕|$)|奥运会|冬奥会|残奥会|亚运会|大运会|全运会|世博会|园博会|世园会)/u;
/**
 * 2024年; not 1980年代 (a decade), 2024年度 (a fiscal year's name), 2750年历史 and 1200年之久 (an age), nor a year
 * opening a document's title (《2025年合作计划》), part of its name as in "the 2025 Cooperation Plan"
 */
export const year = rule("date-zh-year", `(?<![0-9《])(${YEAR})年(?![代度0-9]|的?历史|之久)`, (m) => (EVENT_NAME_AFTER_YEAR.test(m.input!.slice(m.index! + m[1]!.length)) ? null : absolute(num(m[1]))));
export const isoDate = rule("date-zh-iso", `(?<![0-9])([12][0-9]{3})[-/.年]([01]?[0-9])[-/.月]([0-3]?[0-9])(?![0-9])`, (m) => absolute(Number(m[1]), Number(m[2]), Number(m[3])));
/** 日本长冈京市（1983.5）: a year and month in figures, in brackets beside the name it dates (out of brackets, 2023.5 is a decimal) */
export const bracketYearMonth = rule("date-zh-bracket-year-month", `(?<=[（(]\\s*)((?:19|20)[0-9]{2})[./]([01]?[0-9])(?=\\s*[）)])`, (m) => (Number(m[2]) >= 1 && Number(m[2]) <= 12 ? absolute(Number(m[1]), Number(m[2])) : null));
export const monthDayYearSlash = rule("date-zh-m-d-y", `(?<![0-9/])([01]?[0-9])/([0-3]?[0-9])/([0-9]{4}|[0-9]{2})(?![0-9/])`, (m) => {
  const y = m[3]!.length === 2 ? (Number(m[3]) > 50 ? 1900 : 2000) + Number(m[3]) : Number(m[3]);
  return absolute(y, Number(m[1]), Number(m[2]));
});
/** 2025年4月14日至16日, 4月28日至5月2日: days from one to another, in one month or across two */
export const dayRange = rule("date-zh-day-range", `(?<![年0-9〇零一二两三四五六七八九十])(?:(${YEAR})年)?(${N})月(${N})[日号]?\\s*(?:至|到|—|–|-|~|～)\\s*(?:(${N})月)?(${N})${DAY_MARK}`, (m) => {
  const y = num(m[1]);
  const [mo, d, d2] = [num(m[2]), num(m[3]), num(m[5])];
  const mo2 = m[4] ? num(m[4]) : mo;
  if (!mo || !d || !mo2 || !d2 || !isValidDate(y ?? 2000, mo, d) || !isValidDate(y ?? 2000, mo2, d2) || mo2 * 32 + d2 <= mo * 32 + d) return null;
  const at = (month: number, day: number): DateExpr => (y !== undefined ? { kind: "absolute", y, m: month, d: day } : { kind: "partial", m: month, d: day });
  return { expr: at(mo, d), relation: "between", untilExpr: at(mo2, d2) };
});
export const monthDay = rule("date-zh-month-day", `(?<![年0-9〇零一二两三四五六七八九十])(${N})月(${N})${DAY_MARK}`, (m) => {
  const mo = num(m[1]);
  const d = num(m[2]);
  return mo && d && isValidDate(2000, mo, d) ? { expr: { kind: "partial", m: mo, d } } : null;
});
/** 同年6月, 当年10月15日: a month of the year the date before it states; 次年5月, 翌年: of the year after it */
export const sameYearMonth = rule("date-zh-same-year-month", `(?:(同年|当年|是年|该年)|次年|翌年|第二年)(${N})月(?:(${N})${DAY_MARK})?`, (m) => {
  const [mo, d] = [num(m[2]), num(m[3])];
  const later = m[1] ? {} : { yearsLater: 1 };
  return mo && mo <= 12 && (d === undefined || isValidDate(2000, mo, d)) ? { expr: { kind: "partial", m: mo, d, sameYear: true, ...later } } : null;
});
export const month = rule("date-zh-month", `(?<![年个0-9〇零一二两三四五六七八九十])(${N})月(?:份)?(?![0-9０-９〇零一二两三四五六七八九十]*[日号])${MONTH_PART}`, (m) => {
  const mo = num(m[1]);
  return mo && mo <= 12 ? { expr: { kind: "partial", m: mo } } : null;
});

const REL_YEAR: Record<string, number> = { 前年: -2, 去年: -1, 上年: -1, 今年: 0, 本年: 0, 这一年: 0, 明年: 1, 下年: 1, 后年: 2 };
// 去年同期, 上年同期: the period a figure is compared with ("up 5% on the same period last year"), not a date it reports;
// nor is the year after 比 or 较 (比上年增长1.7%, "up 1.7 percent over the previous year")
/** 次年, 上一年: the year after or before the one the paragraph named last (a month after it is the same-year rule's: 次年5月) */
export const chainedYear = rule("date-zh-chained-year", `(次年|翌年|第二年|上一年|前一年)(?![0-9０-９〇零一二三四五六七八九十]+月)`, (m) => ({ expr: { kind: "relative-year", offset: /^[上前]/.test(m[1]!) ? -1 : 1, chained: true } }));
export const relativeYear = rule("date-zh-relative-year", `(?<![比较])(前年|去年|上年|今年|本年|这一年|明年|下年|后年)(?:(${N})月(?:(${N})${DAY_MARK})?|(?!同期))`, (m) => {
  const mo = num(m[2]);
  const d = num(m[3]);
  if (mo !== undefined && !isValidDate(2000, mo, d)) return null;
  return { expr: { kind: "relative-year", offset: REL_YEAR[m[1]!]!, m: mo, d } };
});

const PARTS: Record<string, "H1" | "H2" | "start" | "end"> = { 上半年: "H1", 下半年: "H2", 年初: "start", 年底: "end", 年末: "end" };
// 2023年底 and 2023年年底, 去年底 and 去年下半年: in the short forms the year and the part share one 年
// (目前年底 and 说明年底 are 目前 and 说明 before 年底)
export const partOfYear = rule("date-zh-part-of-year", `(?:(${YEAR})(?:年(?=年|上半年|下半年))?|((?<![目之以提当先此事空])前|去|今|(?<![说表声证阐查透光文聪发标注申指简鲜分英精开])明)(?:年(?=年|上半年|下半年))?)?(上半年|下半年|年初|年底|年末)`, (m) => {
  const y = num(m[1]);
  const year: DateExpr | null = y !== undefined ? { kind: "absolute", y } : m[2] ? { kind: "relative-year", offset: REL_YEAR[`${m[2]}年`]! } : null;
  // 截至年底: a state as of the year's end, which the release reports
  const asOf = !year && /(?:截至|截止)$/.test(m.input.slice(Math.max(0, m.index - 2), m.index));
  return { expr: { kind: "part-of-year", year, part: PARTS[m[3]!]!, ...(asOf ? { asOf } : {}) } };
});
export const quarter = rule("date-zh-quarter", `(?:(${YEAR})年|(去年|今年|明年))?(?:第)?([一二三四1-4])季度`, (m) => {
  const y = num(m[1]);
  const year: DateExpr | null = y !== undefined ? { kind: "absolute", y } : m[2] ? { kind: "relative-year", offset: REL_YEAR[m[2]]! } : null;
  return { expr: { kind: "part-of-year", year, part: `Q${num(m[3])}` as "Q1" } };
});

/**
 * 今年前8个月, 2025年前三季度, 1-8月: the first months of a year, counted from January (a release's figures
 * to date). 前两个月 with no year is the two months before (date-zh-span), as Duckling reads it; a release
 * published the month after says the same either way. 前N季度 counts quarters, with or without a year: quarters
 * before now would be 上N个季度, so 前三季度 alone is this year's first three.
 */
export const firstMonths = rule("date-zh-first-months", `(?:(?:(${YEAR})年|(去年|今年|明年|上年|本年))(?:前(${N})(?:个)?(月|季度))|(?<![0-9０-９])前(${N})(?:个)?季度)|(?:(?:(${YEAR})年|(去年|今年|明年|上年|本年))?(?<![0-9０-９])[1１](?:-|－|—|–|~|～|至|到)(${N})月(?![0-9０-９〇零一二两三四五六七八九十]*[日号]))`, (m) => {
  const y = num(m[1] ?? m[6]);
  const relative = m[2] ?? m[7];
  const year: DateExpr | null = y !== undefined ? { kind: "absolute", y } : relative ? { kind: "relative-year", offset: REL_YEAR[relative]! } : null;
  const n = m[3] !== undefined ? num(m[3])! * (m[4] === "季度" ? 3 : 1) : m[5] !== undefined ? num(m[5])! * 3 : num(m[8]);
  return n && n >= 2 && n <= 12 ? { expr: { kind: "first-months", year, n } } : null;
});

/**
 * 23日签署, 记者15日获悉: a day of the month alone, as news writes the days near its date. Not a span of
 * days (为期3日, 连续5日, 近30日), an order (第3日), a daily (日报), a dateline (23日电), yen (日元), 日本 or
 * a name that holds 日月 (知事三日月大造: a day never stands before a month);
 * nor a day whose month was lost to damage (6链�10日: a digit or a lost character just before it)
 */
export const dayOfMonth = rule("date-zh-day-of-month", `(?<![0-9０-９〇零一二两三四五六七八九十月第期时续每近数几个余多半前后上下至到?？\uFFFD])(?<![0-9０-９][^，。；、\s]{1,2})([1-9１-９]|[12１２][0-9０-９]|3[01]|３[０１]|[一二三四五六七八九]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|三十一?)日(?![本报电讯常记元益趋前后内来以之间游期均夜月])`, (m) => {
  const d = num(m[1]);
  return d && d <= 31 ? { expr: { kind: "day-of-month", d } } : null;
});

const REL_DAY: Record<string, number> = { 大前天: -3, 前天: -2, 前日: -2, 昨天: -1, 昨日: -1, 寻日: -1, 昨晚: -1, 昨夜: -1, 今天: 0, 今日: 0, 今晨: 0, 今早: 0, 今晚: 0, 明天: 1, 明日: 1, 听日: 1, 后天: 2, 后日: 2, 大后天: 3, 大后日: 3 };
// not inside 此前日本, 随后日本, 至今天津, 昆明日报: the words 日本, 天津 and 日报 hold the day word's last character
/** 今（21）日, 昨（20）日: today or yesterday with its day of the month in brackets, as Taiwan's releases write them */
export const bracketedDay = rule("date-zh-bracketed-day", `[今昨明]\\s*[（(]\\s*([0-9０-９]{1,2})\\s*[）)]\\s*日`, (m) => {
  const d = num(m[1]);
  return d && d >= 1 && d <= 31 ? { expr: { kind: "day-of-month", d } } : null;
});
// (今晨, 今早, 昨晚: a part of the day; not 今晚报, a newspaper's name)
export const relativeDay = rule("date-zh-relative-day", `(?<![此随之以最然其])(大前天|前天|前日|昨天|昨日|寻日|昨晚|昨夜|今天|今日|今晨|今早|今晚|明天|明日|听日|大后天|大后日|后天|后日)(?![本津]|(?<=日)(?:报|内瓦)|(?<=晚)报)`, (m) => ({ expr: { kind: "relative-day", offset: REL_DAY[m[1]!]! } }));

/** 同日, 当天, 当日, 同一天: the day told before (not 当天往返, a day trip; 当日汇率, the day's rate; 每当) */
export const sameDay = rule("date-zh-same-day", `(?<![每相])(同日|同一天|当天|当日)(?!往返|来回|内|汇率|有效)`, () => ({ expr: { kind: "same-day" } }));
/** 次日, 翌日: the day after the one told before it (lendSameDay counts it on) */
export const nextDay = rule("date-zh-next-day", `(?<![每])(次日|翌日)(?!起|内|往返|凌晨)`, () => ({ expr: { kind: "same-day", offset: 1 } }));

const WEEK_OFFSET: Record<string, number> = { 上: -1, 下: 1, 这: 0, 本: 0, 今个: 0, 今: 0 };
/** 本 as "this", not the end of a word or a name (岸本周平, 松本周一: 本周 there is no week): a word of the clause may come before it */
const THIS = "(?<!(?![于在从自至到将已的及和与就也都还并是为截])[\u4e00-\u9fff])本";
export const weekday = rule("date-zh-weekday", `(上|下|这|${THIS}|今个|今)?(?:个)?${WEEK_WORD}([一二三四五六日天])`, (m) => {
  const wd = WEEKDAY[m[2]!]!;
  return { expr: m[1] ? { kind: "relative-week", offset: WEEK_OFFSET[m[1]]!, weekday: wd } : { kind: "weekday", weekday: wd } };
});
export const week = rule("date-zh-week", `(上|下|这|${THIS}|今个)(?:一)?(?:个)?${WEEK_WORD}(?![一二三四五六日天])`, (m) => ({ expr: { kind: "relative-week", offset: WEEK_OFFSET[m[1]!]! } }));

const MONTH_OFFSET: Record<string, number> = { 上: -1, 下: 1, 这: 0, 本: 0, 今个: 0 };
export const relativeMonth = rule("date-zh-relative-month", `(上|下|这|本|今个)(?:个)?月(?:(${N})${DAY_MARK}|${MONTH_PART})`, (m) => {
  const d = num(m[2]);
  if (d !== undefined && (d < 1 || d > 31)) return null;
  return { expr: { kind: "relative-month", offset: MONTH_OFFSET[m[1]!]!, d } };
});

const SPAN_UNIT: Record<string, "day" | "week" | "month" | "year"> = { 天: "day", 日: "day", 周: "week", 星期: "week", 礼拜: "week", 月: "month", 年: "year" };
/** 十年前的今天, "this day ten years ago": the release's day, that many years back (before the span rule reads 十年前) */
export const yearsAgoToday = rule("date-zh-years-ago-today", `([两二三四五六七八九十]{1,3}|[0-9]{1,3})年前的(?:今天|今日|这一天)`, (m) => {
  const n = num(m[1]);
  return n ? { expr: { kind: "relative-year", offset: -n, onThisDay: true } } : null;
});
// (今后三年, 此后三年, "the next three years": a stretch of time from now, no date)
export const spanBefore = rule("date-zh-span", `(上|下|(?<![今此随之最其以然])[前后])([两二三四五六七八九十]|[0-9]{1,2})(?:个)?(天|日|周|星期|礼拜|月|年)`, (m) => {
  const n = num(m[2]);
  return n ? { expr: { kind: "span", n, unit: SPAN_UNIT[m[3]!]!, sign: m[1] === "上" || m[1] === "前" ? -1 : 1 } } : null;
});
export const spanAfter = rule("date-zh-span-after", `([两二三四五六七八九十]|[0-9]{1,2})(?:个)?(天|日|周|星期|礼拜|月|年)(?:之)?(前|后)`, (m) => {
  const n = num(m[1]);
  // (三年前: the point that far back; 三年后 stays the stretch after the release's day)
  return n ? { expr: m[3] === "前" ? { kind: "span", n, unit: SPAN_UNIT[m[2]!]!, sign: -1, ago: true } : { kind: "span", n, unit: SPAN_UNIT[m[2]!]!, sign: 1 } } : null;
});
export const nthWeekday = rule("date-zh-nth-weekday", `(${N})月(?:的)?第([一二三四五1-5])个${WEEK_WORD}([一二三四五六日天])`, (m) => {
  const mo = num(m[1]);
  const n = num(m[2]);
  return mo && n ? { expr: { kind: "nth-weekday", m: mo, n, weekday: WEEKDAY[m[3]!]! } } : null;
});
/** 周日，二月十号: a weekday named beside the date it falls on; the date decides */
export const weekdayThenDate = rule("date-zh-weekday-then-date", `${WEEK_WORD}([一二三四五六日天])[,，、\\s]*(${N})月(${N})${DAY_MARK}`, (m) => {
  const mo = num(m[2]);
  const d = num(m[3]);
  return mo && d && isValidDate(2000, mo, d) ? { expr: { kind: "partial", m: mo, d, weekday: WEEKDAY[m[1]!]! } } : null;
});
/** 5月14日（星期三）, 2025年5月14日 星期三: a date and, after it, the weekday it falls on, cited as one; the date decides */
export const dateThenWeekday = rule("date-zh-date-then-weekday", `(?:(${YEAR})年)?(${N})月(${N})${DAY_MARK}\\s*(?:[（(]\\s*${WEEK_WORD}([一二三四五六日天])\\s*[）)]|${WEEK_WORD}([一二三四五六日天]))`, (m) => {
  const [y, mo, d] = [num(m[1]), num(m[2]), num(m[3])];
  if (y !== undefined) return absolute(y, mo, d);
  return mo && d && isValidDate(2000, mo, d) ? { expr: { kind: "partial", m: mo, d, weekday: WEEKDAY[(m[4] ?? m[5])!]! } } : null;
});
/** National Day: in mainland usage 1 October (Taiwan's 10 October is 双十节) */
// not inside 韩国庆尚北道 or 韩国庆州 (Korea, then a name)
export const nationalDay = rule("date-zh-national-day", `(?<!韩)国庆(?![尚州熙])(?:节)?`, () => ({ expr: { kind: "partial", m: 10, d: 1 } }));

/** The rules in priority order: where two matches overlap, the longer wins, then the earlier rule. */
/**
 * “十四五”期间, 十三五时期: the five years of a national five-year plan (fiveYearPlanSpan). The plan's name
 * alone (十四五规划) names a document, no time; years in brackets after the period (时期（2021—2025年）) are
 * read themselves.
 */
// (“十四五”以来: since the plan's first year, the relation findDates reads from 以来)
export const fiveYearPlan = rule("date-zh-five-year-plan", `[“"]?(十[一二三四五六七八九]?|[三四五六七八九])五[”"]?(?:规划)?(?=(?:期间|时期)(?![（(]\\s*[12][0-9]{3})|以来)`, (m) => fiveYearPlanSpan(parseZhNumber(m[1]!) ?? 0));

export const ZH_DATE_RULES: readonly DateRule[] = [
  fiveYearPlan,
  yearsAgoToday,
  bracketedDay,
  weekdayThenDate,
  dateThenWeekday,
  nthWeekday,
  yearMonthDay,
  isoDate,
  bracketYearMonth,
  monthDayYearSlash,
  partOfYear,
  dayRange,
  firstMonths,
  yearRange,
  quarter,
  yearMonth,
  year,
  relativeYear,
  chainedYear,
  sameYearMonth,
  monthDay,
  relativeMonth,
  weekday,
  week,
  spanBefore,
  spanAfter,
  relativeDay,
  sameDay,
  nextDay,
  month,
  dayOfMonth,
  nationalDay,
];
