/**
 * English date rules, one pattern each; the corpus beside this file (en.corpus.ts) holds what each
 * must read and what must give nothing.
 */
import type { DateExpr, DateRule } from "../types";
import { fiveYearPlanSpan, patternRule, yearSpan, type Build } from "./pattern-rule";
import { englishMonth as monthOf, isValidDate } from "../shared/calendar";
import { parseNumberWords } from "../shared/numerals-en";
import { YEAR_OPENS_EVENT_NAME_EN } from "../shared/year-in-name";

const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const DAY_NUMBER = "[0-3]?[0-9](?:st|nd|rd|th)?";
const DAY_WORDS = "thirty-first|thirtieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|nineteenth|eighteenth|seventeenth|sixteenth|fifteenth|fourteenth|thirteenth|twelfth|eleventh|tenth|ninth|eighth|seventh|sixth|fifth|fourth|third|second|first";
/** 15, 15th, or (after "the") fifteenth: "the 15th of February", "the first of March" */
const DAY = `(?:the\\s+)?(${DAY_NUMBER}|(?<=the\\s+)(?:${DAY_WORDS}))`;
/** a day in a range: "from 13th to the 15th of July" */
const RANGE_DAY = `(?:the\\s+)?(${DAY_NUMBER})`;
const YEAR = "((?:19|20)[0-9]{2})";
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

const weekdayOf = (s: string): number => WEEKDAYS.indexOf(s.toLowerCase()) + 1;
const dayOf = (s: string): number => (/^\d/.test(s) ? parseInt(s, 10) : (parseNumberWords(s)?.value ?? 0));

const rule = (id: string, pattern: string, build: Build, flags = "g"): DateRule => patternRule("en", id, pattern, build, flags);

const absolute = (y: number, mo?: number, d?: number): { expr: DateExpr } | null => (isValidDate(y, mo, d) ? { expr: { kind: "absolute", y, m: mo, d } } : null);

