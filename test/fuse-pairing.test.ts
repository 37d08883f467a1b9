/**
 * Pairing one language's events with the other's within a pair of aligned paragraphs: an event the other
 * language tells goes to the telling that fits it best (the most places shared, then renewal and date, then bodies
 * named for the same places, then the order told), not to the first of its type; and the partner a pair word stands
 * for. Invented releases, each given as its paragraphs.
 */
import { extractBytes } from "../pipeline/index";
import type { AgreementFact } from "../schemas/output";

/** the agreement facts of a release given as its paragraphs */
const agreementsOf = (name: string, paragraphs: string[]): AgreementFact[] =>
  extractBytes(name, Buffer.from(paragraphs.join("\n\n"), "utf8")).facts.filter((f): f is AgreementFact => f.kind === "agreement");
/** each party by its English name, or its Chinese one where it has none */
const partners = (f: AgreementFact): string[] => f.parties.map((p) => p.en ?? p.zh ?? "").sort();
/** each party by both its names */
const bothNames = (f: AgreementFact): string[] => f.parties.map((p) => `${p.zh}/${p.en}`).sort();

describe("pairing events across languages", () => {
  // (the Chinese tells two ties, the English only the second)
  const facts = agreementsOf("pairing.txt", [
    "2023年泉州市友城工作回眸",
    "Looking Back at Quanzhou's Sister-City Work in 2023",
    "2023年，泉州市友城工作实现恢复性增长。5月，泉州市与马来西亚马六甲州缔结友好省州关系；9月，泉州市与西班牙巴伦西亚市缔结友好城市关系。",
    "In 2023, Quanzhou's sister-city work achieved a recovery. In September, Quanzhou and Valencia of Spain established sister-city relations.",
  ]);

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
  const facts = agreementsOf("bodies.txt", [
    "4月9日，温州大学与葡萄牙阿威罗大学签署合作协议，温州港集团与葡萄牙锡尼什港务局签署战略合作协议。",
    "On April 9, Wenzhou Port Group signed a strategic cooperation agreement with the Port Authority of Sines, and Wenzhou University signed a cooperation agreement with the University of Aveiro of Portugal.",
  ]);

  it("joins each Chinese telling to the English one whose bodies hold the same places, whatever their order", () => {
    // (each body's two names, the Chinese and the English, in one party)
    expect(facts.map((f) => f.corroboration)).toEqual(["both", "both"]);
    expect(bothNames(facts[0]!)).toEqual(["温州大学/Wenzhou University", "阿威罗大学/University of Aveiro"]);
    expect(bothNames(facts[1]!)[0]).toBe("温州港集团/Wenzhou Port Group");
    expect(bothNames(facts[1]!)[1]).toMatch(/锡尼什港务局\/Port Authority/);
  });

  it("joins the first telling to the first and the second to the second where nothing else tells them apart, and reads no joining in 加入的", () => {
    // (two memberships on each side, each of a body named differently in each language, no place a party)
    const joined = agreementsOf("joined.txt", [
      "近日，我市正式加入国际港口城市协会。这是继2017年加入世界历史都市联盟之后，我市加入的又一国际组织。",
      "Recently, the city officially joined the International Association of Cities and Ports. It is another international organization the city has joined, following its accession to the League of Historical Cities in 2017.",
    ]);
    const body = (f: AgreementFact): string => bothNames(f).filter((n) => !n.startsWith("我市")).join();
    expect(joined.map((f) => [body(f), f.date, f.corroboration])).toEqual([
      ["国际港口城市协会/International Association of Cities and Ports", null, "both"],
      ["世界历史都市联盟/League of Historical Cities", "2017", "both"],
    ]);
  });
});

describe("the partner a pair word stands for", () => {
  // (a state's delegation visits, the release recalls its city's tie, then the pair plans the tie's anniversary: 双方 is
  // the release's main partner, but a tie's pair goes on with the last tie's partner where the main partner is only its
  // namesake division)
  const facts = agreementsOf("pair.txt", [
    "马六甲州代表团访问漳州",
    "Malacca State Delegation Visits Zhangzhou",
    "3月8日，马来西亚马六甲州官员率团访问漳州市。",
    "On March 8, an official of Malacca, Malaysia, led a delegation to Zhangzhou.",
    "漳州市与马六甲市于2005年结为友好城市。马六甲是海上丝绸之路的重要港口。",
    "Zhangzhou and the City of Malacca became sister cities in 2005. Malacca was an important port on the Maritime Silk Road.",
    "双方表示，将以明年结好20周年为契机，深化合作。",
    "Both sides agreed to deepen cooperation.",
  ]);

  it("reads the anniversary of the pair's tie as the city's tie, not a second tie with the state of its name", () => {
    expect(facts.map((f) => [partners(f), f.date, f.corroboration])).toEqual([[["Malacca City", "Zhangzhou"], "2005", "both"]]);
    expect(facts[0]!.evidence.map((e) => e.quote)).toContain("双方表示，将以明年结好");
  });
});

describe("one signing between bodies told twice in a sentence", () => {
  const facts = agreementsOf("ports.txt", [
    "2023年5月10日，大连港与鹿特丹港在鹿特丹签署友好港协议，两港正式缔结为友好港。",
    "On May 10, 2023, the Port of Dalian and the Port of Rotterdam signed a sister port agreement in Rotterdam, formally becoming sister ports.",
  ]);

  it("is one event, cited at both tellings: the two ports (两港) are the bodies named before", () => {
    expect(facts.map((f) => f.evidence.map((e) => [e.lang, e.quote]))).toEqual([
      [
        ["zh", "大连港与鹿特丹港在鹿特丹签署友好港协议"],
        ["en", "Port of Dalian and the Port of Rotterdam signed a sister port agreement"],
        ["zh", "两港正式缔结为友好港"],
      ],
    ]);
    expect(facts.map((f) => [f.type, f.date, f.corroboration, bothNames(f)])).toEqual([["agreement", "2023-05-10", "both", ["大连港/Port of Dalian", "鹿特丹港/Port of Rotterdam"]]]);
  });
});
