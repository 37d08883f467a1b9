/**
 * Turns the matches of the date rules into the dates a paragraph states: overlaps resolved (longer
 * match first, then rule order), and ranges read from the words around them: 2018年以来 / since 2018
 * (since), 截至2025年 / until 2025 (until), 2018年至2020年 / from 2018 to 2020 (between).
 */
import type { DateCandidate, DateExpr, DateRule, Lang, ParagraphContext } from "../types";

interface RelationWords {
  /** right after a date: it opens a range to now */
  sinceAfter: RegExp;
  /** right before a date */
  sinceBefore: RegExp;
  untilBefore: RegExp;
  /** right after a date: 2027年底前, by then */
  untilAfter: RegExp;
  /** between two dates */
  between: RegExp;
  /** before the first of two dates joined by `between` (English "from", "between") */
  betweenOpener: RegExp;
}

/** the part of a month or year a range's end may name: "early", "late", "mid-", "the end of" (6月底, 7月初) */
const PART_OF_PERIOD_EN = String.raw`(?:(?:early|late|the\s+(?:beginning|start|middle|end)\s+of)\s+|mid-?\s*)?`;

const WORDS: Record<Lang, RelationWords> = {
  zh: {
    // (not 2014年开始交往, "began exchanges in 2014": 开始 before its verb dates the beginning, as 自2010年正式缔结 does)
    sinceAfter: /^(?:以来|至今|起|开始(?=至今|以来|[^\p{Script=Han}]|$)|以后)/u,
    sinceBefore: /(?!)/,
    // (not the 到 of a change, 从2015年的1.2亿美元增长到2024年的5.6亿美元: the figure of that year, not a time up to it)
    untilBefore: /(?:截至|截止|截止到|直到|(?<!增长|增加|提高|提升|上升|扩大|下降|减少|降低|回落|攀升|追溯|回溯)(?:到|至))$/,
    // 前 but not 前后 (about then) or the 前 of 前三季度 (the first months, a rule of its own)
    untilAfter: /^(?:之前|以前|前(?![后一二三四五六七八九十两0-9０-９个半]))/,
    between: /^\s*(?:至|到|—|－|-|–|~|～)\s*$/,
    betweenOpener: /(?:从|自)$/,
  },
  en: {
    sinceAfter: /^(?:\s+onwards?|\s+to date)/i,
    // ("starting next year", as 明年起; "every year from next year", 明年起每年: a repeated thing from when it starts,
    // not a bare "from", which compares: "up 12% from last year")
    sinceBefore: /\b(?:since|(?:starting|beginning)(?:\s+(?:in|from))?|as from|(?:every|each)\s+(?:year|month|week)\s+from|annually\s+from)\s+$/i,
    // "as of August 2025, it had 108 pairs": the count up to then, as 截至2025年8月 says
    untilBefore: /\b(?:until|till|through|by|up to|before|as of)\s+(?:the end of\s+)?$/i,
    untilAfter: /(?!)/,
    // ("from late June to early July", as 6月底至7月初: the part of each month kept inside the range's quote)
    between: new RegExp(`^\\s*(?:to|and|through|until|-|–|—)\\s*${PART_OF_PERIOD_EN}$`, "i"),
    betweenOpener: new RegExp(`\\b(?:from|between)\\s+${PART_OF_PERIOD_EN}$`, "i"),
  },
};

/**
 * words earlier in a date's clause that announce what it dates: 将于, 计划, 同意于; "will", "agreed to hold", "is
 * scheduled". A yearless date they announce lies ahead of the release (not 将近, "nearly", nor 将来 of the past)
 */
/** the words of what will be, before a date or after it: 将, 计划; "will", "plans to" */
const WILL: Record<Lang, string> = { zh: "将(?![近来军领])|拟|计划|预计|准备|打算|定于", en: "will|shall|plans?\\s+to" };
const ANNOUNCED_BEFORE: Record<Lang, RegExp> = {
  zh: new RegExp(`(?:${WILL.zh}|商定|约定|同意|届时|即将)[^。！？；]{0,30}$`),
  // ("The exhibition, which runs until August 31": an end a present tense announces, as 将持续至8月31日)
  en: new RegExp(`\\b(?:${WILL.en}|to\\s+be\\s+held|(?:is|are)\\s+(?:scheduled|expected|set|due|slated)|agreed\\s+to|decided\\s+to|intends?\\s+to|upcoming|(?:runs|lasts|continues)\\s+(?:until|till|through)(?=\\s+$))\\b[^.!?;]{0,80}$`, "i"),
};

/**
 * "An official said that in the fourth quarter, … and the expo would be held in mid-November": "would" in what someone
 * said (the future of a reported speech) announces the date as "will" does, with the verb of saying earlier in the
 * sentence, however long; "would" alone may wish or suppose ("would further deepen")
 */