/** 2024-12-03, and as Chinese sites write it in either language, 2025/06/18 and 2025.6.18 (one separator throughout) */
export const isoDate = rule("date-en-iso", `\\b${YEAR}([-/.])([01]?[0-9])\\2([0-3]?[0-9])(?![0-9]|\\.[0-9])(?:[ T][0-2][0-9]:[0-5][0-9](?::[0-5][0-9])?)?\\b`, (m) => absolute(Number(m[1]), Number(m[3]), Number(m[4])));
export const monthDayYear = rule("date-en-month-day-year", `\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, (m) => absolute(Number(m[3]), monthOf(m[1]!), dayOf(m[2]!)), "gi");
export const dayMonthYear = rule("date-en-day-month-year", `\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, (m) => absolute(Number(m[3]), monthOf(m[2]!), dayOf(m[1]!)), "gi");
export const monthYear = rule("date-en-month-year", `\\b${MONTH},?\\s+(?:of\\s+)?${YEAR}\\b`, (m) => absolute(Number(m[2]), monthOf(m[1]!)), "gi");
export const monthDay = rule("date-en-month-day", `\\b${MONTH}\\s+${DAY}\\b(?![,]?\\s*(?:19|20)[0-9]{2})`, (m) => {
  const mo = monthOf(m[1]!);
  const d = dayOf(m[2]!);
  return isValidDate(2000, mo, d) ? { expr: { kind: "partial", m: mo, d } } : null;
}, "gi");
export const dayMonth = rule("date-en-day-month", `\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b(?![,]?\\s*(?:19|20)[0-9]{2})`, (m) => {
  const mo = monthOf(m[2]!);
  const d = dayOf(m[1]!);
  return isValidDate(2000, mo, d) ? { expr: { kind: "partial", m: mo, d } } : null;
}, "gi");
const REL: Record<string, number> = { last: -1, previous: -1, this: 0, next: 1, coming: 1 };
/** "June last year", "in June this year", "last June" */
export const monthRelativeYear = rule("date-en-month-relative-year", `\\b(?:${MONTH}(?:\\s+${DAY})?\\s+(last|this|next)\\s+year|(last|next|this)\\s+${MONTH})\\b`, (m) => {
  if (m[1]) return { expr: { kind: "relative-year", offset: REL[m[3]!.toLowerCase()]!, m: monthOf(m[1]), d: m[2] ? Number(m[2]) : undefined } };
  return { expr: { kind: "relative-year", offset: REL[m[4]!.toLowerCase()]!, m: monthOf(m[5]!) } };
}, "gi");
/** "in June of the same year", "on October 15 that year": a month of the year the date before it states; "in May the following year": of the year after it */
export const sameYearMonth = rule("date-en-same-year-month", `\\b${MONTH}(?:\\s+([0-9]{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(?:(the\\s+same|that\\s+same|that)|the\\s+following|the\\s+next)\\s+year\\b`, (m) => {
  const [mo, d] = [monthOf(m[1]!), m[2] ? Number(m[2]) : undefined];
  const later = m[3] ? {} : { yearsLater: 1 };
  return d === undefined || isValidDate(2000, mo, d) ? { expr: { kind: "partial", m: mo, d, sameYear: true, ...later } } : null;
}, "gi");
/** a month named alone after in/since/until/by/from: "in June"; or closing a range of months ("from January to March") */
// (or alone in brackets, after what it dates: "Baranya County of Hungary (March)", as 巴兰尼亚州（3月）)
export const monthAlone = rule("date-en-month", `(?<=\\b(?:(?:in|since|until|by|from|of|early|late|mid)\\s+|mid-|${MONTH.replace("(", "(?:")}\\s+(?:to|through|till|until)\\s+)|\\((?=${MONTH.replace("(", "(?:")}\\)))${MONTH}\\b(?!\\s+[0-9])`, (m) => ({ expr: { kind: "partial", m: monthOf(m[1]!) } }), "gi");
/** 2021-2025, (2025–2027): a span of years, the second after the first */
export const yearRange = rule("date-en-year-range", `(?<![\\w.,/-])${YEAR}\\s*[-–—]\\s*${YEAR}(?![\\w%/-])`, (m) => yearSpan(Number(m[1]), Number(m[2])), "gi");
/** a year: 2024 standing alone, not a count ("2024 students") nor part of a code */
// (a hyphen before a year joins it to a word, except in "mid-2024", the year's middle, cited as its year as "mid-October" is as its month;
// "the 2025 China International Friendship Cities Conference": a year between "the" and a capitalised name is part of the name,
// as is one before a capitalised name that ends in an event's word, see year-in-name.ts)
export const year = rule("date-en-year", `(?<![\\w.,/])(?<!(?<![Mm]id)-)(?!(?<=\\b[Tt]he\\s+)[0-9]{4}\\s+[A-Z])(?!${YEAR_OPENS_EVENT_NAME_EN})${YEAR}(?![\\w%/-]|\\.[0-9]|,[0-9]|\\s+(?:[a-z]+\\s+)?(?:people|students|delegates|companies|cities|countries|projects|yuan|dollars|tons|tonnes|units|members|visitors|jobs)\\b)`, (m) => absolute(Number(m[1])));
// not "the same period (of) last year", the period a figure is compared with, as 去年同期 is not; nor the year a
// figure is compared with ("up 1.7 percent over the previous year", "more than last year", "up 21 percent and 34 percent
// respectively from the previous year"), as 比上年 is not
export const relativeYear = rule("date-en-relative-year", `(?<!\\bsame\\s+period\\s+(?:of\\s+)?)(?<!\\b(?:over|than|compared\\s+(?:with|to)|(?:percent|%)\\s+(?:respectively\\s+)?(?:from|on))\\s+)\\b(?:(last|this|next|the previous|the following)\\s+year|(last|this|next)\\s+(?:spring|summer|autumn|fall|winter))\\b`, (m) => {
  // ("next spring", as 明年春季: the season's year)
  const word = (m[1] ?? m[2]!).toLowerCase();
  // ("the previous year", "the following year": the year before or after the one the text named last)
  const chained = /^the /.test(word);
  return { expr: { kind: "relative-year", offset: word.endsWith("previous") ? -1 : word.endsWith("following") ? 1 : REL[word]!, ...(chained ? { chained } : {}) } };
}, "gi");
const PARTS: Record<string, "H1" | "H2" | "start" | "end" | "Q1" | "Q2" | "Q3" | "Q4"> = { "first half": "H1", "second half": "H2", "beginning": "start", "start": "start", "early": "start", "end": "end", "late": "end", "first quarter": "Q1", "second quarter": "Q2", "third quarter": "Q3", "fourth quarter": "Q4" };
/**
 * whether "the end of the year" at a position is a year's end the release looks back on, as 截至年底:
 * "as of" it, or "by" it in a sentence that tells what had happened ("By the end of the year, the total had
 * reached 68"), not what will ("will be finished by the end of the year")
 */
