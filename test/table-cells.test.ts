/**
 * An HTML table's cells beside running text (pipeline/support/html-text.ts paragraphsInCells): a cell that repeats a
 * figure of the paragraph after it is no half of that paragraph's translation (align), and its figure is the
 * paragraph's claim, one fact with both citations (fuse). An invented release.
 */
import { extractBytes } from "../pipeline/index";
import type { CountFact } from "../schemas/output";

const release = [
  "<html><body>",
  "<p>9月2日，嘉兴市与意大利普拉托市签署经贸合作备忘录。</p>",
  "<p>On September 2, Jiaxing and Prato, Italy signed a memorandum on economic and trade cooperation.</p>",
  "<table><tr><td>指标</td><td>数值</td></tr><tr><td>意资企业</td><td>120余家</td></tr><tr><td>贸易额</td><td>36亿美元</td></tr></table>",
  "<p>两市于2019年结为友好城市。目前，在嘉兴投资的意资企业达120余家，去年两市贸易额约36亿美元。</p>",
  "<p>The two cities became sister cities in 2019. More than 120 Italian-funded enterprises have invested in Jiaxing, and trade between the two cities was about 3.6 billion US dollars last year.</p>",
  "</body></html>",
].join("\n");

describe("a table's cell beside running text", () => {
  const out = extractBytes("cells.html", Buffer.from(release, "utf8"));
  const textOf = new Map(out.paragraphs.map((p) => [p.id, p.text]));

  it("is no half of the next paragraph's translation: the paragraph and its translation link one to one", () => {
    const links = out.alignments.map((a) => [a.zh.map((id) => textOf.get(id)), a.en.map((id) => textOf.get(id))]);
    expect(links).toContainEqual([["两市于2019年结为友好城市。目前，在嘉兴投资的意资企业达120余家，去年两市贸易额约36亿美元。"], ["The two cities became sister cities in 2019. More than 120 Italian-funded enterprises have invested in Jiaxing, and trade between the two cities was about 3.6 billion US dollars last year."]]);
    expect(out.alignments.every((a) => a.type === "1-1")).toBe(true);
  });

  it("restates the running text's figure: one fact, citing the paragraph first and the cell too", () => {
    const trade = out.facts.filter((f): f is CountFact => f.kind === "count" && f.value === 3_600_000_000);
    expect(trade).toHaveLength(1);
    expect(trade[0]!.evidence.map((e) => [textOf.get(e.paragraph)!.slice(0, 4), e.quote])).toEqual([
      ["两市于2", "约36亿美元"],
      ["The ", "about 3.6 billion US dollars"],
      ["36亿美", "36亿美元"],
    ]);
  });
});
