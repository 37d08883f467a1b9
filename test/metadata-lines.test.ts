/**
 * Date lines (pipeline/support/metadata-lines.ts): the publication date resolves every relative and
 * yearless date of a release, so a date line must be found whether it is labelled or not, and a body
 * paragraph that opens with a date must not be taken for one. A site footer is page furniture, not a
 * paragraph of the release: its address would give a place.
 */
import { isBoilerplate, isByline, parseAgencyDateline, parseDateLine, parseSourceLine } from "../pipeline/support/metadata-lines";

describe("parseDateLine", () => {
  it.each([
    ["发布时间：2024-07-10", "2024-07-10", null],
    ["发布日期：2023年5月8日 来源：市外办", "2023-05-08", null],
    ["Published: 2024/3/5 16:20", "2024-03-05", "16:20"],
    ["2024-09-26 10:30　来源：某市外事办公室", "2024-09-26", "10:30"],
    ["2023年11月02日 09:05:07 作者：张三", "2023-11-02", "09:05:07"],
    ["2022-01-15 | 浏览次数：1024", "2022-01-15", null],
    ["2021.6.30", "2021-06-30", null],
    ["2024-04-01 Source: City Foreign Affairs Office", "2024-04-01", null],
    ["2025年10月28日 星期二", "2025-10-28", null], // a weekday after the date
    ["2024年9月12日　某省人民政府外事办公室", "2024-09-12", null], // only the publisher beside the date, no label
    ["某市融媒体中心 2024-09-12 10:30", "2024-09-12", "10:30"],
    ["（某市外办供稿）2022年6月20日", "2022-06-20", null], // the publisher credited in brackets before the date
    ["（某市外事办公室　2023年5月9日）", "2023-05-09", null], // the publisher and the date in one pair of brackets, signing off the body
    ["某县外事办 2024-03-15", "2024-03-15", null], // a foreign affairs office's short name
    ["2022年6月20日 (Someshire Foreign Affairs Office)", "2022-06-20", null],
    ["March 3, 2025  Someshire Foreign Affairs Office", "2025-03-03", null],
    ["Date: 28 October 2025", "2025-10-28", null], // English month names
    ["Published on Oct. 28, 2025 | Source: City Daily", "2025-10-28", null],
    ["October 28, 2025 10:05", "2025-10-28", "10:05"],
    ["（来源：厦门日报　2025年10月21日）", "2025-10-21", null], // a source line in brackets that dates the release
    ["２０２５年１０月２２日", "2025-10-22", null], // fullwidth digits
    ["发布时间：２０２５－１０－２２　１０：３２", "2025-10-22", "10:32"],
    ["二〇二五年十月二十二日", "2025-10-22", null], // Chinese numerals, as official documents date themselves
    ["（2025年10月22日）", "2025-10-22", null], // a date alone in brackets under the title
    ["(October 22, 2025)", "2025-10-22", null],
    ["时间：2025年5月21日", "2025-05-21", null], // 时间 alone with a colon labels the date
    ["来源：某市外办　时间 2025-05-21", "2025-05-21", null], // or with no word running into it
  ])("reads %j as %s", (line, date, time) => {
    expect(parseDateLine(line)).toEqual({ date, time });
  });

  it.each([
    "2024年9月25日，青岛市与某市签署友好城市关系协议书。", // a body paragraph that opens with its date
    "2024-09-26 marked the fortieth anniversary of the ties.",
    "会议于2024年9月25日举行，来源：无", // the date is not at the start, and no label precedes it
    "2024-13-40 来源：某报", // not a date
    "发布时间：待定",
    "October 28, 2025 marked the fortieth anniversary of the ties.", // a sentence that opens with its date
    "二〇二五年十月，两市正式缔结友好城市关系。",
    "2024年9月25日 省长会见某国代表团", // a headline after the date, not a publisher
    "2024年9月25日，某市人民政府", // a sentence's opening
    "（2024年9月25日摄）", // a photo's note, not a date line
    "（两市签约仪式）2024年9月25日", // a caption in brackets, not a publisher
    "当地时间2025年5月21日，某市市长与某国某市市长签署两市友好交流城市关系协议。", // "local time": 时间 is the word's, no label
    "北京时间2025年5月21日晚，两市举行视频会议。",
  ])("finds no date line in %j", (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});

describe("parseAgencyDateline", () => {
  const lang = (text: string): "zh" | "en" => (/\p{Script=Han}/u.test(text) ? "zh" : "en");
  it.each([
    ["某宁，2026年10月15日——10月14日，两地签署备忘录。", "2026-10-15"],
    ["某州，2025年3月2日电 近日，代表团到访。", "2025-03-02"],
    ["某社某宁2026年10月15日电（记者 王明）14日，两地签署备忘录。", "2026-10-15"], // the agency before the place
    ["SOMEVILLE, Oct. 15, 2026 -- On October 14, the two sides signed a memorandum.", "2026-10-15"],
    ["NEW TOWN, March 2, 2025 (Agency) -- The delegation arrived.", "2025-03-02"],
    ["Someville, Someshire, March 18, 2025 — Someville County signed an agreement on March 17.", "2025-03-18"], // a place and its province
    ["SOMEVILLE, Minn. (Nov. 14, 2024) — A delegation visited last week.", "2024-11-14"], // a city's own release: its state, then the full date in brackets
  ])("reads the filing date of %j", (text, date) => {
    expect(parseAgencyDateline(text, lang(text))?.date).toBe(date);
  });

  it.each([
    "2024年9月25日，青岛市与某市签署友好城市关系协议书。", // a body paragraph that opens with its date
    "会上，2024年9月25日签署的协议正式生效。",
    "某社某宁10月15日电 14日，两地签署备忘录。", // a dateline without its year dates nothing
    "On March 2, 2025, the delegation arrived.",
    "In Someville, March 2, 2025 was a busy day.", // no dash: a sentence, not a dateline
    "SOMEVILLE, Oct. 15 (Agency) -- The delegation arrived.",
    "SOMEVILLE, Minn. (Nov. 14) — A delegation visited.", // the bracketed date needs its year
  ])("finds no filing date in %j", (text) => {
    expect(parseAgencyDateline(text, lang(text))).toBeNull();
  });
});

describe("isBoilerplate", () => {
  it.each([
    "主办：某市人民政府外事办公室　皖ICP备05001234号　地址：某市某区某路100号",
    "京公网安备 11010502000001号",
    "网站标识码：3400000001",
    "技术支持：某某信息技术有限公司",
    "本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。", // a cookie notice
    "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
    "首页 | 政务公开 | 新闻中心 | 互动交流", // a menu: three or more short items between bars
    "Home | About | News | Contact",
    "首页 > 新闻中心 > 外事动态", // a breadcrumb: three or more short items between arrows
    "Home » News » Foreign Affairs",
    "某市人民政府 无障碍 长者模式", // the accessibility switches of a government site's header
    "上一条：某市举办国际商品展\n下一条：市领导调研城市更新工作", // the links to the previous and next release
    "Copyright © 2023 Lishui Municipal People's Government. All Rights Reserved. 浙ICP备05000000号 Tel: 0578-2000000", // a footer running on past furniture's length
  ])("takes the site footer %j for page furniture", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "本次论坛由两市外办共同主办，来自12个国家的代表参加。", // 主办 inside a sentence
    "2024年，全市新增国际友城5对。",
    "出口额 > 进口额", // a comparison: two items, no breadcrumb
    "明年，两市将开通下一条直飞航线。", // 下一条 inside a sentence, with no colon
    "长沙市与德国卡塞尔市签署合作备忘录 | Changsha and Kassel Sign Memorandum", // a bilingual headline: two parts, no menu
  ])("keeps the body paragraph %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("isByline", () => {
  it.each([
    "责任编辑：李华",
    "Editor: Li Hua",
    "（记者 王晓明 通讯员 李丽）", // the reporters, bracketed, with no colon
    "图为签约现场。（记者 王明 摄）", // a photo's caption is about the page, not part of the release
    "Photo shows the signing ceremony between the two cities. (Photo by Wang Ming)",
  ])("reads %j as a line about the page", (line) => expect(isByline(line)).toBe(true));

  it.each([
    "3月11日，两市签署备忘录。",
    "（记者会于3月11日举行。）", // a bracketed sentence about a press conference
    "The photo exhibition opened on March 11 and shows the two cities' history.", // a sentence about a photo exhibition
  ])("keeps %j as text of the release", (line) => expect(isByline(line)).toBe(false));
});

describe("parseSourceLine", () => {
  it.each([
    ["来源：山西日报", { zh: "山西日报", en: null }],
    ["（来源：厦门日报　2025年10月21日）", { zh: "厦门日报", en: null }], // in brackets, with a date after it
    ["Published on Oct 28, 2025 | Source: City Daily", { zh: null, en: "City Daily" }],
    ["Source: Provincial Foreign Affairs Office  Published: 2025-05-16", { zh: null, en: "Provincial Foreign Affairs Office" }], // the next field's label ends the name
    ["2024年9月12日　某省人民政府外事办公室", { zh: "某省人民政府外事办公室", en: null }], // a publisher beside the date
    ["（某市外办供稿）2022年6月20日", { zh: "某市外办", en: null }], // credited in brackets
    ["（某市外事办公室　2023年5月9日）", { zh: "某市外事办公室", en: null }], // a signature in brackets
    ["（全年接待游客2023年5月9日）", null], // not a publisher's name
    ["Oct. 9, 2025 Source: Foreign Affairs Office of the Provincial People's Government", { zh: null, en: "Foreign Affairs Office of the Provincial People's Government" }], // a name of nine words
  ])("reads the source of %j", (line, source) => expect(parseSourceLine(line)).toEqual(source));
});
