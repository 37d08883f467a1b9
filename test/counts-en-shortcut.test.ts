/**
 * The English count rule skips compromise where no unit can follow a number (extractors/counts/en.ts:
 * noUnitCanFollow). The skip must never change an answer: wherever it says "nothing can follow",
 * unitAfter on the tagged sentence finds nothing either. Checked on every number of the English text of
 * the seeds, the fixtures, the count rules' corpus and Duckling's English numeral and quantity corpora.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { noUnitCanFollow, unitAfter } from "../extractors/counts/en";
import { EN_COUNT_CORPUS } from "../extractors/counts/en.corpus";
import { findEnNumbers } from "../extractors/shared/numerals-en";
import { sentenceAt, termsOf } from "../extractors/shared/en-terms";
import { ROOT, SEEDS } from "./helpers";
import { PEERS, requireShared } from "./peers/paths";

const englishLines = (text: string): string[] => text.split(/\n+/).filter((line) => /[A-Za-z]{3}/.test(line) && !/\p{Script=Han}/u.test(line));

function texts(): string[] {
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

describe("the English count rule's shortcut past compromise", () => {
  it("skips only where the tagged sentence gives no unit either", () => {
    let skipped = 0;
    let tagged = 0;
    const wrong: string[] = [];
    for (const text of texts()) {
      for (const n of findEnNumbers(text)) {
        const s = sentenceAt(text, n.index);
        const from = n.index + n.text.length - s.start;
        if (!noUnitCanFollow(s.text, from)) {
          tagged++;
          continue;
        }
        skipped++;
        const unit = unitAfter(s.text, termsOf(s.text), from);
        if (unit) wrong.push(`${JSON.stringify(s.text)} after ${JSON.stringify(n.text)}: ${unit.text}`);
      }
    }
    expect(wrong).toEqual([]);
    // both branches are exercised, so the check above checks something
    expect(skipped).toBeGreaterThan(50);
    expect(tagged).toBeGreaterThan(50);
  });
});
