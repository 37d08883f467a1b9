/** Runs the count rules of a language and keeps, among overlapping readings, the longest (then rule order). */
import type { CountCandidate, CountRule, ParagraphContext, Quoted } from "../types";

const overlaps = (a: Quoted, b: Quoted): boolean => a.index < b.index + b.text.length && b.index < a.index + a.text.length;

/**
 * A figure inside a date (the 28 of November 28, the 2018 of since 2018) is the date's: a count whose
 * span meets a date that states its value. A rule may ask it of the figure alone before reading on: a
 * count grows from its figure, so it meets every date the figure meets.
 */
export const belongsToDate = (span: Quoted, value: number, dates: readonly Quoted[]): boolean => dates.some((d) => overlaps(d, span) && d.text.includes(String(value)));

export function findCounts(ctx: ParagraphContext, rules: readonly CountRule[], dates: readonly Quoted[] = []): CountCandidate[] {
  const all = rules.flatMap((r, priority) => r.find(ctx, dates).map((c) => ({ c, priority })));
  all.sort((x, y) => x.priority - y.priority || y.c.text.length - x.c.text.length || x.c.index - y.c.index);
  const kept: CountCandidate[] = [];
  for (const { c } of all) {
    if (belongsToDate(c, c.value, dates)) continue;
    if (kept.some((k) => overlaps(k, c))) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.index - b.index);
}
