/**
 * A release tells its main event three or four times: in each language's title and body. However
 * loosely a title tells it, the release holds one event, dated by the body and named in both languages.
 * (An invented release; Linz is in no gazetteer here, and the English title names Austria where the
 * rules find no Linz.)
 */
import { extractBytes } from "../pipeline/index";

/** the output for a release given as its paragraphs */
const extractRelease = (name: string, paragraphs: string[]) => extractBytes(name, Buffer.from(paragraphs.join("\n\n"), "utf8"));

const RELEASE = [
  "成都市与奥地利林茨市签署友好城市关系协议",
  "Chengdu and Linz of Austria Sign Agreement on Sister-City Relations",
  "2023年10月12日，成都市与奥地利林茨市友好城市协议签约仪式在林茨市政厅举行。",
  "On October 12, 2023, a signing ceremony for the sister-city agreement between Chengdu and Linz, Austria, was held at Linz City Hall.",
].join("\n\n");

describe("fusing a release's main event", () => {
  const out = extractBytes("release.txt", Buffer.from(RELEASE, "utf8"));
  const agreements = out.facts.filter((f) => f.kind === "agreement");

  it("finds one event, told in both languages, titles included", () => {
    expect(agreements).toHaveLength(1);
    const [a] = agreements;
    expect(a!.corroboration).toBe("both");
    expect(new Set(a!.evidence.map((e) => out.paragraphs.find((p) => p.id === e.paragraph)!.role))).toEqual(new Set(["title", "body"]));
    expect(out.warnings.filter((w) => w.code === "cross-language-conflict")).toEqual([]);
  });

  it("names the foreign city in both languages, once, whether the text says Linz or Linz City", () => {
    const a = agreements[0]!;
    if (a.kind !== "agreement") throw new Error("not an agreement");
    expect(a.parties.map((p) => [p.zh, p.en])).toEqual([
      ["成都市", "Chengdu"],
      ["林茨市", "Linz"],
    ]);
    expect(a.date).toBe("2023-10-12");
    const linz = out.facts.filter((f) => f.kind === "place" && (f.name.en?.startsWith("Linz") || f.name.zh === "林茨市"));
    expect(linz).toHaveLength(1);
  });
});

describe("fusing a release whose parties are organisations", () => {
  // the titles shorten the bodies' names of the two bodies that signed
  const out = extractRelease("bodies.txt", [
    "南京经济技术开发区与德国某某集团签署战略合作协议",
    "Nanjing Economic Development Zone Signs Strategic Cooperation Agreement With Germany's Acme",
    "5月8日，南京经济技术开发区管委会与德国某某集团签署战略合作协议。",
    "On May 8, the Nanjing Economic Development Zone Administrative Committee and Germany's Acme Group signed a strategic cooperation agreement.",
    "发布日期：2025-05-09",
  ]);
  const agreements = out.facts.filter((f) => f.kind === "agreement");

  it("finds one event, its two bodies paired across languages and dated by the body", () => {
    expect(agreements).toHaveLength(1);
    const a = agreements[0]!;
    if (a.kind !== "agreement") throw new Error("not an agreement");
    expect(a.date).toBe("2025-05-08");
    expect(a.parties.map((p) => [p.zh, p.en])).toEqual([
      ["南京经济技术开发区管委会", "Nanjing Economic Development Zone Administrative Committee"],
      ["德国某某集团", "Germany's Acme Group"],
    ]);
  });
});

describe("fusing a headline that shortens a body's name without holding it", () => {
  // 新加坡某科集团 keeps the body's characters in order; "Singapore's Keppel" shares its name word
  const out = extractRelease("shortened.txt", [
    "Wuxi Industrial Park and Singapore's Keppel Sign Agreement on Green Energy",
    "On October 31, the Wuxi Industrial Park Administrative Committee and Keppel Holdings of Singapore signed a green energy cooperation agreement in Wuxi.",
    "无锡工业园区与新加坡吉宝集团签署绿色能源合作协议",
    "10月31日，无锡工业园区管委会与新加坡吉宝控股集团在无锡签署绿色能源合作协议。",
  ]);

  it("tells one event, named by the bodies' full names", () => {
    const agreements = out.facts.filter((f) => f.kind === "agreement");
    expect(agreements.map((a) => (a.kind === "agreement" ? [a.parties.map((p) => [p.zh, p.en]), a.evidence.length] : null))).toEqual([
      [
        [
          ["无锡工业园区管委会", "Wuxi Industrial Park Administrative Committee"],
          ["新加坡吉宝控股集团", "Keppel Holdings"],
        ],
        4,
      ],
    ]);
  });
});

