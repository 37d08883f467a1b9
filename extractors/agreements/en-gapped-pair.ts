/**
 * "Qingdao and Long Beach established sister-city relations in 1985, and Qingdao and Genoa did so in 1999"; "Shenyang
 * and Sapporo became sister cities in 1980, and Dalian and Kitakyushu in 1979": a second pair whose verb and tie are left
 * out, with only its own year after it. It is an event of the first's kind, its parties the pair, dated by its year.
 * The first event's window already ends where this clause begins (NEXT_EVENT in en.ts), so the two never share parties.
 */
import type { AgreementCandidate, AgreementContext, PartyMention } from "../types";
import { allMatches } from "../shared/matches";
import { NAME_WORD_EN } from "./organisations";

const NAME = `${NAME_WORD_EN}(?:\\s+${NAME_WORD_EN}){0,2}`;
/**
 * ", and A and B (did so) in (May) 1999": the two names (groups 1, 2), the words that stand for the left-out verb (3), the
 * year's "in" (4) and the year (5); case-sensitive, for the names' capitals
 */
const GAPPED_PAIR_CLAUSE = new RegExp(`,\\s+and\\s+(?:the\\s+)?(${NAME})\\s+and\\s+(?:the\\s+)?(${NAME})(?:\\s+(did\\s+so))?\\s+(in)\\s+(?:${NAME_WORD_EN}\\s+)?((?:19|20)\\d{2})\\b`, "dg");
/** what may stand between the event before and the gapped clause: the rest of that clause, no sentence's end */
const SAME_CLAUSE_RUN = /^[^.;!?]*$/;

/** The gapped pairs after the rule's events, each an event of the kind of the one it follows. */
export function gappedPairEvents(text: string, found: AgreementContext, events: readonly AgreementCandidate[]): AgreementCandidate[] {
  if (!events.length || !text.includes(" and ")) return [];
  const out: AgreementCandidate[] = [];
  for (const m of allMatches(GAPPED_PAIR_CLAUSE, text)) {
    // (the event told last before the clause, in its sentence; a gapped clause follows a signed tie, not a plan)
    const first = events.findLast((e) => e.triggerAt.end <= m.index && SAME_CLAUSE_RUN.test(text.slice(e.triggerAt.end, m.index)));
    if (!first || first.status !== "signed" || !first.date) continue;
    const [one, other] = [m.indices![1]!, m.indices![2]!].map(([start, end]) => found.places.find((p) => p.index === start && p.index + p.text.length === end));
    if (!one || !other) continue;
    const yearAt = m.indices![5]![0];
    const date = found.dates.find((d) => d.index <= yearAt && yearAt < d.index + d.text.length) ?? null;
    if (!date) continue;
    const parties: PartyMention[] = [one, other].map((p) => ({ kind: "place", index: p.index, text: p.text }));
    const [from, to] = [one.index, m.index + m[0].length];
    // (the words standing for the left-out verb, "did so", or the year's "in", are where the event is told; the words that
    // made it an event, which fusion reads for the kind of tie and a renewal, are the first's, left out here)
    const [triggerStart, triggerEnd] = m.indices![3] ?? m.indices![4]!;
    out.push({ ...first, parties, date, index: from, text: text.slice(from, to), triggerAt: { index: triggerStart, end: triggerEnd } });
  }
  return out;
}
