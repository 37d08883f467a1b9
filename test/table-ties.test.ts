/**
 * A table listing a place's ties (序号 | 城市 | 国家 | 结好时间) tells one tie per row: the release's own place
 * and the row's partner, on the row's date. Each cell is a paragraph of its own, so only the HTML's rows
 * say which name goes with which date. Tables that are no such list (a schedule, trade figures, a page laid
 * out in a table with a menu naming 友好城市) tell no tie. (Invented pages; the partners' names are in no
 * gazetteer where the test says so.)
 */
import { extractBytes } from "../pipeline/index";
import type { AgreementFact, Output } from "../schemas/output";

const page = (body: string): Buffer => Buffer.from(`<html><head><meta charset="utf-8"><title>友好城市</title></head><body>${body}</body></html>`, "utf8");
/** a page listing a Chinese city's ties, one numbered row a partner: its name, its country, when the tie was made */
const chineseList = (city: string, rows: [string, string, string][]): Buffer =>
  page(`<h1>${city}国际友好城市一览表</h1>
<table>
<tr><th>序号</th><th>城市</th><th>国家</th><th>结好时间</th></tr>
${rows.map(([partner, country, date], i) => `<tr><td>${i + 1}</td><td>${partner}</td><td>${country}</td><td>${date}</td></tr>`).join("\n")}
</table>`);
/** a plain-text release */
const text = (body: string): Buffer => Buffer.from(body, "utf8");
const tiesOf = (out: Output): AgreementFact[] => out.facts.filter((f): f is AgreementFact => f.kind === "agreement");
/** each tie as where it is cited (its quotes, in the paragraph and in the source) then what it says */
const described = (out: Output): string[] =>
  tiesOf(out).map((t) => {
    for (const e of t.evidence) expect(out.source.text.slice(e.source.start, e.source.end)).toBe(e.quote);
    return `${t.evidence.map((e) => e.quote).join(" | ")} => ${t.type} ${t.parties.map((p) => p.zh ?? p.en).join("+")} ${t.date}`;
  });