describe("fusing a headline that names the document of the body's relationship", () => {
  const out = extractRelease("loi.txt", [
    "Xining and Ulaanbaatar Sign Letter of Intent on Friendly Cooperation",
    "On June 9, 2025, Xining and Ulaanbaatar, Mongolia, signed a letter of intent to establish friendly cooperative relations.",
  ]);

  it("tells one event: the letter of intent of the headline is the body's letter of intent, whose subject is a tie still to be made", () => {
    const agreements = out.facts.filter((f) => f.kind === "agreement");
    expect(agreements.map((a) => (a.kind === "agreement" ? [a.type, a.date, a.evidence.length] : null))).toEqual([["letter-of-intent", "2025-06-09", 2]]);
  });
});

describe("fusing a headline that names a body the other language's body alone tells of", () => {
  // the English body tells no membership event; its title names the body the Chinese body joins
  const out = extractRelease("joined.txt", [
    "昆明市正式加入亚洲城市发展联盟",
    "Kunming Officially Joins the Asian Cities Development Alliance",
    "3月3日，在首尔举行的亚洲城市发展联盟年会上，昆明市正式成为该联盟成员城市。",
    "On March 3, the annual meeting of the Asian Cities Development Alliance in Seoul welcomed Kunming among its new members.",
  ]);

  it("tells one event, the body named in both languages", () => {
    const agreements = out.facts.filter((f) => f.kind === "agreement");
    expect(agreements).toHaveLength(1);
    const a = agreements[0]!;
    if (a.kind !== "agreement") throw new Error("not an agreement");
    expect(a.type).toBe("membership");
    expect(a.parties.map((p) => [p.zh, p.en])).toEqual([
      ["亚洲城市发展联盟", "Asian Cities Development Alliance"],
      ["昆明市", "Kunming"],
    ]);
  });
});

describe("fusing one signing a paragraph tells twice", () => {
  // the ceremony "for the agreement", then who "signed the agreement": one document, signed that day
  const out = extractRelease("twice.txt", [
    "3月5日，宁波市与德国某某市合作协议签字仪式在宁波举行。",
    "On March 5, a signing ceremony for the cooperation agreement between Ningbo and Somestadt, Germany, was held in Ningbo. The mayors of Ningbo and Somestadt signed the agreement on behalf of the two cities.",
    "2019年6月1日，两市曾签署一份合作协议。",
    "On June 1, 2019, the two cities signed a cooperation agreement.",
  ]);

  it("tells one event for the day, and keeps the signing of another day apart", () => {
    const agreements = out.facts.filter((f) => f.kind === "agreement");
    expect(agreements.map((a) => (a.kind === "agreement" ? [a.date?.slice(-5), a.evidence.filter((e) => e.lang === "en").length] : null))).toEqual([
      ["03-05", 2],
      ["06-01", 1],
    ]);
  });
});

describe("fusing a headline about one of two bodies a city joined", () => {
  // one city, two memberships: the headline's body is the one it names, however many name words the two bodies share
  const out = extractRelease("two-bodies.txt", [
    "厦门市正式加入世界旅游城市联合会",
    "Xiamen Officially Joins the World Tourism Cities Federation",
    "厦门市于2019年加入亚太城市旅游振兴机构。",
    "Xiamen joined the Tourism Promotion Organization for Asia Pacific Cities in 2019.",
    "3月3日，在北京举行的世界旅游城市联合会理事会上，厦门市被正式批准为该联合会会员城市。",
    "On March 3, Xiamen was officially approved as a member city of the World Tourism Cities Federation at the federation's council meeting held in Beijing.",
  ]);
  const role = new Map(out.paragraphs.map((p) => [p.id, p.role]));

  it("joins the headline to the body it names, in both languages, and leaves the other membership its own", () => {
    const memberships = out.facts.filter((f) => f.kind === "agreement" && f.type === "membership");
    expect(memberships.map((a) => (a.kind === "agreement" ? [a.parties.map((p) => p.zh), a.corroboration, a.evidence.filter((e) => role.get(e.paragraph) === "title").length] : null))).toEqual([
      [["厦门市", "亚太城市旅游振兴机构"], "both", 0],
      [["厦门市", "世界旅游城市联合会"], "both", 2],
    ]);
  });
});

