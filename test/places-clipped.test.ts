/**
 * A county's short name that opens a foreign place the release names in full is that place clipped
 * (extractors/places/clipped.ts). Invented releases.
 */
import { extractBytes } from "../pipeline/index";
import { withoutClippedForeignNames } from "../extractors/places/clipped";
import type { Mention } from "../extractors/places/link";
import { gazetteer } from "../extractors/places/gazetteer";

const placesOf = (text: string): (string | null)[] =>
  extractBytes("release.txt", Buffer.from(text, "utf8"))
    .facts.filter((f) => f.kind === "place")
    .map((f) => (f.kind === "place" ? f.name.zh : null));

describe("county short names that clip a foreign name", () => {
  it("drops 南澳 (南澳县's short name) where the release names 南澳大利亚州", () => {
    const release = "5月9日，山东省与澳大利亚南澳大利亚州签署合作备忘录。双方还共同为“山东—南澳创新中心”揭牌。";
    expect(placesOf(release)).not.toContain("南澳县");
    expect(placesOf(release)).toContain("南澳大利亚");
  });

  it("keeps the county's short name where no foreign name opens with it", () => {
    const mention = (text: string, index: number, foreign: boolean): Mention => ({
      paragraph: "p1",
      lang: "zh",
      candidate: { rule: "test", index, text, lang: "zh", hits: gazetteer().zh.get(text) ?? [], type: null, foreign },
    });
    const county = mention("南澳", 0, false);
    expect(withoutClippedForeignNames([county, mention("澳大利亚", 10, true)])).toEqual([county, mention("澳大利亚", 10, true)]);
    expect(withoutClippedForeignNames([county, mention("南澳大利亚", 10, true)])).toEqual([mention("南澳大利亚", 10, true)]);
  });
});
