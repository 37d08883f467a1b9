/** Runs the count rules of a language and keeps, among overlapping readings, the longest (then rule order). */
import type { CountCandidate, CountRule, ParagraphContext } from "../types";

export function findCounts(ctx: ParagraphContext, rules: readonly CountRule[], taken: { index: number; text: string }[] = []): CountCandidate[] {
  const all = rules.flatMap((r, priority) => r.find(ctx).map((c) => ({ c, priority })));
  all.sort((x, y) => x.priority - y.priority || y.c.text.length - x.c.text.length || x.c.index - y.c.index);
  const kept: CountCandidate[] = [];
  const overlaps = (a: { index: number; text: string }, b: { index: number; text: string }): boolean => a.index < b.index + b.text.length && b.index < a.index + a.text.length;
  // a figure inside a date (the 28 of November 28, the 2018 of since 2018) is the date's
  const numberOnly = (c: CountCandidate): { index: number; text: string } => c;
  for (const { c } of all) {
    if (taken.some((t) => overlaps(t, numberOnly(c)) && t.text.includes(String(c.value)))) continue;
    if (kept.some((k) => overlaps(k, c))) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.index - b.index);
}