function looksBackTo(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 7), at);
  if (/\bas\s+of\s+$/i.test(before)) return true;
  const sentence = text.slice(at, at + 300).split(/[.;!?](?:\s|$)/)[0]!;
  return /\bby\s+$/i.test(before) && /\b(?:had|was|were|stood|reached|totall?ed|numbered)\b/i.test(sentence) && !/\b(?:will|would|shall|expected|plans?|aims?)\b/i.test(sentence);
}

// "by the end of the year", as 到年底: a year the sentence does not name is the release's; "as of" it, as 截至年底,
// a year's end the release looks back on
export const partOfYear = rule("date-en-part-of-year", `\\b(?:the\\s+)?(first half|second half|beginning|start|end|first quarter|second quarter|third quarter|fourth quarter)\\s+of\\s+(?:${YEAR}|(last|this|next)\\s+year|(the)\\s+year\\b(?!\\s+(?:before|after|in|when|of|that)\\b|\\s+(?:19|20)[0-9]{2}))|\\b(early|late)\\s+(?:${YEAR}|(last|this|next)\\s+year)\\b|(?<=\\b(?:[Ii]n|[Dd]uring|[Ff]or)\\s+)the\\s+(first half|second half|first quarter|second quarter|third quarter|fourth quarter)\\b(?!\\s+of\\b)`, (m) => {
  const part = PARTS[(m[1] ?? m[5] ?? m[8]!).toLowerCase()]!;
  const y = m[2] ?? m[6];
  // ("In the first quarter, 86 enterprises were set up", as 一季度: the year the release speaks of)
  if (m[4] || m[8]) return { expr: { kind: "part-of-year", year: null, part, ...(looksBackTo(m.input, m.index) ? { asOf: true } : {}) } };
  // ("early next year", as 明年初)
  const year: DateExpr = y ? { kind: "absolute", y: Number(y) } : { kind: "relative-year", offset: REL[(m[3] ?? m[7]!).toLowerCase()]! };
  return { expr: { kind: "part-of-year", year, part } };
}, "gi");
/** "Q3 2024", "2024Q3", "the 4th quarter of 2018": a quarter of a stated year, in figures (as 2024年第三季度) */
export const quarterInFigures = rule("date-en-quarter-in-figures", `\\b(?:Q([1-4])\\s*(?:of\\s+)?${YEAR}|${YEAR}\\s*Q([1-4])|(?:the\\s+)?([1-4])(?:st|nd|rd|th)\\s+(?:quarter|qtr)\\s+(?:of\\s+)?${YEAR})\\b`, (m) => {
  const quarter = (m[1] ?? m[4] ?? m[5]!) as "1" | "2" | "3" | "4";
  return { expr: { kind: "part-of-year", year: { kind: "absolute", y: Number(m[2] ?? m[3] ?? m[6]) }, part: `Q${quarter}` } };
}, "gi");
const MONTH_COUNTS = "two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]";
/** "the first eight months of this year", "the first three quarters of 2024", "the first three quarters": January on, as 前8个月 */
// with no year ("in the first three quarters"), the year the release speaks of; not "the first two months of the programme"
export const firstMonths = rule("date-en-first-months", `\\b(?:the\\s+)?first\\s+(${MONTH_COUNTS})\\s+(months|quarters)(?:\\s+of\\s+(?:${YEAR}|(last|this|next)\\s+year)|(?!\\s+of\\b))`, (m) => {
  const count = /^\d/.test(m[1]!) ? Number(m[1]) : parseNumberWords(m[1]!)?.value;
  const n = count && count * (m[2]!.toLowerCase() === "quarters" ? 3 : 1);
  const year: DateExpr | null = m[3] ? { kind: "absolute", y: Number(m[3]) } : m[4] ? { kind: "relative-year", offset: REL[m[4].toLowerCase()]! } : null;
  return n && n <= 12 ? { expr: { kind: "first-months", year, n } } : null;
}, "gi");
const REL_DAY: Record<string, number> = { "the day before yesterday": -2, yesterday: -1, "last night": -1, today: 0, tonight: 0, this: 0, tomorrow: 1, "the day after tomorrow": 2 };
// ("this morning", "this afternoon", "tonight", "last night": a part of the day, as 今晨, 昨晚)
export const relativeDay = rule("date-en-relative-day", `\\b(the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight|last night|this(?=\\s+(?:morning|afternoon|evening)\\b))(?:\\s+(?:morning|afternoon|evening))?\\b`, (m) => (nowadays(m) ? null : { expr: { kind: "relative-day", offset: REL_DAY[m[1]!.toLowerCase().replace(/\\s+/g, " ")]! } }), "gi");
/** "on the same day", "that same day", "on that day": the day told before, as 同日 */
export const sameDay = rule("date-en-same-day", `\\b(?:on\\s+)?(?:the|that)\\s+(?:very\\s+)?same\\s+day\\b|\\bon\\s+that\\s+day\\b`, () => ({ expr: { kind: "same-day" } }), "gi");
/** "the next day", "the following day", "the day after": the day after the one told before it (lendSameDay counts it on) */
export const nextDay = rule("date-en-next-day", `\\b(?:on\\s+)?the\\s+(?:next|following)\\s+day\\b|\\bthe\\s+day\\s+after\\b(?!\\s+(?:tomorrow|the|that|its|his|her|their|[A-Z0-9]))`, () => ({ expr: { kind: "same-day", offset: 1 } }), "gi");
/**
 * "Today, some 50 companies operate in the city": "today" opening a sentence whose clause tells no past event
 * means "nowadays" (目前), not the day of the release ("Today, the two mayors signed…" is that day)
 */
