/** Runs the place rules of a language and keeps, among overlapping readings, the longest (then rule order). */
import type { ParagraphContext, PlaceCandidate, PlaceRule } from "../types";
import { romanisedKind } from "./en-romanised";

export function findPlaces(ctx: ParagraphContext, rules: readonly PlaceRule[]): PlaceCandidate[] {
  const all = rules.flatMap((r, priority) => r.find(ctx).map((c) => ({ c, priority })));
  all.sort((x, y) => y.c.text.length - x.c.text.length || x.priority - y.priority || x.c.index - y.c.index);
  const kept: PlaceCandidate[] = [];
  const overlaps = (a: PlaceCandidate, b: PlaceCandidate): boolean => a.index < b.index + b.text.length && b.index < a.index + a.text.length;
  // one phrase may name two places ("West and Central Africa"): the same rule and span is kept twice
  const samePhrase = (a: PlaceCandidate, b: PlaceCandidate): boolean => a.rule === b.rule && a.index === b.index && a.text === b.text;
  for (const { c } of all) if (!kept.some((k) => overlaps(k, c) && !samePhrase(k, c))) kept.push(c);
  return kept.map(withRomanisedDivision).sort((a, b) => a.index - b.index);
}

/** an English name no gazetteer knows takes the kind its hyphened ending states, whatever kind the rule that found it guessed */
function withRomanisedDivision(c: PlaceCandidate): PlaceCandidate {
  if (c.lang !== "en" || c.hits.length) return c;
  const kind = romanisedKind(c.text);
  return kind ? { ...c, type: kind } : c;
}
