/**
 * Header roles in block layouts (pipeline/segment.ts): the second language's block repeats the header,
 * and its title, like the first's, is a heading, not a body paragraph whose facts would stand apart.
 */
import { extractBytes } from "../pipeline/index";

const block = (first: string[], second: string[]): Buffer => Buffer.from([...first, ...second].join("\n\n"), "utf8");

const EN = [
  "Two Cities Celebrate Ten Years of Friendship",
  "Release date: 2024-11-08   Source: City Foreign Affairs Office",
  "On November 6, the two cities held a ceremony in the capital. Nearly 150 guests attended the event.",
];
const ZH = ["两市庆祝结好十周年", "发布日期：2024-11-08　来源：市外事办公室", "11月6日，两市在首都举行庆祝活动。近150名嘉宾出席了活动。"];

describe("segment roles in a block layout", () => {
  it.each([
    ["English first", block(EN, ZH)],
    ["Chinese first", block(ZH, EN)],
  ])("%s: each language's title is the heading above its date line", (_name, bytes) => {
    const out = extractBytes("block.txt", bytes);
    expect(out.document.title).toEqual({ zh: ZH[0], en: EN[0] });
    expect(out.paragraphs.filter((p) => p.role === "title").map((p) => p.text).sort()).toEqual([EN[0], ZH[0]].sort());
    expect(out.paragraphs.filter((p) => p.role === "body").map((p) => p.text).sort()).toEqual([EN[2], ZH[2]].sort());
  });

  it.each([
    ["English first", [EN[0]!, EN[2]!], [ZH[0]!, ZH[2]!]],
    ["Chinese first", [ZH[0]!, ZH[2]!], [EN[0]!, EN[2]!]],
  ])("%s, no date line: the second block's title is the heading that opens it", (_name, first, second) => {
    const out = extractBytes("block.txt", block(first, second));
    expect(out.document.title).toEqual({ zh: ZH[0], en: EN[0] });
    expect(out.paragraphs.filter((p) => p.role === "body").map((p) => p.text).sort()).toEqual([EN[2], ZH[2]].sort());
  });

  it("takes no bracketed credit and no damaged date line for a title", () => {
    const zh = ["（图片由市广播电视台提供）", "发布?间：2024-11-08", "两市庆祝结好十周年", "11月6日，两市在首都举行庆祝活动。近150名嘉宾出席了活动。"];
    const out = extractBytes("credit.txt", Buffer.from(zh.join("\n\n"), "utf8"));
    expect(out.document.title.zh).toBe(zh[2]);
    const blocks = extractBytes("credit-block.txt", block(EN, ["两市庆祝结好十周年", "11月6日，两市在首都举行庆祝活动。近150名嘉宾出席了活动。", "(图源网络)", "来源：市外事办公室"]));
    expect(blocks.paragraphs.find((p) => p.text === "(图源网络)")!.role).not.toBe("title");
  });

  it("takes no photo caption under the headline for a title, however much fuller it is", () => {
    const en = ["Two Cities Sign Friendship Agreement", "Updated: 2024-11-08", "Officials from both cities attend the signing ceremony in the city hall on November 6. [Photo/city.gov.cn]", EN[2]!];
    const out = extractBytes("caption.txt", Buffer.from(en.join("\n\n"), "utf8"));
    expect(out.document.title.en).toBe(en[0]);
    const zh = ["两市签署友好协议", "发布日期：2024-11-08", "图为两市领导在市政厅出席签约仪式后合影留念（记者 王磊 摄）", ZH[2]!];
    expect(extractBytes("caption-zh.txt", Buffer.from(zh.join("\n\n"), "utf8")).document.title.zh).toBe(zh[0]);
  });

  it("does not take a body paragraph above a date line for a title", () => {
    const zh = ["两市庆祝结好十周年", "11月6日，两市在首都举行庆祝活动。近150名嘉宾出席了活动。", "发布日期：2024-11-08"];
    const out = extractBytes("tail.txt", block(EN, zh));
    expect(out.paragraphs.find((p) => p.text === zh[1])!.role).toBe("body");
  });
});

