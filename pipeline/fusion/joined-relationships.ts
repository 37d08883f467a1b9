/**
 * One event told several times across a release (its anniversary, then its establishment "in 1995"; a tie's report, then
 * "the agreement" signed by whom): reports of one tie between the same places, with the same status and no two
 * different dates, become one fact (joinRelationships), after each paragraph pair's two languages were fused
 * (agreements.ts).
 */
import type { AgreementFact, Fact } from "../../schemas/output";
import { CAMEO, isRenewal, TIE_TYPES } from "../../extractors/agreements/parties";
import { jointDate } from "./claims";
import { jointStatus, sameEvent, samePlaces } from "./agreements";

/** two reports of one tie between the same places: the same status and renewal, and no two different dates */
const sameTie = (o: AgreementFact, f: AgreementFact): boolean => (sameEvent(o, f) || namedLooselyAndByKind(o, f)) && isRenewal(o.triggers) === isRenewal(f.triggers) && mayBeOne(o, f);

/** "friendly relations", 友好关系: a tie named by no kind of its own (not 友好合作关系 or 友好交流关系, "friendly exchange relations") */
const NAMES_A_KIND = /合作|交流|cooperat|exchange|partner/i;
const looselyNamed = (f: AgreementFact): boolean => f.type === "friendly-cooperation" && f.triggers.some((t) => /友好关系|friendly\s+(?:relations|relationships?|ties)\b/i.test(t)) && !f.triggers.some((t) => NAMES_A_KIND.test(t));
/**
 * 两省县于1984年缔结友好关系 beside 辽宁省与富山县缔结友好省县关系40周年: the friendly relations of two places the
 * release names as sister places too are that sister tie, not a second one of a lesser kind
 */
const namedLooselyAndByKind = (a: AgreementFact, b: AgreementFact): boolean =>
  [[a, b], [b, a]].some(([x, y]) => x!.type === "sister-city" && looselyNamed(y!)) && samePlaces(a, b);
/** two reports that may tell one event: the same status, and no two different dates (jointDate) */
const mayBeOne = (a: AgreementFact, b: AgreementFact): boolean => a.status === b.status && jointDate(a.date, b.date) !== undefined;

/**
 * the words of signing "the agreement" with nothing that names it: 签署协议, "signed the agreement"; and one told with its
 * partner, in the passive: 与波尔图市的协议于5月签署, "The agreement with Porto was signed in May, and the one with …"
 */
const BARE_AGREEMENT_TRIGGER = /^(?:签署|签订|协议书?|sign(?:ed|ing|s)?\s+the\s+agreement|agreement\s+with\s+[^.;]+?\s+(?:was|were)\s+(?:also\s+)?signed|the\s+one)$/i;
/** a signing of "the agreement" alone, between the places of a tie's report, which may be that tie's agreement */
const bareAgreementOfTie = (tie: AgreementFact, f: AgreementFact): boolean =>
  TIE_TYPES.has(tie.type) && f.type === "agreement" && f.triggers.every((t) => BARE_AGREEMENT_TRIGGER.test(t)) && samePlaces(tie, f);
/**
 * 市长…签署协议 after 签署友好城市协议: the agreement a tie's report has named, signed (by whom) in another
 * paragraph; the same places, and no two different dates
 */
// (not a signing of several, 签署葡萄酒贸易、航空、职业培训三项合作协议: those are other agreements than the tie's one)
const signsTheTiesAgreement = (tie: AgreementFact, f: AgreementFact): boolean =>
  bareAgreementOfTie(tie, f) && !f.evidence.some((e) => SEVERAL_AGREEMENTS.test(e.quote)) && mayBeOne(tie, f);
/**
 * 两市于2015年首次签署该协议 after 西安与阿拉木图续签友好合作协议 ("The two cities first signed the agreement in 2015"): the
 * agreement a tie's report named, pointed back to (该协议, "the agreement") and signed on another date, is that tie's
 * own earlier signing, of its kind
 */
