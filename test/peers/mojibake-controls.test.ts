/**
 * Clean text the mojibake repair must leave alone: every example text of Duckling's Chinese and English
 * corpora (traditional, simplified, Cantonese, English dates and numbers: thousands of short strings),
 * and every line of the seeds after their scraping damage is repaired.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fixMojibake } from "../../pipeline/repairs/mojibake";
import { outputFor, SEEDS } from "../helpers";
import { PEERS, requireShared } from "./paths";

const dir = requireShared(join(PEERS, "duckling"));
const texts = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), "utf8")).examples as { text: string }[]).map((e) => e.text));

describe("clean text is never 'repaired'", () => {
  it(`leaves all ${texts.length} Duckling example texts unchanged`, () => {
    const changed = texts.filter((t) => fixMojibake(t) !== t).map((t) => `${t} -> ${fixMojibake(t)}`);
    expect(texts.length).toBeGreaterThan(2500);
    expect(changed).toEqual([]);
  });

  it.each(SEEDS)("finds no mojibake in the seed %s", (name) => {
    expect(outputFor(`seeds/${name}`).repairs.filter((r) => r.kind.startsWith("mojibake"))).toEqual([]);
  });
});
