/**
 * Counts and dates across the two languages. Within each aligned pair of paragraphs, a Chinese and an
 * English fact of the same kind and value are one claim: one fact with evidence in both and
 * corroboration "both". Of what is left, a Chinese and an English fact that state the same thing with
 * different values (the same unit, 32个国家 / 31 countries; the only date of a relation on each side)
 * are one claim in conflict: one fact with both values in `conflicts`, corroboration "conflict". The
 * value field keeps the Chinese value, the language these releases are written in; the English value is
 * never dropped, it is in `conflicts` and in the English evidence. Anything else keeps zh-only / en-only.
 * A count told with qualifiers that put it on different sides of its figure (约 / "more than") is also
 * in conflict, on the field "qualifier"; the Chinese qualifier is kept, the English one is in `conflicts`.
 */
import type { CountFact, DateFact, Fact } from "../../schemas/output";
import type { Alignment } from "../../schemas/output";
import { unitConcept } from "../../extractors/counts/units";
import { round } from "../extract";
import { groupBy, groupInOrder } from "../../extractors/shared/group";
import { wireDatelineEnd } from "../../extractors/agreements/event-dates";

type Claim = CountFact | DateFact;

const isRank = (f: CountFact): boolean => f.unit?.en === "rank" || f.unit?.zh === "rank";

/** The confidence of one fact made of a Chinese and an English one: agreeing raises it, disagreeing lowers it. */
export function mergedConfidence(zh: Fact, en: Fact, conflicts: Fact["conflicts"]): number {
  return round(Math.min(1, conflicts.length ? Math.min(zh.confidence, en.confidence) * 0.8 : Math.max(zh.confidence, en.confidence) + 0.05));
}

export function sameClaim(a: Fact, b: Fact): boolean {
  if (a.kind === "count" && b.kind === "count") return a.value === b.value && isRank(a) === isRank(b);
  if (a.kind === "date" && b.kind === "date") return sameDay(a, b) && a.relation === b.relation;
  return false;
}

/**
 * the same time: the same value, or a month or day of a year one side could not tell (--01, 今年1至10月 in a
 * release with no date) and the same month or day of a year the other side knows (2025-01)
 */
function sameDay(a: DateFact, b: DateFact): boolean {
  if (a.value === b.value) return true;
  return (!a.resolved && yearlessOf(a.value, b.value)) || (!b.resolved && yearlessOf(b.value, a.value));
}

/** whether a date without its year (--03-19, --06) is the month or day of a dated one (2025-03-19, 2025-06) */
export const yearlessOf = (partial: string, dated: string): boolean => partial.startsWith("--") && /^\d{4}-/.test(dated) && dated.slice(4) === partial.slice(1);

/**
 * The date of one event as the two languages give it: the same, or one that lacks the other's year (then the
 * dated one is kept); otherwise they differ, and the Chinese one is kept (the English one goes to `conflicts`).
 */
export function oneDate(zh: string | null, en: string | null): { date: string | null; differ: boolean } {
  if (!zh || !en || zh === en) return { date: zh ?? en, differ: false };
  if (yearlessOf(zh, en)) return { date: en, differ: false };
  if (yearlessOf(en, zh)) return { date: zh, differ: false };
  return { date: zh, differ: true };
}

/**
 * The date two reports of one tie give together, or undefined where they differ: the same date; a year and a
 * date within it (2025 and 2025-02: the finer); a date without its year and a year or month that holds it (新增…
 * 2025年 and 2月缔结: --02 and 2025 make 2025-02).
 */
export function jointDate(a: string | null, b: string | null): string | null | undefined {
  if (!a || !b || a === b) return a ?? b;
  for (const [x, y] of [[a, b], [b, a]] as const) {
    if (/^\d{4}$|^\d{4}-\d{2}$/.test(x) && y.startsWith(`${x}-`) && /^\d{4}(?:-\d{2}){1,2}$/.test(y)) return y;
    if (/^--\d{2}(?:-\d{2})?$/.test(x) && /^\d{4}(?:-\d{2}){0,2}$/.test(y)) {
      const [within, yearless] = [y.slice(4), x.slice(1)];
      if (yearless.startsWith(within)) return y.slice(0, 4) + yearless;
      if (within.startsWith(yearless)) return y;
    }
  }
  return undefined;
}

