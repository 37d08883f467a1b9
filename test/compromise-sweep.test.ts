/**
 * extractors/shared/compromise-sweep.ts replaces compromise's bulkMatch, the search of its post-tagger's
 * net of patterns, with one that finds a sentence's patterns from its words rather than from every key of
 * the net. It must find the same matches in the same order, and so tag every word as the stock one does:
 * checked on the English the other compromise tests read and on the agreement rules' English corpus.
 */
import nlp from "compromise";
import { EN_AGREEMENT_CORPUS } from "../extractors/agreements/en.corpus";
import { fasterBulkMatch, stockBulkMatch, useBulkMatch } from "../extractors/shared/compromise-sweep";
import { termsOf } from "../extractors/shared/en-terms";
import { englishTexts } from "./support/english-texts";

const texts = (): string[] => [...new Set([...englishTexts(), ...EN_AGREEMENT_CORPUS.examples.map((e) => e.text), ...EN_AGREEMENT_CORPUS.negatives])];

type BulkMatch = typeof stockBulkMatch;
const methods = nlp.methods() as unknown as Parameters<BulkMatch>[2] & { one: { bulkMatch: BulkMatch } };
/** the post-tagger's net as compromise built it (building it again from its patterns would parse them twice), caught on a first tagging */
function postTaggerNet(): Parameters<BulkMatch>[1] {
  const installed = methods.one.bulkMatch;
  let net: Parameters<BulkMatch>[1] | undefined;
  methods.one.bulkMatch = (document, caught, ...rest) => {
    net ??= caught;
    return installed(document, caught, ...rest);
  };
  nlp("Two cities signed an agreement.");
  methods.one.bulkMatch = installed;
  if (!net) throw new Error("compromise's post-tagger ran no bulkMatch");
  return net;
}
/** a text tokenised and tagged up to the post-tagger, as the post-tagger receives it */
function beforePostTagger(text: string): unknown[][] {
  const doc = nlp.tokenize(text);
  doc.compute(["index", "lexicon", "preTagger", "contractionTwo"]);
  return doc.docs as unknown[][];
}
const matchesOf = (found: ReturnType<typeof stockBulkMatch>): string[] => found.map((m) => `${m.match} @ ${m.pointer.join(",")}`);
const tagsOf = (text: string): string => JSON.stringify((nlp(text).json() as { terms: { text: string; tags: string[] }[] }[]).map((s) => s.terms.map((t) => [t.text, t.tags])));

describe("the faster sweep of compromise's post-tagger", () => {
  afterAll(() => useBulkMatch("faster"));

  it("is the one compromise runs once the English rules are loaded", () => {
    expect(termsOf("two cities").length).toBe(2);
    expect((nlp.methods() as unknown as { one: { bulkMatch: unknown } }).one.bulkMatch).toBe(fasterBulkMatch);
  });

  it("finds the stock sweep's matches, in its order", () => {
    const net = postTaggerNet();
    const differ: string[] = [];
    let matches = 0;
    for (const text of texts()) {
      const document = beforePostTagger(text);
      const stock = matchesOf(stockBulkMatch(document, net, methods));
      const faster = matchesOf(fasterBulkMatch(document, net, methods));
      matches += stock.length;
      if (JSON.stringify(stock) !== JSON.stringify(faster)) differ.push(text);
      // (and the first match alone, as a caller asking for one gets it)
      if (JSON.stringify(matchesOf(stockBulkMatch(document, net, methods, { matchOne: true }))) !== JSON.stringify(matchesOf(fasterBulkMatch(document, net, methods, { matchOne: true })))) differ.push(`one: ${text}`);
    }
    expect(differ).toEqual([]);
    expect(matches).toBeGreaterThan(1000);
  });

  it("tags every word as the stock sweep does", () => {
    const all = texts();
    useBulkMatch("stock");
    const stock = all.map(tagsOf);
    useBulkMatch("faster");
    const differ = all.filter((text, i) => tagsOf(text) !== stock[i]);
    expect(differ).toEqual([]);
    expect(all.length).toBeGreaterThan(500);
  });
});
