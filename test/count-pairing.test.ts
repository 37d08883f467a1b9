/**
 * Fusion pairs a Chinese and an English count of one aligned paragraph pair by what they count, so a count
 * pairs with its own translation (五大洲, one word jieba tags as a place name, with "five continents"), never
 * with another count of the other language, which would raise a false conflict.
 */
import { extractBytes } from "../pipeline/index";
import type { CountFact } from "../schemas/output";

const RELEASE = [
  "发布时间：2025-01-15",
  "截至年底，全市友好城市总数达到68个，遍布五大洲41个国家。",
  "By the end of the year, the total number of the city's sister cities had reached 68, spread across 41 countries on five continents.",
].join("\n\n");

describe("counts of one paragraph pair", () => {
  const counts = extractBytes("review.txt", Buffer.from(RELEASE, "utf8")).facts.filter((f): f is CountFact => f.kind === "count");

  it("pair the total of ties with the total the English says the subject reached, and raise no conflict", () => {
    expect(counts.filter((c) => c.corroboration === "conflict")).toEqual([]);
    const total = counts.find((c) => c.value === 68)!;
    expect(total.corroboration).toBe("both");
    expect(total.evidence.map((e) => e.quote)).toEqual(["友好城市总数达到68个", "68"]);
  });

  it("pair the continents with their own translation", () => {
    const continents = counts.find((c) => c.value === 5)!;
    expect(continents.corroboration).toBe("both");
    expect(continents.evidence.map((e) => e.quote)).toEqual(["五大洲", "five continents"]);
  });
});

describe("counts of one value in one paragraph pair", () => {
  const text = [
    "发布时间：2025-01-15",
    "截至目前，我县已与日本、韩国等2个国家的2个地方政府建立友好交流关系。",
    "So far, the county has established friendly exchange relations with two local governments in two countries, Japan and the ROK.",
  ].join("\n\n");
  const counts = extractBytes("ties.txt", Buffer.from(text, "utf8")).facts.filter((f): f is CountFact => f.kind === "count");

  it("pair each with the count of its own unit, whatever order the two languages tell them in", () => {
    expect(counts.map((c) => c.evidence.map((e) => e.quote))).toEqual([
      ["2个国家", "two countries"],
      ["2个地方政府", "two local governments"],
    ]);
  });
});

describe("counts of different values left over in one paragraph pair", () => {
  const counts = (zh: string, en: string): CountFact[] =>
    extractBytes("left.txt", Buffer.from(["发布时间：2025-01-15", zh, en].join("\n\n"), "utf8")).facts.filter((f): f is CountFact => f.kind === "count");

  it("raise no conflict between a tally of ties and an English count of something no concept names", () => {
    const found = counts("目前，全市共有国际友城57对。", "So far, the city's pavilion has hosted 19 exhibitors.");
    expect(found.map((c) => [c.evidence.map((e) => e.quote), c.corroboration])).toEqual([
      [["国际友城57对"], "zh-only"],
      [["19 exhibitors"], "en-only"],
    ]);
  });

  it("flag as a conflict the only two counts of people, the Chinese told in its measure word (名) alone", () => {
    const found = counts("本省已培训非洲新闻从业人员300余名。", "The province has trained more than 310 African journalists.");
    expect(found.map((c) => [c.evidence.map((e) => e.quote), c.corroboration])).toEqual([[["非洲新闻从业人员300余名", "more than 310 African journalists"], "conflict"]]);
  });
});

describe("a round word beside a figure", () => {
  const counts = (zh: string, en: string): CountFact[] =>
    extractBytes("dozen.txt", Buffer.from(["发布时间：2025-01-15", zh, en].join("\n\n"), "utf8")).facts.filter((f): f is CountFact => f.kind === "count");

  it("takes 'a dozen' beside 十多家 for one count, with no conflict", () => {
    const [c] = counts("目前，已有十多家本市企业在当地投资。", "So far, a dozen companies from the city have invested there.");
    expect([c!.value, c!.qualifier, c!.corroboration, c!.conflicts]).toEqual([10, "more than", "both", []]);
  });

  it("takes 'over two dozen' beside 二十多个 for one count, the ranges they allow meeting", () => {
    const [c] = counts("两地已合作开展二十多个交流项目。", "The two places have carried out over two dozen exchange projects.");
    expect([c!.evidence.map((e) => e.quote), c!.corroboration, c!.conflicts]).toEqual([["二十多个交流项目", "over two dozen exchange projects"], "both", []]);
  });

  it("still flags 'a dozen' beside a figure of another ten (30多家)", () => {
    const [c] = counts("目前，已有30多家本市企业在当地投资。", "So far, a dozen companies from the city have invested there.");
    expect(c!.corroboration).toBe("conflict");
  });
});