/** which side of its figure a qualifier puts the count: "at least" and 以上 ("more than") say the same, "about" and "more than" do not */
const QUALIFIER_SIDE: Record<NonNullable<CountFact["qualifier"]>, "above" | "below" | "around"> = {
  "more than": "above",
  "at least": "above",
  "less than": "below",
  "at most": "below",
  nearly: "below",
  about: "around",
};
/**
 * The same figure told with qualifiers that put it on different sides (约 / "more than"): a disagreement
 * the editor sees. A qualifier only one side writes is a translation's looseness (近5亿 / "500 million"), not one.
 */
function qualifierConflict(zh: Claim, en: Claim): Fact["conflicts"] {
  if (zh.kind !== "count" || en.kind !== "count" || !zh.qualifier || !en.qualifier) return [];
  return QUALIFIER_SIDE[zh.qualifier] === QUALIFIER_SIDE[en.qualifier] ? [] : [{ field: "qualifier", zh: zh.qualifier, en: en.qualifier }];
}

function merge(zh: Claim, en: Claim, conflicts: Fact["conflicts"]): Claim {
  const base = {
    evidence: [...zh.evidence, ...en.evidence],
    corroboration: conflicts.length ? ("conflict" as const) : ("both" as const),
    confidence: mergedConfidence(zh, en, conflicts),
    conflicts,
  };
  if (zh.kind === "count" && en.kind === "count") {
    const unit = zh.unit || en.unit ? { zh: zh.unit?.zh ?? null, en: en.unit?.en ?? null } : null;
    return { ...zh, ...base, unit, qualifier: zh.qualifier ?? en.qualifier };
  }
  if (zh.kind === "date" && en.kind === "date") {
    // the better-anchored reading wins when they agree (an absolute year over one counted from the publication date)
    const better = !conflicts.length && en.resolved && !zh.resolved ? en : zh;
    return { ...better, ...base };
  }
  throw new Error("merge of different kinds");
}

const conceptOf = (f: CountFact, lang: "zh" | "en"): string | null => (isRank(f) ? "rank" : unitConcept(lang === "zh" ? (f.unit?.zh ?? null) : (f.unit?.en ?? null), lang));
/**
 * could be the same count: both ranks or neither, and units that do not name different things. A unit no concept
 * names may be any count (媒体从业人员 beside "media professionals"), but not one of ties: a tally of pairs, cities
 * or countries is told in words of ties in every translation, which the concepts know, so 国际友城134对 and "22
 * exhibitors" count two things; unless that side names nothing of its own (a measure word alone, 个 or 对; no unit)
 */
function compatible(z: CountFact, e: CountFact): boolean {
  const [a, b] = [conceptOf(z, "zh"), conceptOf(e, "en")];
  const unknownBeside = (unknown: CountFact, lang: "zh" | "en", known: string | null): boolean => unnamed(unknown, lang) || known === null || !TIE_CONCEPTS.has(known);
  return isRank(z) === isRank(e) && (a === null ? unknownBeside(z, "zh", b) : b === null ? unknownBeside(e, "en", a) : a === b);
}
/** the concepts of a count of ties */
const TIE_CONCEPTS = new Set(["pair", "city", "country", "local government"]);
/** a unit that names nothing counted: none, or a measure word alone (个, 对, 批) */
const unnamed = (f: CountFact, lang: "zh" | "en"): boolean => {
  const unit = (lang === "zh" ? f.unit?.zh : f.unit?.en) ?? "";
  return lang === "zh" ? /^[^\p{Script=Han}]*\p{Script=Han}?[^\p{Script=Han}]*$/u.test(unit) : !/\p{L}/u.test(unit);
};
/** certainly the same count: units that name the same thing */
const sameUnit = (z: CountFact, e: CountFact): boolean => conceptOf(z, "zh") !== null && conceptOf(z, "zh") === conceptOf(e, "en");

/**
 * 自2013年开行以来 "since 2013", 自2010年正式缔结…以来 "since establishing … in 2010": a Chinese year that opens a
 * span its clause tells (自 or 从 before it, 以来 after the clause) is the time of the clause's event ("on"), which
 * the English may tell as the start of the span instead. The two are one claim, in the English relation.
 */
