/**
 * A release about a sister-city anniversary names the partner city in context once (韩国木浦市, "Mokpo of
 * the ROK") and bare afterwards, and tells the one tie three ways: the headline, the anniversary, the
 * establishment "in 1995". The bare names are parties all the same, and the tie is one fact dated by its
 * establishment. A visit's 双方 ("the two sides") in a paragraph of its own is the release's own place and
 * its partner. (Invented releases; Mokpo is in no gazetteer here.)
 */
import { extractBytes } from "../pipeline/index";
import type { AgreementFact } from "../schemas/output";

/** the agreement facts of a release given as text */
const tiesOf = (name: string, text: string): AgreementFact[] => extractBytes(name, Buffer.from(text, "utf8")).facts.filter((f): f is AgreementFact => f.kind === "agreement");

const RELEASE = [
  "厦门市庆祝与韩国木浦市缔结友好城市关系三十周年",
  "Xiamen Celebrates 30th Anniversary of Sister-City Relations with Mokpo of the ROK",
  "6月18日，厦门市与韩国木浦市缔结友好城市关系30周年纪念活动在木浦市举行。",
  "On June 18, an event marking the 30th anniversary of the sister-city relationship between Xiamen and Mokpo of the ROK was held in Mokpo.",
  "1995年，厦门市与木浦市正式缔结友好城市关系。",
  "In 1995, Xiamen and Mokpo officially established sister-city relations.",
].join("\n\n");

