/**
 * Place extraction on documents of our own that the place rules were not tuned on (fixtures/places/:
 * Chinese and English, traditional script, HTML, block layout, a Chinese-only release), scored the way
 * the shared scorer matches places: once per document, by English or Chinese name, ignoring case,
 * accents, "the" and division suffixes. Precision, recall and how many places named in both languages
 * carry both names are printed; the gate is a floor that catches a regression, not a target.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PlaceFact } from "../schemas/output";
import { outputFor, ROOT } from "./helpers";

interface GoldPlace {
  en: string | null;
  zh: string | null;
}

const goldOf = (dir: string): Record<string, GoldPlace[]> => JSON.parse(readFileSync(join(ROOT, dir, "gold.json"), "utf8")).documents;

const SUFFIX_EN = /\s+(?:city|province|prefecture|county|district|municipality|region|autonomous prefecture)$/;
export const normEn = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/^the\s+/, "").replace(SUFFIX_EN, "").trim();
export const normZh = (s: string): string => s.replace(/(?:特别行政区|自治区|自治州|省|市|县|区|州|府)$/, "");

const same = (p: GoldPlace, f: PlaceFact): boolean => (!!p.en && !!f.name.en && normEn(p.en) === normEn(f.name.en)) || (!!p.zh && !!f.name.zh && normZh(p.zh) === normZh(f.name.zh));

/** fixtures/places: the first set (used once untuned, then to fix the rules); round2: never used to change a rule */
describe.each(["fixtures/places", "fixtures/places/round2"])("place mentions on held-out documents in %s", (dir) => {
  const gold = goldOf(dir);
  const rows: string[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let bothNeeded = 0;
  let bothGiven = 0;
  for (const [file, places] of Object.entries(gold)) {
    const facts = outputFor(`${dir}/${file}`).facts.filter((f): f is PlaceFact => f.kind === "place");
    const found = places.filter((p) => facts.some((f) => same(p, f)));
    const extra = facts.filter((f) => !places.some((p) => same(p, f)));
    tp += found.length;
    fn += places.length - found.length;
    fp += extra.length;
    for (const p of found.filter((p) => p.en && p.zh)) {
      bothNeeded++;
      const f = facts.find((f) => same(p, f))!;
      if (f.name.en && f.name.zh) bothGiven++;
      else rows.push(`    ${file}: ${p.en}/${p.zh} has only ${f.name.en ?? f.name.zh}`);
    }
    for (const p of places.filter((p) => !found.includes(p))) rows.push(`    ${file}: missed ${p.en}/${p.zh}`);
    for (const f of extra) rows.push(`    ${file}: extra ${f.name.en}/${f.name.zh} (${f.evidence.map((e) => e.quote).join(", ")})`);
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  afterAll(() => {
    process.stdout.write(`\nheld-out places (${dir}): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}); both names given for ${bothGiven} of ${bothNeeded} places named in both languages\n${rows.join("\n")}\n`);
  });
  it("finds most places without inventing many", () => {
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.7);
  });
});
