/**
 * fuse: one fact per claim. Within each aligned pair of paragraphs, a Chinese and an English fact of
 * the same kind and value (a count of 45, a date of 2019 "since") are one claim: they become one
 * fact with evidence in both languages, its unit in both, and corroboration "both". What only one
 * language states keeps "zh-only" or "en-only". Place mentions become one place fact per place and
 * document (extractors/places/link.ts pairs the names across languages). Facts then get stable ids
 * (a hash of what they say and where), so the same input gives the same ids.
 */
import { createHash } from "node:crypto";
import type { Doc } from "./document";
import type { Stage } from "./stage";
import type { CountFact, DateFact, Fact, PlaceFact } from "../schemas/output";
import { linkPlaces, type PlaceGroup } from "../extractors/places/link";
import { evidenceFor } from "./extract";

const isRank = (f: CountFact): boolean => f.unit?.en === "rank" || f.unit?.zh === "rank";

function sameClaim(a: Fact, b: Fact): boolean {
  if (a.kind === "count" && b.kind === "count") return a.value === b.value && isRank(a) === isRank(b);
  if (a.kind === "date" && b.kind === "date") return a.value === b.value && a.relation === b.relation;
  return false;
}

function merge(zh: Fact, en: Fact): Fact {
  const base = { evidence: [...zh.evidence, ...en.evidence], corroboration: "both" as const, confidence: Math.min(1, Math.round((Math.max(zh.confidence, en.confidence) + 0.05) * 1000) / 1000), conflicts: [] };
  if (zh.kind === "count" && en.kind === "count") {
    const unit = zh.unit || en.unit ? { zh: zh.unit?.zh ?? null, en: en.unit?.en ?? null } : null;
    return { ...zh, ...base, unit, qualifier: zh.qualifier ?? en.qualifier } satisfies CountFact;
  }
  if (zh.kind === "date" && en.kind === "date") {
    // the better-anchored reading wins (an absolute year over a year counted from the publication date)
    const better = en.resolved && !zh.resolved ? en : zh;
    return { ...better, ...base } satisfies DateFact;
  }
  return zh;
}

export function factId(f: Fact): string {
  const first = f.evidence[0]!;
  const what = f.kind === "count" ? `${f.value}` : f.kind === "date" ? `${f.value}/${f.relation}` : f.kind === "place" ? `${f.name.en}/${f.name.zh}` : `${f.type}/${f.parties.map((p) => p.en ?? p.zh).join("+")}`;
  return `${f.kind}-${createHash("sha1").update(`${f.kind}|${what}|${first.paragraph}|${first.start}`).digest("hex").slice(0, 10)}`;
}

/** confidence of a place by how it was named: a gazetteer entry, names paired by pinyin or by order, a name read from context */
const PLACE_CONFIDENCE: Record<NonNullable<PlaceGroup["link"]> | "context", number> = { gazetteer: 0.9, pinyin: 0.8, order: 0.75, context: 0.6 };

function placeFacts(doc: Doc): PlaceFact[] {
  const paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p]));
  const groups = linkPlaces({ paragraphs: doc.paragraphs, mentions: doc.placeMentions, alignments: doc.alignments });
  return groups.map((g) => {
    const evidence = g.mentions.map((m) => evidenceFor(doc, paragraphs.get(m.paragraph)!, m.candidate.index, m.candidate.text, m.candidate.rule));
    evidence.sort((a, b) => a.source.start - b.source.start || a.end - b.end);
    const langs = new Set(evidence.map((e) => e.lang));
    const damaged = g.mentions.every((m) => paragraphs.get(m.paragraph)!.damaged);
    const confidence = PLACE_CONFIDENCE[g.link ?? "context"] * (damaged ? 0.6 : 1);
    return {
      kind: "place",
      id: "",
      evidence,
      confidence,
      corroboration: langs.has("zh") && langs.has("en") ? "both" : langs.has("zh") ? "zh-only" : "en-only",
      conflicts: [],
      name: g.name,
      placeType: g.type,
      code: g.entry?.code ?? null,
    } satisfies PlaceFact;
  });
}

export const fuse: Stage = {
  name: "fuse",
  summary: "one fact per claim: equal facts of aligned paragraphs merge with evidence in both languages; stable ids",
  run(doc: Doc): void {
    const byParagraph = (ids: string[]): Fact[] => doc.facts.filter((f) => ids.includes(f.evidence[0]!.paragraph));
    const merged = new Set<Fact>();
    const out: Fact[] = [];
    for (const a of doc.alignments) {
      const zh = byParagraph(a.zh);
      const en = byParagraph(a.en);
      for (const z of zh) {
        const e = en.find((x) => !merged.has(x) && sameClaim(z, x));
        if (!e) continue;
        merged.add(z);
        merged.add(e);
        out.push(merge(z, e));
      }
    }
    for (const f of doc.facts) if (!merged.has(f)) out.push(f);
    out.push(...placeFacts(doc));
    // a headline restates a claim of the body: its evidence joins the body's fact
    const role = new Map(doc.paragraphs.map((p) => [p.id, p.role]));
    const headline = (f: Fact): boolean => ["title", "header"].includes(role.get(f.evidence[0]!.paragraph) ?? "");
    for (const t of out.filter(headline)) {
      const body = out.find((f) => !headline(f) && sameClaim(f, t) || (!headline(f) && f.kind === t.kind && sameClaim(t, f)));
      if (!body) continue;
      body.evidence.push(...t.evidence);
      out.splice(out.indexOf(t), 1);
    }
    out.sort((a, b) => a.evidence[0]!.source.start - b.evidence[0]!.source.start || a.kind.localeCompare(b.kind));
    const seen = new Map<string, number>();
    for (const f of out) {
      const id = factId(f);
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      f.id = n > 1 ? `${id}-${n}` : id;
    }
    doc.facts = out;
  },
};