describe("one sister-city tie told three ways", () => {
  const out = extractBytes("release.txt", Buffer.from(RELEASE, "utf8"));
  const ties = out.facts.filter((f): f is AgreementFact => f.kind === "agreement");
  const quotes = (lang: string): string[] => ties.flatMap((t) => t.evidence.filter((e) => e.lang === lang).map((e) => e.quote));

  it("reads the establishment, where the partner is named bare, in both languages", () => {
    expect(quotes("zh")).toContain("厦门市与木浦市正式缔结友好城市关系");
    expect(quotes("en")).toContain("Xiamen and Mokpo officially established sister-city relations");
  });

  it("is one fact, dated by the establishment, with both names of the partner", () => {
    expect(ties).toHaveLength(1);
    const [tie] = ties;
    expect(tie!.corroboration).toBe("both");
    expect(tie!.date).toBe("1995");
    expect(tie!.parties.map((p) => [p.zh, p.en])).toEqual([
      ["厦门市", "Xiamen"],
      ["木浦市", "Mokpo"],
    ]);
    expect(tie!.evidence.length).toBeGreaterThanOrEqual(6);
  });

  it("settles 双方 / 'the two sides' of a later paragraph as the release's own place and its partner", () => {
    const visit = [
      "6月18日，韩国木浦市市长率团访问厦门。",
      "On June 18, the Mayor of Mokpo led a delegation to Xiamen.",
      "访问期间，双方签署了港口物流合作备忘录。",
      "During the visit, the two sides signed a memorandum on port logistics.",
    ].join("\n\n");
    const [mou, ...rest] = tiesOf("visit.txt", visit);
    expect(rest).toEqual([]);
    expect(mou!.evidence.map((e) => e.quote)).toEqual(["双方签署了港口物流合作备忘录", "the two sides signed a memorandum"]);
    expect(mou!.parties.map((p) => p.zh)).toEqual(["厦门市", "木浦市"]);
  });

  it("settles 双方 after a partner the sentence names as that partner and the own place, not the venue, agreeing across languages", () => {
    // the release names two foreign places as often (the venue and the partner), so it has no one main partner
    const visit = [
      "9月12日，厦门市代表团抵达圣地亚哥，访问瓦尔帕莱索大区。",
      "On September 12, a Xiamen delegation arrived in Santiago to visit the Valparaíso Region.",
      "9月14日，代表团在圣地亚哥会见瓦尔帕莱索大区官员，双方签署友好交流意向书。",
      "In Santiago on September 14, the delegation met with officials of the Valparaíso Region, and the two sides signed a letter of intent on friendly exchanges.",
    ].join("\n\n");
    const ties = tiesOf("visit.txt", visit);
    expect(ties.map((t) => [t.corroboration, t.parties.map((p) => p.zh).sort()])).toEqual([["both", ["厦门市", "瓦尔帕莱索大区"]]]);
  });

  it("reads the mayors' signing of 'the agreement' in a later paragraph as the tie's own agreement, not a second event", () => {
    const wire = [
      "镇江市与意大利皮斯托亚市27日签署友好城市协议，两市正式建立友好城市关系。",
      "镇江市市长与皮斯托亚市市长签署协议，约80名嘉宾出席签约仪式。",
    ];
    for (const order of [wire, [...wire].reverse()]) {
      const ties = tiesOf("wire.txt", order.join("\n\n"));
      expect(ties.map((t) => t.type)).toEqual(["sister-city"]);
      expect(ties[0]!.evidence.map((e) => e.quote)).toContain("镇江市市长与皮斯托亚市市长签署协议");
    }
  });

  it("reads an agreement told with its partner and signed later in the passive as the tie's own, dated by the month it gives", () => {
    // (invented: ties with two places reported at once, then when each one's document was signed)
    const release = [
      "今年以来，宁波市先后与法国里昂市、巴西库里蒂巴市签署友好城市协议书。",
      "Since the beginning of this year, Ningbo has signed sister-city agreements with Lyon in France and Curitiba in Brazil.",
      "其中，与里昂市的协议于4月在里昂签署，与库里蒂巴市的协议于10月在宁波签署。",
      "The agreement with Lyon was signed in Lyon in April, and the one with Curitiba was signed in Ningbo in October.",
    ].join("\n\n");
    const ties = tiesOf("2023年12月20日 passive.txt", `2023年12月20日\n\n${release}`);
    expect(ties.map((t) => [t.type, t.corroboration, t.parties.map((p) => p.zh), t.date])).toEqual([
      ["sister-city", "both", ["宁波市", "里昂"], "2023-04"],
      ["sister-city", "both", ["宁波市", "库里蒂巴"], "2023-10"],
    ]);
    expect(ties[0]!.evidence.map((e) => e.quote)).toEqual(expect.arrayContaining(["里昂市的协议", "agreement with Lyon was signed"]));
  });

  it("keeps a signing of several agreements apart from the tie, which keeps its own year", () => {
    const ties = tiesOf("several.txt", ["10月18日，扬州市与意大利里米尼市签署旅游、教育、文化三项合作协议。", "扬州与里米尼于2005年缔结友好城市关系。"].join("\n\n"));
    expect(ties.map((t) => [t.type, t.date])).toEqual([
      ["agreement", "--10-18"],
      ["sister-city", "2005"],
    ]);
  });

  it("keeps 我市 as the own party of a release that names no Chinese division of its own, with the level it says", () => {
    const release = [
      "我市与韩国全州市缔结友好城市关系",
      "9月23日，我市与韩国全罗北道全州市友好城市关系缔结仪式在全州市政厅举行。两市市长签署了《建立友好城市关系协议书》。",
    ].join("\n\n");
    const ties = tiesOf("own.txt", release);
    expect(ties.map((t) => [t.type, t.level, t.parties.map((p) => [p.zh, p.place === null])])).toEqual([
      ["sister-city", "city", [["我市", true], ["全州市", false]]],
    ]);
  });

  it("keeps 我省 as the own party rather than an autonomous region the release names as a forum's venue", () => {
    const release = [
      "7月2日至3日，第三届中国—中亚地方合作论坛在新疆乌鲁木齐举行。我省代表团出席论坛并与哈萨克斯坦阿拜州签署友好合作备忘录。",
      "From July 2 to 3, the 3rd China-Central Asia Local Cooperation Forum was held in Urumqi, Xinjiang. A delegation from our province attended the forum and signed a memorandum on friendly cooperation with Abai Region of Kazakhstan.",
    ].join("\n\n");
    const ties = tiesOf("venue.txt", release);
    expect(ties.map((t) => [t.type, t.level, t.parties.map((p) => p.zh)])).toEqual([["memorandum", "provincial", ["阿拜州", "我省"]]]);
  });

  it("settles 我区 as the autonomous region the release names, at the provincial level, where it names no district", () => {
    const release = ["5月14日，我区与泰国宋卡府在宋卡签署友好交流协议。自治区副主席出席签约仪式。", "目前，宁夏已与泰国3个府建立友好关系。"].join("\n\n");
    const ties = tiesOf("region.txt", release);
    expect(ties.map((t) => [t.type, t.level, t.parties.map((p) => p.zh)])).toEqual([["friendly-cooperation", "provincial", ["宁夏回族自治区", "宋卡府"]]]);
  });

  it("keeps two ties of one paragraph pair apart when they share no place, and signs an autonomous prefecture's at the city level", () => {
    const release = [
      "2024年，云南省成功促成昆明市与老挝万象市续签友好城市合作协议，推动大理州与泰国清迈府缔结友好城市关系。",
      "In 2024, Yunnan facilitated the renewal of the sister-city cooperation agreement between Kunming and Vientiane of Laos, and promoted the establishment of sister-city relations between Dali Prefecture and Chiang Mai Province of Thailand.",
    ].join("\n\n");
    const ties = tiesOf("yunnan.txt", release);
    expect(ties.map((t) => [t.corroboration, t.level, t.parties.map((p) => p.zh)])).toEqual([
      ["both", "city", ["昆明市", "万象"]],
      ["both", "city", ["大理白族自治州", "清迈"]],
    ]);
  });

  it("settles 双方 as the partner city, not the state it lies in, that the release names beside it (Tyler, Texas)", () => {
    // the state is named about as often as the city, but mostly right beside it: where the city lies, no second partner
    // (a body named after the city, 泰勒专科学院, does not make the paragraph name another partner either)
    const visit = [
      "8月4日至8日，株洲市代表团访问友好城市美国得克萨斯州泰勒市。",
      "From August 4 to 8, a Zhuzhou delegation visited its sister city Tyler, Texas.",
      "代表团还与在得州的中资企业代表座谈。",
      "The delegation also met representatives of Chinese-funded enterprises in Texas.",
      "访问期间，双方签署了职业教育合作谅解备忘录，株洲职业技术学院与泰勒专科学院签署了交流协议。",
      "During the visit, the two sides signed a memorandum of understanding on vocational education, and Zhuzhou Vocational and Technical College signed an exchange agreement with Tyler Junior College.",
    ].join("\n\n");
    const mou = tiesOf("tyler.txt", visit).find((f) => f.type === "memorandum");
    expect(mou?.evidence.map((e) => e.quote)).toEqual(["双方签署了职业教育合作谅解备忘录", "the two sides signed a memorandum of understanding"]);
    expect(mou!.parties.map((p) => p.en)).toEqual(["Zhuzhou", "Tyler"]);
  });

  it("leaves 双方 unsettled where the release has no one partner", () => {
    const review = [
      "今年，厦门市与韩国木浦市、日本佐世保市、美国巴尔的摩市开展交流。",
      "访问期间，双方签署了合作备忘录。",
    ].join("\n\n");
    const facts = extractBytes("review.txt", Buffer.from(review, "utf8")).facts;
    expect(facts.filter((f) => f.kind === "agreement")).toEqual([]);
  });

  it("settles a pair word in a paragraph of its own by the event told before it, where the release has no one partner", () => {
    // two partners named about as often: 两市 goes on with the pair of the event before it, not with the later one
    const release = [
      "10月21日，扬州市与日本岐阜市签署友好城市协议。",
      "两市于2016年建立友好交流关系。",
      "访问期间，扬州市代表团还与日本唐津市续签了友好城市协议，该市市长出席。",
    ].join("\n\n");
    const ties = tiesOf("two-partners.txt", release);
    expect(ties.find((t) => t.date === "2016")?.parties.map((p) => p.zh)).toEqual(["扬州市", "岐阜市"]);
  });

  it("reads a name the gazetteer knows only in China, after a foreign country, as that country's place, there and later", () => {
    // 日本津市 is Tsu, not Hunan's 津市市; so is the bare 津市 of a later paragraph
    const release = ["镇江市与日本津市缔结友好城市关系。", "津市是三重县首府，人口约27万。"].join("\n\n");
    const places = extractBytes("tsu.txt", Buffer.from(release, "utf8")).facts.flatMap((f) => (f.kind === "place" ? [[f.name.zh, f.code?.value ?? null, f.evidence.length]] : []));
    expect(places).toContainEqual(["津市", null, 2]);
    expect(places.filter(([zh]) => zh === "津市市")).toEqual([]);
  });

  it("reads a foreign name found again before a title as that name, not as the Chinese place the gazetteer reads on into the title", () => {
    // 唐津市市长: Karatsu's mayor; the gazetteer's 津市市 (Hunan) starts inside the name and takes the title's 市
    const release = ["扬州市与日本佐贺县唐津市结好三十周年纪念大会在扬州举行。唐津市市长峰达郎出席。"].join("\n\n");
    const places = extractBytes("karatsu.txt", Buffer.from(release, "utf8")).facts.flatMap((f) => (f.kind === "place" ? f.evidence.map((e) => [e.start, f.name.zh]) : []));
    expect(places).toContainEqual([28, "唐津市"]);
    expect(places.filter(([, zh]) => zh === "津市市")).toEqual([]);
  });

  it("keeps two memorandums between the same places apart: places may sign several", () => {
    const twoMous = [
      "2023年，合肥市与德国奥斯纳布吕克市签署经贸合作备忘录。",
      "In 2023, Hefei and Osnabrück of Germany signed a memorandum on trade cooperation.",
      "2024年，合肥市与奥斯纳布吕克市签署教育合作备忘录。",
      "In 2024, Hefei and Osnabrück signed a memorandum on education cooperation.",
    ].join("\n\n");
    const mous = tiesOf("mous.txt", twoMous);
    expect(mous.map((m) => [m.type, m.date, m.corroboration])).toEqual([
      ["memorandum", "2023", "both"],
      ["memorandum", "2024", "both"],
    ]);
  });

  it("keeps a renewal apart from the first signing it renews, each paired with its own translation", () => {
    const renewal = [
      "2025年6月16日，厦门市与韩国木浦市续签友好城市协议。两市于1995年结为友好城市。",
      "On June 16, 2025, Xiamen and Mokpo of the ROK renewed their sister-city agreement, 30 years after the two cities first became sister cities.",
    ].join("\n\n");
    const ties = tiesOf("renewal.txt", renewal);
    // the renewal is dated by its own sentence; the first signing by its year, not by the renewal's date
    expect(ties.map((t) => [t.date, t.corroboration])).toEqual([
      ["2025-06-16", "both"],
      ["1995", "both"],
    ]);
    expect(ties[0]!.evidence.map((e) => e.quote)).toEqual(["厦门市与韩国木浦市续签友好城市协议", "Xiamen and Mokpo of the ROK renewed their sister-city agreement"]);
    expect(ties[1]!.evidence.map((e) => e.quote)).toEqual([
      "两市于1995年结为友好城市",
      "Xiamen and Mokpo of the ROK renewed their sister-city agreement, 30 years after the two cities first became sister cities",
    ]);
  });

  it("reads the first signing of 'the agreement' a renewal names, on another date, as a signing of the renewed agreement's kind", () => {
    const renewal = [
      "2025年9月26日",
      "9月25日，潍坊市与法国图尔市在潍坊续签友好合作协议。",
      "On September 25, Weifang and Tours, France, renewed their friendly cooperation agreement in Weifang.",
      "两市于2015年首次签署该协议。",
      "The two cities first signed the agreement in 2015.",
    ].join("\n\n");
    const ties = tiesOf("first-signing.txt", renewal);
    expect(ties.map((t) => [t.type, t.date?.slice(0, 4), t.corroboration])).toEqual([
      ["friendly-cooperation", "2025", "both"],
      ["friendly-cooperation", "2015", "both"],
    ]);
    expect(ties[1]!.evidence.map((e) => e.quote)).toEqual(["两市于2015年首次签署该协议", "The two cities first signed the agreement"]);
  });

  it("reads a partner written later without its division word (曼海姆 after 德国曼海姆市) as the same place", () => {
    const bare = [
      "8月1日，来自德国曼海姆市的24名中学生抵达青岛。",
      "On August 1, 24 middle school students from Mannheim, Germany, arrived in Qingdao.",
      "青岛与曼海姆于2016年7月结为友好城市。",
      "Qingdao and Mannheim became sister cities in July 2016.",
    ].join("\n\n");
    const [tie, ...rest] = tiesOf("bare.txt", bare);
    expect(rest).toEqual([]);
    expect(tie!.evidence.map((e) => e.quote)).toEqual(["青岛与曼海姆于2016年7月结为友好城市", "Qingdao and Mannheim became sister cities"]);
    expect(tie!.parties.map((p) => [p.zh, p.en])).toEqual([
      ["青岛市", "Qingdao"],
      ["曼海姆市", "Mannheim"],
    ]);
    expect(tie!.corroboration).toBe("both");
  });

  it("reads a headline's partner written without its division word right after its country (韩国瑞山) as the body's place, one event", () => {
    const headline = ["扬州与韩国丽水签署友好交流协议书", "近日，扬州市与韩国全罗南道丽水市签署友好交流协议书。"].join("\n\n");
    const [tie, ...rest] = tiesOf("headline.txt", headline);
    expect(rest).toEqual([]);
    expect(tie!.evidence.map((e) => e.quote)).toEqual(["扬州市与韩国全罗南道丽水市签署友好交流协议书", "扬州与韩国丽水签署友好交流协议书"]);
    expect(tie!.parties.map((p) => p.zh)).toEqual(["扬州市", "丽水市"]);
  });

  it("gives a 双方 the document cannot settle (a visit to two partners, each named as often) the parties the aligned English names", () => {
    const visit = [
      "11月8日至11日，大连市代表团访问日本北九州市和福冈市。",
      "From November 8 to 11, a Dalian delegation visited Kitakyushu and Fukuoka, Japan.",
      "在北九州，代表团参观了北九州港，并与北九州市官员座谈。",
      "In Kitakyushu, the delegation toured the Port of Kitakyushu and met Kitakyushu officials.",
      "在福冈，代表团出席了经济论坛，双方签署了港口合作谅解备忘录。",
      "In Fukuoka, the delegation attended an economic forum, where Dalian and Fukuoka signed an MoU on port cooperation.",
    ].join("\n\n");
    const ties = tiesOf("visit.txt", visit);
    // (in either order: 在福冈 names the partner first, the English its own side)
    expect(ties.map((t) => [t.type, t.corroboration, t.parties.map((p) => p.en).sort()])).toEqual([["memorandum", "both", ["Dalian", "Fukuoka"]]]);
    expect(ties[0]!.evidence.map((e) => e.quote)).toEqual(["双方签署了港口合作谅解备忘录", "Dalian and Fukuoka signed an MoU"]);
  });

  it("does not lend a 双方 the partner of an earlier event when its paragraph names another place, the venue", () => {
    const visit = [
      "11月8日至11日，大连市代表团访问日本北九州市和福冈市。大连与北九州于1979年结为友好城市。",
      "From November 8 to 11, a Dalian delegation visited Kitakyushu and Fukuoka, Japan. Dalian and Kitakyushu became sister cities in 1979.",
      "在福冈，代表团出席了经济论坛，双方签署了港口合作谅解备忘录。",
      "In Fukuoka, the delegation attended an economic forum, where Dalian and Fukuoka signed an MoU on port cooperation.",
    ].join("\n\n");
    const mou = tiesOf("visit-after-tie.txt", visit).find((t) => t.type === "memorandum");
    expect([mou?.corroboration, mou?.parties.map((p) => p.en).sort()]).toEqual(["both", ["Dalian", "Fukuoka"]]);
  });

  it("signs a foreign province's agreement, told by 双方 after a visit to the capital, with the release's own province that holds it", () => {
    const tie = ["1999年，四川省与美国密歇根州结为友好省州。", "In 1999, Sichuan Province and the US state of Michigan became sister states."];
    const visit = [
      "2024年6月3日，密歇根州州长率团访问成都，双方签署了友好交流合作协议。",
      "On June 3, 2024, the Governor of Michigan led a delegation to Chengdu, and the two sides signed an agreement on friendly exchanges and cooperation.",
    ];
    const signed = (ties: AgreementFact[]): string[][] => ties.filter((t) => t.type === "agreement").map((t) => [t.corroboration, ...t.parties.map((p) => p.en ?? "").sort()]);
    expect(signed(tiesOf("province-visit.txt", [...tie, ...visit].join("\n\n")))).toEqual([["both", "Michigan", "Sichuan"]]);
    // a city the text names as the signing party stays the party
    const named = ["2024年6月3日，成都市与密歇根州签署了友好交流合作协议。", "On June 3, 2024, Chengdu and Michigan signed an agreement on friendly exchanges and cooperation."];
    expect(signed(tiesOf("city-signs.txt", [...tie, ...named].join("\n\n")))).toEqual([["both", "Chengdu", "Michigan"]]);
    // and with no tie between the two provinces named, the city visited stays the side
    const province = ["四川省代表团出席了活动。", "A Sichuan Province delegation attended."];
    expect(signed(tiesOf("no-tie.txt", [...province, ...province, ...visit].join("\n\n")))).toEqual([["both", "Chengdu", "Michigan"]]);
  });

  it("keeps the city a visit went to out of a tie between two provinces told beside it", () => {
    const release = [
      "11月3日，浙江省代表团访问悉尼，与新南威尔士州政府共同庆祝两省州结好45周年。",
      "On November 3, a Zhejiang delegation visited Sydney and celebrated with the Government of New South Wales the 45th anniversary of their sister-state relationship.",
    ].join("\n\n");
    expect(tiesOf("provinces.txt", release).map((t) => [t.type, t.corroboration, t.parties.map((p) => p.en).sort()])).toEqual([["sister-city", "both", ["New South Wales", "Zhejiang"]]]);
  });

  it("reads counties the English names bare after naming them with their word ('Xiangshan County', then 'Xiangshan')", () => {
    const release = [
      "3月12日，象山县代表团访问韩国江原道高城郡。",
      "On March 12, a Xiangshan County delegation visited Goseong County in Gangwon Province, South Korea.",
      "象山县与高城郡于2016年建立友好交流关系。",
      "Xiangshan and Goseong established friendly exchange relations in 2016.",
    ].join("\n\n");
    const ties = tiesOf("counties.txt", release);
    expect(ties.map((t) => [t.type, t.corroboration, t.date, t.evidence.map((e) => e.quote)])).toEqual([
      ["friendly-cooperation", "both", "2016", ["象山县与高城郡于2016年建立友好交流关系", "Xiangshan and Goseong established friendly exchange relations"]],
    ]);
  });

  it("makes one event of a bare agreement in one language and its kind in the other, between the same places", () => {
    const renewal = [
      "2023年5月10日，江苏省与荷兰北布拉班特省在南京续签友好合作协议。",
      "On May 10, 2023, Jiangsu Province and the Dutch province of North Brabant renewed their partnership agreement in Nanjing.",
    ].join("\n\n");
    const ties = tiesOf("renewal.txt", renewal);
    expect(ties.map((t) => [t.type, t.corroboration, t.date, t.parties.map((p) => p.en)])).toEqual([["friendly-cooperation", "both", "2023-05-10", ["Jiangsu", "North Brabant"]]]);
    expect(ties[0]!.evidence.map((e) => e.quote)).toEqual(["江苏省与荷兰北布拉班特省在南京续签友好合作协议", "Jiangsu Province and the Dutch province of North Brabant renewed their partnership agreement"]);
  });

  it("makes one event of a renewed tie told by its document in English, where the release names itself only by its word", () => {
    const renewal = [
      "甲省与哈萨克斯坦阿拉木图州续签友好省州合作协议",
      "5月14日，省长在阿斯塔纳会见阿拉木图州州长，双方续签了《友好省州合作协议》。我省与该州于2015年建立友好关系。",
      "On May 14, the governor met with the Akim of Almaty Region in Astana, and the two sides renewed the Agreement on Friendly Province-State Cooperation.",
      "去年，经霍尔果斯口岸出入境的中欧班列增长8.5%。",
      "Last year, China-Europe freight trains through the Khorgos port grew by 8.5 percent.",
    ].join("\n\n");
    const ties = tiesOf("renewal-by-word.txt", renewal);
    const renewed = ties.filter((t) => t.evidence.some((e) => /续签了/.test(e.quote)));
    expect(renewed.map((t) => [t.type, t.corroboration, t.date, t.parties.map((p) => p.zh)])).toEqual([["sister-city", "both", "--05-14", ["阿拉木图州", "我省"]]]);
    expect(renewed[0]!.evidence.map((e) => e.quote)).toContain("the two sides renewed the Agreement");
    // (我省 is a province: the city a later paragraph names as a port is no side of it)
    expect(ties.flatMap((t) => t.parties.map((p) => p.zh))).not.toContain("霍尔果斯市");
  });

  it("makes one tie of the year's tally and the month the tie was made, dated by both (2025 and --02 make 2025-02)", () => {
    const tally = ["2025年，泉州市新增国际友好城市2个，分别为菲律宾宿务市和马来西亚马六甲市。", "2月，泉州市与菲律宾宿务市缔结友好城市关系；9月，与马来西亚马六甲市缔结友好城市关系。"].join("\n\n");
    const ties = tiesOf("tally.txt", tally);
    expect(ties.map((t) => [t.type, t.date, t.parties.map((p) => p.zh)]).sort()).toEqual([
      ["sister-city", "2025-02", ["泉州市", "宿务"]],
      ["sister-city", "2025-09", ["泉州市", "马六甲市"]],
    ]);
    // a year and a month of another year are two ties' dates, not one
    expect(tiesOf("two-years.txt", tally.replace("2月", "2024年2月")).filter((t) => t.parties.some((p) => p.zh === "宿务")).map((t) => t.date).sort()).toEqual(["2024-02", "2025"]);
  });

  it("makes the friendly relations of two places the release names as sister places that sister tie", () => {
    const release = [
      "8月26日，辽宁省举行活动，庆祝辽宁省与富山县缔结友好省县关系40周年。",
      "On August 26, Liaoning held an event to celebrate the 40th anniversary of the sister-province relationship between Liaoning and Toyama.",
      "两省县于1984年5月缔结友好关系。",
      "The two provinces established friendly relations in May 1984.",
    ].join("\n\n");
    expect(tiesOf("relations.txt", release).map((t) => [t.type, t.corroboration, t.date, t.parties.map((p) => p.en)])).toEqual([["sister-city", "both", "1984-05", ["Liaoning", "Toyama"]]]);
    // friendly exchange relations are a tie of their own kind, and stay one
    const exchange = release.replace("缔结友好关系", "缔结友好交流关系").replace("friendly relations", "friendly exchange relations");
    expect(tiesOf("exchange.txt", exchange).map((t) => t.type).sort()).toEqual(["friendly-cooperation", "sister-city"]);
  });

  it("finds a foreign province named with 府 or 省 again without its division word, as one place", () => {
    const places = (text: string): string[] => extractBytes("p.txt", Buffer.from(text, "utf8")).facts.flatMap((f) => (f.kind === "place" ? [f.name.zh ?? ""] : []));
    const thai = "南宁市市长会见了泰国孔敬府府尹率领的代表团。南宁与孔敬于2005年结为友好城市。";
    expect(tiesOf("thai.txt", thai).map((t) => t.parties.map((p) => p.zh))).toEqual([["南宁市", "孔敬府"]]);
    expect(places(thai).filter((n) => n.startsWith("孔敬"))).toEqual(["孔敬府"]);
    const lao = "福建省代表团访问了菲律宾南哥打巴托省。福建与南哥打巴托于2015年建立友好省关系。";
    expect(tiesOf("lao.txt", lao).map((t) => t.parties.map((p) => p.zh))).toEqual([["福建省", "南哥打巴托省"]]);
    // a name of two characters keeps 省: 东方 alone is "east"
    expect(places("内蒙古代表团访问了蒙古国东方省，并参观了东方的草原。").filter((n) => n.startsWith("东方"))).toEqual(["东方省"]);
  });

  it("tells a tie with a named foreign partner in a release that never names its own side", () => {
    const release = "2024年，全省新增国际友好城市2对，分别为捷克布尔诺市和斯洛伐克科希策市。";
    expect(tiesOf("unnamed.txt", release).map((t) => [t.type, t.date, t.parties.map((p) => p.zh), t.level]).sort()).toEqual([
      ["sister-city", "2024", ["布尔诺"], "provincial"],
      ["sister-city", "2024", ["科希策市"], "provincial"],
    ]);
  });

  it("dates a yearly report's tie by the year its title and lead name, at the level of the office that reports", () => {
    const release = ["市外办2024年工作总结", "2024年，各项外事工作取得新成效。", "一是友城工作实现新突破。与西班牙萨拉戈萨市于6月签署了建立友好城市关系协议书。"].join("\n\n");
    expect(tiesOf("report.txt", release).map((t) => [t.type, t.date, t.parties.map((p) => p.zh), t.level])).toEqual([["sister-city", "2024-06", ["萨拉戈萨市"], "city"]]);
  });

  it("names a body's new member by the release's own word, not by the city where the body met, in both languages", () => {
    const release = [
      "9月15日，在杭州举行的世界文化遗产城市联盟理事会上，我市正式成为该组织会员城市。",
      "On September 15, the city officially became a member city of the World Heritage Cities Alliance at the council meeting held in Hangzhou.",
    ].join("\n\n");
    expect(tiesOf("member.txt", release).map((t) => [t.type, t.corroboration, t.parties.map((p) => [p.zh, p.en, p.place])])).toEqual([
      ["membership", "both", [["我市", "the city", null], ["世界文化遗产城市联盟", "World Heritage Cities Alliance", null]]],
    ]);
  });

  it("keeps memberships of two bodies apart when their English names share only the words of bodies of cities", () => {
    // (invented) "Cities" in both names says nothing of which body; one city joining two is two events
    const release = [
      "On May 6, Xiamen officially became a member city of United Cities and Local Governments.",
      "Xiamen had previously joined the Tourism Promotion Organization for Asia Pacific Cities.",
    ].join("\n\n");
    expect(tiesOf("two-bodies.txt", release).map((t) => [t.type, t.parties.map((p) => p.en)])).toEqual([
      ["membership", ["Xiamen", "United Cities and Local Governments"]],
      ["membership", ["Xiamen", "Tourism Promotion Organization for Asia Pacific Cities"]],
    ]);
  });

  it("tells the tie 两省县 and 'the two sides' stand for as the release's one partner's, when the release names no side of its own", () => {
    const release = [
      "副省长会见日本富山县代表团",
      "9月3日，副省长会见了富山县副知事率领的代表团。",
      "On September 3, the Vice Governor met a delegation led by the Vice Governor of Toyama Prefecture.",
      "今年是两省县缔结友好省县关系35周年。",
      "This year marks the 35th anniversary of the friendly relations between the two sides, established in 1989.",
    ].join("\n\n");
    expect(tiesOf("pair.txt", release).map((t) => [t.type, t.parties.map((p) => p.en)])).toEqual([["sister-city", ["Toyama"]]]);
  });

  it("dates a tie told for a stretch of months by the stretch's year, and by none when that year is unknown", () => {
    const dated = (text: string): (string | null)[] => tiesOf("half.txt", text).map((t) => t.date);
    expect(dated("2025年上半年，我市新增国际友好城市1对（与法国普瓦捷市）。")).toEqual(["2025"]);
    expect(dated("上半年，我市新增国际友好城市1对（与法国普瓦捷市）。")).toEqual([null]);
    expect(dated("2025年5月8日至12日，我市与法国普瓦捷市缔结友好城市关系。")).toEqual(["2025-05-08"]);
  });

  it("does not take the city a foreign consulate is posted in for the release's own place", () => {
    const release = [
      "11月5日，市长会见了日本驻上海总领事一行。",
      "On November 5, the Mayor met the Consul General of Japan in Shanghai and his party.",
      "自1981年与仓敷市缔结友好城市关系以来，两市开展交流项目近400个。",
      "Since establishing sister city relations with Kurashiki in 1981, the two cities have carried out nearly 400 exchange programs.",
    ].join("\n\n");
    const parties = tiesOf("consul.txt", release).flatMap((t) => t.parties.map((p) => p.en ?? p.zh));
    expect(parties).toContain("Kurashiki");
    expect(parties).not.toContain("Shanghai");
  });

  it("does not take the city a body is seated in for the release's own place", () => {
    const release = [
      "9月下旬，我市正式成为世界旅游城市联合会会员。该联合会于2012年在北京成立。",
      "In late September, the city officially became a member of the World Tourism Cities Federation. Founded in Beijing in 2012, the federation has members in 79 countries.",
    ].join("\n\n");
    const parties = tiesOf("seat.txt", release).flatMap((t) => t.parties.flatMap((p) => [p.zh, p.en]));
    expect(parties).toEqual(expect.arrayContaining(["我市", "the city"]));
    expect(parties).not.toContain("Beijing");
  });

  it("reads a numbered list of partners with their years, one line each, as a tie each in both languages", () => {
    const release = [
      "截至2023年底，我市已与世界上8个城市建立友好城市关系：",
      "1. 日本冈山市（1985年）",
      "2. 新西兰达尼丁市（1994年）",
      "3. 德国杜伊斯堡市（2002年）",
      "",
      "As of the end of 2023, the city has established sister city relations with 8 cities around the world:",
      "1. Okayama, Japan (1985)",
      "2. Dunedin, New Zealand (1994)",
      "3. Duisburg, Germany (2002)",
    ].join("\n");
    const out = extractBytes("list.txt", Buffer.from(release, "utf8"));
    expect(out.paragraphs.map((p) => p.lang)).toEqual(["zh", "en"]);
    const ties = out.facts.filter((f): f is AgreementFact => f.kind === "agreement");
    expect(ties.map((t) => [t.date, t.corroboration, t.parties.find((p) => p.place)?.en]).sort()).toEqual([
      ["1985", "both", "Okayama"],
      ["1994", "both", "Dunedin"],
      ["2002", "both", "Duisburg"],
    ]);
  });

  it("makes the tie 两省州 and 'the two sides … sister-state relations' stand for the release's province's, not the city a visit went to", () => {
    const release = [
      "3月2日，澳大利亚新南威尔士州州长率团访问广州，庆祝广东省与新南威尔士州结好45周年。",
      "On March 2, the Premier of New South Wales, Australia led a delegation to Guangzhou to celebrate the 45th anniversary of the sister-state relationship between Guangdong Province and New South Wales.",
      "自1979年两省州结好以来，双方在教育和旅游等领域开展了广泛合作。",
      "Since the two sides established sister-state relations in 1979, they have cooperated widely in education and tourism.",
    ].join("\n\n");
    expect(tiesOf("states.txt", release).map((t) => [t.type, t.corroboration, t.date, t.level, t.parties.map((p) => p.zh)])).toEqual([["sister-city", "both", "1979", "provincial", ["广东省", "新南威尔士"]]]);
  });

  it("keeps a bare agreement and a tie apart when they name other places", () => {
    const two = [
      "2023年5月10日，浙江省与荷兰北布拉班特省续签友好合作协议。",
      "On May 10, 2023, Jiangsu Province and the Dutch province of North Brabant renewed their partnership agreement.",
    ].join("\n\n");
    expect(tiesOf("two.txt", two).map((t) => [t.type, t.corroboration]).sort()).toEqual([["agreement", "en-only"], ["friendly-cooperation", "zh-only"]]);
  });
});
