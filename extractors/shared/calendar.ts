/**
 * Dates as the rules read them (expressions) and as facts state them (ISO 8601 with reduced
 * precision). Relative and partial expressions resolve against a reference date (the publication
 * date, or --reference-date) in a direction: documents look back ("11月28日" in a February release is
 * last November), Duckling's corpus looks forward. Without a reference they stay unresolved: the
 * clock of the machine running the pipeline is never used.
 */

export type Grain = "year" | "half" | "quarter" | "month" | "week" | "day";
export type Direction = "past" | "forward";

export type DateExpr =
  | { kind: "absolute"; y: number; m?: number; d?: number }
  /**
   * a month and day (or month) with no year: 11月28日, November 28. yearsLater: in the year after it (次年5月,
   * "in May the following year"), with sameYear. sameYear: the text says it is in the
   * year of the date before it (同年6月, "in June of the same year"), so contextYear, when the paragraph
   * states one, wins over the reference. ahead: the clause announces it (双方同意于10月中旬举办, "will be held in
   * October"), so it lies after the reference whichever way the document looks
   */
  | { kind: "partial"; m: number; d?: number; weekday?: number; contextYear?: number; sameYear?: boolean; yearsLater?: number; ahead?: boolean }
  /**
   * 去年6月, last year, 明年九月: a year relative to the reference, with an optional month and day. chained: counted
   * from the year the paragraph named before it, where it named one ("In 1995 …, and the following year", 次年)
   */
  | { kind: "relative-year"; offset: number; m?: number; d?: number; chained?: boolean; contextYear?: number; onThisDay?: boolean }
  | { kind: "relative-month"; offset: number; d?: number }
  /** a day of the month with neither month nor year (新华社稿的“23日签署”): the reference's month, or the one before or after by direction */
  | { kind: "day-of-month"; d: number }
  | { kind: "relative-week"; offset: number; weekday?: number }
  | { kind: "relative-day"; offset: number }
  /** a weekday alone: 星期一 (direction decides which) */
  | { kind: "weekday"; weekday: number }
  /**
   * 同日, 当天, "on the same day": the day of the date told before it (lendSameDay); with none, no date. With an
   * offset, the day after it: 次日, 翌日, "the next day" (1)
   */
  | { kind: "same-day"; offset?: number }
  /** the next or last N units: 下三天, 前两年; with `ago`, the point N units back: 三天前, "two years ago" */
  | { kind: "span"; n: number; unit: "day" | "week" | "month" | "year"; sign: 1 | -1; ago?: true }
  /**
   * part of a year: 上半年, 年底, 一季度 (the year itself an expression). asOf: a state as of a part the text
   * gives no year (截至年底, "as of the end of the year"), which the release reports, so lies before it
   */
  | { kind: "part-of-year"; year: DateExpr | null; part: "H1" | "H2" | "Q1" | "Q2" | "Q3" | "Q4" | "start" | "end"; asOf?: boolean; contextYear?: number }
  /**
   * the first N months of a year: 今年前8个月, 前三季度 (9), "the first eight months of this year". contextYear (as
   * for part-of-year): the year an undated release stated before, for a part that names none (上半年)
   */
  | { kind: "first-months"; year: DateExpr | null; n: number; contextYear?: number }
  /** the Nth weekday of a month: 十月第一个星期一 */
  | { kind: "nth-weekday"; m: number; n: number; weekday: number; y?: number };

export interface Reference {
  y: number;
  m: number;
  d: number;
  /** where it came from */
  kind: "publication" | "reference-date";
}

export interface Resolved {
  /** ISO reduced: 2024, 2024-06, 2024-06-01, --06-01, --06 */
  value: string;
  grain: Grain;
  /** the last day/month/year of a range the expression stands for (a week, a half-year, N days) */
  end: string | null;
  resolved: boolean;
  /** context: the year of a date the same paragraph stated before, when the release gives no date to resolve against */
  anchor: "absolute" | "publication" | "reference-date" | "context" | "none";
}

