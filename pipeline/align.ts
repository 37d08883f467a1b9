/**
 * align: pairs Chinese and English paragraphs that translate each other, in the spirit of Gale-Church
 * and hunalign: a dynamic programme over the two sequences of paragraphs (in document order) allowing
 * 1-1, 1-0, 0-1, 1-2 and 2-1 links, and 1-3 and 3-1 (an English summary of three Chinese paragraphs). A link costs
 *   - its length ratio against the document's own ratio (Chinese characters to English characters,
 *     mean and spread estimated from the document, then re-estimated from a first pass);
 *   - minus the weight of the anchors both sides share (support/anchors.ts);
 *   - plus a little for numbers only one side states, and for distance from the diagonal (relative
 *     position: translations stay near each other, in interleaved and in block layouts alike).
 * Skipping a paragraph (1-0, 0-1) has a fixed cost, lower for titles and metadata lines, which are
 * often in one language only.
 */
import type { Doc } from "./document";
import type { Stage } from "./stage";
import type { Alignment, Paragraph, Unaligned } from "../schemas/output";
import { paragraphsInCells } from "./support/html-text";
import { enAnchors, latinTokensOf, linkEvidence, mergeAnchors, romanisedWords, sharedAnchors, zhAnchors, type AnchorSet } from "./support/anchors";

/** costs, in nats: the priors of Gale-Church's link types, roughly */
const COST = {
  skip: 4.5,
  skipHeader: 1.2, // titles, headers and date lines are often untranslated
  merge: 2.5, // 1-2 and 2-1; twice for 1-3 and 3-1
  position: 3, // per unit of relative-position difference
  unmatchedNumber: 0.6,
  unmatchedNumberCap: 3,
  anchorCap: 12,
  unsupportedMerge: 2,
  strayMerge: 2, // a merged paragraph whose own anchors the other side lacks: an untranslated paragraph beside a translated one
  headingToBody: 8, // a title translated by running text: a release's title without its own, beside a body that retells it
  metadataToBody: 8, // a date line or byline translated by running text: "Sept. 3, 2025" beside 9月1日至3日，…访问我省, which share a date (and furniture by a header)
  oneLine: 10, // the two halves of one line cut where the language turns (a table's cell "尼斯 Nice", a headline and its translation)
};
/** smoothing, in characters, so short lines are not judged by their length alone */
const LENGTH_SMOOTHING = 12;

interface Side {
  paragraphs: Paragraph[];
  lengths: number[];
  anchors: AnchorSet[];
  /** each paragraph's anchors that name something (places, numbers, years, Latin names), not its words */
  strong: string[][];
  /** each paragraph's numbers and years, of those */
  figures: string[][];
  /** each paragraph's other half, where segment cut one line of both languages in two (its id), or null */
  lineMates: (string | null)[];
  /** whether each paragraph may be part of a merged link (2-1, 1-3…): running text outside an HTML table's cells */
  mergeable: boolean[];
}
const STRONG_ANCHOR = /^(?:number|year|place|latin):/;
const FIGURE_ANCHOR = /^(?:number|year):/;

type Shared = ReturnType<typeof linkEvidence>;
/** What a candidate link shares: `dz` Chinese paragraphs from `zi` against `de` English ones from `ej` (one to three a side). */
type SharedBy = (zi: number, dz: number, ej: number, de: number) => Shared;

/** Links are runs of one to three paragraphs a side: 1-1, 2-1, 1-2, 3-1 and 1-3 name the five that share anything. */
const LINK_KINDS = 5;
const linkKind = (dz: number, de: number): number => (dz === 1 ? (de === 1 ? 0 : de === 2 ? 2 : 4) : dz === 2 ? 1 : 3);

/**
 * What a link's paragraphs share: it does not depend on the length model, so both passes of the
 * dynamic programme (and the merge checks) ask for each link once. Kept per row of the band the
 * search visits (typed arrays, NaN: not asked yet), so a document of thousands of paragraphs holds
 * thousands of short rows, not a map of millions of links.
 */