function nowadays(m: RegExpExecArray): boolean {
  if (!/^today$/i.test(m[1]!) || !/(?:^|[.!?]\s+)$/.test(m.input.slice(Math.max(0, m.index - 3), m.index))) return false;
  const rest = m.input.slice(m.index + m[0].length);
  if (!/^,/.test(rest)) return false;
  return !PAST_VERB.test(rest.slice(0, rest.search(/[.;!?]|$/)));
}
const PAST_VERB = /\b(?:[a-z]{2,}ed|was|were|had|did|met|held|signed|made|took|gave|led|went|sent|saw|paid|won|came|began|became|set)\b/;
/** "on the 21st": a day of the month the text names alone, as 今（21）日 does */
// ("On the morning of the 3rd": a part of that day)
export const ordinalDay = rule("date-en-ordinal-day", `(?<=\\b[Oo]n\\s+(?:the\\s+(?:morning|afternoon|evening|night)\\s+of\\s+)?)the\\s+([1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)\\b(?!\\s+(?:of|anniversary|century|floor|session|meeting|round|edition|day|time|year)\\b|-)`, (m) => ({ expr: { kind: "day-of-month", d: Number(m[1]) } }));
/** "on the 14th of this month", "the 3rd of last month": a day of a month told from the release's own, as 本月14日 and 上月3日 */
export const ordinalDayOfRelativeMonth = rule("date-en-ordinal-day-relative-month", `\\bthe\\s+([1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)\\s+of\\s+(last|this|next|the\\s+previous|the\\s+coming)\\s+month\\b`, (m) => ({ expr: { kind: "relative-month", offset: REL[m[2]!.replace(/^the\s+/i, "").toLowerCase()]!, d: Number(m[1]) } }), "gi");
// ("on Wednesday this week", "Friday last week", "Wednesday of next week": the week after the weekday, as 本周三 and 上周五 say it before)
export const weekday = rule("date-en-weekday", `\\b(?:(last|next|this)\\s+)?${WEEKDAY}(?:\\s+(?<!(?:last|next|this)\\s+\\w+\\s+)(?:of\\s+)?(last|next|this)\\s+week)?\\b`, (m) => {
  const wd = weekdayOf(m[2]!);
  const week = (m[1] ?? m[3])?.toLowerCase();
  return { expr: week ? { kind: "relative-week", offset: week === "last" ? -1 : week === "next" ? 1 : 0, weekday: wd } : { kind: "weekday", weekday: wd } };
}, "gi");
export const relativeWeekMonth = rule("date-en-relative-week-month", `\\b(last|this|next|previous|coming)\\s+(week|month)\\b`, (m) => {
  const offset = REL[m[1]!.toLowerCase()]!;
  return { expr: m[2]!.toLowerCase() === "week" ? { kind: "relative-week", offset } : { kind: "relative-month", offset } };
}, "gi");
const SPAN_UNIT: Record<string, "day" | "week" | "month" | "year"> = { day: "day", days: "day", week: "week", weeks: "week", month: "month", months: "month", year: "year", years: "year" };
/** "ten years ago today", "on this day ten years ago": the release's day, that many years back */
export const yearsAgoToday = rule("date-en-years-ago-today", `\\b(?:(\\d{1,3}|[a-z]+(?:[- ][a-z]+)?)\\s+years?\\s+ago\\s+today|(?:on\\s+)?this\\s+(?:very\\s+)?day\\s+(\\d{1,3}|[a-z]+(?:[- ][a-z]+)?)\\s+years?\\s+ago)\\b`, (m) => {
  const raw = m[1] ?? m[2]!;
  const n = /^\d+$/.test(raw) ? Number(raw) : parseNumberWords(raw)?.value;
  return n ? { expr: { kind: "relative-year", offset: -n, onThisDay: true } } : null;
}, "gi");
// ("two years ago": the point that far back, as 两年前; not "more than 600 years ago", history no release dates)
// ("the first visit in six years", "the highest in ten years": a span looked back over, after a first or a superlative, is no time ahead)
export const span = rule("date-en-span", `\\b(?:(?<!\\b(?:first|only|highest|lowest|largest|biggest|best|worst|most|least|fastest|strongest)\\b[^.;!?]{0,60})in\\s+(\\d+|[a-z]+)\\s+(days?|weeks?|months?|years?)|(\\d{1,2}|(?!hundred|thousand|million|dozen)[a-z]+)\\s+(days?|weeks?|months?|years?)\\s+ago)\\b`, (m) => {
  const raw = m[1] ?? m[3]!;
  const n = /^\d+$/.test(raw) ? Number(raw) : parseNumberWords(raw)?.value;
  if (!n) return null;
  return { expr: m[1] ? { kind: "span", n, unit: SPAN_UNIT[m[2]!.toLowerCase()]!, sign: 1 } : { kind: "span", n, unit: SPAN_UNIT[m[4]!.toLowerCase()]!, sign: -1, ago: true } };
}, "gi");
/** a date for the start and the end of a range within one month */
function dayRange(first: string, last: string, monthName: string, y: string | undefined): { expr: DateExpr; relation: "between"; untilExpr: DateExpr } | null {
  const mo = monthOf(monthName);
  const [a, b] = [dayOf(first), dayOf(last)];
  if (!(a < b) || !isValidDate(y ? Number(y) : 2000, mo, b)) return null;
  const at = (d: number): DateExpr => (y ? { kind: "absolute", y: Number(y), m: mo, d } : { kind: "partial", m: mo, d });
  return { expr: at(a), relation: "between", untilExpr: at(b) };
}
/** "from 13 to 15 July", "13-15 July 2024", "the 13th to the 15th of July" */
// ("between 3 and 5 June 2024": a range's "and" after "between")
export const dayRangeMonth = rule("date-en-day-range-month", `\\b(?:from\\s+|between\\s+)?${RANGE_DAY}\\s*(?:to|-|–|—|until|till|through|(?<=\\bbetween\\s+\\S+\\s+)and\\b)\\s*${RANGE_DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?\\b`, (m) => dayRange(m[1]!, m[2]!, m[3]!, m[4]), "gi");
/** "July 13-15", "from July 13 to 15, 2024" */
export const monthDayRange = rule("date-en-month-day-range", `\\b(?:from\\s+)?${MONTH}\\s+${RANGE_DAY}\\s*(?:to|-|–|—|until|till|through)\\s*${RANGE_DAY}(?:,?\\s+${YEAR})?\\b`, (m) => dayRange(m[2]!, m[3]!, m[1]!, m[4]), "gi");
/**
 * "on October 20 and 21": two days running, a visit's two days, as 10月20日至21日 (not two days apart, which are a list);
 * after "between" any two, the first the earlier ("between November 3 and 7")
 */