const pad = (n: number): string => String(n).padStart(2, "0");
const ymd = (t: Date): { y: number; m: number; d: number } => ({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const iso = (y: number, m?: number, d?: number): string => (m === undefined ? String(y).padStart(4, "0") : d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`);
const DAY_MS = 86_400_000;
const addDays = (t: Date, n: number): Date => new Date(t.getTime() + n * DAY_MS);
/** Monday = 1 ... Sunday = 7 */
const weekdayOf = (t: Date): number => ((t.getUTCDay() + 6) % 7) + 1;
const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

const ENGLISH_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** the number of an English month name or its abbreviation ("Oct.", "Sept", "October"); 0 for none */
/** an English month's name as a date line or a wire's dateline writes it: in full or short, with or without a full stop (one group) */
export const ENGLISH_MONTH_NAME = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?";
export const englishMonth = (s: string): number => ENGLISH_MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().replace(".", "").slice(0, 3))) + 1;

export function isValidDate(y: number, m?: number, d?: number): boolean {
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && (m === undefined || d < 1 || d > daysInMonth(y || 2000, m))) return false;
  return true;
}

export function parseReference(isoDate: string | null, kind: Reference["kind"]): Reference | null {
  const m = isoDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), kind } : null;
}

/** the first and last month of each part of a year, and how fine a date it makes */
const PART_SPAN: Record<string, [number, number, Grain]> = { H1: [1, 6, "half"], H2: [7, 12, "half"], Q1: [1, 3, "quarter"], Q2: [4, 6, "quarter"], Q3: [7, 9, "quarter"], Q4: [10, 12, "quarter"], start: [1, 1, "month"], end: [12, 12, "month"] };

/** how far ahead of its reference a yearless date may be and still be in the reference's year, looking back */
const UPCOMING_DAYS = 62;

export function resolve(expr: DateExpr, ref: Reference | null, direction: Direction): Resolved {
  const anchored = (value: string, grain: Grain, end: string | null = null): Resolved => ({ value, grain, end, resolved: true, anchor: ref ? ref.kind : "none" });
  const unresolved = (value: string, grain: Grain): Resolved => ({ value, grain, end: null, resolved: false, anchor: "none" });
  switch (expr.kind) {
    case "absolute":
      return { value: iso(expr.y, expr.m, expr.d), grain: expr.d ? "day" : expr.m ? "month" : "year", end: null, resolved: true, anchor: "absolute" };
    case "partial": {
      if ((!ref || expr.sameYear) && expr.contextYear) return { value: iso(expr.contextYear, expr.m, expr.d), grain: expr.d ? "day" : "month", end: null, resolved: true, anchor: "context" };
      // 次年5月 with no year before it to count from: not the publication's year
      if (expr.yearsLater) return unresolved(expr.d ? `--${pad(expr.m)}-${pad(expr.d)}` : `--${pad(expr.m)}`, expr.d ? "day" : "month");
      if (!ref) return unresolved(expr.d ? `--${pad(expr.m)}-${pad(expr.d)}` : `--${pad(expr.m)}`, expr.d ? "day" : "month");
      const today = utc(ref.y, ref.m, ref.d);
      let y = ref.y;
      const candidate = (yy: number): Date => utc(yy, expr.m, expr.d ?? 1);
      if (expr.weekday && expr.d) {
        // 周日，二月十号: the year nearest the reference in which that day is that weekday
        for (let k = 0; k <= 6; k++) {
          for (const yy of [ref.y - k, ref.y + k]) {
            if (weekdayOf(candidate(yy)) === expr.weekday) return anchored(iso(yy, expr.m, expr.d), "day");
          }
        }
      }
      // looking back, a date later in the year is last year's, unless it is a day in the next two months: a
      // release reports nothing after its own date, so a day that close ahead is one it announces (请于10月31日前报送);
      // a month alone stays last year's (a January review's 3月 is the year before)
      const upcoming = expr.d !== undefined && candidate(y).getTime() - today.getTime() <= UPCOMING_DAYS * DAY_MS;
      const way = expr.ahead ? "forward" : direction;
      if (way === "past" && candidate(y) > today && !upcoming) y--;
      if (way === "forward" && (expr.d ? candidate(y) < today : expr.m < ref.m)) y++;
      return anchored(iso(y, expr.m, expr.d), expr.d ? "day" : "month");
    }
    case "relative-year": {
      if (expr.chained && expr.contextYear !== undefined) return { value: iso(expr.contextYear + expr.offset, expr.m, expr.m ? expr.d : undefined), grain: expr.d ? "day" : expr.m ? "month" : "year", end: null, resolved: true, anchor: "context" };
      if (!ref) return unresolved(expr.m ? (expr.d ? `--${pad(expr.m)}-${pad(expr.d)}` : `--${pad(expr.m)}`) : "", expr.m ? (expr.d ? "day" : "month") : "year");
      const y = ref.y + expr.offset;
      // 十年前的今天, "ten years ago today": the reference's own day, that many years back
      if (expr.onThisDay) return anchored(iso(y, ref.m, ref.d), "day");
      return anchored(iso(y, expr.m, expr.m ? expr.d : undefined), expr.d ? "day" : expr.m ? "month" : "year");
    }
    case "relative-month": {
      if (!ref) return unresolved("", expr.d ? "day" : "month");
      const t = utc(ref.y, ref.m + expr.offset, 1);
      const { y, m } = ymd(t);
      return anchored(iso(y, m, expr.d), expr.d ? "day" : "month");
    }
    case "day-of-month": {
      if (!ref) return unresolved("", "day");
      const shift = direction === "past" ? (expr.d > ref.d ? -1 : 0) : expr.d < ref.d ? 1 : 0;
      const { y, m } = ymd(utc(ref.y, ref.m + shift, 1));
      return expr.d <= daysInMonth(y, m) ? anchored(iso(y, m, expr.d), "day") : unresolved("", "day");
    }
    case "same-day":
      return unresolved("", "day");
    case "relative-day": {
      if (!ref) return unresolved("", "day");
      const { y, m, d } = ymd(addDays(utc(ref.y, ref.m, ref.d), expr.offset));
      return anchored(iso(y, m, d), "day");
    }
    case "relative-week": {
      if (!ref) return unresolved("", expr.weekday ? "day" : "week");
      const today = utc(ref.y, ref.m, ref.d);
      const monday = addDays(today, 1 - weekdayOf(today) + 7 * expr.offset);
      if (expr.weekday) {
        const { y, m, d } = ymd(addDays(monday, expr.weekday - 1));
        return anchored(iso(y, m, d), "day");
      }
      const { y, m, d } = ymd(monday);
      const sunday = ymd(addDays(monday, 6));
      return anchored(iso(y, m, d), "week", iso(sunday.y, sunday.m, sunday.d));
    }
    case "weekday": {
      if (!ref) return unresolved("", "day");
      const today = utc(ref.y, ref.m, ref.d);
      let delta = expr.weekday - weekdayOf(today);
      if (direction === "forward" && delta <= 0) delta += 7;
      // looking back, the reference's own weekday is that day: a wire dated Wednesday reports "on Wednesday"
      if (direction === "past" && delta > 0) delta -= 7;
      const { y, m, d } = ymd(addDays(today, delta));
      return anchored(iso(y, m, d), "day");
    }
    case "span": {
      if (!ref) return unresolved("", expr.unit);
      const today = utc(ref.y, ref.m, ref.d);
      const step = (t: Date, k: number): Date => {
        switch (expr.unit) {
          case "day":
            return addDays(t, k);
          case "week":
            return addDays(addDays(t, 1 - weekdayOf(t)), 7 * k);
          case "month":
            return utc(ymd(t).y, ymd(t).m + k, 1);
          case "year":
            return utc(ymd(t).y + k, 1, 1);
        }
      };
      const fmt = (p: { y: number; m: number; d: number }): string => (expr.unit === "year" ? iso(p.y) : expr.unit === "month" ? iso(p.y, p.m) : iso(p.y, p.m, p.d));
      // ("two years ago": that year; "three weeks ago": that week, from its Monday, as Duckling reads 两星期前: as precise as the unit)
      if (expr.ago) return anchored(fmt(ymd(step(today, -expr.n))), expr.unit);
      const first = expr.sign > 0 ? step(today, 1) : step(today, -expr.n);
      const last = expr.sign > 0 ? step(today, expr.n) : step(today, -1);
      const a = ymd(first);
      const b = ymd(last);
      return anchored(fmt(a), expr.unit, fmt(b));
    }
    case "part-of-year":
    case "first-months": {
      const year = expr.year
        ? resolve(expr.year, ref, direction)
        : ref
          ? { value: String(ref.y), resolved: true, anchor: ref.kind }
          : expr.contextYear !== undefined
            ? { value: String(expr.contextYear), resolved: true, anchor: "context" }
            : null;
      const [from, to, grain] = expr.kind === "first-months" ? [1, expr.n, "month" as Grain] : PART_SPAN[expr.part]!;
      // 今年1至10月 in a release with no date: the months are known, their year is not (--01 to --10)
      if (!year || !year.resolved || !/^\d{4}$/.test(year.value)) return { value: `--${pad(from)}`, grain, end: from === to ? null : `--${pad(to)}`, resolved: false, anchor: "none" };
      let y = Number(year.value);
      // 截至年底 in a January review: a year's end further ahead than the next two months is last year's
      if (expr.kind === "part-of-year" && expr.asOf && !expr.year && ref && utc(y, from, 1).getTime() - utc(ref.y, ref.m, ref.d).getTime() > UPCOMING_DAYS * DAY_MS) y--;
      return { value: iso(y, from), grain, end: from === to ? null : iso(y, to), resolved: true, anchor: year.anchor as Resolved["anchor"] };
    }
    case "nth-weekday": {
      let y = expr.y ?? ref?.y;
      if (y === undefined) return unresolved(`--${pad(expr.m)}`, "day");
      if (expr.y === undefined && ref && direction === "forward" && expr.m < ref.m) y++;
      const first = utc(y, expr.m, 1);
      const delta = (expr.weekday - weekdayOf(first) + 7) % 7;
      const { m, d } = ymd(addDays(first, delta + 7 * (expr.n - 1)));
      return { value: iso(y, m, d), grain: "day", end: null, resolved: true, anchor: expr.y ? "absolute" : ref ? ref.kind : "none" };
    }
  }
}
