/**
 * One English sentence may report two events joined by ", and": each event's parties are read from its
 * own clause ("Shaanxi … with Chuy Region of Kyrgyzstan, and Xi'an signed a memorandum … with Florence").
 * A city that opens a university's name, named alone elsewhere in the release, is no party of the
 * university's agreement, in either language.
 * Invented sentences, none from the seeds.
 */
import { readParagraph } from "../extractors/run";
import { extractBytes } from "../pipeline/index";

describe("two events in one English sentence", () => {
  const text = "During the forum, Gansu signed a friendship agreement with Chuy Region of Kyrgyzstan, and Lanzhou signed a memorandum on tourism with Florence of Italy.";
  const events = readParagraph(text, "en").agreements;

  it("reads both, each from its own subject", () => {
    expect(events.map((e) => [e.index, e.text])).toEqual([
      [text.indexOf("Gansu"), "Gansu signed a friendship agreement with Chuy Region"],
      [text.indexOf("Lanzhou"), "Lanzhou signed a memorandum on tourism with Florence"],
    ]);
  });

  it("gives each event the parties of its clause only", () => {
    expect(events.map((e) => [e.type, e.parties.map((p) => p.text)])).toEqual([
      ["agreement", ["Gansu", "Chuy Region"]],
      ["memorandum", ["Lanzhou", "Florence"]],
    ]);
  });
});

describe("a city inside a university's name", () => {
  const lines = [
    "代表团访问了德国科特布斯市。",
    "The delegation visited Cottbus, Germany.",
    "上周，科特布斯勃兰登堡工业大学与安徽工程大学签署了合作办学协议。",
    "Last week, the Brandenburg University of Technology Cottbus-Senftenberg and Anhui Polytechnic University signed an agreement on cooperative education.",
  ];
  const out = extractBytes("university.txt", Buffer.from(lines.join("\n"), "utf8"));
  const event = out.facts.find((f) => f.kind === "agreement");

  it("gives the two universities as the parties, the Chinese and the English as one event", () => {
    expect(event?.kind === "agreement" && event.parties.map((p) => [p.en, p.zh])).toEqual([
      // (named as the text gives it, the city and all: only a country or a division before a body's name says whose it is)
      ["Brandenburg University of Technology Cottbus-Senftenberg", "科特布斯勃兰登堡工业大学"],
      ["Anhui Polytechnic University", "安徽工程大学"],
    ]);
    expect(event?.corroboration).toBe("both");
  });
});

describe("partners signed with respectively", () => {
  const lines = [
    "2024年，浙江省与德国巴伐利亚州、澳大利亚塔斯马尼亚州分别签署了友好合作备忘录。",
    "In 2024, Zhejiang signed memorandums on friendly cooperation with Bavaria of Germany and Tasmania of Australia, respectively.",
  ];
  const out = extractBytes("respectively.txt", Buffer.from(lines.join("\n"), "utf8"));
  const events = out.facts.filter((f) => f.kind === "agreement");

  it("gives one event with each partner, each told in both languages", () => {
    expect(events.map((f) => f.kind === "agreement" && [f.parties.map((p) => p.en), f.corroboration])).toEqual([
      [["Zhejiang", "Bavaria"], "both"],
      [["Zhejiang", "Tasmania"], "both"],
    ]);
  });
});

describe("a place in an apposition that says where a party is", () => {
  it.each([
    ["before the trigger", "1985年，广州市与加拿大不列颠哥伦比亚省温哥华市签署友好城市协议。", "In 1985, Guangzhou and Vancouver, a coastal city in the province of British Columbia, signed a sister-city agreement.", ["Guangzhou", "Vancouver"]],
    ["after it", "5月28日，安吉县与意大利翁布里亚大区佩鲁贾省托迪市友好城市签约仪式在安吉举行。", "On May 28, a signing ceremony for sister-city relations between Anji County and Todi, a town in the province of Perugia in Italy's Umbria region, was held in Anji.", ["Anji County", "Todi"]],
  ])("%s is no party, in either language", (_where, zh, en, parties) => {
    const out = extractBytes("apposition.txt", Buffer.from(`${zh}\n${en}`, "utf8"));
    const events = out.facts.filter((f) => f.kind === "agreement");
    expect(events.map((f) => f.kind === "agreement" && [f.parties.map((p) => p.en), f.corroboration])).toEqual([[parties, "both"]]);
  });
});

describe("the pair of cities after 与", () => {
  it("is the partners, with the release's own side the other party, not the two sides of one signing", () => {
    const text = ["代表团访问了意大利热那亚市和法国马赛市，分别与两市签署了港口合作备忘录。", "The delegation visited Genoa, Italy and Marseille, France, and signed port memorandums with both cities.", "来源：烟台市人民政府"].join("\n\n");
    const [memo, ...rest] = extractBytes("release.txt", Buffer.from(text, "utf8")).facts.filter((f) => f.kind === "agreement");
    expect(rest).toEqual([]);
    expect(memo?.kind === "agreement" && memo.parties.map((p) => p.zh)).toEqual(["烟台市", "热那亚", "马赛"]);
    expect(memo?.corroboration).toBe("both");
  });
});