describe("a table of ties", () => {
  it("reads each row of a Chinese list as a tie of the page's own place, dated by its row, its partner known or not", () => {
    const out = extractBytes("list.html", chineseList("嘉兴市", [["富山市", "日本", "1988年5月10日"], ["埃斯基尔斯蒂纳市", "瑞典", "2004年9月"]]));
    expect(described(out)).toEqual(["富山市 => sister-city 嘉兴市+富山 1988-05-10", "埃斯基尔斯蒂纳市 => sister-city 嘉兴市+埃斯基尔斯蒂纳市 2004-09"]);
  });

  it("reads the cell's whole name where the place rules found a known name inside it, but not where a country locates the place", () => {
    const out = extractBytes("inside.html", chineseList("湖州市", [["科斯特罗马州", "俄罗斯", "2012年6月"], ["日本熊本市", "日本", "1990年3月"]]));
    // (科斯特罗马州 holds 罗马, Rome, which is no partner here)
    expect(described(out)).toEqual(["科斯特罗马州 => sister-city 湖州市+科斯特罗马州 2012-06", "日本熊本市 => sister-city 湖州市+熊本 1990-03"]);
    expect(out.facts.some((f) => f.kind === "place" && f.name.zh === "罗马")).toBe(false);
  });

  it("takes the side that made each row's tie from a column of the province's own places, where the table has one", () => {
    const out = extractBytes(
      "province.html",
      page(`<h1>浙江省国际友好城市一览表</h1>
<table>
<tr><th>序号</th><th>国内城市</th><th>国外城市</th><th>结好时间</th></tr>
<tr><td>1</td><td>浙江省</td><td>日本静冈县</td><td>1982年4月</td></tr>
<tr><td>2</td><td>温州市</td><td>意大利普拉托市</td><td>2001年10月</td></tr>
</table>`),
    );
    expect(described(out)).toEqual(["日本静冈县 => sister-city 浙江省+静冈 1982-04", "意大利普拉托市 => sister-city 温州市+普拉托市 2001-10"]);
    expect(tiesOf(out).map((t) => t.level)).toEqual(["provincial", "city"]);
  });

  it("types each row by its type cell, reads a year in figures alone, and finds the partner's column under a country cell spanning rows", () => {
    const out = extractBytes(
      "partners.html",
      page(`<h1>Sister Cities of Jiaxing</h1>
<table>
<tr><th>No.</th><th>Country</th><th>Partner City</th><th>Type</th><th>Year Established</th></tr>
<tr><td>1</td><td rowspan="2">Sweden</td><td>Uppsala</td><td>Sister city</td><td>1988</td></tr>
<tr><td>2</td><td>Sundsvall</td><td>Friendly exchange city</td><td>2015</td></tr>
</table>`),
    );
    expect(described(out)).toEqual(["Uppsala => sister-city 嘉兴市+乌普萨拉 1988", "Sundsvall => friendly-cooperation 嘉兴市+Sundsvall 2015"]);
  });

  it("cites the row's partner in both languages when its cell names it in both", () => {
    const out = extractBytes(
      "bilingual.html",
      page(`<h1>嘉兴市友好交流城市 Jiaxing's Friendly Exchange Cities</h1>
<table>
<tr><th>城市 City</th><th>国家 Country</th><th>时间 Date</th></tr>
<tr><td>日本富山市 Toyama</td><td>日本 Japan</td><td>2015年3月</td></tr>
</table>`),
    );
    const [tie, ...rest] = tiesOf(out);
    expect(rest).toHaveLength(0);
    expect(tie!.evidence.map((e) => [e.lang, e.quote])).toEqual([
      ["zh", "日本富山市"],
      ["en", "Toyama"],
    ]);
    expect([tie!.type, tie!.date, tie!.corroboration]).toEqual(["friendly-cooperation", "2015-03", "both"]);
  });

  it("pairs each bilingual cell's two names, known in one language only or in neither, as one tie per row", () => {
    // (序号 No. has nothing to share but its cell: the halves of one cell are each other's translation)
    const out = extractBytes(
      "cells.html",
      page(`<h1>宁德市国际友好城市一览 Ningde's International Sister Cities</h1>
<table>
<tr><th>序号 No.</th><th>城市 City</th><th>国家 Country</th><th>结好时间 Date Established</th></tr>
<tr><td>1</td><td>尼斯 Nice</td><td>法国 France</td><td>2012年9月</td></tr>
<tr><td>2</td><td>法罗 Faro</td><td>葡萄牙 Portugal</td><td>2016年6月</td></tr>
</table>`),
    );
    const pairs = out.alignments.map((a) => [a.zh, a.en].map((ids) => ids.map((id) => out.paragraphs.find((p) => p.id === id)!.text).join(" ")));
    expect(pairs).toEqual(expect.arrayContaining([["序号", "No."], ["城市", "City"], ["尼斯", "Nice"], ["法国", "France"], ["法罗", "Faro"]]));
    expect(tiesOf(out).map((t) => [t.evidence.map((e) => e.quote).join(" | "), t.corroboration, t.date])).toEqual([
      ["尼斯 | Nice", "both", "2012-09"],
      ["法罗 | Faro", "both", "2016-06"],
    ]);
  });

  it("takes the kind of tie from the list's title where the sentence before the table names both kinds", () => {
    const out = extractBytes(
      "both.html",
      page(`<h1>我市国际友好城市一览表</h1>
<p>截至2024年底，我市共有国际友好城市6个、友好交流城市11个。</p>
<table><tr><th>序号</th><th>国家</th><th>城市</th><th>结好时间</th></tr><tr><td>1</td><td>瑞典</td><td>埃斯基尔斯蒂纳市</td><td>1990年5月</td></tr></table>`),
    );
    expect(tiesOf(out).map((t) => [t.evidence[0]!.quote, t.type])).toEqual([["埃斯基尔斯蒂纳市", "sister-city"]]);
  });

  it("reads no tie from a table that lists none", () => {
    const out = extractBytes(
      "tables.html",
      page(`<h1>嘉兴市国际友好城市一览表</h1>
<table><tr><th>城市</th><th>国家</th><th>结好时间</th></tr><tr><td>富山市</td><td>日本</td><td>1988年</td></tr></table>
<h2>Visit schedule</h2>
<table><tr><th>Date</th><th>Activity</th><th>City</th></tr><tr><td>May 8</td><td>Arrival</td><td>Toyama</td></tr></table>
<h2>中国—中亚贸易</h2>
<table><tr><th>国家</th><th>城市</th><th>进出口额（亿元）</th></tr><tr><td>哈萨克斯坦</td><td>阿拉木图</td><td>120</td></tr></table>`),
    );
    // (only the first table lists ties: the heading before it names them, and names neither table after it)
    expect(described(out)).toEqual(["富山市 => sister-city 嘉兴市+富山 1988"]);
  });

  it("reads no tie from the rows of a page laid out in a table, whose menu names 友好城市", () => {
    const out = extractBytes(
      "layout.html",
      page(`<table>
<tr><td>首页</td><td>外事动态</td><td>友好城市</td><td>县区风采</td></tr>
<tr><td colspan="4"><h1>嘉兴市代表团访问日本</h1><p>代表团访问了日本富山市和长冈京市，参观了当地企业，并就经贸合作进行了深入交流。</p></td></tr>
<tr><td>地址：嘉兴市中山路1号</td><td>电话：0573-0000000</td><td></td><td></td></tr>
</table>`),
    );
    expect(tiesOf(out)).toEqual([]);
  });
});

