/** Runs the agreement rules of a language; where two rules' readings overlap, the earlier rule wins, then the longer. */
import type { AgreementCandidate, AgreementContext, AgreementRule, ParagraphContext } from "../types";
import { datesOfEvents, isAnniversary } from "./event-dates";
import { isRenewal, SINCE_CLOSES, TIE_TYPES } from "./parties";

/** ", which became", ", which have been", ", which were upgraded": the opening of an English relative clause, right before a trigger */
const RELATIVE_CLAUSE = /,\s+which\s+(?:(?:had|have|has|were|was|been|later|first|officially|formally)\s+)*$/;

export function findAgreements(ctx: ParagraphContext, rules: readonly AgreementRule[], found: AgreementContext): AgreementCandidate[] {
  const readable = { ...found, dates: datesOfEvents(ctx.text, found.dates, ctx.lang) };
  const all = rules.flatMap((r, priority) => r.find(ctx, readable).map((c) => ({ c, priority })));
  all.sort((x, y) => x.priority - y.priority || y.c.text.length - x.c.text.length || x.c.index - y.c.index);
  const kept: AgreementCandidate[] = [];
  const overlaps = (a: AgreementCandidate, b: AgreementCandidate): boolean => a.index < b.index + b.text.length && b.index < a.index + a.text.length;
  // a renewal and the first signing are two events ("renewed their sister-city agreement …, 30 years after they first
  // became sister cities"); any other two matches of one sentence name one event twice ("signed …, becoming sister cities")
  const triggersApart = (a: AgreementCandidate, b: AgreementCandidate): boolean => a.triggerAt.end <= b.triggerAt.index || b.triggerAt.end <= a.triggerAt.index;
  const renewalAndOriginal = (a: AgreementCandidate, b: AgreementCandidate): boolean => triggersApart(a, b) && isRenewal(a.triggers) !== isRenewal(b.triggers);
  // "signed a memorandum …, and the two sides plan to sign a sister-city agreement": what was done and what is planned are two events
  const doneAndPlanned = (a: AgreementCandidate, b: AgreementCandidate): boolean => triggersApart(a, b) && a.type !== b.type && (a.status === "planned") !== (b.status === "planned");
  // the pairs of one enumeration share their trigger (长春市与仙台市、吉林市与春川市等相继结好), as the partners dated
  // one by one do ("with Tacoma (1994), Fujisawa (1981)…", each cited from the trigger to its own bracket)
  const onePairOfMany = (a: AgreementCandidate, b: AgreementCandidate): boolean => a.rule === b.rule && a.triggerAt.index === b.triggerAt.index && (a.index !== b.index || a.text !== b.text);
  // "Ningbo and Rotterdam, which became sister cities in 1991, signed a memorandum": a relative clause tells an event of its own
  const inRelativeClause = (x: AgreementCandidate): boolean => RELATIVE_CLAUSE.test(ctx.text.slice(Math.max(0, x.triggerAt.index - 24), x.triggerAt.index));
  const besideRelative = (a: AgreementCandidate, b: AgreementCandidate): boolean => triggersApart(a, b) && inRelativeClause(a) !== inRelativeClause(b);
  // "扬州市与A市签署备忘录，与B市签署意向书": two documents signed with different partners are two events, though
  // the subject that opens the sentence is in both readings
  const named = (x: AgreementCandidate): string[] => x.parties.flatMap((p) => (p.text ? [p.text] : []));
  const holdsAll = (a: AgreementCandidate, b: AgreementCandidate): boolean => named(b).every((t) => named(a).includes(t));
  /** the text between two readings' triggers, the earlier's end to the later's start */
  const betweenTriggers = (a: AgreementCandidate, b: AgreementCandidate): string => {
    const [first, second] = a.triggerAt.index < b.triggerAt.index ? [a, b] : [b, a];
    return ctx.text.slice(first.triggerAt.end, second.triggerAt.index);
  };
  // (in clauses of their own, each naming a few parties: text that lost its punctuation runs many readings together)
  const clausesApart = (a: AgreementCandidate, b: AgreementCandidate): boolean => /[，,；;]/.test(betweenTriggers(a, b));
  const otherPartners = (a: AgreementCandidate, b: AgreementCandidate): boolean =>
    triggersApart(a, b) && clausesApart(a, b) && named(a).length <= 3 && named(b).length <= 3 && !holdsAll(a, b) && !holdsAll(b, a);
  // 签署了《…备忘录》和《…协议》, "signed a Memorandum on X and an Agreement on Y": two documents of different
  // kinds named one after the other are two events; so are three or four in one list (签署了《…备忘录》《…协议》和《…意向书》,
  // 签署了友好合作备忘录、教育合作协议和旅游合作意向书, "signed a memorandum on …, an agreement on … and a letter of intent on …")
  const listedDocuments = (a: AgreementCandidate, b: AgreementCandidate): boolean => triggersApart(a, b) && a.type !== b.type && DOCUMENTS_LISTED_BETWEEN.test(betweenTriggers(a, b));
  // 两市于2014年建立友好交流关系，2019年升格为友好城市: a tie made, then raised to another kind, is two ties (not
  // "upgraded … to a sister-city relationship, signing the agreement": the document of the raising is the raising)
  const upgrade = (x: AgreementCandidate): boolean => UPGRADE.test(x.triggers.join(" "));
  const madeAndUpgraded = (a: AgreementCandidate, b: AgreementCandidate): boolean => triggersApart(a, b) && a.type !== b.type && TIE_TYPES.has(a.type) && TIE_TYPES.has(b.type) && upgrade(a) !== upgrade(b);
  // 双方回顾了两市自2014年建立友好城市关系以来的合作成果，并签署了…行动计划: the tie a "since" clause recalls and the
  // document the sentence's own verb signs are two events
  // (English names the two with words of their own, "the two sides … since the two cities established …": told apart above)
  const recalled = (x: AgreementCandidate): boolean => ctx.lang === "zh" && SINCE_CLOSES.test(ctx.text.slice(x.triggerAt.end, x.triggerAt.end + 40));
  const recalledAndSigned = (a: AgreementCandidate, b: AgreementCandidate): boolean => triggersApart(a, b) && a.type !== b.type && recalled(a) !== recalled(b);
  // 2016年，两市签署了建立友好城市关系的意向书，2019年正式缔结…: events of two kinds in clauses of their own, each on
  // a date of its own, are two
  // ("signed a letter of intent on establishing sister city relations in 2003 and formally became sister cities in May 2005":
  // or joined by "and", each with a date of its own)
  const joinedApart = (a: AgreementCandidate, b: AgreementCandidate): boolean => /\sand\s/.test(betweenTriggers(a, b));
  const datedApart = (a: AgreementCandidate, b: AgreementCandidate): boolean => triggersApart(a, b) && (clausesApart(a, b) || joinedApart(a, b)) && a.type !== b.type && !!a.date && !!b.date && a.date.index !== b.date.index;
  // "signed a memorandum … with Lucerne, its sister city since 2016", 与其2016年缔结的友好城市卢塞恩签署…备忘录: the tie
  // that describes the partner (held since, or 的 making it an attribute) and the document signed are two events
  // (and a tie whose anniversary the sentence marks: "attended an event marking the 45th anniversary of the sister-city
  // relationship between A and B, and the two sides signed a memorandum", 出席了两市缔结友好城市45周年纪念活动，双方签署了…)
  const describedTie = (x: AgreementCandidate): boolean => TIE_TYPES.has(x.type) && (x.date?.relation === "since" || ctx.text.slice(x.triggerAt.index, x.triggerAt.end).includes("的") || isAnniversary(ctx.text, x.triggerAt, ctx.lang));
  const tieOfPartner = (a: AgreementCandidate, b: AgreementCandidate): boolean => triggersApart(a, b) && describedTie(a) !== describedTie(b) && [a, b].some((x) => DOCUMENT_TYPES.has(x.type));
  // "added two sister cities and three friendly exchange cities, namely A and B (sister cities), and C (friendly exchange
  // cities)": ties of two kinds with partners of their own are two events, though one clause names them all
  const tiesOfTwoKinds = (a: AgreementCandidate, b: AgreementCandidate): boolean => triggersApart(a, b) && a.type !== b.type && TIE_TYPES.has(a.type) && TIE_TYPES.has(b.type) && !holdsAll(a, b) && !holdsAll(b, a);
  const twoEvents = (a: AgreementCandidate, b: AgreementCandidate): boolean =>
    renewalAndOriginal(a, b) || tiesOfTwoKinds(a, b) || doneAndPlanned(a, b) || onePairOfMany(a, b) || besideRelative(a, b) || otherPartners(a, b) || listedDocuments(a, b) || madeAndUpgraded(a, b) || recalledAndSigned(a, b) || datedApart(a, b) || tieOfPartner(a, b);
  for (const { c } of all) if (!kept.some((k) => overlaps(k, c) && !twoEvents(k, c))) kept.push(c);
  // 签署协议，将两市友好交流关系升级为友好城市关系: an agreement named by no more than the word, whose next
  // clause tells the tie it makes, is that tie's signing: one event, the tie's
  const tellsItsTie = (generic: AgreementCandidate): boolean =>
    generic.type === "agreement" &&
    BARE_AGREEMENT.test(ctx.text.slice(generic.triggerAt.index, generic.triggerAt.end)) &&
    kept.some((t) => TIE_TYPES.has(t.type) && t.triggerAt.index >= generic.triggerAt.end && /^[^。；;.!?]{0,40}$/.test(ctx.text.slice(generic.triggerAt.end, t.triggerAt.index)));
  // 双方就续签两市合作计划达成共识，并签署了…行动计划, "reached consensus on renewing the cooperation plan … and signed
  // the … Action Plan": a document of a kind planned with no date of its own, then one of the same kind signed later in
  // the sentence, is the plan carried out: one event, the signing (not "agreed to sign a memorandum next year, and
  // signed a memorandum on …": the plan's own date makes it another)
  const carriedOut = (plan: AgreementCandidate): boolean =>
    plan.status === "planned" && !plan.date && kept.some((s) => s.status === "signed" && s.type === plan.type && s.triggerAt.index >= plan.triggerAt.end && !/[。；;.!?]/.test(ctx.text.slice(plan.triggerAt.end, s.triggerAt.index)));
  // "became sister cities in 2006 and renewed their agreement once in 2016": "their agreement", renewed, after a tie of the
  // same parties told earlier in the sentence, is that tie's document: the renewal is of the tie's kind
  const renewedTie = (generic: AgreementCandidate): AgreementCandidate | undefined =>
    generic.type === "agreement" && isRenewal(generic.triggers) && RENEWED_OWN_AGREEMENT.test(ctx.text.slice(generic.triggerAt.index, generic.triggerAt.end))
      ? kept.find((t) => TIE_TYPES.has(t.type) && !isRenewal(t.triggers) && t.triggerAt.end <= generic.triggerAt.index && !/[。；;.!?]/.test(ctx.text.slice(t.triggerAt.end, generic.triggerAt.index)) && holdsAll(t, generic) && holdsAll(generic, t))
      : undefined;
  return kept
    .filter((c) => !tellsItsTie(c) && !carriedOut(c))
    .map((c) => {
      const tie = renewedTie(c);
      return tie ? { ...c, type: tie.type, level: c.level ?? tie.level } : c;
    })
    .sort((a, b) => a.index - b.index);
}

/** "renewed their agreement", 续签了协议: a renewal of the parties' own document, which names no subject of its own */
const RENEWED_OWN_AGREEMENT = /^(?:续签了?(?:该|这一)?协议书?|renew(?:ed|ing|s)?\s+(?:their|its|the)\s+agreement)$/i;

/** what lies between two documents of one list: no clause's mark, and 》, 、 or 和 (a comma or "and" in English) before the second */
const DOCUMENTS_LISTED_BETWEEN = /^(?:(?:[^，。；：:《]*(?:》|和|及|以及|、)《?|[^，。；：:]*》(?:和|及|以及|、)?《?)[^，。；：:《》、]*|[^.;]*(?:,|\s+and)\s+)$/;

/** the kinds of event that are a document signed */
const DOCUMENT_TYPES = new Set(["memorandum", "letter-of-intent", "agreement"]);

/** the words of raising a tie to another kind */
const UPGRADE = /升格为|升级为|提升为|\bupgrad/i;

/** a signing of "the agreement" or 协议 alone: no subject of its own that would make it another document */
const BARE_AGREEMENT = /^(?:(?:签署|签订)了?(?:该|这一)?协议书?|sign(?:ed|ing|s)?\s+(?:the|an)\s+agreement)$/i;
