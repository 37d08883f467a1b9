/**
 * extract: runs the extractor rules (extractors/registry.ts) on every Chinese and English paragraph
 * and turns what they find into facts that cite their spans, in the paragraph and in source.text.
 * Place names and agreement events are kept as mentions: which mentions are one place, and who the
 * parties of an event are, is decided across the two languages by the fuse stage.
 * Dates resolve against the publication date, or --reference-date, and say which; with neither they
 * stay unresolved. A paragraph with damage that could not be undone lowers its facts' confidence.
 */
import type { Doc } from "./document";
import type { Stage } from "./stage";
import type { CountFact, DateFact, Evidence, Fact, Paragraph } from "../schemas/output";
import { readEvents, readPlaces } from "../extractors/run";
import { withLaterMentions } from "../extractors/places/repeats";
import { withoutClippedForeignNames } from "../extractors/places/clipped";
import { withTranslatedNames } from "../extractors/places/translated";
import { groupBy } from "../extractors/shared/group";
import { lastMatch } from "../extractors/shared/matches";
import { clearPrefetched, prefetchSegmentation } from "../extractors/shared/zh-tokens";
import { parseReference, resolve, type DateExpr, type Reference } from "../extractors/shared/calendar";
import type { DateCandidate, Lang, PlaceCandidate } from "../extractors/types";
import { goesOnFromEarlierParagraph, isAnniversary, leadDay, opensWithThePair, toldOfWholeYear, wireDatelineEnd } from "../extractors/agreements/event-dates";
import { lendSameDay } from "../extractors/dates/relations";
import { placesInPartnerCells, tieLines, tieLists, tieTables, tiesOfRows } from "../extractors/agreements/table-rows";
import { tieCountryLines } from "../extractors/agreements/country-lines";
import { eventYearOfTitle } from "../extractors/shared/year-in-name";
import { sameDay as sameDayZh } from "../extractors/dates/zh";
import { sameDay as sameDayEn } from "../extractors/dates/en";

/** confidence lost when the paragraph carries damage that could not be undone */
export const DAMAGE_FACTOR = 0.6;

export function evidenceFor(doc: Doc, p: Paragraph, index: number, text: string, rule: string): Evidence {
  const offset = doc.paragraphStarts[p.index]!;
  const source = doc.toSource({ start: offset + index, end: offset + index + text.length });
  return { paragraph: p.id, lang: p.lang, start: index, end: index + text.length, quote: p.text.slice(index, index + text.length), source, sourceQuote: doc.source.slice(source.start, source.end), rule };
}

export function reference(doc: Doc): Reference | null {
  return parseReference(doc.metadata.publishedAt, "publication") ?? parseReference(doc.options.referenceDate, "reference-date");
}

/** the kinds of date counted from the release itself (本月, 明年, yesterday, three days later), wherever they stand */
const COUNTED_FROM_RELEASE = new Set<DateExpr["kind"]>(["relative-year", "relative-month", "relative-week", "relative-day", "span"]);

function dateFact(doc: Doc, p: Paragraph, d: DateCandidate, ref: Reference | null): DateFact | null {
  const r = resolve(d.expr, ref, doc.options.dateDirection);
  if (!r.value) return null; // "yesterday" with no date to count from: nothing to state
  // 6月19日至24日: the range's end is read from its start, forward (the same year, or the next after a
  // December start), not from the publication (which, looking back, put the 24th a year before the 19th)
  const start = r.resolved ? parseReference(/^\d{4}-\d{2}$/.test(r.value) ? `${r.value}-01` : r.value, ref?.kind ?? "publication") : null;
  // (上月28日至本月2日: an end that names its own month or year relative to the release is read from the release, when
  // there is one; with none, 今年1至10月 in a release that states its year elsewhere is read from the start's lent year)
  const fromStart = start && d.untilExpr && !(ref && COUNTED_FROM_RELEASE.has(d.untilExpr.kind));
  const until = d.untilExpr ? resolve(d.untilExpr, fromStart ? start : ref, fromStart ? "forward" : doc.options.dateDirection) : null;
  const relation = d.relation === "on" && r.end ? "between" : d.relation;
  const confidence = (r.anchor === "absolute" ? 0.95 : r.resolved ? 0.85 : 0.7) * (p.damaged ? DAMAGE_FACTOR : 1);
  return {
    kind: "date",
    id: "",
    evidence: [evidenceFor(doc, p, d.index, d.text, d.rule)],
    confidence: round(confidence),
    corroboration: p.lang === "zh" ? "zh-only" : "en-only",
    conflicts: [],
    value: r.value,
    relation,
    until: until?.value || r.end || null,
    resolved: r.resolved && (!until || until.resolved),
    anchor: r.anchor,
  };
}