const OPENS_SPAN_BEFORE = /[自从]$/;
// (自2017年开始交往, "have had exchanges since 2017": 开始 right after the year opens the span as 以来 closes it)
const OPENS_SPAN_AFTER = /^(?:[^，。；！？,;]{0,24}?以来|开始)/;
function opensSpan(f: DateFact, paragraphText: ReadonlyMap<string, string>): boolean {
  const e = f.evidence[0]!;
  const text = paragraphText.get(e.paragraph) ?? "";
  return OPENS_SPAN_BEFORE.test(text.slice(Math.max(0, e.start - 1), e.start)) && OPENS_SPAN_AFTER.test(text.slice(e.end));
}

/**
 * "a dozen Weihai companies" beside 十多家威海企业, "over two dozen projects" beside 二十多个项目: dozens are a round
 * word, as tens told with 多 are, no figure of 12 or 24 the Chinese disagrees with. The two agree when the ranges they
 * allow meet: k dozen, 12k give or take six (from 12k up to the next dozen after "over"); a Chinese figure from itself up
 * to its next round step after 多 (20 to 30 for 二十多), itself alone when told bare. 30多家 beside "a dozen" still
 * disagrees.
 */
const dozensBesideTens = (z: CountFact, e: CountFact): boolean => {
  const dozens = /^(?:(?:about|some|around|over|more\s+than|nearly|almost)\s+)?(?:a|one|two|three|four|five|six)\s+dozen\b/i.test(e.evidence[0]!.quote);
  if (!dozens) return false;
  const [enLow, enHigh] = e.qualifier === "more than" || e.qualifier === "at least" ? [e.value, e.value + 12] : e.qualifier === "nearly" ? [e.value - 6, e.value] : [e.value - 6, e.value + 6];
  const step = 10 ** Math.floor(Math.log10(Math.max(1, z.value)));
  const [zhLow, zhHigh] = z.qualifier === "more than" ? [z.value, z.value + step] : z.qualifier === "about" ? [z.value - step / 2, z.value + step / 2] : z.qualifier === null ? [z.value, z.value] : [Number.NaN, Number.NaN];
  return zhLow <= enHigh && enLow <= zhHigh;
};

/** a five-year plan's period, named by its number: “十四五”, "the 14th Five-Year Plan period" */
const PLAN_PERIOD = { zh: /[十]?[一二三四五六七八九十]五/, en: /Five-Year\s+Plan/i };
/** how a telling of a date reads in its paragraph */
type Told = (f: DateFact, paragraphText: ReadonlyMap<string, string>) => boolean;
const ANY: Told = () => true;
/** a telling whose paragraph's words in the `reach` characters right before it match a pattern (closed by $) */
const wordsBefore = (pattern: RegExp, reach: number): Told => (f, paragraphText) => {
  const e = f.evidence[0]!;
  return pattern.test((paragraphText.get(e.paragraph) ?? "").slice(Math.max(0, e.start - reach), e.start));
};
/** a telling whose paragraph's words in the `reach` characters right after it match a pattern (opened by ^) */
const wordsAfter = (pattern: RegExp, reach: number): Told => (f, paragraphText) => {
  const e = f.evidence[0]!;
  return pattern.test((paragraphText.get(e.paragraph) ?? "").slice(e.end, e.end + reach));
};

/** an English year after a verb of beginning ("began in 2011", "was launched in 2011"), the start of what goes on since */
const beganIn = wordsBefore(/\b(?:began|begun|started|launched|kicked\s+off|was\s+(?:launched|founded|established|set\s+up|initiated|inaugurated)|first\s+held)\s+in\s+$/i, 40);
/** 于2019年结为友好城市: a year the tie after it was made in */
const madeTieIn = wordsAfter(/^[^，。；]{0,4}?(?:结为|缔结|建立|结成|结好)/, 12);
/** "have been sister cities since 2019": a tie held since the year, its verb of being and the tie's word before it */
const heldSince = wordsBefore(/\b(?:have|has|had)\s+been\s+(?:[^.;]{0,40}?\b(?:sister|twin|friendly|friendship|partner)\b[^.;]{0,30}?|(?:twinned|paired|partnered)\s+(?:with\s+[^.;]{1,40}?)?)$/, 70);
/** 力争2027年双边贸易额达到…: a year a target is set for, the time it is to be reached by */
const targetYear = wordsBefore(/(?:力争|争取|预计|有望|计划|目标是)(?:在|于|到)?$/, 6);
/**
 * One claim each language tells in a relation of its own, joined in the English relation (a Chinese date of `zh`
 * that reads so, beside the only English date of `en` with its value that reads so):
 * - a Chinese year opening a span (自2014年开通以来, 自2017年开始交往) beside "since 2014";
 * - 自2011年起 beside "which began in 2011";
 * - “十四五”以来 beside "During the 14th Five-Year Plan period" (2021 to 2025);
 * - 于2019年结为友好城市 beside "have been sister cities since 2019": the tie made that year, held since;
 * - 力争2027年…达到 beside "by 2027": the year a target is to be reached by;
 * - 今年以来 beside "this year", "so far this year": the year so far, which English tells as the year.
 */
