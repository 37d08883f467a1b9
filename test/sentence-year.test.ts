/**
 * A year that opens its sentence, set off by a comma (2023年，…; "In 2023, …"), is the year of the sentence's
 * yearless months, in a dated release too (pipeline/extract.ts, lendSentenceYear): without it they resolve
 * against the publication date. The next sentence is on its own. Invented releases, none from the seeds.
 */
import { extractBytes } from "../pipeline/index";
import type { AgreementFact, DateFact } from "../schemas/output";

const facts = (paragraphs: string[]) => extractBytes("year.txt", Buffer.from(["发布时间：2025-03-05", ...paragraphs].join("\n\n"), "utf8")).facts;

describe("a year that opens a sentence", () => {
  it("dates the sentence's months and the ties they date, in both languages", () => {
    const all = facts([
      "2023年，全省新增友城5对，其中包括5月宁波市与匈牙利德布勒森市缔结友好城市关系、9月温州市与意大利普拉托市缔结友好城市关系。",
      "In 2023 alone, the province added five pairs of sister cities, including Ningbo and Debrecen of Hungary in May and Wenzhou and Prato of Italy in September.",
    ]);
    const months = all.filter((f): f is DateFact => f.kind === "date" && f.value.length === 7);
    expect(months.map((d) => [d.evidence.map((e) => e.quote), d.value])).toEqual([
      [["5月", "May"], "2023-05"],
      [["9月", "September"], "2023-09"],
    ]);
    const ties = all.filter((f): f is AgreementFact => f.kind === "agreement");
    expect(ties.map((t) => [t.evidence[0]!.quote, t.date])).toEqual([
      ["宁波市与匈牙利德布勒森市缔结友好城市关系", "2023-05"],
      ["温州市与意大利普拉托市缔结友好城市关系", "2023-09"],
    ]);
  });

  it("leaves the next sentence's months to the publication date", () => {
    const all = facts(["2023年，全省新增友城5对。9月，温州市与意大利普拉托市签署合作备忘录。"]);
    expect(all.filter((f): f is DateFact => f.kind === "date" && f.evidence[0]!.quote === "9月").map((d) => d.value)).toEqual(["2024-09"]);
  });
});