export const extract: Stage = {
  name: "extract",
  summary: "counts, dates, place mentions and agreement events from every Chinese and English paragraph, each citing its span in the paragraph and in source.text",
  run(doc: Doc): void {
    const ref = reference(doc);
    const facts: Fact[] = [];
    // the Chinese paragraphs are segmented together: in a worker thread, one request to the main thread
    prefetchSegmentation(doc.paragraphs.filter((p) => p.lang === "zh").map((p) => p.text));
    try {
      readParagraphs(doc, ref, facts);
    } finally {
      clearPrefetched();
    }
    doc.facts = facts;
  },
};

const SAME_DAY_RULES = new Set([sameDayZh.id, sameDayEn.id]);

/** a title that marks an anniversary: 结好四十五周年, "45th Anniversary", "Mark 50 Years of Friendship" */
const ANNIVERSARY_TITLE = /周年|anniversary|\byears\s+of\b/i;

/** what ends one paragraph's text before the next's where they are read together, as a sentence's end does */
const PARAGRAPH_JOIN: Readonly<Record<Lang, string>> = { zh: "。", en: ".\n" };
function readParagraphs(doc: Doc, ref: Reference | null, facts: Fact[]): void {
  // page furniture (share bars, the site footer with its address) states nothing about the release
  const read = doc.paragraphs.filter((p): p is Paragraph & { lang: Lang } => (p.lang === "zh" || p.lang === "en") && p.role !== "boilerplate");
  const readings = read.map((p) => readPlaces(p.text, p.lang));
  // every place the rules found, less county short names that clip a foreign name the release gives in full
  // (南澳 for 南澳大利亚州), the translation's bare form of a foreign name found from its context, then the
  // later mentions of the names found only from their context
  const found = read.flatMap((p, i) => readings[i]!.places.map((candidate) => ({ paragraph: p.id, lang: p.lang, candidate })));
  // (and the names alone in the partners' cells of a table of ties, which the table says are places)
  const tables = [...tieTables(doc.tables, doc.paragraphs), ...tieLists(doc.lists, doc.tables, doc.paragraphs), ...tieLines(doc.paragraphs, doc.lists, doc.tables), ...tieCountryLines(doc.paragraphs, doc.lists, doc.tables)];
  const readingOf = new Map(read.map((p, i) => [p.id, readings[i]!]));
  // (in place of a place the rules found inside the cell's whole name: 罗马 inside 科斯特罗马州)
  for (const { paragraph, candidate, replaces } of placesInPartnerCells(tables, (p) => readingOf.get(p.id)?.places ?? [])) {
    if (replaces) found.splice(found.findIndex((f) => f.candidate === replaces), 1);
    found.push({ paragraph: paragraph.id, lang: candidate.lang, candidate });
  }
  doc.placeMentions = withLaterMentions(read, withTranslatedNames(read, doc.alignments, withoutClippedForeignNames(found)));
  const placesIn = groupBy(doc.placeMentions, (m) => m.paragraph);
  // an undated release's first date with its year and month ("From September 8 to 16, 2025", 2025年11月上旬) gives
  // its year to the yearless dates of later paragraphs in the same language ("on September 10"); but a year and
  // month that date a tie (于1983年3月缔结友好关系) are the history a release recalls, not the days it reports; so is
  // a tie's full date in a release whose title marks an anniversary (1981年4月6日缔结…, then 4月6日举行纪念活动). A
  // stretch of months of a stated year (2025年上半年…综述, then 上半年 and 3月) dates the report as a month does
  const anniversary = doc.paragraphs.some((p) => p.role === "title" && ANNIVERSARY_TITLE.test(p.text));
  // (a title naming its event by its year, 2025中国—中东欧国家地方领导人会议在宁波举行, gives that year first, to both
  // languages when only one title names it)
  const firstYear = eventYearOfTitles(doc.paragraphs);
  const lastDay = new Map<Lang, DateExpr | null>();
  // (the year a report covers, in each language: its title's year, or, with none, the first year alone that opens a
  // paragraph, 2024年，全市…; a later 全年, "throughout the year", is that year's)
  const reportYear = new Map<Lang, DateCandidate>();
  // (each paragraph's places in text order and its dates, as read below: a table's rows read them again by cell)
  const readIn = new Map<string, { places: PlaceCandidate[]; dates: DateCandidate[] }>();
  // (each language's paragraphs read so far: a body a paragraph names by its kind only, 该工商会, "the chamber", may be named there)
  const earlier = new Map<Lang, string>();
  read.forEach((p, i) => {
    const lang = p.lang;
    const places = (placesIn.get(p.id) ?? []).map((m) => m.candidate).sort((a, b) => a.index - b.index);
    const { dates, counts, agreements } = readEvents(readings[i]!, places, earlier.get(lang));
    earlier.set(lang, (earlier.has(lang) ? earlier.get(lang)! + PARAGRAPH_JOIN[lang] : "") + p.text);
    const datesTie = (d: DateCandidate): boolean => agreements.some((a) => a.date === d);
    lendMonths(dates, wireDatelineEnd(p.text, lang));
    lendYears(dates, ref === null, firstYear.get(lang), datesTie);
    lendSentenceYear(p.text, dates, lang);
    lendEventNameYear(p.text, dates, lang);
    // (同日 opening a paragraph: the day the paragraphs before last told, not a title's or a date line's)
    const day = lendSameDay(dates, lastDay.get(lang) ?? null);
    readIn.set(p.id, { places, dates });
    if (p.role === "body") lastDay.set(lang, day);
    if (!firstYear.has(lang)) {
      const yearOf = (d: DateCandidate): number | undefined => (d.expr.kind === "absolute" ? (d.expr.m !== undefined || framesParagraph(p, d) ? d.expr.y : undefined) : yearOfStretch(d.expr));
      const full = dates.find((d) => yearOf(d) !== undefined && (d.expr.kind !== "absolute" || !datesTie(d) || (d.expr.d !== undefined && !anniversary)));
      if (full) firstYear.set(lang, yearOf(full)!);
    }
    for (const candidate of agreements) {
      const year = reportYear.get(lang);
      if (year && !candidate.date && candidate.status === "signed" && toldOfWholeYear(p.text, candidate.triggerAt.index, lang)) candidate.date = year;
      doc.agreementMentions.push({ paragraph: p.id, lang, candidate });
    }
    const framing = dates.find((d) => framesParagraph(p, d));
    if (framing && !reportYear.has(lang) && (p.role === "title" || p.role === "body")) reportYear.set(lang, framing);
    for (const d of dates) {
      // (同日, "on the same day" only date the events told beside them: the day is the fact of the date they stand for)
      if (SAME_DAY_RULES.has(d.rule)) continue;
      const f = dateFact(doc, p, d, ref);
      if (f) facts.push(f);
    }
    for (const c of counts) {
      const fact: CountFact = {
        kind: "count",
        id: "",
        evidence: [evidenceFor(doc, p, c.index, c.text, c.rule)],
        confidence: round(0.85 * (p.damaged ? DAMAGE_FACTOR : 1)),
        corroboration: lang === "zh" ? "zh-only" : "en-only",
        conflicts: [],
        value: c.value,
        unit: c.unit ? { zh: lang === "zh" ? c.unit : null, en: lang === "en" ? c.unit : null } : null,
        qualifier: c.qualifier,
      };
      facts.push(fact);
    }
  });
  lendLeadDay(read, readings, doc);
  readNumericDatelines(doc, ref, facts);
  // (a table's rows: each a tie of the release's own place, its cells paragraphs of their own; a date cell in figures
  // alone, 1983-06-06, is in neither language and is read with the English date rules, as a date line in figures is)
  const tableTies = tiesOfRows(tables, {
    placesOf: (p) => readIn.get(p.id)?.places ?? [],
    datesOf: (p) => readIn.get(p.id)?.dates ?? (p.lang === "other" ? readPlaces(p.text, "en").dates : []),
  });
  doc.agreementMentions.push(...tableTies);
}

