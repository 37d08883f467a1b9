import { extractBytes } from "../pipeline/index";
import { htmlToText } from "../pipeline/support/html-text";
import { validateJsonSchema } from "./helpers";

const HTML = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>江西友城 | 政府网</title>
<script>var tracking = "山西省";</script><style>p { color: red }</style></head>
<body>
<nav><a href="/">首页</a> <a href="/en">English</a></nav>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<h1>江西国际友城达95对</h1>
<p class="info">发布时间：2024-11-29 10:00 来源：江西日报</p>
<p>11月28日,,省人大常委会审议了<b>国际友城</b>工作报告&#12290;</p>
<p>On November 28, the Standing Committee &amp; the
   People's Government reviewed the report.</p>
<p>江西广播电视台与
肯尼亚国家电视台合作<br>Jiangxi Radio and Television cooperated with Kenya.</p>
<div class="related"><h3>相关新闻</h3><ul><li>某市代表团访问美国匹兹堡市</li></ul></div>
<footer>Copyright 2024</footer>
</body></html>`;

describe("HTML input", () => {
  const out = extractBytes("release.html", Buffer.from(HTML, "utf8"));

  it("reads paragraphs from block elements, dropping scripts, navigation, banners and footers", () => {
    expect(out.document.format).toBe("html");
    expect(out.paragraphs.map((p) => p.text)).toEqual([
      "江西国际友城达95对",
      "发布时间：2024-11-29 10:00 来源：江西日报",
      "11月28日，省人大常委会审议了国际友城工作报告。",
      "On November 28, the Standing Committee & the People's Government reviewed the report.",
      "江西广播电视台与肯尼亚国家电视台合作",
      "Jiangxi Radio and Television cooperated with Kenya.",
    ]);
    const reasons = out.skipped.map((s) => s.reason);
    expect(reasons).toEqual(expect.arrayContaining(["document head", "navigation", "site furniture (cookie)", "site furniture (related)", "page footer"]));
    expect(out.paragraphs.map((p) => p.text).join(" ")).not.toMatch(/tracking|cookies|Copyright|首页|匹兹堡/);
  });

  it("points every paragraph's source span into the raw HTML (position first, then text)", () => {
    const src = out.source.text;
    const second = out.paragraphs[2]!;
    expect(second.source.start).toBe(src.indexOf("11月28日"));
    expect(src.slice(second.source.start, second.source.end)).toBe("11月28日,,省人大常委会审议了<b>国际友城</b>工作报告&#12290;");
    const en = out.paragraphs[3]!;
    expect(src.slice(en.source.start, en.source.end)).toBe("On November 28, the Standing Committee &amp; the\n   People's Government reviewed the report.");
  });

  it("reads the date and source lines and the title from the body", () => {
    expect(out.document.publishedAt).toBe("2024-11-29");
    expect(out.document.source.zh).toBe("江西日报");
    expect(out.document.title.zh).toBe("江西国际友城达95对");
    expect(validateJsonSchema(out)).toEqual([]);
  });

  it("maps skipped regions into the raw HTML", () => {
    for (const s of out.skipped) expect(out.source.text.slice(s.source.start, s.source.end)).toMatch(/^<[a-z]/);
  });

  it("is sniffed as HTML without an .html extension", () => {
    expect(extractBytes("release.txt", Buffer.from(HTML, "utf8")).document.format).toBe("html");
  });
});

describe("an HTML page whose body has no title or date line", () => {
  const PAGE = `<html><head><meta charset="utf-8"><title>常州市与德国埃森市签署友好城市协议_常州市人民政府</title>
<meta name="pubdate" content="2024/10/10 16:20"></head><body>
<div class="top">常州市人民政府 | 无障碍 | 长者模式 | 繁體</div>
<div class="article"><p>10月9日，常州市与德国埃森市在常州签署建立友好城市关系协议书。</p>
<p>On October 9, Changzhou and Essen, Germany, signed an agreement on establishing sister-city relations in Changzhou.</p></div>
</body></html>`;
  const out = extractBytes("page.html", Buffer.from(PAGE, "utf8"));

  it("dates its yearless days by the publication day its meta tags give", () => {
    expect(out.document.publishedAt).toBe("2024-10-10");
    const day = out.facts.find((f) => f.kind === "date" && f.evidence.some((e) => e.quote === "10月9日"));
    expect(day && day.kind === "date" ? [day.value, day.resolved] : null).toEqual(["2024-10-09", true]);
  });

  it("takes the page's <title> without the site's name for its title, and its menu of site switches for no paragraph of the release", () => {
    expect(out.document.title).toEqual({ zh: "常州市与德国埃森市签署友好城市协议", en: null });
    const menu = out.paragraphs.find((p) => p.text.startsWith("常州市人民政府"));
    expect(menu?.role).toBe("boilerplate");
  });
});

describe("HTML tables", () => {
  // (htmlToText keeps each table's rows as cells in source ranges, their columns counted past cells spanning rows or columns)
  const html = `<table><tr><th colspan="2">城市</th><th>时间</th></tr>
<tr><td rowspan="2">日本</td><td>富山</td><td><table><tr><td>1988</td><td>5月</td></tr></table></td></tr>
<tr><td>高冈</td><td>1990</td></tr></table>`;
  const { tables } = htmlToText(html);
  const laidOut = (t: (typeof tables)[number]): string[][] => t.rows.map((r) => r.cells.map((c) => `${c.column}:${html.slice(c.source.start, c.source.end).replace(/<[^>]*>/g, "")}`));

  it("lays out each row's cells by column, the nested table's rows its own", () => {
    expect(tables).toHaveLength(2);
    expect(laidOut(tables[0]!)).toEqual([["0:城市", "2:时间"], ["0:日本", "1:富山", "2:19885月"], ["1:高冈", "2:1990"]]);
    expect(laidOut(tables[1]!)).toEqual([["0:1988", "1:5月"]]);
    expect(tables[0]!.rows[0]!.cells.map((c) => c.header)).toEqual([true, true]);
  });
});

describe("an HTML page's furniture", () => {
  // (a menu whose items became paragraphs, a language switch, and a footer that runs on with the licence and a telephone)
  const PAGE = `<html><head><meta charset="utf-8"></head><body>
<div id="top"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/zh">中文</a></li></ul></div>
<p>10月8日，丽水市与意大利卢卡市签署友好交流合作备忘录。</p>
<p>On October 8, Lishui and Lucca, Italy, signed a memorandum on friendly exchanges and cooperation.</p>
<div class="foot">Copyright © 2023 Lishui Municipal People's Government. All Rights Reserved. 浙ICP备05000000号 Tel: 0578-2000000</div>
</body></html>`;
  const out = extractBytes("furniture.html", Buffer.from(PAGE, "utf8"));
  const role = (start: string): string | undefined => out.paragraphs.find((p) => p.text.startsWith(start))?.role;

  it("takes no menu item for the title, and aligns the body only: a language switch is no translation of a menu item", () => {
    expect(out.document.title.en).toBeNull();
    expect(role("Home")).toBe("header");
    const aligned = out.alignments.flatMap((a) => [...a.zh, ...a.en]).map((id) => out.paragraphs.find((p) => p.id === id)!.text.slice(0, 6));
    expect(aligned).toEqual(["10月8日，", "On Oct"]);
  });

  it("takes a long footer line for furniture, and reads no date from its copyright year", () => {
    expect(role("Copyright")).toBe("boilerplate");
    expect(out.facts.filter((f) => f.kind === "date").map((f) => (f.kind === "date" ? f.value : null))).toEqual(["--10-08"]);
  });
});
