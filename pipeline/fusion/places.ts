/**
 * Place facts: the document's place mentions, linked across languages (extractors/places/link.ts), one
 * fact per place citing every mention. Returns, beside the facts, which fact each mention belongs to, so
 * agreement parties can name their place.
 */
import type { Doc } from "../document";
import type { PlaceFact } from "../../schemas/output";
import { linkPlaces, type PlaceGroup } from "../../extractors/places/link";
import { DAMAGE_FACTOR, evidenceFor, round } from "../extract";
import { factId } from "./ids";

/** confidence of a place by how it was named: a gazetteer entry, names paired by pinyin or by order, a name read from context */
const PLACE_CONFIDENCE: Record<NonNullable<PlaceGroup["link"]> | "context", number> = { gazetteer: 0.9, pinyin: 0.8, order: 0.75, sound: 0.7, context: 0.6 };

export interface PlaceFacts {
  facts: PlaceFact[];
  /** the place fact of a mention, by "paragraph@index" */
  byMention: Map<string, PlaceFact>;
  groups: Map<PlaceFact, PlaceGroup>;
}

export const mentionKey = (paragraph: string, index: number): string => `${paragraph}@${index}`;

export function placeFacts(doc: Doc): PlaceFacts {
  const paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p]));
  const byMention = new Map<string, PlaceFact>();
  const groups = new Map<PlaceFact, PlaceGroup>();
  const facts = linkPlaces({ paragraphs: doc.paragraphs, mentions: doc.placeMentions, alignments: doc.alignments }).map((g) => {
    const evidence = g.mentions.map((m) => evidenceFor(doc, paragraphs.get(m.paragraph)!, m.candidate.index, m.candidate.text, m.candidate.rule));
    evidence.sort((a, b) => a.source.start - b.source.start || a.end - b.end);
    const langs = new Set(evidence.map((e) => e.lang));
    const damaged = g.mentions.every((m) => paragraphs.get(m.paragraph)!.damaged);
    const fact: PlaceFact = {
      kind: "place",
      id: "",
      evidence,
      confidence: round(PLACE_CONFIDENCE[g.link ?? "context"] * (damaged ? DAMAGE_FACTOR : 1)),
      corroboration: langs.has("zh") && langs.has("en") ? "both" : langs.has("zh") ? "zh-only" : "en-only",
      conflicts: [],
      name: g.name,
      placeType: g.type,
      code: g.entry?.code ?? null,
    };
    fact.id = factId(fact);
    for (const m of g.mentions) byMention.set(mentionKey(m.paragraph, m.candidate.index), fact);
    groups.set(fact, g);
    return fact;
  });
  return { facts, byMention, groups };
}