describe("a headline that names its partner only by country and kind", () => {
  // (invented) 意大利城市, "an Italian city": the country says whose city, and is no party beside the release's own city
  const out = extractRelease("italian-city.txt", [
    "宁波与意大利城市签署友好合作备忘录",
    "Ningbo signs friendship memorandum with Italian city",
    "宁波市与意大利帕尔马市4日在宁波签署友好合作关系备忘录。",
    "Ningbo and Parma of Italy signed a memorandum on friendly cooperative relations in Ningbo on the 4th.",
  ]);

  it("makes the country no party, so the release holds the body's one event", () => {
    const events = out.facts.flatMap((f) => (f.kind === "agreement" ? [[f.type, f.parties.map((p) => p.zh)]] : []));
    expect(events).toEqual([["memorandum", ["宁波市", "帕尔马"]]]);
  });
});

describe("a headline that names a body in full where the body names it by its initials", () => {
  // (invented) "the UCLG" in the body, "United Cities and Local Governments" in the headline: one body, one event
  const out = extractRelease("initials.txt", ["Harbin Joins United Cities and Local Governments", "Harbin joined the UCLG in 2019, the city said on Monday."]);

  it("joins the headline to the body's event", () => {
    const events = out.facts.flatMap((f) => (f.kind === "agreement" ? [[f.type, f.date, f.evidence.map((e) => e.quote)]] : []));
    expect(events).toEqual([["membership", "2019", ["Harbin joined the UCLG", "Harbin Joins United Cities and Local Governments"]]]);
  });
});

describe("fusing an event a later paragraph goes on about", () => {
  it("gives the lead's event to the headline, not an older event of the same places and kind told later", () => {
    const out = extractRelease("older.txt", [
      "珠海市与葡萄牙阿威罗市签署友好合作协议",
      "2025-12-02",
      "11月28日，珠海市市长与葡萄牙阿威罗市市长在珠海签署两市友好合作协议。",
      "2016年，两市建立友好交流关系。",
      "On November 28, the Mayor of Zhuhai and the Mayor of Aveiro, Portugal, signed an agreement on friendly cooperation between the two cities in Zhuhai.",
      "The two cities established friendly exchange relations in 2016.",
    ]);
    const agreements = out.facts.filter((f) => f.kind === "agreement");
    expect(agreements.map((a) => [a.evidence.map((e) => e.quote).filter((q) => /\p{Script=Han}/u.test(q)), a.kind === "agreement" ? a.date : null])).toEqual([
      [["珠海市市长与葡萄牙阿威罗市市长在珠海签署两市友好合作协议", "珠海市与葡萄牙阿威罗市签署友好合作协议"], "2025-11-28"],
      [["两市建立友好交流关系"], "2016"],
    ]);
  });

  it("joins a title's weekday to the body's weekday, not to the date line's day of the same value", () => {
    const out = extractRelease("weekday.txt", ["青岛市与大邱市周一签署经贸合作备忘录", "2024-05-13", "周一，青岛市与大邱市在青岛签署经贸合作备忘录。"]);
    const roleOf = (id: string): string => out.paragraphs.find((p) => p.id === id)!.role;
    const dates = out.facts.filter((f) => f.kind === "date").map((d) => d.evidence.map((e) => `${roleOf(e.paragraph)}:${e.quote}`).sort());
    expect(dates.sort()).toEqual([["body:周一", "title:周一"], ["dateline:2024-05-13"]]);
  });

  it("joins \"The agreement was signed by …\" to the signing the paragraph before told, whatever kind that one named", () => {
    const out = extractRelease("restated.txt", [
      "Published: 2025-09-18",
      "Foshan signed a sister-city agreement with Faenza of Italy on Tuesday, the city's foreign affairs bureau said.",
      "The agreement was signed by Foshan Vice Mayor Chen Jian and Faenza Mayor Massimo Isola at a ceramics fair.",
    ]);
    const agreements = out.facts.filter((f) => f.kind === "agreement");
    expect(agreements.map((a) => [a.kind === "agreement" ? a.type : null, a.evidence.map((e) => e.quote)])).toEqual([
      ["sister-city", ["Foshan signed a sister-city agreement with Faenza", "agreement was signed by Foshan Vice Mayor Chen Jian and Faenza"]],
    ]);
  });
});

