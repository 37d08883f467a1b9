/**
 * Duckling's numeral corpora (../shared/peers/duckling/numeral.{zh,en}.json, BSD-3-Clause, data only).
 * As in Duckling's own test, an example passes when exactly one numeral spans the whole text and its
 * value is right. Chinese is read as Duckling's numeral dimension reads it (一对 = 2, 五打 = 60), with
 * the measure word; English with our number finder. Chinese is gated at 98%; English is reported.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findZhNumeralPhrases } from "../../extractors/shared/numerals-zh";
import { findEnNumbers } from "../../extractors/shared/numerals-en";
import { PEERS, requireShared } from "./paths";

interface Example {
  text: string;
  expected: number;
}

const load = (f: string): Example[] => JSON.parse(readFileSync(requireShared(join(PEERS, "duckling", f)), "utf8")).examples;

function score(examples: Example[], find: (text: string) => readonly { text: string; value: number }[]): { right: number; misses: string[] } {
  const misses: string[] = [];
  let right = 0;
  for (const e of examples) {
    const found = find(e.text);
    const whole = found.length === 1 && found[0]!.text === e.text;
    if (whole && Math.abs(found[0]!.value - e.expected) < 1e-9) right++;
    else misses.push(`    ${JSON.stringify(e.text)}: want ${e.expected}, got ${found.map((f) => `${JSON.stringify(f.text)}=${f.value}`).join(" ") || "nothing"}`);
  }
  return { right, misses };
}

const report = (name: string, n: number, s: { right: number; misses: string[] }): void => {
  process.stdout.write(`\nDuckling ${name}: ${s.right} of ${n} (${((100 * s.right) / n).toFixed(1)}%)\n${s.misses.length ? `  misses:\n${s.misses.join("\n")}\n` : ""}`);
};

describe("Duckling numeral.zh", () => {
  const examples = load("numeral.zh.json");
  const result = score(examples, findZhNumeralPhrases);
  afterAll(() => report("numeral.zh", examples.length, result));
  it("has Duckling's 124 examples", () => expect(examples).toHaveLength(124));
  it("reads at least 98% of them", () => expect(result.right / examples.length).toBeGreaterThanOrEqual(0.98));
});

describe("Duckling numeral.en (reported, not gated)", () => {
  const examples = load("numeral.en.json");
  const result = score(examples, findEnNumbers);
  afterAll(() => report("numeral.en", examples.length, result));
  it("is scored", () => expect(examples.length).toBeGreaterThan(100));
});