/** the year each language's title names its event by, or the other language's when one title names none */
function eventYearOfTitles(paragraphs: readonly Paragraph[]): Map<Lang, number> {
  const years = new Map<Lang, number>();
  for (const p of paragraphs) {
    if (p.role !== "title" || (p.lang !== "zh" && p.lang !== "en") || years.has(p.lang)) continue;
    const year = eventYearOfTitle(p.text, p.lang);
    if (year !== null) years.set(p.lang, year);
  }
  const one = years.get("zh") ?? years.get("en");
  if (one !== undefined) for (const lang of ["zh", "en"] as const) if (!years.has(lang)) years.set(lang, one);
  return years;
}

/**
 * A date line in figures alone ("2025-04-09" under each title) is in neither language, so the reading above
 * skips it; the publication date it gives is a fact all the same. It is read with the English date rules
 * (its figures are the ISO and numeric forms they read) and its evidence keeps the paragraph's language
 * ("other"). A bilingual header gives one such line for both titles, or one per title in the titles'
 * order: the n-th line counts as stated in the language of the n-th title (a lone line under titles in
 * both languages, in both; a line past the titles, in the last title's); the lines of one date are one fact.
 */
function readNumericDatelines(doc: Doc, ref: Reference | null, facts: Fact[]): void {
  const lines = doc.paragraphs.filter((p) => p.lang === "other" && p.role === "dateline");
  if (!lines.length) return;
  const titles = doc.paragraphs.filter((p) => p.role === "title" && (p.lang === "zh" || p.lang === "en"));
  const byValue = new Map<string, DateFact>();
  lines.forEach((p, n) => {
    const title = titles[n] ?? titles[titles.length - 1];
    const stated = lines.length === 1 && new Set(titles.map((t) => t.lang)).size === 2 ? "both" : title?.lang === "zh" ? "zh-only" : "en-only";
    for (const d of readPlaces(p.text, "en").dates) {
      const f = dateFact(doc, p, d, ref);
      if (!f) continue;
      const key = `${f.value}/${f.relation}`;
      const same = byValue.get(key);
      if (same) {
        same.evidence.push(...f.evidence);
        if (same.corroboration !== stated) same.corroboration = "both";
        continue;
      }
      f.corroboration = stated;
      byValue.set(key, f);
      facts.push(f);
    }
  });
}

