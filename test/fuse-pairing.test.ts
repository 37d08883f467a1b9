/**
 * Pairing one language's events with the other's within a pair of aligned paragraphs: an event the other
 * language tells goes to the telling that fits it best (the most places shared, then renewal and date), not to the
 * first of its type. An invented release: the Chinese tells two ties, the English only the second.
 */
import { extractBytes } from "../pipeline/index";
import type { AgreementFact } from "../schemas/output";

const RELEASE = [
  "2023年泉州市友城工作回眸",
  "Looking Back at Quanzhou's Sister-City Work in 2023",
  "2023年，泉州市友城工作实现恢复性增长。5月，泉州市与马来西亚马六甲州缔结友好省州关系；9月，泉州市与西班牙巴伦西亚市缔结友好城市关系。",
  "In 2023, Quanzhou's sister-city work achieved a recovery. In September, Quanzhou and Valencia of Spain established sister-city relations.",
].join("\n\n");

describe("pairing events across languages", () => {
  const facts = extractBytes("pairing.txt", Buffer.from(RELEASE, "utf8")).facts.filter((f): f is AgreementFact => f.kind === "agreement");
  const partners = (f: AgreementFact): string[] => f.parties.map((p) => p.en ?? p.zh ?? "").sort();

  it("joins the English tie to the Chinese tie with the same partner, not to the first tie of the paragraph", () => {
    expect(facts.map((f) => [partners(f), f.date, f.corroboration])).toEqual([
      [["Malacca", "Quanzhou"], "2023-05", "zh-only"],
      [["Quanzhou", "Valencia"], "2023-09", "both"],
    ]);
    expect(facts.every((f) => f.conflicts.length === 0)).toBe(true);
  });
});

describe("pairing bodies' events across languages", () => {
  // (two agreements of one type in a paragraph pair, each between bodies that no place names as a party: each pairs with
  // the telling whose bodies are named for the same places)
  const BODIES = [
    "4月9日，温州大学与葡萄牙阿威罗大学签署合作协议，温州港集团与葡萄牙锡尼什港务局签署战略合作协议。",
    "On April 9, Wenzhou Port Group signed a strategic cooperation agreement with the Port Authority of Sines, and Wenzhou University signed a cooperation agreement with the University of Aveiro of Portugal.",
  ].join("\n\n");
  const facts = extractBytes("bodies.txt", Buffer.from(BODIES, "utf8")).facts.filter((f): f is AgreementFact => f.kind === "agreement");

  it("joins each Chinese telling to the English one whose bodies hold the same places, whatever their order", () => {
    // (each body's two names, the Chinese and the English, in one party)
    const named = (f: AgreementFact): string[] => f.parties.map((p) => `${p.zh}/${p.en}`).sort();
    expect(facts.map((f) => f.corroboration)).toEqual(["both", "both"]);
    expect(named(facts[0]!)).toEqual(["温州大学/Wenzhou University", "阿威罗大学/University of Aveiro"]);
    expect(named(facts[1]!)[0]).toBe("温州港集团/Wenzhou Port Group");
    expect(named(facts[1]!)[1]).toMatch(/锡尼什港务局\/Port Authority/);
  });
});

describe("pairing bodies' events in order", () => {
  // (two memberships on each side, each of a body named differently in each language, no place a party: told in the same order)
  const JOINED = [
    "近日，我市正式加入国际港口城市协会。这是继2017年加入世界历史都市联盟之后，我市加入的又一国际组织。",
    "Recently, the city officially joined the International Association of Cities and Ports. It is another international organization the city has joined, following its accession to the League of Historical Cities in 2017.",
  ].join("\n\n");
  const facts = extractBytes("joined.txt", Buffer.from(JOINED, "utf8")).facts.filter((f): f is AgreementFact => f.kind === "agreement");
  const body = (f: AgreementFact): string => f.parties.filter((p) => p.zh !== "我市").map((p) => `${p.zh}/${p.en}`).join();

  it("joins the first telling to the first and the second to the second, and reads no joining in 加入的", () => {
    expect(facts.map((f) => [body(f), f.date, f.corroboration])).toEqual([
      ["国际港口城市协会/International Association of Cities and Ports", null, "both"],
      ["世界历史都市联盟/League of Historical Cities", "2017", "both"],
    ]);
  });
});
