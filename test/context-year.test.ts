/**
 * A release with no date line still says which year its yearless dates are in: the year of the last date
 * before them in the same paragraph (pipeline/extract.ts, lendYears). A release with a date line keeps
 * resolving against its publication date.
 */
import { extractBytes } from "../pipeline/index";

const BODY = "2026年6月9日，甲市与某国乙市签署友好合作意向书。乙市代表团于6月8日至11日访问甲市。";
const dates = (text: string): [string, string | null, string, boolean][] =>
  extractBytes("r.txt", Buffer.from(text, "utf8"))
    .facts.flatMap((f) => (f.kind === "date" ? [[f.value, f.until, f.anchor, f.resolved] as [string, string | null, string, boolean]] : []));

describe("yearless dates in a release with no date", () => {
  it("take the year a date before them in the paragraph states", () => {
    expect(dates(BODY)).toContainEqual(["2026-06-08", "2026-06-11", "context", true]);
  });

  it("do not take the year of a tie the paragraph recalls (a year, or a year and month, with no day)", () => {
    const recalled = "武汉与法国波尔多市于1998年结为友好城市。10月16日下午，波尔多代表团参观了武汉光谷。";
    expect(dates(recalled)).toContainEqual(["--10-16", null, "none", false]);
    expect(dates(recalled.replace("1998年", "1998年4月"))).toContainEqual(["--10-16", null, "none", false]);
    const en = "Wuhan and Bordeaux established sister city relations in 1998. On October 16, the Bordeaux delegation visited the Optics Valley.";
    expect(dates(en)).toContainEqual(["--10-16", null, "none", false]);
  });

  it("stay unresolved when nothing before them states a year", () => {
    expect(dates("乙市代表团于6月8日至11日访问甲市。2026年6月9日，双方签署意向书。")).toContainEqual(["--06-08", "--06-11", "none", false]);
  });

  it("take the year of the release's first full date in an earlier paragraph of the same language", () => {
    const release = "2025年9月8日至16日，甲省代表团访问某国。\n\n9月10日，甲省与乙州签署备忘录。";
    expect(dates(release)).toContainEqual(["2025-09-10", null, "context", true]);
    const en = "From September 8 to 16, 2025, a delegation visited the country.\n\nOn September 10, A and B signed a memorandum.";
    expect(dates(en)).toContainEqual(["2025-09-10", null, "context", true]);
    // a year and month that date no tie lend their year too
    expect(dates("2025年11月上旬，乙町代表团访问甲县。\n\n11月6日，双方签署意向书。")).toContainEqual(["2025-11-06", null, "context", true]);
  });

  it("take the year a title names its event by, in either language's title, for both languages", () => {
    const body = "\n\n6月5日，会议在甲市国际会展中心举行，来自某国各地的地方领导人和企业家代表约200人出席。\n\nOn June 5, the meeting was held at the city's international convention center, attended by about 200 local leaders and business representatives from the country.";
    expect(dates(`2025中国—某国地方领导人会议在甲市举行\n\nChina-Country Local Leaders Meeting Held in the City${body}`)).toContainEqual(["2025-06-05", null, "context", true]);
    expect(dates(`中国—某国地方领导人会议在甲市举行\n\nThe 2025 China-Country Local Leaders Conference Opens${body}`)).toContainEqual(["2025-06-05", null, "context", true]);
    // (a title that names no event by its year lends none)
    expect(dates(`中国—某国地方领导人会议在甲市举行\n\nChina-Country Local Leaders Meeting Held in the City${body}`)).toContainEqual(["--06-05", null, "none", false]);
  });

  it("take the year of an event named by its year that opens or is held in the same sentence, in either language", () => {
    expect(dates("7月8日上午，2025年甲市国际友城青少年足球邀请赛在市体育中心开幕。")).toContainEqual(["2025-07-08", null, "context", true]);
    expect(dates("On July 8, the 2025 Sister Cities Youth Football Tournament opened at the city's sports center.")).toContainEqual(["2025-07-08", null, "context", true]);
    // (an event named by its year that is not held in the sentence lends none)
    expect(dates("7月8日，甲市代表团介绍了2025年甲市国际友城青少年足球邀请赛的筹备情况。")).toContainEqual(["--07-08", null, "none", false]);
  });

  it("take the year of a stretch of months of a stated year before them, for months and for parts of a year", () => {
    const review = "2025年上半年甲市外事工作综述\n\n上半年，甲市接待外宾团组12批。3月，甲市与乙市签署备忘录。";
    expect(dates(review)).toEqual(expect.arrayContaining([
      ["2025-01", "2025-06", "context", true],
      ["2025-03", null, "context", true],
    ]));
    expect(dates("2024年前三季度，甲市外贸增长。\n\n前三季度，甲市接待外宾团组12批。")).toContainEqual(["2024-01", "2024-09", "context", true]);
    // (a release with a date line resolves them against it, as before)
    expect(dates("2025年上半年甲市外事工作综述\n\n发布时间：2026-07-02\n\n上半年，甲市接待外宾团组12批。")).toContainEqual(["2026-01", "2026-06", "publication", true]);
  });

  it("keep the months of a part of a year the release cannot date, unresolved, rather than drop them", () => {
    // 今年 counts from a publication the release does not give (its first full date may be a tie's history)
    expect(dates("2013年12月，两市结好。\n\n今年1至10月，两市互访12次；上半年，贸易额增长。")).toEqual(expect.arrayContaining([
      ["--01", "--10", "none", false],
      ["--01", "--06", "none", false],
    ]));
  });

  it("take no year from a bare year in an earlier paragraph (a tie's history)", () => {
    expect(dates("1995年，两市结为友好城市。\n\n9月10日，两市签署备忘录。")).toContainEqual(["--09-10", null, "none", false]);
  });

  it("take no year from a span of years before them (a plan's term), in either language", () => {
    expect(dates("两市签署了2027—2029年合作计划，签约仪式于9月28日至10月2日举行的博览会期间举行。")).toContainEqual(["--09-28", "--10-02", "none", false]);
    expect(dates("The two cities signed a cooperation plan for 2027-2029 during the fair, held from Sept. 28 to Oct. 2.")).toContainEqual(["--09-28", "--10-02", "none", false]);
  });

  it("take no year from a tie's full date in a release whose title marks an anniversary", () => {
    // (places a gazetteer holds, so that the first date is a tie's)
    const release = "成都市与法国蒙彼利埃市庆祝结好四十五周年\n\n1981年4月6日，成都市与法国蒙彼利埃市缔结友好城市关系。\n\n4月6日，两市举行纪念活动。";
    expect(dates(release)).toContainEqual(["--04-06", null, "none", false]);
    // the same full date lends its year where the title marks no anniversary
    expect(dates(release.replace("庆祝结好四十五周年", "举行友好交流活动"))).toContainEqual(["1981-04-06", null, "context", true]);
  });

  it("take no year from a year and month alone in an earlier paragraph (a tie's history)", () => {
    expect(dates("1983年3月，两省县结好。\n\n11月2日，甲省举行纪念活动。")).toContainEqual(["--11-02", null, "none", false]);
    expect(dates("The two cities became sister cities in March 1983.\n\nOn November 2, A held a commemorative event.")).toContainEqual(["--11-02", null, "none", false]);
  });

  it("resolve against the publication date when the release has one", () => {
    expect(dates(`发布时间：2027-01-05\n\n${BODY}`)).toContainEqual(["2026-06-08", "2026-06-11", "publication", true]);
  });

  it("read a range's end from its start (the same year, or the next after December), unless the end counts from the release (本月2日)", () => {
    // looking back from the publication, the 24th alone would fall a year before the 19th
    expect(dates("发布时间：2025-06-19\n\n6月19日至24日，博览会在昆明举办。")).toContainEqual(["2025-06-19", "2025-06-24", "publication", true]);
    expect(dates("发布时间：2026-01-10\n\n12月28日至1月3日，文化周在乙市举办。")).toContainEqual(["2025-12-28", "2026-01-03", "publication", true]);
    // but an end that names its own month relative to the release (本月, "this month") is read from the release
    expect(dates("发布时间：2025-10-09\n\n上月28日至本月2日，代表团访问乙市。")).toContainEqual(["2025-09-28", "2025-10-02", "publication", true]);
  });

  it("give 次年 and 'the following year' the year after the one stated before them", () => {
    const zh = "发布时间：2025-03-01\n\n2018年10月，甲市与乙市签署意向书；次年5月，两市结为友好城市。";
    expect(dates(zh)).toContainEqual(["2019-05", null, "context", true]);
    const en = "Published: 2025-03-01\n\nIn October 2018, A and B signed a letter of intent; in May the following year, they became sister cities.";
    expect(dates(en)).toContainEqual(["2019-05", null, "context", true]);
  });

  it("give a bare 次年, 上一年, 'the following year' and 'the previous year' the year next to the one stated before them", () => {
    const zh = "发布时间：2025-03-01\n\n2018年，甲市与乙市签署意向书，次年两市结为友好城市。";
    expect(dates(zh)).toContainEqual(["2019", null, "context", true]);
    const en = "Published: 2025-03-01\n\nLast year, the city received 352 delegations, up from 208 the previous year.";
    expect(dates(en)).toEqual([["2025-03-01", null, "absolute", true], ["2024", null, "publication", true], ["2023", null, "publication", true]]);
    // with no year before them, they count from the publication
    expect(dates("Published: 2025-03-01\n\nThe two cities will sign an agreement the following year.")).toContainEqual(["2026", null, "publication", true]);
  });

  it("give 同年 and 'the same year' the year stated before them, even in a dated release", () => {
    const dated = "发布时间：2025-11-20\n\n2019年3月，甲市与乙市签署备忘录；同年6月，两市结为友好城市。";
    expect(dates(dated)).toContainEqual(["2019-06", null, "context", true]);
    const en = "Published: 2025-11-20\n\nIn March 2019, A and B signed a memorandum; in June of the same year, they became sister cities.";
    expect(dates(en)).toContainEqual(["2019-06", null, "context", true]);
  });

  it("give a day of the month alone the month of the date before it in the paragraph, not the publication's", () => {
    // published in September: the 10th after 7月8日 is July's, where the publication alone would make it August's
    expect(dates("发布时间：2025-09-01\n\n7月8日，乙市代表团抵达甲市。10日，两市签署备忘录。")).toContainEqual(["2025-07-10", null, "publication", true]);
    // with the date's own year, in that year
    expect(dates("发布时间：2025-09-01\n\n2023年7月8日，乙市代表团抵达甲市。10日，两市签署备忘录。")).toContainEqual(["2023-07-10", null, "context", true]);
  });

  it("give a day of the month alone, after a stretch of days running into the next month, that month when the day falls in it", () => {
    expect(dates("发布时间：2025-12-05\n\n11月27日至12月3日，乙市代表团访问甲市。2日，两市签署备忘录。")).toContainEqual(["2025-12-02", null, "publication", true]);
    expect(dates("Published: 2025-12-05\n\nFrom Nov. 27 to Dec. 3, a delegation visited A. On the 2nd, the two cities signed a memorandum.")).toContainEqual(["2025-12-02", null, "publication", true]);
    // (a day after the stretch's first, in its first month)
    expect(dates("发布时间：2025-12-05\n\n11月27日至12月3日，乙市代表团访问甲市。29日，两市签署备忘录。")).toContainEqual(["2025-11-29", null, "publication", true]);
  });

  it("keep a yearless wire's day of the month in the dateline's month, or the month before for a later day, unresolved", () => {
    expect(dates("新华社甲市7月15日电　甲市与乙县青少年交流项目14日启动。")).toContainEqual(["--07-14", null, "none", false]);
    expect(dates("新华社甲市7月2日电　甲市与乙县青少年交流项目30日启动。")).toContainEqual(["--06-30", null, "none", false]);
  });
});
