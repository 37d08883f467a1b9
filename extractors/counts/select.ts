/** Runs the count rules of a language and keeps, among overlapping readings, the longest (then rule order). */
import type { CountCandidate, CountRule, ParagraphContext, Quoted } from "../types";
import { RESPECTIVE_RULES, respectiveTotals } from "./respectively";

const overlaps = (a: Quoted, b: Quoted): boolean => a.index < b.index + b.text.length && b.index < a.index + a.text.length;

/**
 * A figure inside a date (the 28 of November 28, the 2018 of since 2018) is the date's: a count whose
 * span meets a date that states its value. A rule may ask it of the figure alone before reading on: a
 * count grows from its figure, so it meets every date the figure meets.
 */
export const belongsToDate = (span: Quoted, value: number, dates: readonly Quoted[]): boolean => dates.some((d) => overlaps(d, span) && d.text.includes(String(value)));

export function findCounts(ctx: ParagraphContext, rules: readonly CountRule[], dates: readonly Quoted[] = []): CountCandidate[] {
  // (the figures of a "respectively" list are read apart, after the rest: they stand for the counts read before them)
  const respective = rules.filter((r) => RESPECTIVE_RULES.has(r.id));
  const all = rules.filter((r) => !respective.includes(r)).flatMap((r, priority) => r.find(ctx, dates).map((c) => ({ c, priority })));
  all.sort((x, y) => x.priority - y.priority || y.c.text.length - x.c.text.length || x.c.index - y.c.index);
  const kept: CountCandidate[] = [];
  for (const { c } of all) {
    if (belongsToDate(c, c.value, dates)) continue;
    // (a tab between the figure and its noun: two cells of a table row, "1\tJersey City", a row's number and its partner)
    if (c.text.includes("\t")) continue;
    if (kept.some((k) => overlaps(k, c))) continue;
    kept.push(c);
  }
  kept.sort((a, b) => a.index - b.index);
  // (总数分别达到128对和186对: figures that total what the sentence counted before them replace any reading of their own)
  const figures = respective.flatMap((r) => r.find(ctx, dates)).filter((c) => !belongsToDate(c, c.value, dates));
  const totals = figures.length ? respectiveTotals(ctx.text, ctx.lang, figures, kept) : [];
  return totals.length ? [...kept.filter((k) => !totals.some((t) => overlaps(t, k))), ...totals].sort((a, b) => a.index - b.index) : kept;
}