const REPORTED_WOULD = { would: /\bwould\b[^.!?;]{0,80}$/i, said: /\b(?:said|says|stated|announced|noted|added|revealed|disclosed)\b[^.!?;]*$/i };

/**
 * an invitation to do something at the date: 邀请济南代表团于11月出席…, "invited a Jinan delegation to attend … in
 * November". What one is invited to lies ahead; not an invitation one came at (应…邀请，…于10月访问; 应邀, 受邀: the
 * comma or the passive), nor "was invited", which a release may tell of a visit already made
 */
const INVITED_BEFORE: Record<Lang, RegExp> = {
  zh: /(?<![应受])邀请[^，,。！？；]{0,30}$/,
  en: /(?<!\b(?:was|were|been|being)\s+)\binvit(?:e|es|ed)\s+(?!by\b)[^.!?;]{0,40}?\bto\s+[a-z]+\b[^.!?;]{0,50}$/i,
};

/**
 * the same words in the clause right after a date that opens it: 10月中旬，长沙市将派团…, "In mid-October, Changsha will
 * send …" (the subject between; not a later clause's 将, after a second comma)
 */
const ANNOUNCED_AFTER: Record<Lang, RegExp> = {
  zh: new RegExp(`^[，,]?[^，,。！？；]{0,16}?(?:${WILL.zh})`),
  en: new RegExp(`^,?\\s+[^,.!?;]{0,40}?\\b(?:${WILL.en}|(?:is|are)\\s+(?:scheduled|expected|set|due)\\s+to)\\b`, "i"),
};

/**
 * a date opens its clause when no more than a preposition or a few words stand between it and the clause's start
 * ("In mid-", 于): at a sentence's start, or after a comma when a comma closes the date too ("…, and in October,
 * Changsha will …"); "… signed the agreement on 10 June, under which the two sides will …" and "… in Gothenburg,
 * Sweden, on November 13 and will run …" are dates their clause ends with
 */
const OPENS_SENTENCE: Record<Lang, RegExp> = {
  zh: /(?:^|[。！？；，,：:])[^。！？；，,：:]{0,2}$/,
  en: /(?:^|[.!?;:]\s*)(?:[A-Za-z]+[\s-]+){0,2}$/,
};
const OPENS_AFTER_COMMA_EN = /,\s*(?:[A-Za-z]+[\s-]+){0,2}$/;
function opensClause(lang: Lang, before: string, after: string): boolean {
  return OPENS_SENTENCE[lang].test(before) || (lang === "en" && after.startsWith(",") && OPENS_AFTER_COMMA_EN.test(before));
}

/** whether the date's clause announces what will be: the words before it, or after it when it opens the clause */
function announced(ctx: ParagraphContext, d: DateCandidate): boolean {
  const before = ctx.text.slice(Math.max(0, d.index - 100), d.index);
  if (ANNOUNCED_BEFORE[ctx.lang].test(before) || INVITED_BEFORE[ctx.lang].test(before)) return true;
  if (ctx.lang === "en" && REPORTED_WOULD.would.test(before) && REPORTED_WOULD.said.test(ctx.text.slice(Math.max(0, d.index - 400), d.index))) return true;
  const after = ctx.text.slice(d.index + d.text.length, d.index + d.text.length + 60);
  return ANNOUNCED_AFTER[ctx.lang].test(after) && opensClause(ctx.lang, ctx.text.slice(Math.max(0, d.index - 40), d.index), after);
}

function overlaps(a: DateCandidate, b: DateCandidate): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

/** Runs the rules and keeps, among overlapping matches, the longest (then the earliest rule). */
export function bestMatches(ctx: ParagraphContext, rules: readonly DateRule[]): DateCandidate[] {
  const all = rules.flatMap((r, priority) => r.find(ctx).map((c) => ({ c, priority })));
  all.sort((x, y) => y.c.text.length - x.c.text.length || x.priority - y.priority || x.c.index - y.c.index);
  const kept: DateCandidate[] = [];
  for (const { c } of all) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept.sort((a, b) => a.index - b.index);
}

/** "since the beginning of this year" is since this year, as 今年以来 says: a range from the start of a year opens with the year */
const sinceStartOf = (e: DateExpr): DateExpr => (e.kind === "part-of-year" && e.part === "start" && e.year ? e.year : e);

/**
 * "From November 28 to December 3, 2024": a range whose end alone states the year gives it to the start, or the year
 * before where the start's month comes later ("December 28 to January 3, 2025")
 */
function yearFromRangeEnd(start: DateExpr, end: DateExpr): DateExpr {
  if (start.kind !== "partial" || start.weekday !== undefined || start.sameYear || start.yearsLater || end.kind !== "absolute" || end.m === undefined) return start;
  return { kind: "absolute", y: start.m > end.m ? end.y - 1 : end.y, m: start.m, ...(start.d !== undefined ? { d: start.d } : {}) };
}