describe("a list of ties", () => {
  it("reads each dated item of an HTML list under a heading naming the tie as a tie of the page's own place, the item's most specific place its partner", () => {
    const out = extractBytes(
      "items.html",
      page(`<h2>嘉兴市国际友好城市一览 Jiaxing's Sister Cities</h2>
<ol>
<li>日本 富山县富山市（1988年5月）Toyama, Toyama Prefecture, Japan (May 1988)</li>
<li>瑞典 埃斯基尔斯蒂纳市（2004年9月）Eskilstuna, Sweden (September 2004)</li>
</ol>`),
    );
    expect(described(out)).toEqual([
      "日本 富山县富山市（1988年5月） | Toyama, Toyama Prefecture, Japan (May 1988) => sister-city 嘉兴市+富山 1988-05",
      "瑞典 埃斯基尔斯蒂纳市（2004年9月） | Eskilstuna, Sweden (September 2004) => sister-city 嘉兴市+埃斯基尔斯蒂纳市 2004-09",
    ]);
  });

  it("reads no tie from a list of news under a heading naming ties, nor from a menu", () => {
    const out = extractBytes(
      "news.html",
      page(`<ul class="nav"><li>首页</li><li>友好城市</li><li>外事动态</li></ul>
<h2>友城动态</h2>
<ul>
<li>嘉兴市代表团访问日本富山市（2025年5月8日）</li>
<li>瑞典埃斯基尔斯蒂纳市市长会见嘉兴市客人（2025年4月2日）</li>
<li>2025-03-18 埃斯基尔斯蒂纳市代表团来访</li>
</ul>
<p>嘉兴市与富山市于1988年结为友好城市，两市在教育、文化、经贸等领域开展了广泛的交流与合作。</p>`),
    );
    expect(described(out)).toEqual(["嘉兴市与富山市于1988年结为友好城市 => sister-city 嘉兴市+富山 1988"]);
  });
});