/**
 * 会见后，双方签署了… as a paragraph of its own, "During the visit, the two sides signed…": an event that
 * states no date and goes on from an earlier paragraph happened on the day the release's lead opens with
 * (its first running paragraph in the same language: 5月14日下午，…; "On May 14, …"); so does a paragraph right
 * after the lead whose first sentence has the pair for its subject (双方签署了…, "The two sides signed …"). A tie's
 * anniversary keeps no date, as it does in its own sentence.
 */
function lendLeadDay(read: readonly (Paragraph & { lang: Lang })[], readings: readonly { dates: DateCandidate[] }[], doc: Doc): void {
  const leadDays = new Map<Lang, { paragraph: string; date: DateCandidate | null }>();
  // (the body paragraph of each language right after its lead: 双方签署了… there goes on with the lead's meeting)
  const afterLead = new Map<Lang, string>();
  read.forEach((p, i) => {
    if (p.role !== "body") return;
    if (leadDays.has(p.lang) && !afterLead.has(p.lang)) afterLead.set(p.lang, p.id);
    if (!leadDays.has(p.lang)) leadDays.set(p.lang, { paragraph: p.id, date: leadDay(p.text, readings[i]!.dates, p.lang) });
  });
  const textOf = new Map(read.map((p) => [p.id, p.text]));
  for (const m of doc.agreementMentions) {
    const lead = leadDays.get(m.lang);
    const text = textOf.get(m.paragraph)!;
    const c = m.candidate;
    if (c.date || !lead?.date || lead.paragraph === m.paragraph || c.status !== "signed") continue;
    const pairAfterLead = afterLead.get(m.lang) === m.paragraph && opensWithThePair(text, c.triggerAt.index, m.lang);
    if ((goesOnFromEarlierParagraph(text, c.triggerAt.index, m.lang) || pairAfterLead) && !isAnniversary(text, c.triggerAt, m.lang)) c.date = lead.date;
  }
}

/** the year of a date that is a year alone, as it is (2024年, "2024"); not a stretch it starts (2016年以来，…), which frames nothing */
const yearAlone = (d: DateCandidate): number | undefined => (d.expr.kind === "absolute" && d.expr.m === undefined && d.relation === "on" ? d.expr.y : undefined);

