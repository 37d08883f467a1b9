/**
 * Gathers a document's place mentions into places, each named once with its English and Chinese name.
 * A gazetteer name is its entry (an ambiguous English name such as Xi'an takes the reading its aligned
 * Chinese paragraph names). Names no gazetteer holds are linked across aligned paragraphs: a Chinese name
 * of Chinese origin by pinyin (凤凰 ↔ Fenghuang), and what is left, transliterated foreign names
 * (莎拉巴特曼市 ↔ Sarah Baartman District Municipality), by order once the known names are set aside
 * and only when both sides have the same number left. A name left unlinked keeps the other language
 * null: foreign names are never romanised with pinyin. The mentions include the later mentions of
 * names found only in context (extractors/places/repeats.ts, run before the agreement rules).
 */
import { pinyin } from "pinyin-pro";
import type { Lang, PlaceCandidate } from "../types";
import type { PlaceEntry, PlaceType } from "./gazetteer";
import { groupInOrder } from "../shared/group";
import { TRAILING_DIVISION } from "./en";
import { REPEAT_RULE } from "./repeats";

export interface Mention {
  paragraph: string;
  lang: Lang;
  candidate: PlaceCandidate;
}

export type LinkMethod = "gazetteer" | "pinyin" | "order" | null;

export interface PlaceGroup {
  entry: PlaceEntry | null;
  name: { en: string | null; zh: string | null };
  type: PlaceType;
  mentions: Mention[];
  /** how the names of an unknown place were paired across languages */
  link: LinkMethod;
}

export interface LinkInput {
  paragraphs: { id: string; lang: string; text: string }[];
  mentions: Mention[];
  alignments: { zh: string[]; en: string[] }[];
}

const letters = (s: string): string => s.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
const stripZhSuffix = (s: string): string => s.replace(/[市县区省州郡]$/, "");
const stripEnSuffix = (s: string): string => s.replace(TRAILING_DIVISION, "");

function romanised(zh: string): string {
  return letters((pinyin(stripZhSuffix(zh), { toneType: "none", type: "array", v: true }) as string[]).join(""));
}

export function linkPlaces(input: LinkInput): PlaceGroup[] {
  const alignmentOf = new Map<string, { zh: string[]; en: string[] }>();
  for (const a of input.alignments) for (const id of [...a.zh, ...a.en]) alignmentOf.set(id, a);
  const byParagraph = groupInOrder(input.mentions, (m) => m.paragraph);

  // 1. the entry of every gazetteer mention; an ambiguous name takes the reading the other side names
  const entryOf = new Map<Mention, PlaceEntry>();
  for (const m of input.mentions) {
    const hits = m.candidate.hits;
    if (!hits.length) continue;
    let chosen = hits[0]!.entry;
    const a = alignmentOf.get(m.paragraph);
    if (hits.length > 1 && a) {
      const other = byParagraph(m.lang === "zh" ? a.en : a.zh).flatMap((o) => o.candidate.hits.map((h) => h.entry.id));
      chosen = hits.find((h) => other.includes(h.entry.id))?.entry ?? chosen;
    }
    entryOf.set(m, chosen);
  }

  // an unknown English name with a division word is the bare name when the document also writes that
  // bare ("Linz City" in Linz City Hall, and Linz): one place, one name to pair
  const unknownEn = new Set(input.mentions.filter((m) => m.lang === "en" && !entryOf.has(m)).map((m) => m.candidate.text));
  const bareEn = (name: string): string => {
    const stem = stripEnSuffix(name);
    return stem !== name && unknownEn.has(stem) ? stem : name;
  };

  // 2. unknown names paired across each alignment
  const zhToEn = new Map<string, { en: string; method: LinkMethod }>();
  const linkedEn = new Set<string>();
  for (const a of input.alignments) {
    // a name's later mentions (extractors/places/repeats.ts) pair as its first one does, not again
    const unknown = (ids: string[]): Mention[] => byParagraph(ids).filter((m) => !entryOf.has(m) && m.candidate.rule !== REPEAT_RULE);
    const zh = [...new Map(unknown(a.zh).map((m) => [m.candidate.text, m])).values()].filter((m) => !zhToEn.has(m.candidate.text));
    let en = [...new Set(unknown(a.en).map((m) => bareEn(m.candidate.text)))].filter((n) => !linkedEn.has(n));
    const pair = (zhName: string, enName: string, method: LinkMethod): void => {
      zhToEn.set(zhName, { en: enName, method });
      linkedEn.add(enName);
      en = en.filter((n) => n !== enName);
    };
    const left: Mention[] = [];
    for (const m of zh) {
      const match = m.candidate.foreign ? undefined : en.find((n) => letters(stripEnSuffix(n)) === romanised(m.candidate.text));
      if (match) pair(m.candidate.text, match, "pinyin");
      else left.push(m);
    }
    const rest = [...en];
    if (left.length && left.length === rest.length) left.forEach((m, i) => pair(m.candidate.text, rest[i]!, "order"));
  }

  // 3. groups: by entry, or by the pair of unknown names
  const groups = new Map<string, PlaceGroup>();
  const enToZh = new Map([...zhToEn].map(([zh, { en }]) => [en, zh]));
  const keyOf = (m: Mention): string => {
    const entry = entryOf.get(m);
    if (entry) return entry.id;
    const zh = m.lang === "zh" ? m.candidate.text : enToZh.get(bareEn(m.candidate.text));
    return zh !== undefined ? `zh:${zh}` : `en:${bareEn(m.candidate.text)}`;
  };
  const add = (m: Mention): void => {
    const key = keyOf(m);
    let g = groups.get(key);
    if (!g) {
      const entry = entryOf.get(m) ?? null;
      const zh = entry ? entry.zh : m.lang === "zh" ? m.candidate.text : (enToZh.get(bareEn(m.candidate.text)) ?? null);
      const link = zh && !entry ? zhToEn.get(zh) : undefined;
      const en = entry ? entry.en : m.lang === "en" ? bareEn(m.candidate.text) : (link?.en ?? null);
      g = { entry, name: { en, zh }, type: entry?.type ?? "other", mentions: [], link: entry ? "gazetteer" : (link?.method ?? null) };
      groups.set(key, g);
    }
    g.mentions.push(m);
    // the language that states the kind of an unknown place (District Municipality, 市) decides it; English is more specific
    if (!g.entry && m.candidate.type && (g.type === "other" || m.lang === "en")) g.type = m.candidate.type;
  };
  for (const m of input.mentions) add(m);

  return [...groups.values()];
}

