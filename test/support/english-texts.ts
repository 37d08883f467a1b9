import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { EN_COUNT_CORPUS } from "../../extractors/counts/en.corpus";
import { ROOT, SEEDS } from "../helpers";
import { PEERS, requireShared } from "../peers/paths";

/** the lines of a text that are English: letters, and no Chinese */
const englishLines = (text: string): string[] => text.split(/\n+/).filter((line) => /[A-Za-z]{3}/.test(line) && !/\p{Script=Han}/u.test(line));

/**
 * The English the tests that hold compromise's shortcuts to its own answers read: the English lines of the
 * seeds and the text fixtures, the count rules' corpus (examples and negatives) and Duckling's English
 * numeral and quantity corpora.
 */
export function englishTexts(): string[] {
  const out: string[] = [];
  for (const seed of SEEDS) out.push(...englishLines(readFileSync(join(ROOT, "seeds", seed), "utf8")));
  for (const dir of ["fixtures/bilingual", "fixtures/clean", "fixtures/places"]) {
    for (const f of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(".txt"))) out.push(...englishLines(readFileSync(join(ROOT, dir, f), "utf8")));
  }
  for (const example of EN_COUNT_CORPUS.examples) out.push(example.text);
  out.push(...EN_COUNT_CORPUS.negatives);
  for (const suite of ["numeral.en.json", "quantity.en.json"]) {
    const data = JSON.parse(readFileSync(requireShared(join(PEERS, "duckling", suite)), "utf8")) as { examples: { text: string }[] };
    out.push(...data.examples.map((e) => e.text));
  }
  return out;
}
