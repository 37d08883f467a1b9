/**
 * fuse: one fact per claim, across the two languages.
 * 1. places first: mentions linked into one place fact per place (agreement parties point at them);
 * 2. counts and dates: equal facts of aligned paragraphs merge ("both"); the same claim with different
 *    values is one fact in conflict (pipeline/fusion/claims.ts);
 * 3. agreements: parties, level and date settled, the two languages merged, disagreements kept;
 * 4. a headline restating a body claim or event joins its evidence;
 * 5. the reports of one sister-city tie (its anniversary, its establishment) are one fact;
 * 6. stable ids, and a warning for every conflict naming the span in each language.
 */
import type { Doc } from "./document";
import type { Stage } from "./stage";
import type { AgreementFact, Fact } from "../schemas/output";
import { placeFacts } from "./fusion/places";
import { fuseClaims, sameClaim } from "./fusion/claims";
import { agreementFacts, nameFromHeadline, restatesEvent, sameEvent, samePlaces } from "./fusion/agreements";
import { joinRelationships } from "./fusion/joined-relationships";
import { isRenewal } from "../extractors/agreements/parties";
import { assignIds } from "./fusion/ids";
import { paragraphsInCells } from "./support/html-text";

/** a headline restates a claim of the body, as a table's cell restates a figure: its evidence joins the body's fact */
function foldRestatements(doc: Doc, facts: Fact[]): Fact[] {
  const role = new Map(doc.paragraphs.map((p) => [p.id, p.role]));
  const inCell = paragraphsInCells(doc.tables, doc.paragraphs);
  // (在无锡投资的德资企业…投资总额约80亿美元 beside a table whose cell reads 80亿美元: one claim)
  const restating = (f: Fact): boolean => ["title", "header"].includes(role.get(f.evidence[0]!.paragraph) ?? "") || (f.kind === "count" && f.evidence.every((e) => inCell.has(e.paragraph)));
  const out = [...facts];
  // (of two such facts, the one the body tells first: the lead reports the headline's event, a later paragraph recalls
  // an older one of the same places and kind, 2016年，两市建立友好交流关系)
  // (the body's telling, before a date line's: 周一 in a title is the body's 周一, not the date line's 2024-05-13)
  const order = new Map(doc.paragraphs.map((p, i) => [p.id, p.role === "body" ? i : doc.paragraphs.length + i]));
  const told = (f: Fact): number => Math.min(...f.evidence.map((e) => order.get(e.paragraph) ?? Infinity));
  // ("Hangzhou, Leeds Renew Sister-City Pact" over the body's renewal, not over the twinning it recalls: a renewal restates a renewal)
  const renewsAlike = (f: Fact, t: Fact): boolean => f.kind !== "agreement" || t.kind !== "agreement" || isRenewal(f.triggers) === isRenewal(t.triggers);
  const first = (found: Fact[], t: Fact): Fact | undefined => found.sort((a, b) => Number(renewsAlike(b, t)) - Number(renewsAlike(a, t)) || told(a) - told(b))[0];
  for (const t of out.filter((f) => restating(f) && f.kind !== "place")) {
    const body = first(out.filter((f) => !restating(f) && (sameClaim(f, t) || sameEvent(f, t))), t) ?? first(out.filter((f) => !restating(f) && restatesEvent(t, f)), t);
    if (!body) continue;
    body.evidence.push(...t.evidence);
    nameFromHeadline(body, t);
    // (今年一季度 in a release with no date, under the headline's 2024年一季度: the better-anchored reading wins, as
    // when two languages' readings agree)
    if (body.kind === "date" && t.kind === "date" && !body.resolved && t.resolved) Object.assign(body, { value: t.value, until: t.until, resolved: true, anchor: t.anchor });
    // a headline in the other language corroborates the body
    const langs = new Set(body.evidence.map((e) => e.lang));
    if (body.corroboration !== "conflict" && langs.has("zh") && langs.has("en")) body.corroboration = "both";
    out.splice(out.indexOf(t), 1);
  }
  return out;
}

/** "The agreement was signed by …": the definite document of a signing told before, its signing told again */
const RESTATED_SIGNING = /^(?:agreement|memorandum(?:\s+of\s+understanding)?|MoU|letter\s+of\s+intent|accord)\s+(?:was|were)\s+(?:also\s+)?(?:signed|inked)\b/i;
const DEFINITE_BEFORE = /(?:^|[.!?]\s+)The\s+$/;

/**
 * A paragraph that goes on about the document a paragraph before it told signed ("Foshan signed a sister-city agreement
 * with Faenza on Tuesday." then "The agreement was signed by Foshan Vice Mayor … and Faenza Mayor …") tells the same
 * event: its evidence joins that event's, of whatever kind the first telling named it, when the two name the same places.
 */
function foldRestatedSignings(doc: Doc, facts: Fact[], text: ReadonlyMap<string, string>): Fact[] {
  const order = new Map(doc.paragraphs.map((p, i) => [p.id, i]));
  const restates = (f: Fact): f is AgreementFact => {
    if (f.kind !== "agreement" || f.evidence.length !== 1) return false;
    const e = f.evidence[0]!;
    return RESTATED_SIGNING.test(e.quote) && DEFINITE_BEFORE.test(text.get(e.paragraph)!.slice(Math.max(0, e.start - 20), e.start));
  };
  const out = [...facts];
  for (const f of out.filter(restates)) {
    const at = order.get(f.evidence[0]!.paragraph)!;
    const told = out.find((g): g is AgreementFact => g !== f && g.kind === "agreement" && samePlaces(g, f) && g.evidence.some((e) => order.get(e.paragraph)! < at));
    if (!told) continue;
    told.evidence.push(...f.evidence);
    out.splice(out.indexOf(f), 1);
  }
  return out;
}

function warnConflicts(doc: Doc, facts: Fact[]): void {
  for (const f of facts.filter((f) => f.corroboration === "conflict")) {
    const zh = f.evidence.find((e) => e.lang === "zh");
    const en = f.evidence.find((e) => e.lang === "en");
    if (!zh || !en) continue;
    const what = f.conflicts.map((c) => `${c.field}: the Chinese says ${JSON.stringify(c.zh)}, the English ${JSON.stringify(c.en)}`).join("; ");
    doc.messages.push({
      code: "cross-language-conflict",
      reason: `the two languages disagree on a ${f.kind} (${what}): Chinese “${zh.quote}” at ${zh.source.start}–${zh.source.end}, English “${en.quote}” at ${en.source.start}–${en.source.end}`,
      stage: "fuse",
      severity: "warning",
      span: zh.source,
      related: f.evidence.filter((e) => e.lang === "en").map((e) => e.source),
      fact: f.id,
    });
  }
}

export const fuse: Stage = {
  name: "fuse",
  summary: "one fact per claim: places linked across languages, equal facts of aligned paragraphs merged, disagreements kept as conflicts with a warning; stable ids",
  run(doc: Doc): void {
    const places = placeFacts(doc);
    // (each paragraph's text by its id, for the claims' fusion and the restated signings alike)
    const text = new Map(doc.paragraphs.map((p) => [p.id, p.text]));
    const facts = joinRelationships(foldRestatedSignings(doc, foldRestatements(doc, [...fuseClaims(doc.facts, doc.alignments, text), ...places.facts, ...agreementFacts(doc, places)]), text));
    facts.sort((a, b) => a.evidence[0]!.source.start - b.evidence[0]!.source.start || a.kind.localeCompare(b.kind));
    assignIds(facts);
    warnConflicts(doc, facts);
    doc.facts = facts;
  },
};