describe("a headline naming the places of the bodies that sign", () => {
  const out = extractRelease("bodies.txt", [
    "山东省与美国俄勒冈州签署林业合作备忘录",
    "9月3日，双方见证签署了《山东省林业局与俄勒冈州林业、渔业和野生动物厅林业合作备忘录》。",
    "On September 3, the two sides witnessed the signing of a memorandum on forestry cooperation between the Shandong Provincial Forestry Bureau and the Oregon Department of Forestry.",
  ]);
  const agreements = out.facts.filter((f) => f.kind === "agreement");

  it("is the body's event, whose bodies' names open with the headline's places, and a department named for a list of fields is one body", () => {
    expect(agreements).toHaveLength(1);
    expect(agreements[0]!.kind === "agreement" && agreements[0]!.parties.map((p) => p.zh)).toEqual(["山东省林业局", "俄勒冈州林业、渔业和野生动物厅"]);
    expect(agreements[0]!.evidence.map((e) => e.quote)).toContain("山东省与美国俄勒冈州签署林业合作备忘录");
  });
});

describe("a headline that dates what the body tells by 今年", () => {
  it("gives the body's yearless period the headline's year, in a release with no date line", () => {
    const out = extractRelease("quarter.txt", [
      "2024年一季度某市外贸进出口情况",
      "Foreign Trade of the City in the First Quarter of 2024",
      "今年一季度，全市外贸进出口总值达12.5亿元。",
      "In the first quarter of this year, the city's total foreign trade reached 1.25 billion yuan.",
    ]);
    const dates = out.facts.filter((f) => f.kind === "date");
    expect(dates.map((d) => d.kind === "date" && [d.evidence.map((e) => e.quote), d.value, d.until, d.resolved])).toEqual([
      [["今年一季度", "the first quarter of this year", "2024年一季度", "the First Quarter of 2024"], "2024-01", "2024-03", true],
    ]);
  });
});

describe("a headline that names the body's document by a bare word", () => {
  it("joins 'sign cooperation pact' to the body's memorandum of the same places", () => {
    const out = extractRelease("pact.txt", [
      "Chinese city of Xining, Mongolia's Erdenet sign cooperation pact",
      "XINING, May 12 (Xinhua) -- Xining and Erdenet of Mongolia signed a memorandum of understanding on trade cooperation on Monday.",
    ]);
    const agreements = out.facts.filter((f) => f.kind === "agreement");
    expect(agreements.map((a) => a.kind === "agreement" && [a.type, a.evidence.map((e) => e.paragraph)])).toEqual([["memorandum", ["p2", "p1"]]]);
  });
});

describe("fusing a headline that names the release's own place for a body of it", () => {
  // 我市 in the title, 市中医院 in the body: the city's hospital founded the centre the title credits to the city
  const out = extractRelease("own-body.txt", [
    "我市与波兰波兹南大学合作成立中医药中心",
    "9月2日，市中医院与波兰波兹南大学合作成立的中医药中心在波兹南揭牌。",
    "On September 2, a traditional Chinese medicine center, jointly established by the Municipal Hospital of Traditional Chinese Medicine and Adam Mickiewicz University in Poznan, was inaugurated.",
  ]);

  it("tells one event, its parties the body's, the title's telling among its evidence", () => {
    const agreements = out.facts.filter((f) => f.kind === "agreement");
    expect(agreements.map((a) => (a.kind === "agreement" ? [a.type, a.parties.map((p) => [p.zh, p.en]), a.evidence.map((e) => e.quote)] : null))).toEqual([
      [
        "cooperation",
        [
          ["市中医院", "Municipal Hospital of Traditional Chinese Medicine"],
          ["波兰波兹南大学", "Adam Mickiewicz University"],
        ],
        ["市中医院与波兰波兹南大学合作成立", "jointly established by the Municipal Hospital of Traditional Chinese Medicine and Adam Mickiewicz University", "我市与波兰波兹南大学合作成立"],
      ],
    ]);
  });
});