describe("numbered lines of ties in plain text", () => {
  it("reads each dated numbered line under a heading naming the tie as a tie of the page's own place, a line and its translation one item", () => {
    const out = extractBytes(
      "lines.txt",
      text(`嘉兴市国际友好城市名单
Jiaxing's Sister Cities

嘉兴市现有国际友好城市2个
Jiaxing has two international sister cities

1. 日本富山市（1988年）
1. Toyama, Japan (1988)
2. 瑞典埃斯基尔斯蒂纳市（2004年）
2. Eskilstuna, Sweden (2004)
`),
    );
    expect(described(out)).toEqual([
      "1. 日本富山市（1988年） | 1. Toyama, Japan (1988) => sister-city 嘉兴市+富山 1988",
      "2. 瑞典埃斯基尔斯蒂纳市（2004年） | 2. Eskilstuna, Sweden (2004) => sister-city 嘉兴市+埃斯基尔斯蒂纳市 2004",
    ]);
  });

  it("takes a Chinese place an item names beside its foreign partner for the side that made the tie, never for the partner", () => {
    const out = extractBytes(
      "province.txt",
      text(`嘉兴市国际友好城市名单
Jiaxing's Sister Cities

近年新结好的友城包括：
Sister cities established in recent years include:

1. 日本富山市（2024年5月，平湖市）
1. Toyama, Japan (May 2024, Pinghu)
2. 瑞典埃斯基尔斯蒂纳市（2024年11月，嘉兴市）
2. Eskilstuna, Sweden (November 2024, Jiaxing)
`),
    );
    expect(described(out)).toEqual([
      "1. 日本富山市（2024年5月，平湖市） | 1. Toyama, Japan (May 2024, Pinghu) => sister-city 平湖市+富山 2024-05",
      "2. 瑞典埃斯基尔斯蒂纳市（2024年11月，嘉兴市） | 2. Eskilstuna, Sweden (November 2024, Jiaxing) => sister-city 嘉兴市+埃斯基尔斯蒂纳市 2024-11",
    ]);
  });

  it("reads no tie from numbered lines of news under such a heading, nor from numbered lines under a heading naming none", () => {
    const out = extractBytes(
      "news.txt",
      text(`嘉兴市友城动态

1. 嘉兴市代表团访问日本富山市（2025年）
2. 瑞典埃斯基尔斯蒂纳市市长会见嘉兴市客人（2025年）

嘉兴市重点外资项目

1. 日本富山市企业投资项目（2019年）
2. 瑞典埃斯基尔斯蒂纳市企业投资项目（2021年）
`),
    );
    expect(described(out)).toEqual([]);
  });

  it("reads a table laid out in plain text, its cells parted by spaces, one row a line: each row its own paragraph and its own tie", () => {
    const out = extractBytes(
      "text-table.txt",
      text(`嘉兴市国际友好城市一览表
序号 城市 国家 结好时间
1 日本富山市 日本 1988年
2 瑞典埃斯基尔斯蒂纳市 瑞典 2004年
截至2024年底，嘉兴市共有国际友好城市2个。
`),
    );
    expect(out.paragraphs.map((p) => [p.text, p.role])).toEqual([
      ["嘉兴市国际友好城市一览表", "title"],
      ["序号 城市 国家 结好时间", "body"],
      ["1 日本富山市 日本 1988年", "body"],
      ["2 瑞典埃斯基尔斯蒂纳市 瑞典 2004年", "body"],
      ["截至2024年底，嘉兴市共有国际友好城市2个。", "body"],
    ]);
    expect(described(out)).toEqual(["1 日本富山市 日本 1988年 => sister-city 嘉兴市+富山 1988", "2 瑞典埃斯基尔斯蒂纳市 瑞典 2004年 => sister-city 嘉兴市+埃斯基尔斯蒂纳市 2004"]);
  });

  it("reads a bilingual table laid out with tabs, each row a line and its translation: a row's number is no count, an unknown partner is its first cell", () => {
    const out = extractBytes(
      "tab-table.txt",
      text(`嘉兴市国际友好城市一览表
Jiaxing's International Sister Cities

序号\t城市\t国家\t结好时间
No.\tCity\tCountry\tDate
1\t日本富山市\t日本\t1988年
1\tToyama\tJapan\t1988
2\t凯尔迈市\t瑞典\t2004年
2\tKalmeby\tSweden\t2004
`),
    );
    expect(described(out)).toEqual([
      "1\t日本富山市\t日本\t1988年 | 1\tToyama\tJapan\t1988 => sister-city 嘉兴市+富山 1988",
      "2\t凯尔迈市\t瑞典\t2004年 | 2\tKalmeby\tSweden\t2004 => sister-city 嘉兴市+凯尔迈市 2004",
    ]);
    expect(out.facts.filter((f) => f.kind === "count")).toEqual([]);
  });
});

describe("lines of a country's dated partners in plain text", () => {
  it("reads each dated item of a country's line under a heading naming the tie as a tie of the page's own place, cited alone and paired with its translation's item", () => {
    const out = extractBytes(
      "countries.txt",
      text(`绍兴市国际友好城市一览
Shaoxing's International Sister Cities

日本：冈山市（1982年5月）、米子市（1991年4月）
Japan: Okayama (May 1982), Yonago (April 1991)

意大利：普拉托市（2003年）
Italy: Prato (2003)
`),
    );
    expect(described(out)).toEqual([
      "冈山市（1982年5月） | Okayama (May 1982) => sister-city 绍兴市+冈山 1982-05",
      "米子市（1991年4月） | Yonago (April 1991) => sister-city 绍兴市+米子市 1991-04",
      "普拉托市（2003年） | Prato (2003) => sister-city 绍兴市+普拉托市 2003",
    ]);
  });

  it("reads no tie from a country's line of visits, nor from one with an undated item, nor from lines under a heading naming no tie", () => {
    const out = extractBytes(
      "visits.txt",
      text(`绍兴市国际友好城市一览

日本：访问冈山市（2024年5月）、米子市（2024年6月）

意大利：普拉托市（2003年）、佛罗伦萨市

绍兴市重点外资来源地

日本：冈山市（2019年）、米子市（2021年）
`),
    );
    expect(described(out)).toEqual([]);
  });
});