const RETOLD: readonly { zh: DateFact["relation"]; en: DateFact["relation"]; zhTold: Told; enTold: Told }[] = [
  { zh: "on", en: "since", zhTold: opensSpan, enTold: ANY },
  { zh: "since", en: "on", zhTold: ANY, enTold: beganIn },
  { zh: "since", en: "between", zhTold: (z) => PLAN_PERIOD.zh.test(z.evidence[0]!.quote), enTold: (e) => PLAN_PERIOD.en.test(e.evidence[0]!.quote) },
  { zh: "on", en: "since", zhTold: madeTieIn, enTold: heldSince },
  { zh: "on", en: "until", zhTold: targetYear, enTold: ANY },
  { zh: "since", en: "on", zhTold: (z) => /^今年以来$/.test(z.evidence[0]!.quote), enTold: (e) => /^(?:so\s+far\s+)?this\s+year$/i.test(e.evidence[0]!.quote) },
];

/** whether a date stands in its paragraph's wire dateline ("HAIKOU, Nov. 25 -- ", 新华社海口11月25日电): the day the story was filed */
function inWireDateline(f: DateFact, paragraphText: ReadonlyMap<string, string>): boolean {
  const e = f.evidence[0]!;
  const text = paragraphText.get(e.paragraph);
  return !!text && (e.lang === "zh" || e.lang === "en") && e.start < wireDatelineEnd(text, e.lang);
}