/** whether a date names one day (11月28日, 昨天, "on Monday"), not a month or a year */
export function namesDay(e: DateExpr): boolean {
  switch (e.kind) {
    case "relative-day":
    case "day-of-month":
    case "weekday":
    case "nth-weekday":
      return true;
    case "absolute":
    case "partial":
    case "relative-year":
    case "relative-month":
      return e.d !== undefined;
    case "relative-week":
      return e.weekday !== undefined;
    default:
      return false;
  }
}

/**
 * 10月30日，…签署…。同日，…; "On the same day, …": a same-day date takes the day of the last date before it that
 * names one day, in the paragraph or, for the first, `before`, the last such day of the paragraphs before (a
 * stretch of days names none: which of them? A year or a month recalled between leaves the day as it was).
 * Returns the last such day, for the paragraphs after.
 */
// (次日, "the next day": the day after it, where that day can be counted on from: a month and day, with or without its
// year, or a day counted from the release's; the next day becomes the day the dates after it go on from)
export function lendSameDay(dates: DateCandidate[], before: DateExpr | null): DateExpr | null {
  let day = before;
  for (const d of dates) {
    if (d.expr.kind === "same-day") {
      const lent = day && (d.expr.offset ? dayAfter(day, d.expr.offset) : { ...day });
      if (lent) {
        d.expr = lent;
        if (d.relation === "on") day = lent;
      }
    } else if (namesDay(d.expr)) day = d.relation === "on" ? d.expr : null;
  }
  return day;
}

/** A day expression moved on by whole days, where it can be: a month and day (a common year's calendar when the year is unknown), or a day counted from the release's. */
function dayAfter(e: DateExpr, days: number): DateExpr | null {
  if (e.kind === "relative-day") return { kind: "relative-day", offset: e.offset + days };
  if ((e.kind !== "absolute" && e.kind !== "partial") || e.m === undefined || e.d === undefined || ("weekday" in e && e.weekday !== undefined)) return null;
  const at = new Date(Date.UTC(e.kind === "absolute" ? e.y : 2001, e.m - 1, e.d + days));
  const moved = { m: at.getUTCMonth() + 1, d: at.getUTCDate() };
  return e.kind === "absolute" ? (at.getUTCFullYear() === e.y ? { ...e, ...moved } : { kind: "absolute", y: at.getUTCFullYear(), ...moved }) : { ...e, ...moved };
}

export function findDates(ctx: ParagraphContext, rules: readonly DateRule[]): DateCandidate[] {
  const words = WORDS[ctx.lang];
  const dates = bestMatches(ctx, rules);
  const out: DateCandidate[] = [];
  for (let i = 0; i < dates.length; i++) {
    const d = { ...dates[i]! };
    if (d.expr.kind === "partial" && announced(ctx, d)) d.expr = { ...d.expr, ahead: true };
    const before = ctx.text.slice(Math.max(0, d.index - 24), d.index);
    const next = dates[i + 1];
    const gap = next ? ctx.text.slice(d.index + d.text.length, next.index) : null;
    // ("in 1979 and 1981 respectively": two dates joined by "and" are a list, a range only after "between")
    if (next && gap !== null && words.between.test(gap) && (!/\band\b/.test(gap) || words.betweenOpener.test(before))) {
      // A 至 B, from A to B: one range, cited as a whole
      const opener = words.betweenOpener.exec(before);
      const start = opener ? d.index - opener[0].length : d.index;
      out.push({ ...d, expr: yearFromRangeEnd(d.expr, next.expr), index: start, text: ctx.text.slice(start, next.index + next.text.length), relation: "between", untilExpr: next.expr });
      i++;
      continue;
    }
    const after = ctx.text.slice(d.index + d.text.length);
    const sinceAfter = words.sinceAfter.exec(after);
    const sinceBefore = words.sinceBefore.exec(before);
    const untilBefore = words.untilBefore.exec(before);
    const untilAfter = words.untilAfter.exec(after);
    // (a span's end goes: “十四五”以来 is the time from the plan's first year on, not the plan's five years)
    if (sinceAfter) out.push({ ...d, expr: sinceStartOf(d.expr), text: d.text + sinceAfter[0], relation: "since", untilExpr: undefined });
    else if (sinceBefore) out.push({ ...d, expr: sinceStartOf(d.expr), index: d.index - sinceBefore[0].length, text: sinceBefore[0] + d.text, relation: "since", untilExpr: undefined });
    else if (untilBefore) out.push({ ...d, index: d.index - untilBefore[0].length, text: untilBefore[0] + d.text, relation: "until" });
    else if (untilAfter) out.push({ ...d, text: d.text + untilAfter[0], relation: "until" });
    else out.push(d);
  }
  lendSameDay(out, null);
  return out;
}
