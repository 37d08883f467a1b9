/** Runs the agreement rules of a language; where two rules' readings overlap, the earlier rule wins, then the longer. */
import type { AgreementCandidate, AgreementContext, AgreementRule, ParagraphContext } from "../types";
import { isRenewal } from "./parties";

export function findAgreements(ctx: ParagraphContext, rules: readonly AgreementRule[], found: AgreementContext): AgreementCandidate[] {
  const all = rules.flatMap((r, priority) => r.find(ctx, found).map((c) => ({ c, priority })));
  all.sort((x, y) => x.priority - y.priority || y.c.text.length - x.c.text.length || x.c.index - y.c.index);
  const kept: AgreementCandidate[] = [];
  const overlaps = (a: AgreementCandidate, b: AgreementCandidate): boolean => a.index < b.index + b.text.length && b.index < a.index + a.text.length;
  // a renewal and the first signing are two events ("renewed their sister-city agreement …, 30 years after they first
  // became sister cities"); any other two matches of one sentence name one event twice ("signed …, becoming sister cities")
  const renewalAndOriginal = (a: AgreementCandidate, b: AgreementCandidate): boolean =>
    (a.triggerAt.end <= b.triggerAt.index || b.triggerAt.end <= a.triggerAt.index) && isRenewal(a.triggers) !== isRenewal(b.triggers);
  // the pairs of one enumeration share their trigger (长春市与仙台市、吉林市与春川市等相继结好)
  const onePairOfMany = (a: AgreementCandidate, b: AgreementCandidate): boolean => a.rule === b.rule && a.triggerAt.index === b.triggerAt.index && a.index !== b.index;
  for (const { c } of all) if (!kept.some((k) => overlaps(k, c) && !renewalAndOriginal(k, c) && !onePairOfMany(k, c))) kept.push(c);
  return kept.sort((a, b) => a.index - b.index);
}