const POINTS_BACK = /(?:该|此|这一|上述)协议|\bthe\s+agreement\b/i;
const signedTheTiesAgreementBefore = (tie: AgreementFact, f: AgreementFact): boolean => bareAgreementOfTie(tie, f) && f.evidence.every((e) => POINTS_BACK.test(e.quote));
/** documents counted: 三项合作协议, 5份协议, "three cooperation agreements" */
const SEVERAL_AGREEMENTS = /[0-9０-９二三四五六七八九十两几多]+(?:项|份|个)[^，。；]{0,8}协议|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:[\w-]+\s+){0,3}agreements\b/i;

/**
 * A sister-city tie is told in several paragraphs: its anniversary (no date of its own), and its
 * establishment "in 1995". Reports of one tie between the same places, with the same status and no two
 * different dates, are one fact with the date one of them gives; so is a signing of "the agreement" between
 * them. Memorandums and agreements are joined only when both are dated the same day ("a signing ceremony
 * for the agreement …", then "… signed the agreement on behalf of the two sides"): two places may sign
 * several, but not the same kind twice that day.
 */
export function joinRelationships(facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    const sameDay = (o: AgreementFact): boolean => f.kind === "agreement" && !!o.date && o.date === f.date && /^(?:\d{4}|-)-\d{2}-\d{2}$/.test(o.date);
    const tie = f.kind === "agreement" ? out.find((o): o is AgreementFact => o.kind === "agreement" && ((sameTie(o, f) && (TIE_TYPES.has(f.type) || sameDay(o))) || sameMembership(o, f))) : undefined;
    if (tie && f.kind === "agreement") absorb(tie, f);
    else out.push(f);
  }
  // the signing of "the agreement", before or after the tie's report
  const ties = out.filter((f): f is AgreementFact => f.kind === "agreement" && TIE_TYPES.has(f.type));
  return out.filter((f) => {
    if (f.kind !== "agreement") return true;
    const tie = ties.find((t) => signsTheTiesAgreement(t, f));
    if (tie) {
      absorb(tie, f);
      return false;
    }
    const earlier = ties.find((t) => signedTheTiesAgreementBefore(t, f));
    if (!earlier) return true;
    f.type = earlier.type;
    if (f.status !== "planned") f.cameo = CAMEO[earlier.type];
    // (the tie's establishment told again, by its own words, is the same event)
    const told = ties.find((t) => t !== earlier && sameTie(t, f));
    if (told) absorb(told, f);
    return !told;
  });
}

/**
 * 深圳正式成为C40…会员城市, then 深圳是加入该组织的第14个中国城市: a place joins a body once, so two reports of its
 * membership in the same body, with no two different dates and statuses that may be one, are one event
 */
const sameMembership = (o: AgreementFact, f: AgreementFact): boolean =>
  o.type === "membership" && f.type === "membership" && sameEvent(o, f) && jointDate(o.date, f.date) !== undefined && jointStatus(o.status, f.status) !== null;

/** one report's evidence, triggers and what it alone says, added to the fact of the event it reports */
function absorb(tie: AgreementFact, f: AgreementFact): void {
  tie.status = jointStatus(tie.status, f.status) ?? tie.status;
  // (a sister tie's report names its kind; "friendly relations" does not)
  if (f.type === "sister-city") tie.type = "sister-city";
  tie.evidence.push(...f.evidence);
  tie.conflicts.push(...f.conflicts);
  tie.date = jointDate(tie.date, f.date) ?? tie.date;
  tie.level ??= f.level;
  tie.triggers.push(...f.triggers);
  tie.confidence = Math.max(tie.confidence, f.confidence);
  const langs = new Set(tie.evidence.map((e) => e.lang));
  tie.corroboration = tie.conflicts.length ? "conflict" : langs.size > 1 ? "both" : tie.corroboration;
}