/** `paragraphText`: each paragraph's cleaned text by its id (the frame a Chinese date stands in) */
export function fuseClaims(facts: Fact[], alignments: Alignment[], paragraphText: ReadonlyMap<string, string>): Fact[] {
  const claims = facts.filter((f): f is Claim => f.kind === "count" || f.kind === "date");
  // each alignment reads its own paragraphs' claims (not a scan of the document's: a long document has thousands of each)
  const byParagraph = groupInOrder(claims, (f) => f.evidence[0]!.paragraph);
  const merged = new Set<Fact>();
  const out: Fact[] = [];
  for (const a of alignments) {
    const side = (ids: string[]): Claim[] => byParagraph(ids).filter((f) => !merged.has(f));
    const joined: Claim[] = [];
    const take = (z: Claim, e: Claim, conflicts: Fact["conflicts"]): void => {
      merged.add(z);
      merged.add(e);
      joined.push(merge(z, e, conflicts));
      out.push(joined[joined.length - 1]!);
    };
    // the same value first, then a yearless date with a dated one (10月11日 and 2013年10月11日 beside "October 11,
    // 2013": the English date is the dated Chinese one, the yearless one is another day of that month and day); among
    // counts of one value, those whose units name the same thing first (3个国家的3个地方政府 beside "three local
    // governments in three countries": each 3 with its own unit, whatever the order)
    for (const pass of ["same unit", "exact", "yearless"] as const) {
      for (const z of side(a.zh)) {
        const e = side(a.en).find((x) => sameClaim(z, x) && (pass === "yearless" || z.value === x.value) && (pass !== "same unit" || (z.kind === "count" && x.kind === "count" && sameUnit(z, x))));
        if (e) take(z, e, qualifierConflict(z, e));
      }
    }
    // what is left: the same claim with different values
    const zhCounts = side(a.zh).filter((f): f is CountFact => f.kind === "count");
    const enCounts = side(a.en).filter((f): f is CountFact => f.kind === "count");
    for (const z of zhCounts) {
      const left = enCounts.filter((e) => !merged.has(e));
      // the same unit in both; or, with a unit one side leaves unnamed, the only count each side could pair with
      const e =
        left.find((x) => sameUnit(z, x)) ??
        left.find((x) => compatible(z, x) && left.filter((y) => compatible(z, y)).length === 1 && zhCounts.filter((y) => !merged.has(y) && compatible(y, x)).length === 1);
      if (e) take(z, e, dozensBesideTens(z, e) ? [] : [{ field: "value", zh: z.value, en: e.value }]);
    }
    for (const relation of ["on", "since", "until", "between"] as const) {
      const zd = side(a.zh).filter((f): f is DateFact => f.kind === "date" && f.relation === relation);
      const ed = side(a.en).filter((f): f is DateFact => f.kind === "date" && f.relation === relation);
      // (not the day a wire story was filed, in its dateline, beside a day the other side tells of an event: "HAIKOU, Nov.
      // 25 --" and 11月24日, which the English tells as "on Monday", are two claims)
      if (zd.length === 1 && ed.length === 1 && inWireDateline(zd[0]!, paragraphText) === inWireDateline(ed[0]!, paragraphText)) {
        const [z, e] = [zd[0]!, ed[0]!];
        const conflicts: Fact["conflicts"] = [{ field: "value", zh: z.value, en: e.value }];
        if (z.until !== e.until) conflicts.push({ field: "until", zh: z.until, en: e.until });
        take(z, e, conflicts);
      }
    }
    // (one claim the two languages tell in relations of their own: joined in the English one)
    for (const r of RETOLD) {
      for (const z of side(a.zh)) {
        if (z.kind !== "date" || z.relation !== r.zh || !r.zhTold(z, paragraphText)) continue;
        const told = side(a.en).filter((x): x is DateFact => x.kind === "date" && x.relation === r.en && x.value === z.value && r.enTold(x, paragraphText));
        if (told.length !== 1) continue;
        take({ ...z, relation: r.en, until: told[0]!.until }, told[0]!, []);
        merged.add(z);
      }
    }
    // 新华社长沙11月20日电 …20日签署 beside "CHANGSHA, Nov. 20 (Xinhua) -- … signed": a date one side tells twice and
    // the other once is one claim, the second telling more evidence of the date both sides gave
    for (const f of [...side(a.zh), ...side(a.en)]) {
      if (f.kind !== "date") continue;
      const told = joined.find((j): j is DateFact => j.kind === "date" && j.value === f.value && j.relation === f.relation && j.until === f.until);
      if (!told) continue;
      const lastOfLanguage = told.evidence.findLastIndex((x) => x.lang === f.evidence[0]!.lang);
      told.evidence.splice(lastOfLanguage + 1, 0, ...f.evidence);
      merged.add(f);
    }
  }
  // (a day told once in each language, in paragraphs no alignment pairs: 9月1日至3日，…访问我省 left untranslated
  // beside "visited the province from September 1 to 3" in an English paragraph that condenses three)
  const left = claims.filter((f): f is DateFact => !merged.has(f) && f.kind === "date" && DAY_VALUE.test(f.value));
  const key = (f: DateFact): string => `${f.value} ${f.relation} ${f.until}`;
  const byKey = groupBy(left, key);
  for (const z of left.filter((f) => f.evidence[0]!.lang === "zh")) {
    const same = byKey.get(key(z))!;
    const e = same.filter((f) => f.evidence[0]!.lang === "en");
    if (same.length !== 2 || e.length !== 1) continue;
    merged.add(z);
    merged.add(e[0]!);
    out.push(merge(z, e[0]!, []));
  }
  // ("WEIFANG, July 14 -- … celebrated … on Monday", in a release with no translation: a day one paragraph tells twice,
  // and no other language tells beside it, is one claim, as it is when the translation tells it once)
  const once = new Map<string, DateFact>();
  for (const f of claims) {
    if (merged.has(f) || f.kind !== "date" || !DAY_VALUE.test(f.value)) continue;
    const told = once.get(`${f.evidence[0]!.paragraph} ${key(f)}`);
    if (told) {
      told.evidence.push(...f.evidence);
      merged.add(f);
    } else once.set(`${f.evidence[0]!.paragraph} ${key(f)}`, f);
  }
  for (const f of facts) if (!merged.has(f)) out.push(f);
  return out;
}
/** a date to the day (2025-09-01, --09-01): one told in both languages is one claim wherever each stands */
const DAY_VALUE = /(?:^\d{4}|^-)-\d{2}-\d{2}$/;
