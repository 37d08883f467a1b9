/**
 * Fusion pairs a Chinese and an English date of one aligned paragraph pair by value and relation. A Chinese
 * year that opens a span its clause tells (自2013年开通以来) is the time of the clause's event, which the English
 * may tell as the start of the span ("since 2013"): one claim, told in the English relation, with no conflict.
 */
import { extractBytes } from "../pipeline/index";
import type { AgreementFact, DateFact } from "../schemas/output";

const datesOf = (zh: string, en: string): DateFact[] =>
  extractBytes("release.txt", Buffer.from(["发布时间：2025-03-19", zh, en].join("\n\n"), "utf8")).facts.filter((f): f is DateFact => f.kind === "date" && f.value !== "2025-03-19");

/** a fused date as the tests compare it: its value, relation and which languages tell it (and the quotes) */
const told = (d: DateFact): unknown[] => [d.value, d.relation, d.corroboration];
const toldWithQuotes = (d: DateFact): unknown[] => [...told(d), d.evidence.map((e) => e.quote)];

describe("dates of one paragraph pair", () => {
  it("join a Chinese year opening a span (自…以来) and the English 'since' the same year, in the English relation", () => {
    const dates = datesOf("中欧班列（西安）自2014年开通以来，已累计开行赴德国班列900余列。", "The China-Europe Railway Express (Xi'an) has run more than 900 trips to Germany since 2014.");
    expect(dates.map(toldWithQuotes)).toEqual([["2014", "since", "both", ["2014年", "since 2014"]]]);
    // (自…年开始 with its verb after: exchanges begun that year, which the English tells as had since)
    const begun = datesOf("两市自2017年开始交往。", "The two cities have had exchanges since 2017.");
    expect(begun.map(toldWithQuotes)).toEqual([["2017", "since", "both", ["2017年", "since 2017"]]]);
  });

  it("join a Chinese year a span starts from (自…年起) and the English year something 'began in', in the English relation", () => {
    const dates = datesOf("自2011年起，两市每年轮流举办青少年交流活动。", "The youth exchange program, which began in 2011, is held in the two cities in turn every year.");
    expect(dates.map(toldWithQuotes)).toEqual([["2011", "on", "both", ["2011年起", "2011"]]]);
    // (not a year of some other event the English tells: "was held in 2011")
    const apart = datesOf("自2011年起，两市每年轮流举办青少年交流活动。", "The first youth exchange was held in 2011.");
    expect(apart.map(told)).toEqual([
      ["2011", "since", "zh-only"],
      ["2011", "on", "en-only"],
    ]);
  });

  it("join a Chinese year a tie was made in and the English 'have been … since' that year, in the English relation", () => {
    const dates = datesOf("威海与罗斯托克于2019年结为友好城市。", "Weihai and Rostock have been sister cities since 2019.");
    expect(dates.map(toldWithQuotes)).toEqual([["2019", "since", "both", ["2019年", "since 2019"]]]);
    // (not a year of something else done since then: "have been exchanging students since 2019" beside a tie made that year)
    const apart = datesOf("威海与罗斯托克于2019年结为友好城市。", "The two cities signed a memorandum, and they have been exchanging students since 2019.");
    expect(apart.map(told)).toEqual([
      ["2019", "on", "zh-only"],
      ["2019", "since", "en-only"],
    ]);
  });

  it("join a Chinese year a target is set for (力争2027年) and the English 'by 2027', in the English relation", () => {
    const dates = datesOf("双方力争2027年双边贸易额达到50亿美元。", "The two sides will strive to raise bilateral trade to 5 billion U.S. dollars by 2027.");
    expect(dates.map(toldWithQuotes)).toEqual([["2027", "until", "both", ["2027年", "by 2027"]]]);
  });

  it("join 今年以来 and 'so far this year' into the year, in the English relation", () => {
    const dates = datesOf("今年以来，全市新增外资企业120家。", "So far this year, 120 foreign-funded enterprises have been set up in the city.");
    expect(dates.map(toldWithQuotes)).toEqual([["2025", "on", "both", ["今年以来", "this year"]]]);
  });

  it("join “十四五”以来 and 'During the 14th Five-Year Plan period' into one period, in the English relation", () => {
    const dates = datesOf("“十四五”以来，全省新增国际友城25对。", "During the 14th Five-Year Plan period, the province added 25 pairs of sister cities.");
    expect(dates.map((d) => [d.value, d.relation, d.until, d.corroboration])).toEqual([["2021", "between", "2025", "both"]]);
  });

  it("join a month of a year one side cannot tell with the same month the other side dates, keeping the dated reading", () => {
    // no date line: 今年1至10月 has no year, while the English months take the year of the first full date
    const release = extractBytes("r.txt", Buffer.from("2025年11月，代表团访问甲县。\n\nIn November 2025, a delegation visited the county.\n\n今年1至10月，甲县接待游客1.2万人次。\n\nFrom January to October this year, the county received 12,000 tourists.", "utf8"));
    const dates = release.facts.filter((f): f is DateFact => f.kind === "date" && f.evidence.some((e) => e.quote === "今年1至10月"));
    expect(dates.map((d) => [d.evidence.map((e) => e.quote), d.value, d.until, d.corroboration, d.conflicts])).toEqual([[["今年1至10月", "From January to October this year"], "2025-01", "2025-10", "both", []]]);
  });

  it("join a day one side tells twice (a wire's dateline and its lead) and the other once into one claim", () => {
    const release = extractBytes("wire.txt", Buffer.from("新华社南昌5月8日电 江西省与葡萄牙阿连特茹大区8日签署合作备忘录。\n\nNANCHANG, May 8 (Xinhua) -- Jiangxi Province and the Alentejo Region of Portugal signed a memorandum of cooperation on Thursday.", "utf8"));
    const dates = release.facts.filter((f): f is DateFact => f.kind === "date");
    expect(dates.map((d) => [d.evidence.map((e) => [e.lang, e.quote]), d.value, d.corroboration])).toEqual([
      [
        [
          ["zh", "5月8日"],
          ["zh", "8日"],
          ["en", "May 8"],
        ],
        "--05-08",
        "both",
      ],
    ]);
  });

  it("keeps the day a wire story was filed, in its dateline, apart from a different day the other side tells of the event", () => {
    // the English tells the event's day as a weekday only; its dateline's day is when the story was filed, not a second value of 11月24日
    const release = extractBytes("wire-filed.txt", Buffer.from("11月24日，在海口举行的论坛期间，海南省与俄罗斯滨海边疆区签署友好合作协议。\n\nHAIKOU, Nov. 25 -- Hainan Province signed a friendly cooperation agreement with Primorsky Krai of Russia during a forum in Haikou on Monday.", "utf8"));
    const dates = release.facts.filter((f): f is DateFact => f.kind === "date");
    expect(dates.map((d) => [d.evidence.map((e) => e.quote), d.value, d.corroboration, d.conflicts])).toEqual([
      [["11月24日"], "--11-24", "zh-only", []],
      [["Nov. 25"], "--11-25", "en-only", []],
    ]);
  });

  it("join a day one paragraph tells twice, with no translation beside it (a wire's dateline and its weekday), into one claim", () => {
    const release = extractBytes("wire-en.txt", Buffer.from("Published: 2025-07-15\n\nSOMECITY, July 14 -- Somecity and Toowoomba of Australia celebrated the 30th anniversary of their sister-city relationship on Monday.\n\nThe two cities became sister cities in 1995, and in 1995 they opened an office.", "utf8"));
    const dates = release.facts.filter((f): f is DateFact => f.kind === "date" && f.value !== "2025-07-15");
    // (a year told twice is two claims: two events of that year)
    expect(dates.map((d) => [d.evidence.map((e) => e.quote), d.value, d.corroboration])).toEqual([
      [["July 14", "Monday"], "2025-07-14", "en-only"],
      [["1995"], "1995", "en-only"],
      [["1995"], "1995", "en-only"],
    ]);
  });

  it("keep a Chinese year outside such a span apart from the English 'since' the same year", () => {
    const dates = datesOf("2014年，中欧班列（西安）开通。", "The China-Europe Railway Express (Xi'an) has run since 2014.");
    expect(dates.map((d) => [d.relation, d.corroboration]).sort()).toEqual([
      ["on", "zh-only"],
      ["since", "en-only"],
    ]);
  });
});