describe("segment roles when the first sentence lost its end", () => {
  it.each([
    // comma-joined clauses whose end was lost to ???
    ["甲市与乙市缔结友好城市30周年", ["2025-10-09", "10月8日，甲市与乙市举行纪念两市缔结友好城市30周年交流会，乙市市长率60人代表团出席???", "1995年10月，两市正式缔结友好城市关系。"], "10月8日"],
    // one comma, its full stop lost to a replacement character, beside an English title
    ["甲市与乙市庆祝结好40周年", ["Jia and Yi Celebrate 40th Anniversary of Sister-City Ties", "9月18日，甲市与乙市在甲市举行结好40周年庆祝活动\uFFFD", "On September 18, Jia and Yi held an event in Jia to celebrate the 40th anniversary of their ties."], "9月18日"],
  ])("keeps the title %s and reads the damaged first paragraph as body, not as a fuller title", (title, rest, lead) => {
    const out = extractBytes("damaged.txt", Buffer.from([title, ...rest].join("\n"), "utf8"));
    expect(out.document.title.zh).toBe(title);
    expect(out.paragraphs.find((p) => p.text.startsWith(lead))!.role).toBe("body");
  });

  it("reads a publisher's signature beside the closing date line as the source", () => {
    const text = ["甲市与乙市签署合作备忘录", "10月28日，甲市与乙市在甲市签署合作备忘录。", "甲市人民政府外事办公室", "2025年10月30日"].join("\n\n");
    const out = extractBytes("signature.txt", Buffer.from(text, "utf8"));
    expect(out.paragraphs.map((p) => p.role)).toEqual(["title", "body", "source", "dateline"]);
    expect(out.document.source.zh).toBe("甲市人民政府外事办公室");
    expect(out.document.publishedAt).toBe("2025-10-30");
  });

  it("reads a lead that ends on a colon, opening a list, as body, not as a fuller title", () => {
    const text = [
      "甲市与乙市举行视频会议",
      "Jia and Yi Hold Video Conference",
      "2025年3月20日",
      "3月19日，甲市与乙市以视频连线方式举行交流会议。双方同意在以下三个方面深化合作：",
      "On March 19, Jia and Yi held an exchange meeting via video link. The two sides agreed to deepen cooperation in the following three areas:",
      "一是扩大经贸往来。",
      "First, expanding economic and trade exchanges.",
    ].join("\n\n");
    const out = extractBytes("list.txt", Buffer.from(text, "utf8"));
    expect(out.document.title).toEqual({ zh: "甲市与乙市举行视频会议", en: "Jia and Yi Hold Video Conference" });
    expect(out.paragraphs.filter((p) => p.text.startsWith("3月19日") || p.text.startsWith("On March 19")).map((p) => p.role)).toEqual(["body", "body"]);
  });

  it("keeps a headline and a repeated title apart from the body line under them, with no blank line between", () => {
    // a page copied line by line: the title, the site's date line, the title again, then the body
    const title = "Two Cities Celebrate Ten Years of Friendship in the Capital";
    const body = "The two cities, both ports on the coast, held a ceremony in the capital on November 6 and agreed to hold a forum next year.";
    const zh = "11月6日，两市在首都举行庆祝活动，并商定明年举办论坛。";
    const out = extractBytes("lines.txt", Buffer.from([title, "Published: 2024-11-08 10:00:00", title, body, zh].join("\n"), "utf8"));
    expect(out.paragraphs.map((p) => [p.role, p.text])).toEqual([
      ["title", title],
      ["dateline", "Published: 2024-11-08 10:00:00"],
      ["title", title],
      ["body", body],
      ["body", zh],
    ]);
    // a headline in title case, straight above the body
    const bare = extractBytes("headline.txt", Buffer.from([title, body, zh].join("\n"), "utf8"));
    expect(bare.paragraphs.map((p) => p.role)).toEqual(["title", "body", "body"]);
  });

  it("keeps a wire's headline in sentence case apart from the lead under it, with no blank line between", () => {
    const headline = "Two port cities mark ten years of sister-city ties with a ceremony in the capital";
    const lead = "CAPITAL, Nov. 6 (Xinhua) -- The two port cities held a ceremony on Thursday to mark ten years of sister-city ties.";
    const out = extractBytes("wire.txt", Buffer.from([headline, lead].join("\n"), "utf8"));
    expect(out.paragraphs.map((p) => [p.role, p.text])).toEqual([
      ["title", headline],
      ["body", lead],
    ]);
  });

  it("keeps a release's headline in sentence case apart from the lead under it, with no blank line between", () => {
    const headline = "Two port cities renew their sister-city ties";
    const lead = "On Monday (May 13), the mayors of the two port cities met in the capital and signed a memorandum on trade.";
    const out = extractBytes("headline.txt", Buffer.from([headline, lead, "5月13日，两市市长在首都会面并签署贸易备忘录。"].join("\n"), "utf8"));
    expect(out.paragraphs.map((p) => [p.role, p.text]).slice(0, 2)).toEqual([
      ["title", headline],
      ["body", lead],
    ]);
    // a line that leaves its sentence open goes on into the next
    const open = "On Monday, the mayors of the two port cities met with";
    expect(extractBytes("open.txt", Buffer.from([open, "Mayor Lee and signed a memorandum on trade in the capital of the province."].join("\n"), "utf8")).paragraphs.map((p) => p.text)).toEqual([
      `${open}\nMayor Lee and signed a memorandum on trade in the capital of the province.`,
    ]);
  });

  it("keeps a Chinese headline apart from a lead that opens with its date, and takes no label ending on a colon for a title", () => {
    const headline = "甲市、乙市分别与某国丙省、丁省签署友好交流协议";
    const lead = "9月6日，甲市、乙市分别与某国丙省、丁省签署友好交流协议。";
    const out = extractBytes("zh-headline.txt", Buffer.from([headline, lead, "English summary:", "On September 6, the two cities signed friendly exchange agreements with the two provinces."].join("\n"), "utf8"));
    expect(out.paragraphs.map((p) => [p.role, p.text]).slice(0, 2)).toEqual([
      ["title", headline],
      ["body", lead],
    ]);
    expect(out.document.title).toEqual({ zh: headline, en: null });
    // nor a short sentence that closes the body above the source line
    const wire = extractBytes("wire-close.txt", Buffer.from(["CAPITAL, Oct. 15 (Xinhua) -- The two port cities signed an action plan on deepening their cooperation on Tuesday.", "The two cities became sister cities in 2011.", "Source: Xinhua"].join("\n"), "utf8"));
    expect(wire.document.title.en).toBeNull();
  });

  it("takes a Chinese headline closed by a full stop (a doubled one repaired) for the title when its English is a headline, not a short lead when its English is a sentence", () => {
    const headline = ["甲市与某国乙市签署友好合作备忘录。。", "Jiashi and Yishi, Somecountry Sign Memorandum on Friendly Cooperation"];
    const body = ["2024年10月8日，甲市与某国乙市签署友好合作备忘录，双方将在纺织和文化领域深化合作。", "On October 8, 2024, Jiashi and Yishi signed a memorandum on friendly cooperation in textiles and culture."];
    const out = extractBytes("closed-headline.txt", Buffer.from([...headline, ...body].join("\n\n"), "utf8"));
    expect(out.paragraphs.map((p) => p.role)).toEqual(["title", "title", "body", "body"]);
    expect(out.document.title).toEqual({ zh: "甲市与某国乙市签署友好合作备忘录。", en: headline[1] });
    // (a lead of one short sentence, its translation a sentence too, stays body)
    const lead = ["甲市代表团访问乙市并出席庆典。", "A delegation from Jiashi Visited Yishi and Attended the Celebrations."];
    const short = extractBytes("short-lead.txt", Buffer.from([...lead, ...body].join("\n\n"), "utf8"));
    expect(short.paragraphs.map((p) => p.role)).toEqual(["body", "body", "body", "body"]);
    // (nor a short lead under a title, beside the English title above it)
    const under = extractBytes("lead-under-title.txt", Buffer.from(["甲市正式加入某某组织", "Jiashi Officially Joins Some Organisation", "甲市于2019年加入另一组织。", "Jiashi joined Another Organisation in 2019."].join("\n\n"), "utf8"));
    expect(under.paragraphs.map((p) => p.role)).toEqual(["title", "title", "body", "body"]);
  });

  it("takes a language switch's items (中文 | English) for page furniture, not titles", () => {
    const html = "<html><body><ul><li>中文</li><li>English</li></ul><h1>甲市与某国乙市签署友好城市协议</h1><p>5月8日，甲市与某国乙市签署友好城市协议。</p><p>On May 8, the two cities signed a sister-city agreement.</p></body></html>";
    const out = extractBytes("switch.html", Buffer.from(html, "utf8"));
    expect(out.document.title).toEqual({ zh: "甲市与某国乙市签署友好城市协议", en: null });
    expect(out.paragraphs.filter((p) => p.text === "English").map((p) => p.role)).toEqual(["boilerplate"]);
  });

  it("takes no publication date from a table's column of dates", () => {
    const html = `<html><body><h1>两市友好城市一览</h1><p>截至目前，该市已与3个城市结好。</p><table>
      <tr><td>甲市</td><td>1978年12月21日</td></tr><tr><td>乙市</td><td>1979年11月2日</td></tr><tr><td>丙市</td><td>1980年2月22日</td></tr></table></body></html>`;
    const out = extractBytes("list.html", Buffer.from(html, "utf8"));
    expect(out.document.publishedAt).toBeNull();
    expect(out.paragraphs.filter((p) => p.role === "dateline")).toEqual([]);
    // one date line stays the page's
    const page = extractBytes("page.txt", Buffer.from(["两市庆祝结好十周年", "2024-11-08", "11月6日，两市举行庆祝活动。"].join("\n\n"), "utf8"));
    expect(page.document.publishedAt).toBe("2024-11-08");
    // nor from a list's dates in brackets, though a date alone in brackets under the title is the page's
    const bracketed = ["两市友好城市一览", "甲市", "（1978年12月21日）", "乙市", "（1979年11月2日）", "丙市", "（1980年2月22日）"].join("\n\n");
    expect(extractBytes("list.txt", Buffer.from(bracketed, "utf8")).document.publishedAt).toBeNull();
    const dated = extractBytes("dated.txt", Buffer.from(["两市庆祝结好十周年", "（2024年11月8日）", "11月6日，两市举行庆祝活动。"].join("\n\n"), "utf8"));
    expect(dated.document.publishedAt).toBe("2024-11-08");
    expect(dated.facts.filter((f) => f.kind === "date").map((f) => f.kind === "date" && f.value)).toContain("2024-11-06");
  });

  it("joins a paragraph wrapped over several lines into one", () => {
    const wrapped = [
      "On November 6, the two cities held a ceremony in the capital to mark",
      "ten years of friendship, and nearly 150 guests from both cities attended",
      "the event, which ended with the signing of a memorandum on trade.",
    ];
    const out = extractBytes("wrapped.txt", Buffer.from(["两市庆祝结好十周年", "Two Cities Celebrate Ten Years of Friendship", wrapped.join("\n"), "11月6日，两市在首都举行庆祝活动。"].join("\n\n"), "utf8"));
    expect(out.paragraphs.filter((p) => p.role === "body").map((p) => p.text)).toEqual([wrapped.join("\n"), "11月6日，两市在首都举行庆祝活动。"]);
  });
});