function sharedOf(zh: Side, en: Side, band: Band): SharedBy {
  const rows: (Float64Array | undefined)[] = [];
  // row r is asked at columns from lo(r - 1) (the merge checks of row r - 1) to hi(r) + 2 (a 1-3 link); a merge check
  // of row r - 2 below that is computed, not kept
  const first = (r: number): number => band.lo[Math.max(0, r - 1)]!;
  const compute: SharedBy = (zi, dz, ej, de) => linkEvidence(zh.anchors.slice(zi, zi + dz), en.anchors.slice(ej, ej + de));
  return (zi, dz, ej, de) => {
    const from = first(zi);
    const column = ej - from;
    const width = band.hi[zi]! + 3 - from;
    if (column < 0 || column >= width) return compute(zi, dz, ej, de);
    const row = (rows[zi] ??= new Float64Array(width * LINK_KINDS * 2).fill(NaN));
    const at = (column * LINK_KINDS + linkKind(dz, de)) * 2;
    if (Number.isNaN(row[at]!)) {
      const hit = compute(zi, dz, ej, de);
      row[at] = hit.weight;
      row[at + 1] = hit.unmatchedNumbers;
    }
    return { weight: row[at]!, unmatchedNumbers: row[at + 1]! };
  };
}

/**
 * The cells the search visits: translations stay near the diagonal (relative position on each side),
 * within a fifth of the document and never fewer than six paragraphs either side; in a document of
 * hundreds of paragraphs a side, within SPAN paragraphs, so the work grows with the document's length,
 * not with its square. Row i visits columns lo[i]..hi[i]; both only grow with i.
 */
export interface Band {
  lo: number[];
  hi: number[];
}
const SPAN = 40;

export function bandOf(n: number, m: number): Band {
  const shorter = Math.max(1, Math.min(n, m));
  const width = Math.min(Math.max(0.2, 6 / shorter), Math.max(SPAN / Math.max(n, m, 1), 6 / shorter));
  const near = (i: number, j: number): boolean => Math.abs(i / Math.max(1, n) - j / Math.max(1, m)) <= width;
  const lo: number[] = [];
  const hi: number[] = [];
  for (let i = 0; i <= n; i++) {
    // start from the arithmetic, then settle on the predicate itself (the band's edges are float comparisons)
    let a = Math.max(0, Math.min(m, Math.ceil((i / Math.max(1, n) - width) * Math.max(1, m))));
    while (a > 0 && near(i, a - 1)) a--;
    while (a < m && !near(i, a)) a++;
    let b = Math.max(a, Math.min(m, Math.floor((i / Math.max(1, n) + width) * Math.max(1, m))));
    while (b < m && near(i, b + 1)) b++;
    while (b > a && !near(i, b)) b--;
    lo.push(a);
    hi.push(b);
  }
  return { lo, hi };
}

interface Model {
  ratio: number; // English characters per Chinese character
  spread: number; // Laplace scale of log(actual / expected)
}

type Move = [dz: number, de: number];
const MOVES: Move[] = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [3, 1], [1, 3]];

export const align: Stage = {
  name: "align",
  summary: "pairs Chinese and English paragraphs (1-1, 1-0, 0-1, 1-2, 2-1) by length, shared anchors and position",
  run(doc: Doc): void {
    // each side's anchors are limited to what the other could share: English words to the Chinese
    // side's Latin tokens, pinyin keys to the English side's capitalised words
    const zhParagraphs = doc.paragraphs.filter((p) => p.lang === "zh");
    const chineseLatin = latinTokensOf(zhParagraphs.map((p) => p.text));
    const mates = lineMates(doc);
    const inCell = paragraphsInCells(doc.tables, doc.paragraphs);
    const en = side(doc.paragraphs.filter((p) => p.lang === "en"), (text) => enAnchors(text, chineseLatin), mates, inCell);
    const romanised = romanisedWords(en.anchors);
    const zh = side(zhParagraphs, (text) => zhAnchors(text, romanised), mates, inCell);
    if (zh.paragraphs.length && en.paragraphs.length) {
      const band = bandOf(zh.paragraphs.length, en.paragraphs.length);
      const shared = sharedOf(zh, en, band);
      let model = initialModel(zh, en);
      let links = alignSides(zh, en, model, shared, band);
      model = refitModel(links, zh, en) ?? model;
      links = alignSides(zh, en, model, shared, band);
      doc.alignments = links.map((l, i) => toAlignment(l, i, zh, en));
    }
    const aligned = new Set(doc.alignments.flatMap((a) => [...a.zh, ...a.en]));
    const bilingual = zh.paragraphs.length > 0 && en.paragraphs.length > 0;
    doc.unaligned = doc.paragraphs.filter((p) => !aligned.has(p.id)).map((p): Unaligned => ({ paragraph: p.id, reason: unalignedReason(p, bilingual) }));
  },
};