export const monthTwoDays = rule("date-en-month-two-days", `\\b(between\\s+)?${MONTH}\\s+${RANGE_DAY}\\s+and\\s+${RANGE_DAY}(?:,?\\s+${YEAR})?\\b`, (m) => {
  const [first, last] = [dayOf(m[3]!), dayOf(m[4]!)];
  return last === first + 1 || (m[1] && last > first) ? dayRange(m[3]!, m[4]!, m[2]!, m[5]) : null;
}, "gi");
/** "Monday, Feb 18", "Monday 18 February 2013": the weekday names the date it falls on; the date decides */
// "Monday (Oct 27)": the bracket closes with the date (a bracket only the date is inside: the weekday's own)
export const weekdayThenDate = rule("date-en-weekday-then-date", `\\b${WEEKDAY}(?:,?\\s+|\\s*\\(\\s*)(?:${MONTH}\\s+${DAY}|${DAY}\\s+(?:of\\s+)?${MONTH})(?:,?\\s+${YEAR})?\\b(?:(?<=\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s*\\([^()]*)\\s*\\))?`, (m) => {
  const mo = monthOf((m[2] ?? m[5])!);
  const d = dayOf((m[3] ?? m[4])!);
  if (m[6]) return absolute(Number(m[6]), mo, d);
  return isValidDate(2000, mo, d) ? { expr: { kind: "partial", m: mo, d, weekday: weekdayOf(m[1]!) } } : null;
}, "gi");
// (28/11/2024: a first number no month can be is the day, as British and European sites write it; 05/06/2024 stays month first)
export const numericMdy = rule("date-en-m-d-y", `(?<![0-9/])([0-3]?[0-9])/([0-3]?[0-9])/((?:19|20)?[0-9]{2})(?![0-9/])`, (m) => {
  const y = m[3]!.length === 2 ? (Number(m[3]) > 50 ? 1900 : 2000) + Number(m[3]) : Number(m[3]);
  const [first, second] = [Number(m[1]), Number(m[2])];
  return first > 12 ? absolute(y, second, first) : absolute(y, first, second);
});

