/**
 * Lines that are about the release rather than part of it: the publication date line and the source
 * line, in Chinese and English, with the values they carry.
 */
import { ENGLISH_MONTH_NAME, englishMonth } from "../../extractors/shared/calendar";
import { parseHanNumeral, toHalfwidth } from "../../extractors/shared/numerals-zh";
import { wireDatelineAt } from "../../extractors/shared/wire-dateline";

export interface DateLine {
  date: string;
  time: string | null;
}

const pad = (n: string): string => n.padStart(2, "0");

/** the labels of a Chinese source line (来源：山西日报) */
const SOURCE_LABELS_ZH = "来源|稿源|信息来源|文章来源|消息来源";
// (日期 and 时间 alone label a date only with a colon or where no word runs into them: 当地时间2025年5月21日，… opens a
// story's sentence, "local time", no date line)
const DATE_LABEL_ZH = /(?:(?:发布时间|发布日期|发表时间|发文日期|成文日期|更新时间|发布于)\s*[：:]?|(?:日期|时间)\s*[：:]|(?<!\p{Script=Han})(?:日期|时间))\s*/u;
const DATE_LABEL_EN = /\b(?:published|posted|updated|release date|released|date|time)\b\s*(?:on|at)?\s*[：:]?\s*/i;
const DATE_VALUE = /(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:\s*(\d{1,2}:\d{2}(?::\d{2})?))?/;
/** 28 October 2025, Oct. 28, 2025, October 28, 2025 (with a time after it or not) */
const EN_DATE_VALUE = new RegExp(`(?:(\\d{1,2})\\s+${ENGLISH_MONTH_NAME},?\\s+(\\d{4})|${ENGLISH_MONTH_NAME}\\s+(\\d{1,2}),?\\s+(\\d{4}))(?:,?\\s*(\\d{1,2}:\\d{2}(?::\\d{2})?))?`, "i");

/** 二〇二五年十月二十二日, as official documents date themselves */
const HAN_DATE = /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/g;
const FULLWIDTH_MARKS: Record<string, string> = { "－": "-", "／": "/", "：": ":" };

/** A line's dates in ASCII digits (２０２５年１０月２２日, 二〇二五年十月二十二日): only the values are read from it. */
function arabicDates(text: string): string {
  return toHalfwidth(text)
    .replace(/[－／：]/g, (c) => FULLWIDTH_MARKS[c]!)
    .replace(HAN_DATE, (_, y: string, m: string, d: string) => `${parseHanNumeral(y)}年${parseHanNumeral(m)}月${parseHanNumeral(d)}日`);
}

/** A date line: short, with a full date after a label, or opening with one that only metadata follows. */
export function parseDateLine(line: string): DateLine | null {
  if (line.length > 120) return null;
  const text = arabicDates(line);
  for (const label of [DATE_LABEL_ZH, DATE_LABEL_EN]) {
    const l = label.exec(text);
    if (!l) continue;
    const v = dateValueAt(text.slice(l.index + l[0].length));
    if (v && v.index <= 2) return v.date;
  }
  // a source line that dates the release: 来源：厦门日报　2025年10月21日
  if (parseSourceLine(text)) {
    const dated = dateValueAt(text);
    if (dated) return dated.date;
  }
  // no label: a line that opens with the date and holds nothing else but metadata after it
  // ("2024-09-26 10:30　来源：青岛市外事办公室", "2025年10月28日 星期二"); a paragraph that opens with a date goes on with its sentence
  const v = dateValueAt(text);
  if (v && v.index === 0 && METADATA_AFTER_DATE.test(text.slice(v.length))) return v.date;
  // a date alone in brackets under the title: （2026年8月21日）, (2025-10-22)
  if (v && BRACKETED_DATE.test(text) && v.index === 1 && v.length === text.length - 2) return v.date;
  // or only a publisher's name beside the date, either side: 2024年9月12日　福建省人民政府外事办公室
  if (v && unlabelledPublisher(text, v)) return v.date;
  return null;
}

/**
 * A body that publishes releases, named alone beside a date: its name ends in the word for such a body
 * (人民政府, 外事办公室, 日报, 融媒体中心; Office, Government, Daily). A line that is only a date and such a
 * name is a date line, and the name its source, though neither has a label.
 */