function side(paragraphs: Paragraph[], anchorsOf: (text: string) => AnchorSet, mates: ReadonlyMap<string, string>, inCell: ReadonlySet<string>): Side {
  const anchors = paragraphs.map((p) => anchorsOf(p.text));
  return {
    paragraphs,
    lengths: paragraphs.map((p) => p.text.replace(/\s+/g, "").length),
    anchors,
    strong: anchors.map((a) => [...a.keys.keys()].filter((k) => STRONG_ANCHOR.test(k))),
    figures: anchors.map((a) => [...a.keys.keys()].filter((k) => FIGURE_ANCHOR.test(k))),
    lineMates: paragraphs.map((p) => mates.get(p.id) ?? null),
    mergeable: paragraphs.map((p) => p.role === "body" && !inCell.has(p.id)),
  };
}


/**
 * the paragraphs segment cut from one line of both languages ("尼斯 Nice" in a table's cell, "…签署备忘录。 On May 9, …"):
 * two neighbours of the two languages with no line break between them in the cleaned text, each the other's mate
 */
function lineMates(doc: Doc): Map<string, string> {
  const mates = new Map<string, string>();
  doc.paragraphs.forEach((p, i) => {
    const next = doc.paragraphs[i + 1];
    if (!next || p.lang === next.lang || !["zh", "en"].includes(p.lang) || !["zh", "en"].includes(next.lang)) return;
    if (doc.text.slice(doc.paragraphStarts[i]! + p.text.length, doc.paragraphStarts[i + 1]!).includes("\n")) return;
    mates.set(p.id, next.id);
    mates.set(next.id, p.id);
  });
  return mates;
}

function unalignedReason(p: Paragraph, bilingual: boolean): Unaligned["reason"] {
  if (!bilingual) return "not-bilingual";
  if (p.role === "title" || p.role === "header") return "title";
  if (p.role === "dateline" || p.role === "source" || p.role === "byline" || p.role === "boilerplate") return "metadata";
  return "untranslated";
}

function initialModel(zh: Side, en: Side): Model {
  const body = (s: Side): number => s.paragraphs.reduce((sum, p, i) => sum + (p.role === "body" ? s.lengths[i]! : 0), 0) || s.lengths.reduce((a, b) => a + b, 0);
  const ratio = Math.min(8, Math.max(1, body(en) / Math.max(1, body(zh))));
  return { ratio, spread: 0.4 };
}

interface Link {
  z: number[];
  e: number[];
  cost: number;
}

/** Re-estimates the length model from the confident 1-1 links of a first pass. */
function refitModel(links: Link[], zh: Side, en: Side): Model | null {
  const ratios = links.filter((l) => l.z.length === 1 && l.e.length === 1).map((l) => (en.lengths[l.e[0]!]! + 1) / (zh.lengths[l.z[0]!]! + 1));
  if (ratios.length < 3) return null;
  const sorted = [...ratios].sort((a, b) => a - b);
  const ratio = sorted[Math.floor(sorted.length / 2)]!;
  const spread = ratios.reduce((s, r) => s + Math.abs(Math.log(r / ratio)), 0) / ratios.length;
  return { ratio, spread: Math.min(0.6, Math.max(0.15, spread)) };
}

