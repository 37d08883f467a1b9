/**
 * The benchmark corpus restates its sources' figures per document (bench/corpus.ts: restate), so that the
 * pipeline's per-sentence memos meet new sentences as they would on an archive. The change must keep a
 * pair a translation: the same figure becomes the same new figure in both languages, and the figures of
 * dates and years stay.
 */
import { restate } from "../bench/corpus";

const PAIR = {
  zh: "截至目前，我省已与32个国家的67个地方政府建立友城关系。2024年11月28日，双方签署了12项协议，代表团访问了12个城市。",
  en: "To date, the province has sister-city ties with 67 local governments in 32 countries. On November 28, 2024, the two sides signed 12 agreements, and the delegation visited 12 cities.",
};

/** a generator that cycles through fixed values, so each test knows what it gets */
const cycling = (...values: number[]): (() => number) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};

describe("the bench corpus's restated figures", () => {
  it("changes a figure the same way in both languages", () => {
    const out = restate(PAIR, cycling(0.5, 0.1, 0.9));
    const figures = (s: string): string[] => s.match(/(?<![0-9])[0-9]{2,3}(?![0-9])/g) ?? [];
    expect(figures(out.zh)).not.toEqual(figures(PAIR.zh));
    // in the Chinese order 32, 67, 11, 28, 12, 12; in the English order 67, 32, 28, 12, 12
    const [zh32, zh67, , , zh12] = figures(out.zh);
    const [en67, en32, , en12] = figures(out.en);
    expect([en32, en67, en12]).toEqual([zh32, zh67, zh12]);
    expect(new Set([zh32, zh67, zh12]).size).toBe(3);
  });

  it("keeps the figures of dates and years", () => {
    const out = restate(PAIR, cycling(0.5, 0.1, 0.9));
    expect(out.zh).toContain("2024年11月28日");
    expect(out.en).toContain("November 28, 2024");
  });

  it("keeps a figure one language writes another way", () => {
    const out = restate({ zh: "开展合作项目二百余个，覆盖近5亿人口，涉及45个城市", en: "more than 200 cooperation projects for nearly 500 million people in 45 cities" }, cycling(0.5));
    expect(out.en).toMatch(/^more than 200 cooperation projects for nearly 500 million people in (\d\d) cities$/);
    expect(out.en).not.toContain(" 45 ");
    expect(out.zh).toContain(`涉及${/in (\d\d) cities/.exec(out.en)![1]}个城市`);
  });

  it("keeps a figure an English ordinal writes (its suffix would not fit another)", () => {
    const out = restate({ zh: "两市结好30周年，开展了30个项目", en: "the 30th anniversary of the ties, with 30 projects" }, cycling(0.5));
    expect(out.en).toBe("the 30th anniversary of the ties, with 30 projects");
    expect(out.zh).toBe("两市结好30周年，开展了30个项目");
  });

  it("keeps each figure's number of digits", () => {
    const out = restate({ zh: "共有10个项目和999名学生", en: "10 projects and 999 students" }, cycling(0, 0.999));
    expect(out.zh).toMatch(/共有\d{2}个项目和\d{3}名学生/);
    expect(out.en).toMatch(/^\d{2} projects and \d{3} students$/);
  });
});