/**
 * A year alone that says when the whole of its paragraph happens, so dates the report as a full date does: a
 * title's year (市外办2024年工作总结, "Foreign Affairs Work of the City in 2024") or a year that opens its
 * paragraph (2024年，全年共接待…; "In 2024, the office handled…"). A year inside a sentence may be history the
 * release recalls (两市于2005年缔结…).
 */
function framesParagraph(p: Paragraph, d: DateCandidate): boolean {
  if (yearAlone(d) === undefined) return false;
  if (p.role === "title") return true;
  return /^\s*(?:in\s+)?$/i.test(p.text.slice(0, d.index)) && /^\s*[，,]/.test(p.text.slice(d.index + d.text.length));
}

/**
 * 2023年，全省新增友城5对，其中包括5月A…、9月B…; "In 2023, the province added …, including … in May": a year that opens
 * its sentence, set off by a comma, is the year of the sentence's yearless months and days, in a dated release too
 * (which otherwise resolves them against its publication date). The next sentence is on its own.
 */
function lendSentenceYear(text: string, dates: DateCandidate[], lang: Lang): void {
  dates.forEach((d, i) => {
    const year = yearAlone(d);
    if (year === undefined) return;
    // ("In 2024 alone, …")
    if (!SENTENCE_OPENING[lang].test(text.slice(0, d.index)) || !/^\s*(?:alone\s*)?[，,]/.test(text.slice(d.index + d.text.length))) return;
    const end = d.index + d.text.length + Math.max(0, text.slice(d.index + d.text.length).search(SENTENCE_END[lang]));
    for (const later of dates.slice(i + 1)) {
      if (later.index >= end) break;
      for (const e of [later.expr, later.untilExpr]) if (e?.kind === "partial" && e.contextYear === undefined && !e.weekday) Object.assign(e, { contextYear: year + (e.yearsLater ?? 0), sameYear: true });
    }
  });
}
/**
 * 7月8日上午，2025年我市国际友城青少年足球邀请赛在市体育中心开幕; "On July 8, the 2025 Sister Cities Youth Football
 * Tournament opened": an event named by its year, opened or held in the sentence, is held that year, so the
 * sentence's yearless days are in it, as a title's event year dates a release (eventYearOfTitle)
 */
function lendEventNameYear(text: string, dates: DateCandidate[], lang: Lang): void {
  for (const d of dates) {
    const yearless = [d.expr, d.untilExpr].filter((e): e is DateExpr & { kind: "partial" } => e?.kind === "partial" && e.contextYear === undefined && !e.weekday);
    if (!yearless.length) continue;
    const start = (lastMatch(SENTENCE_ENDS[lang], text.slice(0, d.index))?.index ?? -1) + 1;
    const after = text.slice(d.index).search(SENTENCE_END[lang]);
    const sentence = text.slice(start, after < 0 ? text.length : d.index + after);
    const year = HELD[lang].test(sentence) ? eventYearOfTitle(sentence, lang) : null;
    if (year !== null) for (const e of yearless) Object.assign(e, { contextYear: year, sameYear: true });
  }
}
/** the verbs of an event opened or held */
const HELD = { zh: /开幕|举行|举办|召开|开营|启动|开赛|揭幕/, en: /\b(?:opened|opens|was\s+held|is\s+held|kicked\s+off|kicks\s+off|began|begins|was\s+launched|got\s+under\s+way)\b/ };

/** what may stand before a year that opens a sentence (the paragraph's start or a sentence's end, and "In"), and what ends it */
const SENTENCE_OPENING = { zh: /(?:^|[。！？；])\s*$/, en: /(?:^|[.!?;]\s)\s*(?:In\s+)?$/ };
const SENTENCE_END = { zh: /[。！？；]/, en: /[.!?;](?=\s|$)/ };
const SENTENCE_ENDS = { zh: new RegExp(SENTENCE_END.zh.source, "g"), en: new RegExp(SENTENCE_END.en.source, "g") };

/** 2025年上半年, 2024年前三季度: the stated year of a stretch of months, which dates the release's report as a month does */
function yearOfStretch(e: DateExpr): number | undefined {
  return (e.kind === "part-of-year" || e.kind === "first-months") && e.year?.kind === "absolute" ? e.year.y : undefined;
}

/**
 * With no publication date, "2026年6月9日，…于6月8日至11日访问" still says which year its yearless dates
 * are in: each takes the year of the last date before it in the paragraph that states one, or, with none, the
 * year of the release's first full date in an earlier paragraph (`yearBefore`), but not of a tie's year or month
 * (`datesTie`); a dated release lends only to 同年6月, "June of the same year". (Agreements hold the same date
 * objects, so their dates follow.)
 */
