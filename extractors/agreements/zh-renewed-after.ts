/**
 * 厦门与波尔图于2006年结为友好城市，2016年曾续签一次; 两市…缔结友好城市关系，并于2018年续约: a later clause of the same sentence
 * that renews what its first clause made, with its own time and no document named (续签 alone, the tie understood). It is
 * an event of the first's kind between the first's parties, a renewal, dated by its own time. (续签了友好城市协议, with the
 * document named, is the trigger's own reading.)
 */
import type { AgreementCandidate, AgreementContext } from "../types";
import { allMatches } from "../shared/matches";
import { isRenewal } from "./parties";

/** ，2016年曾续签一次 / ，并于2018年续约: the clause's time (group 1 ends before it), then the bare renewal (group 2), closing its clause */
// (or names the document by its kind alone, 2019年首次续签合作协议: a cooperation agreement renewed is an agreement, as
// "first renewed their cooperation agreement in 2019" reads; 续签协议, the tie's own, keeps the tie's kind)
const RENEWED_LATER = /[，,]\s*(?:并|此后|之后|后)?(?:于)?()(?=[0-9０-９]{4}年)[^，。；、]{2,14}?(?:又|曾|再次|再度|还)?(续签|续约)(?:了)?(?:一次|两次|三次)?((?:合作)?协议书?)?(?=[，。；]|$)/dgu;
/** the rest of the first event's clause and sentence up to the renewal: no sentence's end */
const SAME_SENTENCE_RUN = /^[^。；！？]*$/;

export function renewalsAfterTie(text: string, found: AgreementContext, events: readonly AgreementCandidate[]): AgreementCandidate[] {
  if (!events.length || !/续签|续约/.test(text)) return [];
  const out: AgreementCandidate[] = [];
  for (const m of allMatches(RENEWED_LATER, text)) {
    const first = events.findLast((e) => e.triggerAt.end <= m.index && SAME_SENTENCE_RUN.test(text.slice(e.triggerAt.end, m.index)));
    if (!first || first.status !== "signed" || isRenewal(first.triggers)) continue;
    const clauseStart = m.indices![1]![0];
    const [verbStart, verbEnd] = m.indices![2]!;
    const date = found.dates.find((d) => d.index === clauseStart && d.index + d.text.length <= verbStart) ?? null;
    if (!date) continue;
    const end = m.indices![3]?.[1] ?? verbEnd;
    const type = m[3]?.startsWith("合作") ? "agreement" : first.type;
    out.push({ ...first, type, date, index: first.index, text: text.slice(first.index, end), triggers: [text.slice(verbStart, end)], triggerAt: { index: verbStart, end } });
  }
  return out;
}