describe("the date of one agreement told in both languages", () => {
  it("is the day the Chinese dates with its paragraph's year and the English gives without one, in no conflict", () => {
    // no date line: the year opening the Chinese paragraph dates its 3月19日; the English "On March 19" has none
    const release = extractBytes("r.txt", Buffer.from("（2025年3月20日）3月19日，宜兴市与法国波尔多市签署了合作协议。\n\nOn March 19, Yixing and Bordeaux, France signed a cooperation agreement.", "utf8"));
    const agreements = release.facts.filter((f): f is AgreementFact => f.kind === "agreement");
    expect(agreements.map((a) => [a.evidence.map((e) => e.lang), a.date, a.corroboration, a.conflicts])).toEqual([[["zh", "en"], "2025-03-19", "both", []]]);
  });
  it("join a day told once in each language where no alignment pairs the two paragraphs (an English paragraph condensing three)", () => {
    const release = extractBytes(
      "condensed.txt",
      Buffer.from(
        [
          "Sept. 3, 2025",
          "A delegation from the State of Ohio visited the province from September 1 to 3. The Governor met the delegation on September 2, and the two sides signed a memorandum on exchanges in tourism and health care. The two sides established sister-state relations in 1985.",
          "9月1日至3日，美国俄亥俄州代表团访问我省。",
          "9月2日，省长会见了代表团，双方签署了旅游和医疗卫生领域交流备忘录。",
          "双方于1985年建立友好省州关系。",
        ].join("\n\n"),
        "utf8",
      ),
    );
    const range = release.facts.filter((f): f is DateFact => f.kind === "date" && f.relation === "between");
    expect(range.map((d) => [d.evidence.map((e) => [e.lang, e.quote]), d.value, d.until, d.corroboration])).toEqual([
      [
        [
          ["zh", "9月1日至3日"],
          ["en", "from September 1 to 3"],
        ],
        "2025-09-01",
        "2025-09-03",
        "both",
      ],
    ]);
  });
});
