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
import type { Fact } from "../schemas/output";
import { placeFacts } from "./fusion/places";
import { fuseClaims, sameClaim } from "./fusion/claims";
import { agreementFacts, joinRelationships, nameFromHeadline, restatesEvent, sameEvent } from "./fusion/agreements";
import { assignIds } from "./fusion/ids";

/** a headline restates a claim of the body: its evidence joins the body's fact */
function foldHeadlines(doc: Doc, facts: Fact[]): Fact[] {
  const role = new Map(doc.paragraphs.map((p) => [p.id, p.role]));
  const headline = (f: Fact): boolean => ["title", "header"].includes(role.get(f.evidence[0]!.paragraph) ?? "");
  const out = [...facts];
  for (const t of out.filter((f) => headline(f) && f.kind !== "place")) {
    const body = out.find((f) => !headline(f) && (sameClaim(f, t) || sameEvent(f, t))) ?? out.find((f) => !headline(f) && restatesEvent(t, f));
    if (!body) continue;
    body.evidence.push(...t.evidence);
    nameFromHeadline(body, t);
    // a headline in the other language corroborates the body
    const langs = new Set(body.evidence.map((e) => e.lang));
    if (body.corroboration !== "conflict" && langs.has("zh") && langs.has("en")) body.corroboration = "both";
    out.splice(out.indexOf(t), 1);
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
    const facts = joinRelationships(foldHeadlines(doc, [...fuseClaims(doc.facts, doc.alignments, new Map(doc.paragraphs.map((p) => [p.id, p.text]))), ...places.facts, ...agreementFacts(doc, places)]));
    facts.sort((a, b) => a.evidence[0]!.source.start - b.evidence[0]!.source.start || a.kind.localeCompare(b.kind));
    assignIds(facts);
    warnConflicts(doc, facts);
    doc.facts = facts;
  },
};
