/**
 * Linking place names across languages (extractors/places/link.ts): gazetteer entries, pinyin for names
 * of Chinese origin, then what is left: one name on each side, the one English name whose consonants a
 * transliteration keeps, then one name of a kind on each side and order, only when both sides have the
 * same number left; a transliterated foreign name is never named by its pinyin.
 */
import { linkPlaces, type LinkInput, type Mention } from "../extractors/places/link";
import { gazetteer } from "../extractors/places/gazetteer";
import type { Lang, PlaceCandidate } from "../extractors/types";

function mention(paragraph: string, lang: Lang, text: string, opts: Partial<PlaceCandidate> = {}): Mention {
  const hits = (lang === "zh" ? gazetteer().zh : gazetteer().en).get(text) ?? [];
  return { paragraph, lang, candidate: { rule: "test", index: 0, text, lang, hits, type: null, foreign: false, ...opts } };
}
const paragraphs = [
  { id: "z", lang: "zh", text: "" },
  { id: "e", lang: "en", text: "" },
];
const aligned = [{ zh: ["z"], en: ["e"] }];
/** two aligned pairs of paragraphs, z1 = e1 and z2 = e2 */
function twoPairs(z1: string, e1: string, z2: string, e2: string): LinkInput {
  const paragraphs = [
    { id: "z1", lang: "zh", text: z1 },
    { id: "e1", lang: "en", text: e1 },
    { id: "z2", lang: "zh", text: z2 },
    { id: "e2", lang: "en", text: e2 },
  ];
  return { paragraphs, alignments: [{ zh: ["z1"], en: ["e1"] }, { zh: ["z2"], en: ["e2"] }], mentions: [] };
}
/** a mention at a position of its paragraph */
const at = (m: Mention, index: number): Mention => ({ ...m, candidate: { ...m.candidate, index } });