describe("a list of related releases (pipeline/segment.ts)", () => {
  it("reads a list of related releases closing the page, its heading and its items, as boilerplate: their places and dates are other releases'", () => {
    const page = [...ZH, "相关新闻", "某市代表团访问美国匹兹堡市 2025-09-12", "某市与德国杜伊斯堡市签署友好交流意向书 2025-07-03"].join("\n\n");
    const out = extractBytes("related.txt", Buffer.from(page, "utf8"));
    expect(out.paragraphs.slice(-3).map((p) => p.role)).toEqual(["boilerplate", "boilerplate", "boilerplate"]);
    expect(out.facts.flatMap((f) => f.evidence.map((e) => e.quote)).join(" ")).not.toMatch(/匹兹堡|杜伊斯堡|2025-0[79]/);
  });

  it("keeps running text after a related-news heading: the list ends where sentences start again", () => {
    const page = [...ZH, "Related News", "Ten Years of Friendship Marked", "On November 7, the two cities held a forum on trade. Nearly 80 guests attended it."].join("\n\n");
    const out = extractBytes("related-then-text.txt", Buffer.from(page, "utf8"));
    expect(out.paragraphs.slice(-3).map((p) => p.role)).toEqual(["boilerplate", "boilerplate", "body"]);
  });
});

