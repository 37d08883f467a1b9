/**
 * Organisations' names across the two languages (pipeline/fusion/organisation-names.ts): an event both languages
 * tell pairs its bodies in order, unless the places their names hold say the order differs.
 */
import { pairOrganisations, shortens } from "../pipeline/fusion/organisation-names";
import { extractBytes } from "../pipeline/index";
import type { AgreementFact } from "../schemas/output";

const zh = (name: string) => ({ en: null, zh: name, place: null });
const en = (name: string) => ({ en: name, zh: null, place: null });

describe("pairOrganisations", () => {
  it("pairs two bodies crosswise where the place each name holds says so", () => {
    const paired = pairOrganisations([zh("大连理工大学"), zh("托木斯克理工大学")], [en("Tomsk Polytechnic University"), en("Dalian University of Technology")]);
    expect(paired.map((p) => [p.zh, p.en])).toEqual([
      ["大连理工大学", "Dalian University of Technology"],
      ["托木斯克理工大学", "Tomsk Polytechnic University"],
    ]);
  });

  it("keeps the order where the names hold no place, or where the order already pairs one", () => {
    expect(pairOrganisations([zh("胜科工业集团"), zh("淡马锡控股公司")], [en("Sembcorp Industries"), en("Temasek Holdings")]).map((p) => p.en)).toEqual(["Sembcorp Industries", "Temasek Holdings"]);
    expect(pairOrganisations([zh("大连理工大学"), zh("某某学院")], [en("Dalian University of Technology"), en("Tomsk Polytechnic University")]).map((p) => p.en)).toEqual(["Dalian University of Technology", "Tomsk Polytechnic University"]);
  });

  it("keeps lists of different lengths apart", () => {
    expect(pairOrganisations([zh("大连理工大学")], [en("Dalian University of Technology"), en("Tomsk Polytechnic University")])).toHaveLength(3);
  });
});

describe("shortens", () => {
  it("reads a headline's short form of a body's name", () => {
    expect(shortens("新加坡胜科集团", "新加坡胜科工业集团")).toBe(true);
    expect(shortens("Singapore's Sembcorp", "Sembcorp Industries")).toBe(true);
    expect(shortens("the WTCF", "World Tourism Cities Federation")).toBe(true);
    expect(shortens("Sembcorp Industries", "Temasek Holdings")).toBe(false);
    // (the Chinese names are the stricter test: their characters in order)
    expect(shortens("世界旅游城市联合会", "亚太城市旅游振兴机构")).toBe(false);
  });
});

describe("events with one body each, told in a list in both languages", () => {
  const partnersOf = (english: string): [string | null, string | null][] => {
    const release = ["活动期间，无锡市与淡马锡控股公司、东京大学分别签署合作协议。", english].join("\n\n");
    const events = extractBytes("bodies.txt", Buffer.from(release, "utf8")).facts.filter((f): f is AgreementFact => f.kind === "agreement");
    return events.map((e) => [e.parties.at(-1)!.zh, e.parties.at(-1)!.en]);
  };

  it("pairs them in order where the names say nothing", () => {
    expect(partnersOf("During the event, Wuxi signed cooperation agreements with Temasek Holdings and the University of Tokyo.")).toEqual([
      ["淡马锡控股公司", "Temasek Holdings"],
      ["东京大学", "University of Tokyo"],
    ]);
  });

  it("pairs them by the place a name holds where the orders differ", () => {
    expect(partnersOf("During the event, Wuxi signed cooperation agreements with the University of Tokyo and Temasek Holdings.")).toEqual([
      ["淡马锡控股公司", "Temasek Holdings"],
      ["东京大学", "University of Tokyo"],
    ]);
  });
});