describe("linkPlaces", () => {
  it("pairs a Chinese name no gazetteer holds with its pinyin", () => {
    const [g] = linkPlaces({ paragraphs, alignments: aligned, mentions: [mention("z", "zh", "乌镇"), mention("e", "en", "Wuzhen")] });
    expect(g).toMatchObject({ name: { zh: "乌镇", en: "Wuzhen" }, link: "pinyin" });
  });

  it("reads an unknown English name that is a known foreign division's name without its word as that division (\"Amur Governor\" beside \"the Amur Region\")", () => {
    const mentions = [mention("z", "zh", "阿穆尔州", { type: "province" }), mention("e", "en", "Amur Region", { type: "province" }), mention("e", "en", "Amur", { type: "province", foreign: true })];
    expect(linkPlaces({ paragraphs, alignments: aligned, mentions }).map((g) => [g.name.zh, g.name.en, g.mentions.length])).toEqual([["阿穆尔州", "Amur Oblast", 3]]);
  });

  it("reads a known foreign name whose translation names one unknown name of its sound instead as that place (奥克兰 beside Oakland, not the gazetteer's Auckland)", () => {
    const known = mention("z", "zh", "奥克兰", { type: "city" });
    expect(known.candidate.hits.map((h) => h.entry.en)).toEqual(["Auckland"]); // the namesake the gazetteer holds
    const groups = linkPlaces({ paragraphs, alignments: aligned, mentions: [known, mention("e", "en", "Oakland", { type: "city", foreign: true })] });
    expect(groups.map((g) => [g.name.zh, g.name.en, g.entry?.id ?? null])).toEqual([["奥克兰", "Oakland", null]]);
    // (a translation that names the entry keeps it)
    const kept = linkPlaces({ paragraphs, alignments: aligned, mentions: [mention("z", "zh", "奥克兰", { type: "city" }), mention("e", "en", "Auckland"), mention("e", "en", "Oakland", { type: "city", foreign: true })] });
    expect(kept.find((g) => g.name.zh === "奥克兰")?.name.en).toBe("Auckland");
  });

  it("gives an ambiguous English name the reading the Chinese names, and that reading's kind (Victoria: Canada's city, not Australia's state)", () => {
    const victoria = mention("e", "en", "Victoria");
    victoria.candidate.type = victoria.candidate.hits[0]!.entry.type; // as the gazetteer rule reads it: the first reading's kind
    expect(victoria.candidate.hits.map((h) => h.entry.type)).toEqual(["province", "city"]);
    const [g] = linkPlaces({ paragraphs, alignments: aligned, mentions: [mention("z", "zh", "维多利亚市", { type: "city" }), victoria] });
    expect(g).toMatchObject({ name: { zh: "维多利亚市", en: "Victoria" }, type: "city", link: "gazetteer" });
  });

  it("gives an ambiguous name no translation settles (a headline's \"Taizhou\") the reading the document names without doubt elsewhere", () => {
    const headline = mention("h", "en", "Taizhou");
    expect(headline.candidate.hits.length).toBeGreaterThan(1);
    const ownReading = headline.candidate.hits.find((h) => h.entry.id !== headline.candidate.hits[0]!.entry.id)!.entry;
    const groups = linkPlaces({ paragraphs: [...paragraphs, { id: "h", lang: "en", text: "" }], alignments: aligned, mentions: [headline, mention("z", "zh", ownReading.zh)] });
    expect(groups.map((g) => [g.name.zh, g.mentions.length])).toEqual([[ownReading.zh, 2]]);
  });

  it("keeps a first-level division that 大区 names as one, in either order, where English calls it a Region (中部大区, the Norte Region)", () => {
    for (const order of [0, 1]) {
      const both = [mention("z", "zh", "北部大区", { foreign: true, type: "province" }), mention("e", "en", "Norte Region", { type: "region" })];
      const groups = linkPlaces({ paragraphs, alignments: aligned, mentions: order ? both.reverse() : both });
      expect(groups.map((g) => [g.name.zh, g.name.en, g.type])).toEqual([["北部大区", "Norte Region", "province"]]);
    }
    // (English alone keeps its own word's kind)
    expect(linkPlaces({ paragraphs, alignments: aligned, mentions: [mention("e", "en", "Norte Region", { type: "region" })] })[0]!.type).toBe("region");
  });

  it("reads a bare English name as the division named after its city where the document writes the city with its word (山口县 and 山口市, Yamaguchi and Yamaguchi City)", () => {
    const mentions = (zhCity: boolean): Mention[] => [
      mention("z", "zh", "山口", { type: "province" }), // 山口县, read as the prefecture named after the known city
      ...(zhCity ? [mention("z", "zh", "山口市", { type: "city", hits: gazetteer().zh.get("山口") })] : []),
      mention("e", "en", "Yamaguchi", { type: "city" }),
      mention("e", "en", "Yamaguchi City", { type: "city" }),
    ];
    const kinds = (ms: Mention[]): string[][] => linkPlaces({ paragraphs, alignments: aligned, mentions: ms }).map((g) => [g.type, ...g.mentions.map((m) => m.candidate.text)]);
    expect(kinds(mentions(true))).toEqual([
      ["province", "山口", "Yamaguchi"],
      ["city", "山口市", "Yamaguchi City"],
    ]);
    // (the aligned paragraph naming only the city: the bare name is the city)
    const onlyCity = [mention("z", "zh", "山口", { type: "province" }), mention("y", "zh", "山口市", { type: "city", hits: gazetteer().zh.get("山口") }), mention("x", "en", "Yamaguchi", { type: "city" }), mention("e", "en", "Yamaguchi City", { type: "city" })];
    const twoPairs = { paragraphs: [...paragraphs, { id: "y", lang: "zh", text: "" }, { id: "x", lang: "en", text: "" }], alignments: [...aligned, { zh: ["y"], en: ["x"] }], mentions: onlyCity };
    expect(linkPlaces(twoPairs).map((g) => [g.type, ...g.mentions.map((m) => m.candidate.text)])).toEqual([
      ["province", "山口"],
      ["city", "山口市", "Yamaguchi", "Yamaguchi City"],
    ]);
  });

  it("pairs the transliterated names left over by order when both sides have as many", () => {
    const groups = linkPlaces({ paragraphs, alignments: aligned, mentions: [mention("z", "zh", "帕拉纳克市", { foreign: true }), mention("z", "zh", "德国"), mention("e", "en", "Germany"), mention("e", "en", "Parañaque")] });
    expect(groups.map((g) => [g.name.zh, g.name.en, g.link])).toEqual([["帕拉纳克市", "Parañaque", "order"], ["德国", "Germany", "gazetteer"]]);
  });

  it("never romanises a foreign name: with more English names than Chinese and none that sounds like it, it stays unlinked", () => {
    const groups = linkPlaces({ paragraphs, alignments: aligned, mentions: [mention("z", "zh", "拉巴特曼", { foreign: true }), mention("e", "en", "Machakos County"), mention("e", "en", "Kitui County")] });
    expect(groups.map((g) => g.name)).toEqual([{ zh: "拉巴特曼", en: null }, { zh: null, en: "Machakos County" }, { zh: null, en: "Kitui County" }]);
  });

  it("pairs a foreign name left over with the one English name whose consonants it keeps (佩斯州, Pest County)", () => {
    const groups = linkPlaces({
      paragraphs,
      alignments: aligned,
      mentions: [mention("z", "zh", "佩斯州", { foreign: true, type: "province" }), mention("e", "en", "Pest County", { type: "county" }), mention("e", "en", "Csongrád-Csanád County", { type: "county" })],
    });
    expect(groups.map((g) => [g.name.zh, g.name.en, g.link])).toEqual([["佩斯州", "Pest County", "sound"], [null, "Csongrád-Csanád County", null]]);
  });

  it("hears a soft c or g as the transliteration does (佩鲁贾省, Perugia) beside another name left over", () => {
    const groups = linkPlaces({
      paragraphs,
      alignments: aligned,
      mentions: [mention("z", "zh", "佩鲁贾省", { foreign: true, type: "province" }), mention("e", "en", "Perugia"), mention("e", "en", "Macerata")],
    });
    expect(groups.map((g) => [g.name.zh, g.name.en, g.link])).toEqual([["佩鲁贾省", "Perugia", "sound"], [null, "Macerata", null]]);
  });

  it("pairs by sound before order: a region and its province named in opposite orders (安卡什大区 … 特尔尼省, 'Terni … Ancash') do not cross", () => {
    const groups = linkPlaces({
      paragraphs,
      alignments: aligned,
      mentions: [mention("z", "zh", "安卡什大区", { foreign: true, type: "province" }), mention("z", "zh", "特尔尼省", { foreign: true, type: "province" }), mention("e", "en", "Terni"), mention("e", "en", "Ancash", { type: "region" })],
    });
    // (Ancash, 安卡什: a name that opens with a vowel, heard in a transliteration that opens with a nasal syllable)
    expect(groups.map((g) => [g.name.zh, g.name.en, g.link])).toEqual([["安卡什大区", "Ancash", "sound"], ["特尔尼省", "Terni", "sound"]]);
  });

  it("pairs by sound only where one name sounds like one name: two Chinese names like one English name stay apart", () => {
    const groups = linkPlaces({
      paragraphs,
      alignments: aligned,
      mentions: [mention("z", "zh", "佩斯州", { foreign: true }), mention("z", "zh", "帕斯市", { foreign: true }), mention("e", "en", "Pest County"), mention("e", "en", "Kitui County"), mention("e", "en", "Machakos County")],
    });
    expect(groups.map((g) => g.link)).toEqual([null, null, null, null, null]);
  });

  it("types a known city's name as the division a mention names (冈山县, Okayama Prefecture), though later mentions drop the word", () => {
    const [g] = linkPlaces({
      paragraphs,
      alignments: aligned,
      mentions: [
        mention("z", "zh", "冈山", { type: "province" }),
        mention("e", "en", "Okayama", { type: "province" }),
        mention("e", "en", "Okayama", { type: "city" }),
      ],
    });
    expect(g).toMatchObject({ name: { zh: "冈山", en: "Okayama" }, type: "province", link: "gazetteer" });
  });

  it("makes two places of a known city and the division named after it where the release says the city as a city too (冈山县冈山市, \"Okayama City\")", () => {
    const withCity = [{ id: "z", lang: "zh", text: "日本冈山县冈山市" }, { id: "e", lang: "en", text: "" }];
    const groups = linkPlaces({
      paragraphs: withCity,
      alignments: aligned,
      mentions: [
        mention("z", "zh", "冈山", { type: "province", index: 2 }),
        mention("z", "zh", "冈山", { type: "city", index: 5 }),
        mention("e", "en", "Okayama City", { type: "city" }),
        mention("e", "en", "Okayama", { type: "province" }),
      ],
    });
    expect(groups.map((g) => [g.type, g.mentions.map((m) => m.candidate.text)])).toEqual([
      ["province", ["冈山", "Okayama"]],
      ["city", ["冈山", "Okayama City"]],
    ]);
  });

  it("takes a foreign name left over beside a known place only the translation names as that place, transliterated otherwise", () => {
    const groups = linkPlaces({
      paragraphs,
      alignments: aligned,
      mentions: [mention("z", "zh", "成都市"), mention("z", "zh", "巴伦西亚市", { foreign: true, type: "city" }), mention("e", "en", "Chengdu"), mention("e", "en", "Valencia")],
    });
    expect(groups.map((g) => [g.name.en, g.mentions.map((m) => m.candidate.text)])).toEqual([
      ["Chengdu", ["成都市", "Chengdu"]],
      ["Valencia", ["巴伦西亚市", "Valencia"]],
    ]);
  });

  it("takes a foreign name of another kind than the gazetteer's as that place when the translation states its kind, or it sounds the same", () => {
    // the gazetteer holds Cebu as a city; the release names its province, written 宿雾 as Taiwan writes it
    const stated = linkPlaces({ paragraphs, alignments: aligned, mentions: [mention("z", "zh", "塞布省", { foreign: true, type: "province" }), mention("e", "en", "Cebu", { type: "province" })] });
    expect(stated.map((g) => [g.name.en, g.mentions.map((m) => m.candidate.text)])).toEqual([["Cebu", ["塞布省", "Cebu"]]]);
    const homophone = linkPlaces({ paragraphs, alignments: aligned, mentions: [mention("z", "zh", "宿雾省", { foreign: true, type: "province" }), mention("e", "en", "Cebu")] });
    expect(homophone.map((g) => [g.name.en, g.mentions.map((m) => m.candidate.text)])).toEqual([["Cebu", ["宿雾省", "Cebu"]]]);
    // a name of another kind that sounds otherwise is not taken for it
    const other = linkPlaces({ paragraphs, alignments: aligned, mentions: [mention("z", "zh", "保和省", { foreign: true, type: "province" }), mention("e", "en", "Cebu")] });
    expect(other.map((g) => g.name)).toEqual([{ zh: "保和省", en: null }, { zh: "宿务", en: "Cebu" }]);
  });

  it("takes a foreign name that sounds as a known place the translation names for that place before pairing by order", () => {
    // 德克萨斯 for the gazetteer's 得克萨斯: order alone would pair it with the one English name left over
    const groups = linkPlaces({
      paragraphs,
      alignments: aligned,
      mentions: [mention("z", "zh", "佐贺县", { foreign: true, type: "province" }), mention("z", "zh", "德克萨斯州", { foreign: true, type: "province" }), mention("e", "en", "Saga Prefecture", { type: "province" }), mention("e", "en", "Texas")],
    });
    expect(groups.map((g) => [g.name.en, g.mentions.map((m) => m.candidate.text)])).toEqual([
      ["Saga Prefecture", ["佐贺县", "Saga Prefecture"]],
      ["Texas", ["德克萨斯州", "Texas"]],
    ]);
  });

  it("leaves a foreign name alone when the Chinese names the known place too", () => {
    const groups = linkPlaces({
      paragraphs,
      alignments: aligned,
      mentions: [mention("z", "zh", "瓦伦西亚"), mention("z", "zh", "巴伦西亚市", { foreign: true, type: "city" }), mention("e", "en", "Valencia")],
    });
    expect(groups.map((g) => g.name)).toEqual([
      { zh: "瓦伦西亚", en: "Valencia" },
      { zh: "巴伦西亚市", en: null },
    ]);
  });

  it("reads a known foreign name that the document's own name holds as that place, written short (奥克兰 after 美国奥克兰市)", () => {
    const groups = linkPlaces({
      paragraphs,
      alignments: aligned,
      mentions: [mention("z", "zh", "奥克兰市", { foreign: true, type: "city" }), mention("z", "zh", "奥克兰"), mention("e", "en", "Oakland")],
    });
    expect(groups.map((g) => [g.name.zh, g.name.en, g.entry, g.mentions.length])).toEqual([["奥克兰市", "Oakland", null, 3]]);
  });

  it("reads a known city's name that a division the document names holds with its word as that division (Washington, after Washington State)", () => {
    const groups = linkPlaces({
      paragraphs,
      alignments: aligned,
      mentions: [mention("z", "zh", "华盛顿州"), mention("e", "en", "Washington State"), mention("e", "en", "Washington")],
    });
    expect(groups.map((g) => [g.name.zh, g.name.en, g.type])).toEqual([["华盛顿州", "Washington State", "province"]]);
    // (with no such division named, the city it is)
    expect(linkPlaces({ paragraphs, alignments: aligned, mentions: [mention("e", "en", "Washington")] }).map((g) => g.name.en)).toEqual(["Washington, D.C."]);
  });

  it("keeps a city that the release says is a city (托木斯克市) apart from the division of its name the release names too, in both languages", () => {
    // (a paragraph pair about the city, 托木斯克市 and "Tomsk", then one about the oblast, 托木斯克州 and "Tomsk Oblast")
    const { paragraphs, alignments } = twoPairs("绵阳市与托木斯克市签署协议。", "Mianyang and Tomsk signed an agreement.", "托木斯克州的贸易额增长。", "Trade with Tomsk Oblast grew.");
    const mentions = [at(mention("z1", "zh", "托木斯克"), 4), at(mention("e1", "en", "Tomsk"), 13), at(mention("z2", "zh", "托木斯克州"), 0), at(mention("e2", "en", "Tomsk Oblast"), 11)];
    const groups = linkPlaces({ paragraphs, alignments, mentions });
    expect(groups.map((g) => [g.name.zh, g.name.en, g.type, g.mentions.map((m) => m.paragraph)])).toEqual([
      ["托木斯克", "Tomsk", "city", ["z1", "e1"]],
      ["托木斯克州", "Tomsk Oblast", "province", ["z2", "e2"]],
    ]);
  });

  it("reads a foreign division's bare name as the city of that name the release names as a city (马六甲市, then 马六甲), unless it names the division with its word too", () => {
    const { paragraphs, alignments } = twoPairs("漳州市与马六甲市庆祝结好。", "Zhangzhou and Malacca City celebrated.", "代表团抵达马六甲。", "The delegation arrived in Malacca.");
    const city = [at(mention("z1", "zh", "马六甲市"), 4), at(mention("e1", "en", "Malacca City"), 14)];
    const bare = [at(mention("z2", "zh", "马六甲"), 5), at(mention("e2", "en", "Malacca"), 26)];
    expect(bare[0]!.candidate.hits.map((h) => h.entry.type)).toEqual(["province"]); // the state, as the gazetteer reads it alone
    expect(linkPlaces({ paragraphs, alignments, mentions: [...city, ...bare] }).map((g) => [g.name.en, g.type, g.mentions.length])).toEqual([["Malacca City", "city", 4]]);
    // (a release that writes the state with its word names two places)
    const stated = [...paragraphs, { id: "z3", lang: "zh", text: "马六甲州首席部长出席。" }];
    const withState = [...city, ...bare, at(mention("z3", "zh", "马六甲"), 0)];
    const groups = linkPlaces({ paragraphs: stated, alignments, mentions: withState });
    expect(groups.map((g) => [g.name.en, g.type, g.mentions.length])).toEqual([
      ["Malacca City", "city", 2],
      ["Malacca", "province", 3],
    ]);
  });

  it("names a place glossed with its original (奥斯纳布吕克（Osnabrück）市) as it is written elsewhere", () => {
    const groups = linkPlaces({
      paragraphs,
      alignments: aligned,
      mentions: [mention("z", "zh", "奥斯纳布吕克（Osnabrück）市", { foreign: true, type: "city" }), mention("z", "zh", "奥斯纳布吕克市", { foreign: true, type: "city" }), mention("e", "en", "Osnabrück")],
    });
    expect(groups.map((g) => [g.name.zh, g.name.en, g.mentions.length])).toEqual([["奥斯纳布吕克市", "Osnabrück", 3]]);
  });

  it("keeps the other language null for a name only one language gives", () => {
    const [g] = linkPlaces({ paragraphs, alignments: [], mentions: [mention("e", "en", "Kitui County", { type: "county" })] });
    expect(g).toMatchObject({ name: { en: "Kitui County", zh: null }, type: "county", link: null });
  });

  it("pairs a name the title gives on each side first, which leaves one name on each side of the body", () => {
    const titles = [{ id: "tz", lang: "zh", text: "" }, { id: "te", lang: "en", text: "" }, ...paragraphs];
    const alignments = [{ zh: ["z"], en: ["e"] }, { zh: ["tz"], en: ["te"] }];
    const groups = linkPlaces({
      paragraphs: titles,
      alignments,
      mentions: [
        mention("tz", "zh", "贝尔洛市", { foreign: true, type: "city" }),
        mention("te", "en", "Berlo", { rule: "place-repeat" }),
        mention("z", "zh", "米吉拉斯州", { foreign: true, type: "province" }),
        mention("z", "zh", "贝尔洛市", { foreign: true, type: "city", rule: "place-repeat" }),
        mention("e", "en", "Berlo", { type: "city" }),
        mention("e", "en", "Mijiras", { type: "province" }),
      ],
    });
    expect(groups.map((g) => [g.name.zh, g.name.en])).toEqual([["贝尔洛市", "Berlo"], ["米吉拉斯州", "Mijiras"]]);
  });

  it("pairs by kind before order: Chinese names the province before the city, English after", () => {
    const groups = linkPlaces({
      paragraphs,
      alignments: aligned,
      mentions: [
        mention("z", "zh", "米吉拉斯州", { foreign: true, type: "province" }),
        mention("z", "zh", "贝尔洛市", { foreign: true, type: "city" }),
        mention("e", "en", "Berlo", { type: "city" }),
        mention("e", "en", "Mijiras", { type: "province" }),
      ],
    });
    expect(groups.map((g) => [g.name.zh, g.name.en])).toEqual([["米吉拉斯州", "Mijiras"], ["贝尔洛市", "Berlo"]]);
  });

  it("reads an ambiguous English name as the place its aligned Chinese paragraph names", () => {
    // Fuzhou is 福州 (Fujian) and 抚州 (Jiangxi)
    expect(gazetteer().en.get("Fuzhou")!.map((h) => h.entry.zh).sort()).toEqual(["抚州市", "福州市"]);
    const groups = linkPlaces({ paragraphs, alignments: aligned, mentions: [mention("z", "zh", "抚州"), mention("e", "en", "Fuzhou")] });
    expect(groups.map((g) => g.name)).toEqual([{ zh: "抚州市", en: "Fuzhou" }]);
  });
});