const PUBLISHER_ZH = /^[\p{Script=Han}（）()·]{2,30}?(?:人民政府|政府|办公室|外事办|外办|日报|晚报|报社|新闻网|新闻中心|融媒体中心|委员会|局|厅|电视台|新闻办)$/u;
const PUBLISHER_EN = /^(?:[A-Z][A-Za-z'’&.-]*\s+){1,8}(?:Office|Government|Daily|News|Bureau|Department|Commission|Committee)$/;

/** A line that is a publisher's name and nothing else (the signature above or below a date line: 南宁市人民政府外事办公室). */
export function isPublisherLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 40 && (PUBLISHER_ZH.test(t) || PUBLISHER_EN.test(t));
}

/** The publisher's name a line holds beside its date, and nothing else (a time may follow the date). */
function unlabelledPublisher(text: string, v: { index: number; length: number }): string | null {
  if (text.length > 80) return null;
  // the whole line in brackets, as a signature closing the body: （南宁市外事办公室　2024年12月4日）
  const enclosed = ENCLOSED.exec(text);
  if (enclosed && v.index >= 1) return unlabelledPublisher(enclosed[1]!, { index: v.index - 1, length: v.length });
  const rest = (v.index === 0 ? text.slice(v.length) : text.slice(0, v.index)).trim();
  const outside = v.index === 0 ? "" : text.slice(v.index + v.length).trim();
  if (outside) return null;
  const name = CREDIT.exec(rest)?.[1]?.trim() ?? rest;
  return PUBLISHER_ZH.test(name) || PUBLISHER_EN.test(name) ? name : null;
}

/** a line in one pair of brackets, none inside */
const ENCLOSED = /^[（(【]([^（）()【】]*)[）)】]$/u;

/** a publisher credited in brackets beside the date: （成都市外办供稿）, (Someshire Foreign Affairs Office) */
const CREDIT = /^[（(【]\s*([^（）()【】]{2,40}?)\s*(?:供稿|供图|撰稿|提供)?\s*[）)】]$/u;

/** The first full date in a text, numeric (2025-10-28, 2025年10月28日) or with an English month name. */
function dateValueAt(text: string): { date: DateLine; index: number; length: number } | null {
  const v = DATE_VALUE.exec(text);
  const date = v ? dateOf(v) : null;
  if (v && date) return { date, index: v.index, length: v[0].length };
  const e = EN_DATE_VALUE.exec(text);
  const en = e ? (e[1] ? dateFrom(e[3]!, String(englishMonth(e[2]!)), e[1], e[7]) : dateFrom(e[6]!, String(englishMonth(e[4]!)), e[5]!, e[7])) : null;
  return e && en ? { date: en, index: e.index, length: e[0].length } : null;
}

/** what may follow an unlabelled date on a date line: a weekday, then nothing, a separator, or another labelled field */
const METADATA_AFTER_DATE = new RegExp(
  `^\\s*(?:(?:星期|礼拜|周)[一二三四五六日天]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\\s*(?:$|[|｜/]|(?:${SOURCE_LABELS_ZH}|作者|编辑|责任编辑|发布机构|发布单位|浏览次数|点击数|阅读数|访问量|字号|source|author|editor|views)\\s*[：:])`,
  "i",
);

/** a line that opens and closes with a bracket */
const BRACKETED_DATE = /^[（(【\[].*[）)】\]]$/u;

const dateOf = (v: RegExpExecArray): DateLine | null => dateFrom(v[1]!, v[2]!, v[3]!, v[4]);

function dateFrom(y: string, m: string, d: string, time?: string): DateLine | null {
  if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  return { date: `${y}-${pad(m!)}-${pad(d!)}`, time: time ? time.split(":").map(pad).join(":") : null };
}

/**
 * The date a wire-style release opens its first paragraph with, "CITY, date --": the date the release
 * was filed, so its yearless dates ("On October 14") can be resolved when the page has no date line. A
 * dateline without its year (新华社南宁10月15日电) dates nothing here.
 */
export function parseAgencyDateline(line: string, lang: "zh" | "en"): DateLine | null {
  const d = wireDatelineAt(line, lang);
  return d?.year ? { date: `${d.year}-${pad(String(d.month))}-${pad(String(d.day))}`, time: null } : null;
}

// the line may stand in brackets: （来源：厦门日报　2025年10月21日）
const SOURCE_ZH = new RegExp(`(?:^[（(【\\[]?|\\s)(?:${SOURCE_LABELS_ZH})\\s*[：:]\\s*([^\\s|｜，,（）()【】]{1,40})`);
// the name stops at the next field's label (Source: City Daily  Published: 2025-05-16), and may run to a
// dozen words ("Foreign Affairs Office of Yunnan Provincial People's Government")
const SOURCE_EN = /(?:^[(\[]?|\s)source\s*[：:]\s*([A-Z][\w'’&.-]*(?:\s+(?!(?:published|posted|updated|released|date|time|author|editor|views)\b)[A-Z][\w'’&.-]*){0,11})/i;

/** The source named by a short source line (来源：山西日报 / Source: Shanxi Daily). */
export function parseSourceLine(text: string): { zh: string | null; en: string | null } | null {
  if (text.length > 120) return null;
  const zh = SOURCE_ZH.exec(text);
  const en = SOURCE_EN.exec(text);
  if (!zh && !en) {
    const arabic = arabicDates(text);
    const v = dateValueAt(arabic);
    const publisher = v && unlabelledPublisher(arabic, v);
    return publisher ? (/\p{Script=Han}/u.test(publisher) ? { zh: publisher, en: null } : { zh: null, en: publisher }) : null;
  }
  return { zh: zh ? zh[1]!.trim() : null, en: en ? en[1]!.trim() : null };
}

/** Editor, reporter, author, photographer and proof-reader lines. */
// (and a reporters' line in brackets with no colon: （记者 王晓明 通讯员 李丽）)
const BYLINE_ZH = /^[（(【\[]?(?:责任编辑|责编|编辑|记者|作者|通讯员|摄影|图文|审核|审校|校对|终审|撰稿|翻译|译者)\s*[：:]|^[（(【\[](?:本报|本台|本网)?(?:记者|通讯员|实习生)\s+[^（）()【】\[\]，。]{1,40}[）)】\]]$/;
const BYLINE_EN = /^[(\[]?(?:editor|edited by|reporter|reported by|author|written by|by|photo(?:graph)?s? by|translated by|translator|proofread by)\b\s*[:：]?\s*\S/i;
/** a photo's caption: 图为签约现场（记者 王明 摄）, "Photo shows the signing ceremony. (Photo by …)" */
const CAPTION_ZH = /^图为|^[（(]?图片?[：:]|[（(][^（）()]{0,20}摄[）)]$/;
const CAPTION_EN = /^(?:the\s+)?photo\s+(?:shows|taken)\b|\((?:photo|photographed)\s+by\b[^)]{0,40}\)$/i;

/** A byline or a caption: a line about the page, not part of the release. */
export function isByline(text: string): boolean {
  if (text.length <= 120 && (CAPTION_ZH.test(text) || CAPTION_EN.test(text))) return true;
  return text.length <= 60 && (BYLINE_ZH.test(text) || (BYLINE_EN.test(text) && text.split(/\s+/).length <= 8));
}

/**
 * Page furniture left in the text: share and print bars, QR prompts, font-size switches, copyright, and
 * the site footer (主办：…, the ICP licence and public-security filing numbers every Chinese site shows).
 */
// (无障碍, 长者模式, 适老化: the accessibility switches government sites put in their header)
// (上一条：, 下一条：, the links to the previous and next release, with their colon: 开通下一条航线 is the release's own)
const BOILERPLATE_ZH = /扫一扫|分享到|打印本页|关闭窗口|【字体|字号：|收藏本页|返回顶部|上一篇|下一篇|版权所有|主办单位|网站地图|当前位置|ICP备|公网安备|网站标识码|无障碍|长者模式|适老化|(?:^|\s)(?:主办|承办|技术支持|上一条|下一条|上一则|下一则)\s*[：:]/;
const BOILERPLATE_EN = /^(?:share(?: this(?: article| page)?)?|print(?: this page)?|close(?: window)?|back to top|previous|next|related (?:news|articles))\b|copyright\s*©|©\s*\d{4}|all rights reserved/i;
/** a cookie notice, which runs to a sentence or two */
const COOKIE_NOTICE = /使用\s*Cookies?|Cookies?\s*(?:政策|设置)|\bwe use cookies\b|\buse of cookies\b|\bcookie (?:policy|settings)\b/i;

/** a site's menu: three or more short items between bars (首页 | 政务公开 | 新闻中心, "Home | News | Contact") */
const MENU_LINE = /^[^|｜。.，,;；]{1,16}(?:\s*[|｜]\s*[^|｜。.，,;；]{1,16}){2,}$/u;

/** a breadcrumb: three or more short items between arrows (首页 > 新闻中心 > 外事动态, "Home » News » Foreign Affairs") */
const BREADCRUMB_LINE = /^[^>＞»›→。.，,;；]{1,16}(?:\s*[>＞»›→]\s*[^>＞»›→。.，,;；]{1,16}){2,}$/u;

/** a site's footer line, which may run on with the publisher, the licence number and a telephone (so longer than furniture) */
const SITE_FOOTER = /copyright\s*©|©\s*\d{4}|all rights reserved|版权所有|ICP备|公网安备/i;

export function isBoilerplate(text: string): boolean {
  return (text.length <= 240 && SITE_FOOTER.test(text)) || (text.length <= 80 && (BOILERPLATE_ZH.test(text) || BOILERPLATE_EN.test(text) || MENU_LINE.test(text.trim()) || BREADCRUMB_LINE.test(text.trim()))) || (text.length <= 300 && COOKIE_NOTICE.test(text)) || isRelatedListHeading(text) || LANGUAGE_LABEL.test(text.trim());
}

/** a label announcing the other language's version ("English version", 英文版, "English summary:"): no paragraph of the release */
// ("English" alone: a language switch's item, 中文 | English)
const LANGUAGE_LABEL = /^[【\[]?\s*(?:(?:English|Chinese)(?:\s+(?:version|translation|summary|text))?|(?:英文|中文)(?:版|稿|翻译|译文|摘要)?|英文版本|中文版本)\s*[】\]]?\s*[:：]?$/i;

/** the heading of a list of other releases (相关新闻, "Related Articles"), whose items are their headlines */
const RELATED_HEADING = /^[【\[]?\s*(?:相关(?:新闻|链接|阅读|文章|报道|稿件)|延伸阅读|推荐阅读|热点新闻|Related\s+(?:News|Articles|Stories|Links|Reading)|Read\s+(?:More|Also)|See\s+Also)\s*[】\]]?\s*[:：]?$/i;
export const isRelatedListHeading = (text: string): boolean => RELATED_HEADING.test(text.trim());