describe("a date line in figures alone", () => {
  // titles first, then one numeric date line for each, as bilingual headers give them
  const header = ["Two Cities Sign a Sister-City Agreement", "两市签署友好城市协议", "2025-04-09", "2025-04-09", "On April 8, the two cities signed the agreement.", "4月8日，两市签署了协议。"];
  const out = extractBytes("numeric-dateline.txt", Buffer.from(header.join("\n"), "utf8"));
  const source = header.join("\n");

  it("is one date fact, cited in both lines, stated under both titles", () => {
    const dates = out.facts.filter((f) => f.kind === "date" && f.value === "2025-04-09");
    expect(dates).toHaveLength(1);
    const fact = dates[0]!;
    expect(fact.evidence.map((e) => [e.lang, e.source.start, e.sourceQuote])).toEqual([
      ["other", source.indexOf("2025-04-09"), "2025-04-09"],
      ["other", source.lastIndexOf("2025-04-09"), "2025-04-09"],
    ]);
    expect(fact.corroboration).toBe("both");
    expect(out.document.publishedAt).toBe("2025-04-09");
  });

  it.each([
    ["one line under both titles", ["两市签署友好城市协议", "Two Cities Sign a Sister-City Agreement", "2025-04-09"], "both"],
    ["a line under one title", ["两市签署友好城市协议", "2025-04-09", "4月8日，两市签署了协议。"], "zh-only"],
  ])("%s: stated in %s", (_name, lines, stated) => {
    const one = extractBytes("numeric-dateline.txt", Buffer.from(lines.join("\n"), "utf8"));
    const dates = one.facts.filter((f) => f.kind === "date" && f.value === "2025-04-09");
    expect(dates.map((f) => [f.evidence.map((e) => e.sourceQuote), f.corroboration])).toEqual([[["2025-04-09"], stated]]);
  });
});