describe("a headline that tells a signed agreement by what it builds", () => {
  it("is the body's agreement, not a cooperation of its own", () => {
    // (the body's parties are bodies: the headline's 共建, "to build together", names what they signed to do)
    const out = extractRelease("built.txt", [
      "湖南大学与英国利物浦大学共建联合研究中心",
      "4月9日，湖南大学与英国利物浦大学在长沙签署协议，合作共建新材料联合研究中心。",
      "On April 9, Hunan University and the University of Liverpool, UK signed an agreement in Changsha to jointly build a joint research center for new materials.",
    ]);
    const events = out.facts.filter((f) => f.kind === "agreement");
    expect(events.map((f) => (f.kind === "agreement" ? [f.type, f.parties.map((p) => p.zh)] : []))).toEqual([["agreement", ["湖南大学", "利物浦大学"]]]);
    expect(events[0]!.evidence.map((e) => e.quote)).toContain("湖南大学与英国利物浦大学共建");
  });
});

describe("a headline that names the places of the bodies that signed", () => {
  it("is the bodies' event, where each body's Chinese name opens with its place's (瓦伦西亚港务局, 'the Port of Valencia Authority')", () => {
    const out = extractRelease("ports.txt", [
      "Tianjin and Valencia sign port cooperation plan",
      "On May 6, the Tianjin Port Group and the Port of Valencia Authority signed a cooperation plan on green shipping.",
      "5月6日，天津港集团与瓦伦西亚港务局签署了绿色航运合作计划。",
    ]);
    const events = out.facts.filter((f) => f.kind === "agreement");
    expect(events).toHaveLength(1);
    expect(events[0]!.evidence.map((e) => e.quote)).toContain("Tianjin and Valencia sign port cooperation plan");
  });
});

describe("a headline's renewal", () => {
  it("restates the body's renewal, not the twinning the same sentence recalls", () => {
    const out = extractRelease("renewal.txt", [
      "Suzhou, Venice Renew Sister-City Pact",
      "SUZHOU, Sept. 18 -- Suzhou and Venice renewed their sister-city agreement on Wednesday, 45 years after the two cities were twinned in 1980.",
    ]);
    const ties = out.facts.flatMap((f) => (f.kind === "agreement" ? [{ date: f.date, quotes: f.evidence.map((e) => e.quote) }] : []));
    const renewal = ties.find((t) => t.quotes.some((q) => q.startsWith("Suzhou and Venice renewed")) && t.date === null);
    expect(renewal?.quotes).toContain("Suzhou, Venice Renew Sister-City");
    expect(ties.find((t) => t.date === "1980")?.quotes).not.toContain("Suzhou, Venice Renew Sister-City");
  });
});

describe("a headline whose partner is named by its kind only", () => {
  it("leaves the partner unnamed rather than making the release's own city the Chinese district's partner", () => {
    const out = extractRelease("district.txt", [
      "Hangzhou's Xiaoshan District forms friendly ties with Austrian town",
      "Xiaoshan District of Hangzhou and the Austrian town of Kitzbühel established friendly exchange relations on Tuesday.",
    ]);
    const parties = out.facts.flatMap((f) => (f.kind === "agreement" ? [f.parties.map((p) => p.en)] : []));
    expect(parties).toContainEqual(["Xiaoshan District", "Kitzbühel"]);
    expect(parties.filter((p) => p.includes("Hangzhou"))).toEqual([]);
  });
});

describe("a headline that names the partner's country for it", () => {
  it("joins the body's event when the body names the country beside the city, and makes no tie with the country", () => {
    const out = extractRelease("country.txt", [
      "福建省与斐济签署友好合作协议",
      "Fujian Signs Friendly Cooperation Agreement with Fiji",
      "2024年5月6日，福建省与斐济苏瓦市在福州签署友好合作协议。",
      "On May 6, 2024, Fujian Province and the City of Suva of Fiji signed a friendly cooperation agreement in Fuzhou.",
    ]);
    const agreements = out.facts.flatMap((f) => (f.kind === "agreement" ? [{ parties: f.parties.map((p) => p.en).sort(), roles: new Set(f.evidence.map((e) => out.paragraphs.find((p) => p.id === e.paragraph)!.role)) }] : []));
    expect(agreements.map((a) => a.parties)).toEqual([["Fujian", "Suva"]]);
    expect(agreements[0]!.roles).toEqual(new Set(["title", "body"]));
  });
});