/** The cost of linking `dz` Chinese paragraphs from `zi` with `de` English ones from `ej`: the search asks it of every cell, so it takes numbers, not arrays. */
function linkCost(zh: Side, en: Side, zi: number, dz: number, ej: number, de: number, model: Model, sharedBy: SharedBy): number {
  // (a run of three is a summary's or a long paragraph's parts only where each of them shares a figure with the other
  // side: three paragraphs that share only the pair's names, one of them a quote left untranslated, are no such run)
  if ((dz === 3 && !eachSharesAFigure(zh, zi, dz, en, ej, de)) || (de === 3 && !eachSharesAFigure(en, ej, de, zh, zi, dz))) return Infinity;
  const lz = runSum(zh.lengths, zi, dz);
  const le = runSum(en.lengths, ej, de);
  const lengthCost = Math.abs(Math.log((le + LENGTH_SMOOTHING) / (model.ratio * lz + LENGTH_SMOOTHING))) / model.spread;
  const shared = sharedBy(zi, dz, ej, de);
  const position = Math.abs(relative(zi, dz, zh.paragraphs.length) - relative(ej, de, en.paragraphs.length)) * COST.position;
  const numbers = Math.min(COST.unmatchedNumberCap, shared.unmatchedNumbers * COST.unmatchedNumber);
  let prior = 0;
  let anchors = Math.min(COST.anchorCap, shared.weight);
  if (dz + de > 2) {
    const extra = dz + de - 2;
    prior = COST.merge * extra;
    // a merge must earn each extra paragraph: it should share something the link one paragraph shorter does not
    // (for 3-1, the better of its two 2-1 parts; for 2-1, the better of its two 1-1 parts)
    const alone = dz > 1 ? Math.max(sharedBy(zi, dz - 1, ej, 1).weight, sharedBy(zi + 1, dz - 1, ej, 1).weight) : Math.max(sharedBy(zi, 1, ej, de - 1).weight, sharedBy(zi, 1, ej + 1, de - 1).weight);
    if (shared.weight <= alone) prior += COST.unsupportedMerge;
    // (在特拉维夫期间…参观了3家科技企业 beside 在海法期间…签署了意向书, against "In Haifa, the delegation signed…": a
    // paragraph that shares nothing with the other side though it names places or numbers it could share is
    // a paragraph of its own, left untranslated, not part of one translated in two or three)
    if (dz > 1 ? strayInRun(zh, zi, dz, en, ej, de) : strayInRun(en, ej, de, zh, zi, dz)) prior += COST.strayMerge;
    // what the extra paragraph adds counts beside the best one-to-one part, each up to the cap: a long
    // paragraph translated in two shares a full paragraph's anchors with each half
    anchors = Math.min(COST.anchorCap, alone) + Math.min(COST.anchorCap, Math.max(0, shared.weight - alone));
  }
  const headingToBody = dz === 1 && de === 1 && headingBesideSentence(zh.paragraphs[zi]!, en.paragraphs[ej]!) ? COST.headingToBody : 0;
  const metadataToBody = dz === 1 && de === 1 && metadataBesideBody(zh.paragraphs[zi]!, en.paragraphs[ej]!) ? COST.metadataToBody : 0;
  const oneLine = dz === 1 && de === 1 && zh.lineMates[zi] === en.paragraphs[ej]!.id ? COST.oneLine : 0;
  return prior + headingToBody + metadataToBody + lengthCost + position + numbers - anchors - oneLine;
}

/** whether each of the `runLength` paragraphs from `i` on a side shares a number or a year with the other side's run */
function eachSharesAFigure(run: Side, i: number, runLength: number, other: Side, j: number, count: number): boolean {
  for (let k = i; k < i + runLength; k++) if (!run.figures[k]!.some((key) => otherHas(other, j, count, key))) return false;
  return true;
}
/** whether any of `count` paragraphs from `j` on a side holds an anchor (the search asks it of every merge: no arrays) */
function otherHas(other: Side, j: number, count: number, key: string): boolean {
  for (let k = j; k < j + count; k++) if (other.anchors[k]!.keys.has(key)) return true;
  return false;
}
/** whether all `count` paragraphs from `i` on a side may be part of a merged link */
function allMergeable(side: Side, i: number, count: number): boolean {
  for (let k = i; k < i + count; k++) if (!side.mergeable[k]) return false;
  return true;
}

/**
 * whether one of the `runLength` paragraphs from `i` on a side holds places, numbers or names of its own and shares
 * none of them with the other side's run, while another paragraph of the run shares some
 */
function strayInRun(run: Side, i: number, runLength: number, other: Side, j: number, count: number): boolean {
  let sharing = false;
  let stray = false;
  for (let k = i; k < i + runLength; k++) {
    if (run.strong[k]!.some((key) => otherHas(other, j, count, key))) sharing = true;
    else if (run.strong[k]!.length > 0) stray = true;
  }
  return sharing && stray;
}

