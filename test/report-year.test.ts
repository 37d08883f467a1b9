/**
 * A tie told of the whole year a report covers (全年新结好…, "Throughout the year, the city added …") takes the
 * report's year, from its title or, with none, the first year that opens a paragraph (pipeline/extract.ts, reportYear); a
 * sentence that does not say "the whole year" keeps no date, and neither does one in a report that names no year.
 * Invented releases, none from the seeds.
 */
import { extractBytes } from "../pipeline/index";
import type { AgreementFact } from "../schemas/output";

const agreements = (paragraphs: string[]): AgreementFact[] =>
  extractBytes("report.txt", Buffer.from(paragraphs.join("\n\n"), "utf8")).facts.filter((f): f is AgreementFact => f.kind === "agreement");

const ADDED_ZH = "全年新增友好交流城市2个：波兰卢布林市和葡萄牙布拉加市。";
const ADDED_EN = "Throughout the year, Taiyuan added two friendly exchange cities: Lublin in Poland and Braga in Portugal.";

describe("the report's year lent to ties told of the whole year", () => {
  it("dates 全年新增… and 'Throughout the year … added' by the year the title names, in both languages", () => {
    const facts = agreements(["2024年太原市外事工作总结", "Summary of Taiyuan's Foreign Affairs Work in 2024", "太原市全年接待外宾团组30批。", "Taiyuan received 30 foreign delegations.", ADDED_ZH, ADDED_EN]);
    expect(facts.map((f) => [f.evidence.map((e) => e.quote), f.date])).toEqual([
      [["新增友好交流城市2个：波兰卢布林市和葡萄牙布拉加", "friendly exchange cities: Lublin in Poland and Braga"], "2024"],
      [["新增友好交流城市2个：波兰卢布林市", "friendly exchange cities: Lublin"], "2024"],
    ]);
  });

  it("dates them by the year the first paragraph opens with, when the title names none", () => {
    const facts = agreements(["太原市外事工作总结", "2024年，太原市接待外宾团组30批。", ADDED_ZH]);
    expect(facts.map((f) => [f.evidence[0]!.quote, f.date])).toEqual([
      ["新增友好交流城市2个：波兰卢布林市和葡萄牙布拉加", "2024"],
      ["新增友好交流城市2个：波兰卢布林市", "2024"],
    ]);
  });

  it("lends nothing to a sentence not told of the whole year (三年内 either), nor in a report that names no year", () => {
    expect(agreements(["2024年太原市外事工作总结", "新增友好交流城市2个：波兰卢布林市和葡萄牙布拉加市。"]).map((f) => f.date)).toEqual([null, null]);
    expect(agreements(["太原市外事工作总结", "太原市接待外宾团组30批。", ADDED_ZH]).map((f) => f.date)).toEqual([null, null]);
    // (三年内, "within three years", is no whole year of the report: 年内 alone is)
    expect(agreements(["2024年太原市外事工作总结", "三年内新增友好交流城市2个：波兰卢布林市和葡萄牙布拉加市。"]).map((f) => f.date)).toEqual([null, null]);
  });
});
