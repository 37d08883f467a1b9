/**
 * compromise's post-tagger, the step that takes most of its time, runs its whole net of match patterns
 * through `methods.one.bulkMatch` (src/1-one/sweep/methods/sweep in compromise 14). To find the patterns
 * a sentence may match, the stock version walks every key of the net's hooks (several thousand words and
 * tags) and asks whether the sentence holds it: a cost per sentence whatever its length, about 200 µs of
 * the 500 µs it takes to tag a four-word clause. This version walks the sentence's few dozen cached words
 * and tags instead and looks each up in the hooks, then puts the patterns found in the order the stock
 * walk gives (the hooks' key order), so the same patterns run in the same order and tag the same.
 * test/compromise-sweep.test.ts holds its results to the stock version's on every English text the tests
 * have. Installed once, on load, as a compromise plugin (plugins may replace a method).
 */
import nlp from "compromise";

/** a compiled match pattern of the net, as buildNet leaves it (only the fields the sweep reads) */
interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}
interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}
type Pointer = number[];
interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(document: unknown[][], match: NetMatch): { ptrs: Pointer[] };
  };
}
type BulkMatch = (document: unknown[][], net: Net, methods: SweepMethods, opts?: { matchOne?: boolean }) => (NetMatch & { pointer: Pointer })[];

/** each net's hook keys and where each stands in Object.keys order: built once per net (a net never changes once built) */
const keyRanks = new WeakMap<object, Map<string, number>>();
function rankOfKeys(hooks: Record<string, NetMatch[]>): Map<string, number> {
  let ranks = keyRanks.get(hooks);
  if (!ranks) {
    ranks = new Map(Object.keys(hooks).map((key, i) => [key, i]));
    keyRanks.set(hooks, ranks);
  }
  return ranks;
}

/** the patterns whose hooks a sentence holds, in the hooks' key order, each match text once (stock getHooks) */
function patternsHooked(holds: Set<string>, hooks: Record<string, NetMatch[]>): NetMatch[] {
  const ranks = rankOfKeys(hooks);
  const keys: string[] = [];
  for (const key of holds) if (ranks.has(key)) keys.push(key);
  keys.sort((a, b) => ranks.get(a)! - ranks.get(b)!);
  const seen = new Set<string>();
  const out: NetMatch[] = [];
  for (const key of keys) {
    for (const m of hooks[key]!) {
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      out.push(m);
    }
  }
  return out;
}

/** the stock trimDown and tooSmall: every need held, no ifNo held, enough wants held, enough words */
function worthTrying(m: NetMatch, holds: Set<string>, words: number): boolean {
  if (!m.needs.every((need) => holds.has(need))) return false;
  if (m.ifNo !== undefined && m.ifNo.some((no) => holds.has(no))) return false;
  if (m.wants.length && m.wants.filter((want) => holds.has(want)).length < m.minWant) return false;
  return words >= m.minWords;
}

export const fasterBulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const caches = methods.one.cacheDoc(document);
  const results: (NetMatch & { pointer: Pointer })[] = [];
  for (let n = 0; n < document.length; n++) {
    const holds = caches[n]!;
    const words = document[n]!.length;
    const hooked = patternsHooked(holds, net.hooks).filter((m) => worthTrying(m, holds, words));
    // (the patterns no word or tag hooks run on every sentence, after the hooked ones, as in the stock sweep)
    const tries = hooked.concat(net.always.filter((m) => words >= m.minWords));
    for (const m of tries) {
      const found = methods.one.match([document[n]!], m);
      if (!found.ptrs.length) continue;
      // (a copy of the pattern with where it matched, the sentence's number set in the pointer, as the stock runMatch gives)
      for (const pointer of found.ptrs) {
        pointer[0] = n;
        results.push({ ...m, pointer });
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
};

const methods = nlp.methods() as unknown as { one: { bulkMatch: BulkMatch } };
/** compromise's own bulkMatch, kept for the test that holds the faster one to it */
export const stockBulkMatch: BulkMatch = methods.one.bulkMatch;

/** which bulkMatch compromise runs: the faster one unless a test asks for the stock one */
export function useBulkMatch(which: "faster" | "stock"): void {
  nlp.plugin({ methods: { one: { bulkMatch: which === "faster" ? fasterBulkMatch : stockBulkMatch } } } as unknown as Parameters<typeof nlp.plugin>[0]);
}
useBulkMatch("faster");