/** a release's title beside running text that ends as a sentence does (a title the segmenter took for body text has no full stop) */
const headingBesideSentence = (a: Paragraph, b: Paragraph): boolean => (a.role === "title") !== (b.role === "title") && /[.。!?！？]["”’)）]?$/u.test((a.role === "title" ? b : a).text);

/** a date line, byline or page furniture beside running text: the one is never the other's translation */
const METADATA_ROLES = new Set<Paragraph["role"]>(["dateline", "byline", "boilerplate"]);
// (nor page furniture beside anything but furniture: 中文, a language switch, is no translation of a menu's "Home")
const metadataBesideBody = (a: Paragraph, b: Paragraph): boolean =>
  (METADATA_ROLES.has(a.role) && b.role === "body") || (METADATA_ROLES.has(b.role) && a.role === "body") || (a.role === "boilerplate") !== (b.role === "boilerplate");

/** the sum of `count` (one to three) values from `start` */
const runSum = (values: readonly number[], start: number, count: number): number => values[start]! + (count > 1 ? values[start + 1]! : 0) + (count > 2 ? values[start + 2]! : 0);
/** a run's mean index as a fraction of the side */
const relative = (start: number, count: number, n: number): number => (n <= 1 ? 0.5 : (start + (count - 1) / 2) / (n - 1));

function skipCost(p: Paragraph): number {
  return p.role === "body" || p.role === "source" ? COST.skip : COST.skipHeader;
}


/** The dynamic programme: cheapest path through (i, j), then the links along it. Only the band is stored. */
function alignSides(zh: Side, en: Side, model: Model, shared: SharedBy, band: Band): Link[] {
  const n = zh.paragraphs.length;
  const m = en.paragraphs.length;
  const cost = band.lo.map((lo, i) => new Float64Array(band.hi[i]! - lo + 1).fill(Infinity));
  const back = band.lo.map((lo, i) => new Int8Array(band.hi[i]! - lo + 1).fill(-1)); // index into MOVES
  const inBand = (i: number, j: number): boolean => j >= band.lo[i]! && j <= band.hi[i]!;
  cost[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = band.lo[i]!; j <= band.hi[i]!; j++) {
      const here = cost[i]![j - band.lo[i]!]!;
      if (here === Infinity) continue;
      for (let move = 0; move < MOVES.length; move++) {
        const [dz, de] = MOVES[move]!;
        const ni = i + dz;
        const nj = j + de;
        if (ni > n || nj > m || !inBand(ni, nj)) continue; // cells off the band are never searched from
        let c: number;
        if (dz === 0) c = skipCost(en.paragraphs[j]!);
        else if (de === 0) c = skipCost(zh.paragraphs[i]!);
        // (only running text is split or merged by translators: titles, metadata, furniture and table cells stand alone)
        else if (dz + de > 2 && !(allMergeable(zh, i, dz) && allMergeable(en, j, de))) continue;
        else c = linkCost(zh, en, i, dz, j, de, model, shared);
        const at = nj - band.lo[ni]!;
        if (here + c < cost[ni]![at]!) {
          cost[ni]![at] = here + c;
          back[ni]![at] = move;
        }
      }
    }
  }
  const costAt = (i: number, j: number): number => cost[i]![j - band.lo[i]!]!;
  const links: Link[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [dz, de] = MOVES[back[i]![j - band.lo[i]!]!]!;
    if (dz && de) links.push({ z: range(i - dz, dz), e: range(j - de, de), cost: costAt(i, j) - costAt(i - dz, j - de) });
    i -= dz;
    j -= de;
  }
  return links.reverse();
}

const range = (start: number, count: number): number[] => Array.from({ length: count }, (_, k) => start + k);

function toAlignment(l: Link, index: number, zh: Side, en: Side): Alignment {
  const zs = l.z.map((i) => zh.paragraphs[i]!);
  const es = l.e.map((j) => en.paragraphs[j]!);
  const anchors = sharedAnchors(mergeAnchors(l.z.map((i) => zh.anchors[i]!)), mergeAnchors(l.e.map((j) => en.anchors[j]!)));
  return {
    id: `a${index + 1}`,
    zh: zs.map((p) => p.id),
    en: es.map((p) => p.id),
    type: `${zs.length}-${es.length}` as Alignment["type"],
    // a link cheaper than skipping both sides is likely; the score maps the saving onto 0..1
    score: Math.round(1000 / (1 + Math.exp(l.cost))) / 1000,
    anchors,
  };
}
