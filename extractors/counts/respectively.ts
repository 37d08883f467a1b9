/**
 * Figures listed "respectively": 总数分别达到128对和186对, "bringing the totals to 128 and 186 respectively". Each
 * figure is a count of its own, cited alone with its measure word, and counts what the sentence counted before
 * it, in the same order (respectiveTotals lends the units, once the other rules have read the paragraph: "8 new
 * pairs of sister cities and 12 of friendly exchange cities, bringing the totals to …").
 */
import type { CountCandidate, CountRule, Lang, ParagraphContext } from "../types";
import { findZhNumerals } from "../shared/numerals-zh";
import { findEnNumbers } from "../shared/numerals-en";
import { lowerBound } from "../shared/search";

/** 分别 and the verb that gives the figures after it: 分别达到, 分别为, 分别增至 */
const RESPECTIVELY_ZH = /分别(?:增加到|增长到|提高到|上升到|增至|达到|达|为|是|突破|超过|有)?了?/g;
/** the measure word a figure is cited with (128对), and what joins the figures (和, 、) */
const MEASURE_ZH = /^(?:余|多)?(对|个|家|项|名|座|所|人次|人|批次|批|份)?/;
const JOIN_ZH = /^(?:和|与|及|、)$/;

/** "128 and 186 respectively", "128, 186 and 203, respectively": what joins the figures, and the word after them */
const JOIN_EN = /^(?:,\s*|\s+and\s+|,\s+and\s+)$/;
const RESPECTIVELY_AFTER_EN = /^,?\s+respectively\b/i;

export const respectiveFiguresZh: CountRule = {
  id: "count-zh-respectively",
  lang: "zh",
  find(ctx: ParagraphContext): CountCandidate[] {
    const out: CountCandidate[] = [];
    const numerals = findZhNumerals(ctx.text).filter((n) => n.form === "number" && n.value > 0);
    // (the numerals before each 分别 are passed once, not again for every 分别: both are in text order)
    let first = 0;
    for (const m of ctx.text.matchAll(RESPECTIVELY_ZH)) {
      let at = m.index + m[0].length;
      const figures: CountCandidate[] = [];
      while (first < numerals.length && numerals[first]!.index < at) first++;
      for (let i = first; i < numerals.length; i++) {
        const n = numerals[i]!;
        if (n.index < at) continue;
        if (n.index > at && !(figures.length && JOIN_ZH.test(ctx.text.slice(at, n.index)))) break;
        const end = n.index + n.text.length;
        // (分别增长12.5%和8.3%: shares, not counts)
        if (/^[%％‰]/.test(ctx.text.slice(end))) break;
        const measure = MEASURE_ZH.exec(ctx.text.slice(end))!;
        figures.push({ rule: this.id, index: n.index, text: ctx.text.slice(n.index, end + measure[0].length), value: n.value, unit: null, qualifier: null });
        at = end + measure[0].length;
      }
      if (figures.length >= 2) out.push(...figures);
    }
    return out;
  },
};

export const respectiveFiguresEn: CountRule = {
  id: "count-en-respectively",
  lang: "en",
  find(ctx: ParagraphContext): CountCandidate[] {
    const out: CountCandidate[] = [];
    const numbers = findEnNumbers(ctx.text).filter((n) => !n.ordinal && !n.latinScale && n.value > 0);
    // a run of figures joined one to the next, closed by "respectively"
    let run: typeof numbers = [];
    numbers.forEach((n, i) => {
      const previous = run[run.length - 1];
      // (the run grows in place: copied for each figure, a run of thousands of figures took time that grew with its square)
      if (previous && JOIN_EN.test(ctx.text.slice(previous.index + previous.text.length, n.index))) run.push(n);
      else run = [n];
      const next = numbers[i + 1];
      const closes = RESPECTIVELY_AFTER_EN.test(ctx.text.slice(n.index + n.text.length));
      if (!closes || run.length < 2 || (next && JOIN_EN.test(ctx.text.slice(n.index + n.text.length, next.index)))) return;
      for (const f of run) out.push({ rule: this.id, index: f.index, text: f.text, value: f.value, unit: null, qualifier: null });
    });
    return out;
  },
};

/** the rules whose figures findCounts (select.ts) keeps only where respectiveTotals gives them their units */
export const RESPECTIVE_RULES = new Set([respectiveFiguresZh.id, respectiveFiguresEn.id]);
/** what joins two figures of one list, as each rule read it */
const FIGURES_JOINED: Record<Lang, RegExp> = { zh: JOIN_ZH, en: JOIN_EN };
/** what ends a sentence */
const SENTENCE_END = /[。！？；]|[.!?;](?=\s|$)/g;

/**
 * The figures of each "respectively" list (`figures`, read by the rules above) that stand for as many counts
 * before them in their sentence (`kept`, the other rules' counts): each with the unit of its count, in order (the
 * last ones before the list). A list with fewer counts before it is left to the other rules, which read its
 * figures as counts of the noun they share ("Tourists from A and B reached 96,000 and 54,000 respectively").
 */
export function respectiveTotals(text: string, lang: Lang, figures: CountCandidate[], kept: CountCandidate[]): CountCandidate[] {
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
  // (the last end at or before the position: ends are in order)
  const sentenceStart = (at: number): number => ends[lowerBound(ends, at + 1, (e) => e) - 1] ?? 0;
  const out: CountCandidate[] = [];
  for (let i = 0; i < figures.length; i++) {
    let j = i;
    while (j + 1 < figures.length && FIGURES_JOINED[lang].test(text.slice(figures[j]!.index + figures[j]!.text.length, figures[j + 1]!.index))) j++;
    const list = figures.slice(i, j + 1);
    const from = sentenceStart(list[0]!.index);
    const before = kept.filter((c) => c.index >= from && c.index + c.text.length <= list[0]!.index && c.unit).slice(-list.length);
    if (before.length === list.length) out.push(...list.map((c, k) => ({ ...c, unit: before[k]!.unit })));
    i = j;
  }
  return out;
}