/** The rules in priority order (longer matches win first; this order breaks ties). */
/** "during the 14th Five-Year Plan period": its five years, as 十四五期间 (the plan's name alone names a document; years in brackets after it are read themselves) */
// ("Since the start of the 14th Five-Year Plan period": the start, which "since" before it makes the time from which, as 十四五以来)
export const fiveYearPlan = rule("date-en-five-year-plan", `\\b(?:the\\s+(?:start|beginning)\\s+of\\s+)?(?:the\\s+)?([0-9]{1,2})(?:st|nd|rd|th)\\s+Five-Year\\s+Plan\\s+period\\b(?!\\s*\\(\\s*(?:19|20)[0-9]{2})`, (m) => fiveYearPlanSpan(Number(m[1])));

export const EN_DATE_RULES: readonly DateRule[] = [
  fiveYearPlan,
  yearsAgoToday,
  dayRangeMonth,
  monthDayRange,
  monthTwoDays,
  weekdayThenDate,
  isoDate,
  monthDayYear,
  dayMonthYear,
  quarterInFigures,
  partOfYear,
  firstMonths,
  yearRange,
  monthRelativeYear,
  sameYearMonth,
  monthYear,
  monthDay,
  dayMonth,
  numericMdy,
  relativeYear,
  ordinalDayOfRelativeMonth,
  relativeWeekMonth,
  relativeDay,
  sameDay,
  nextDay,
  ordinalDay,
  weekday,
  span,
  monthAlone,
  year,
];