function lendYears(dates: DateCandidate[], undated: boolean, yearBefore: number | undefined, datesTie: (d: DateCandidate) => boolean): void {
  let year = undated ? yearBefore : undefined;
  // the last year the paragraph named, as it is written (1995, or "last year"): "the following year" counts from it
  let named: DateExpr | null = null;
  for (const d of dates) {
    // a dated release lends only where the text says "the same year" (同年6月): the rest resolve against the publication
    for (const e of [d.expr, d.untilExpr]) if (e?.kind === "partial" && year !== undefined && (undated || e.sameYear)) e.contextYear = year + (e.yearsLater ?? 0);
    // (上半年, 前三季度 with no year of their own: the year before them, in an undated release)
    if ((d.expr.kind === "part-of-year" || d.expr.kind === "first-months") && !d.expr.year && year !== undefined && undated) d.expr.contextYear = year;
    const e = d.expr;
    if (e.kind === "relative-year" && e.chained && named?.kind === "absolute") e.contextYear = named.y;
    else if (e.kind === "relative-year" && e.chained && named?.kind === "relative-year") d.expr = { kind: "relative-year", offset: named.offset + e.offset };
    // (武汉与波尔多于1998年结为友好城市。10月16日…: a year, or a year and month, that dates a tie is the history the
    // release recalls, as the first full date's rule has it, not the year of the days it reports)
    const stretch = yearOfStretch(d.expr);
    // (nor does a span of years, 2026—2028年合作计划, "a roadmap for 2026-2028": a plan's term, not the year of what it reports)
    const yearSpan = d.expr.kind === "absolute" && d.expr.m === undefined && d.untilExpr?.kind === "absolute" && d.untilExpr.m === undefined && d.untilExpr.y !== d.expr.y;
    if (d.expr.kind === "absolute" && (d.expr.d !== undefined || !datesTie(d)) && !yearSpan) year = d.expr.y;
    else if (stretch !== undefined && !datesTie(d)) year = stretch;
    if (d.expr.kind === "absolute" || d.expr.kind === "relative-year") named = d.expr.kind === "relative-year" && d.expr.contextYear !== undefined ? { kind: "absolute", y: d.expr.contextYear + d.expr.offset } : d.expr;
  }
}

/**
 * 9月8日，代表团抵达…。10日，双方签署…; 新华社潍坊7月15日电　…14日启动: a day of the month alone is in the month
 * of the last date before it in the paragraph that names one, whatever the publication's month (and in its
 * year, when that date states one); a day after a wire dateline's own day is in the month before, as a wire
 * reports what has happened. A day with no month before it resolves against the publication, as before.
 */
function lendMonths(dates: DateCandidate[], datelineEnd: number): void {
  let month: { y?: number; m: number; d?: number; dateline: boolean; end?: { y?: number; m: number; d: number } } | null = null;
  for (const d of dates) {
    const e = d.expr;
    if (e.kind === "day-of-month" && month) {
      // (11月28日至12月2日…，1日: a day before the start of a stretch that runs into the next month, and within it, is in that month)
      const end = month.end && month.d !== undefined && e.d < month.d && e.d <= month.end.d ? month.end : null;
      const m = end ? end.m : month.dateline && month.d !== undefined && e.d > month.d ? month.m - 1 : month.m;
      const y = end ? end.y : month.y;
      if (m >= 1) d.expr = y === undefined ? { kind: "partial", m, d: e.d } : { kind: "partial", m, d: e.d, contextYear: y, sameYear: true };
      continue;
    }
    if ((e.kind === "absolute" || e.kind === "partial") && e.m !== undefined) {
      // (a stretch of days into another month keeps where it ends)
      const u = d.untilExpr;
      const end = (u?.kind === "absolute" || u?.kind === "partial") && u.m !== undefined && u.d !== undefined && u.m !== e.m ? { y: u.kind === "absolute" ? u.y : undefined, m: u.m, d: u.d } : undefined;
      month = { y: e.kind === "absolute" ? e.y : undefined, m: e.m, d: e.d, dateline: d.index < datelineEnd, end };
    }
  }
}

export const round = (x: number): number => Math.round(x * 1000) / 1000;
