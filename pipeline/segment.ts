/**
 * segment: the cleaned text into paragraphs, each with its language, its role and its span in
 * source.text; finds the title, the publication date line and the source line.
 *
 * Layouts: paragraphs separated by blank lines (seed 000) or one per line (seed 003). Inside a block,
 * consecutive lines are one wrapped paragraph unless the language changes, the line before ends a
 * sentence, or a line is a date or source line. A line of both languages (a sentence and its
 * translation in one paragraph, a table's cell naming a thing in each) is first cut where the language
 * turns.
 */
import { oneByte } from "./support/one-byte";
import { DocumentError, type Doc } from "./document";
import { wireDatelineAt } from "../extractors/shared/wire-dateline";
import type { Stage } from "./stage";
import type { Lang, Paragraph } from "../schemas/output";
import { detectLanguage } from "./support/language";
import { isBoilerplate, isByline, isPublisherLine, isRelatedListHeading, parseAgencyDateline, parseDateLine, parseSourceLine } from "./support/metadata-lines";
import { scriptCounts } from "./support/script";

const TRIM = /^[\s\u3000]+|[\s\u3000]+$/g;
const SENTENCE_END = /[。！？.!?”"’）)…]$/u;
/** how many leading paragraphs may hold the title and header lines */
const HEADER_ZONE = 8;

interface Piece {
  start: number;
  end: number;
  text: string;
  lang: Lang;
}

export const segment: Stage = {
  name: "segment",
  summary: "paragraphs with language, role and source span; title, date line and source line",
  run(doc: Doc): void {
    const pieces = splitParagraphs(doc.text);
    if (!pieces.length) throw new DocumentError("no-text", "nothing is left after cleaning: the file holds no readable paragraph", "segment");
    doc.paragraphStarts = pieces.map((p) => p.start);
    doc.paragraphs = pieces.map((p, index): Paragraph => {
      const source = doc.toSource({ start: p.start, end: p.end });
      return {
        id: `p${index + 1}`,
        index,
        lang: p.lang,
        role: "body",
        // (one byte a character where it can be: the rules' patterns run several times faster on such a string)
        text: oneByte(p.text),
        source,
        damaged: doc.damage.some((d) => d.start < source.end && source.start < d.end),
      };
    });
    assignRoles(doc);
  },
};

/** Paragraph pieces of a text, with their ranges in it. */
export function splitParagraphs(text: string): Piece[] {
  const lines: Piece[] = [];
  let blankBefore = true;
  const breaks: boolean[] = []; // breaks[i]: a blank line precedes line i
  for (let pos = 0; pos <= text.length; ) {
    const nl = text.indexOf("\n", pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const raw = text.slice(pos, lineEnd);
    const lead = raw.length - raw.replace(/^[\s\u3000]+/, "").length;
    const body = raw.replace(TRIM, "");
    if (!body) {
      blankBefore = true;
    } else {
      const line = { start: pos + lead, end: pos + lead + body.length, text: body, lang: detectLanguage(body) };
      // a line that holds a Chinese sentence and its English translation (or a table's cell, 日本 Japan) is two
      splitBilingualLine(line).forEach((piece, k) => {
        lines.push(piece);
        breaks.push(k === 0 ? blankBefore : true);
      });
      blankBefore = false;
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  // a line the page writes twice (a title repeated above the body) is a paragraph of its own
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  const out: Piece[] = [];
  lines.forEach((line, i) => {
    const prev = out[out.length - 1];
    if (prev && !breaks[i] && (counts.get(prev.text) ?? 0) < 2 && continuesParagraph(prev, line)) {
      prev.end = line.end;
      prev.text = text.slice(prev.start, prev.end);
      prev.lang = detectLanguage(prev.text);
    } else {
      out.push({ ...line });
    }
  });
  return out;
}

/** A line wraps the paragraph before it: same language, no sentence end, neither is metadata. */
/** where a line turns from one language to the other: after a sentence's end and before the other script's start */
const LANGUAGE_TURN = /(?<=[。！？；][”」』）)]?)\s*(?=[A-Z“"(])|(?<=[.!?;]["”')]?)\s*(?=\p{Script=Han}|[0-9０-９]{1,4}[年月日])/gu;
/**
 * in a line with no sentence mark (a table's cell, a heading), a space between a Chinese name and an English one, or
 * the closing bracket of a Chinese aside right before an English name (日本仓敷市（1985年5月）Kurashiki, Japan (May 1985))
 */
const CELL_TURN = /(?<=[\p{Script=Han}\d])\s+(?=[A-Z])|(?<=[\p{Script=Han}\d]）)\s*(?=[A-Z])|(?<=[A-Za-z.)])\s+(?=\p{Script=Han})/gu;
const SENTENCE_MARK = /[，。！？；：,.!?;:]/;

/**
 * A line of both languages in turn ("5月9日，两市签署备忘录。 On May 9, the two cities signed a memorandum.",
 * or a table's cell "日本浦添市 Urasoe"), cut where the language turns; a line whose pieces are not each
 * Chinese or English (a Chinese sentence quoting English words) stays whole.
 */
function splitBilingualLine(line: Piece): Piece[] {
  const sentences = SENTENCE_MARK.test(line.text.replace(/[.]$/, ""));
  // a line mostly of one language is cut only as a cell is (马六甲市 Malacca): a sentence there quotes the other language
  if (line.lang !== "mixed" && sentences) return [line];
  const pieces = piecesAt(line, sentences ? LANGUAGE_TURN : CELL_TURN);
  if (pieces.every((p) => p.lang === "zh" || p.lang === "en") && pieces.length >= 2) return pieces;
  // a headline and its translation, the English one with a comma ("…意向书 Shaoxing and Mitsuke, Japan Sign …"): one
  // turn only, to an English part of a few words, not a name quoted in a Chinese sentence
  // (a date in figures opening the line goes with the half after it: "2025-04-18 15:20  Source: … Government  来源：…")
  const halves = sentences ? withFiguresJoined(line, piecesAt(line, CELL_TURN)) : [];
  const english = halves.find((p) => p.lang === "en");
  return halves.length === 2 && halves.some((p) => p.lang === "zh") && english && english.text.split(/\s+/).length >= 4 ? halves : [line];
}

/** pieces with a first piece of neither language (figures: a date, a time) joined to the piece after it */
function withFiguresJoined(line: Piece, pieces: Piece[]): Piece[] {
  const [first, second, ...rest] = pieces;
  if (!first || !second || first.lang !== "other") return pieces;
  const text = line.text.slice(first.start - line.start, second.end - line.start);
  return [{ start: first.start, end: second.end, text, lang: second.lang }, ...rest];
}

/** A line cut at the places a pattern finds, pieces of one language in a row joined again. */
function piecesAt(line: Piece, turns: RegExp): Piece[] {
  const cuts = [0, ...[...line.text.matchAll(turns)].map((m) => m.index!), line.text.length];
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const raw = line.text.slice(cuts[i], cuts[i + 1]);
    const text = raw.trim();
    if (!text) continue;
    const start = line.start + cuts[i]! + raw.indexOf(text);
    const lang = detectLanguage(text);
    const previous = pieces[pieces.length - 1];
    // two pieces of one language in a row are one (a turn the pattern saw inside a sentence)
    if (previous && previous.lang === lang) {
      previous.end = start + text.length;
      previous.text = line.text.slice(previous.start - line.start, previous.end - line.start);
    } else pieces.push({ start, end: start + text.length, text, lang });
  }
  return pieces;
}

/** a Chinese lead that opens with its date and a comma: 9月6日，, 2024年9月6日上午， */
const ZH_DATED_LEAD = /^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚|早)?[，,]/;
/** a line that ends on a word or mark the next line must complete */
const OPEN_ENDING = /(?:\b(?:and|or|of|the|a|an|to|with|in|on|at|for|by|from|as|that|his|her|its|their)|[,;:–—-])\s*$/i;

/** a numbered list item's number: 1. 日本仓敷市（1990年）, "2. Christchurch, New Zealand (1993)", （3）…, 四、… */
const ITEM_NUMBER = "(?:\\d{1,2}[.．、]|[（(]\\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、)";
const LIST_ITEM = new RegExp(`^${ITEM_NUMBER}\\s*\\S`);
/**
 * a paragraph that opens a list with a colon and holds its items so far, each on a line of its own (the first item
 * joins the colon's line anyway: a colon ends no sentence)
 */
const OPEN_LIST = new RegExp(`[：:]\\n(?:${ITEM_NUMBER}[^\\n]*\\n)*${ITEM_NUMBER}[^\\n]*$`);

/**
 * a row of a table laid out in plain text (1 意大利普拉托市 意大利 2015年, 序号 城市 国家 结好时间): three cells or more
 * that spaces part, Chinese, and no sentence's mark; a row is a paragraph of its own, as a cell of an HTML table is
 */
const TEXT_TABLE_ROW = /^(?=[^，。；！？]*\p{Script=Han})[\p{L}\d.．、（）()·-]{1,24}(?:[ \t\u3000]+[\p{L}\d.．、（）()·-]{1,24}){2,}$/u;
const isTextTableRow = (p: { lang: string; text: string }): boolean => p.lang === "zh" && TEXT_TABLE_ROW.test(p.text);

function continuesParagraph(prev: Piece, line: Piece): boolean {
  if (prev.lang !== line.lang) return false;
  if (isTextTableRow(prev) || isTextTableRow(line)) return false;
  // (…建立友好城市关系：, then 1. 日本仓敷市（1990年）, 2. …: a list a colon opens is one paragraph with the line that opens it)
  if (LIST_ITEM.test(line.text) && OPEN_LIST.test(prev.text)) return true;
  if (SENTENCE_END.test(prev.text)) return false;
  for (const t of [prev.text, line.text]) if (parseDateLine(t) || parseSourceLine(t) || isByline(t) || isBoilerplate(t)) return false;
  // a wire's lead opens a paragraph of its own ("XIAMEN, Sept. 9 (Xinhua) -- …" after a headline in sentence case)
  if (wireDatelineAt(line.text, line.lang === "zh" ? "zh" : "en")) return false;
  // a short line before a long one is a heading, not the first half of a sentence
  if (prev.text.length < 0.6 * Math.min(line.text.length, 60)) return false;
  // a Chinese headline above a lead that opens with its date (…签署友好交流协议, then 9月6日，…): a line of its own
  if (prev.lang === "zh" && ZH_DATED_LEAD.test(line.text) && prev.text.length <= 60 && !/[，、：:]$/.test(prev.text)) return false;
  // a headline in sentence case above its lead ("Hebei and Iowa renew sister-state ties", then "On Monday, …"): a few
  // words that leave nothing open, shorter than the capitalised line under them (a wrapped line is as long as the next)
  if (prev.lang === "en" && /^[A-Z0-9“"‘(]/.test(line.text) && !OPEN_ENDING.test(prev.text) && prev.text.split(/\s+/).length <= 14 && prev.text.length <= 0.75 * line.text.length) return false;
  // a line in title case is a headline, whatever its length ("Yunnan: Building a Bridge of Friendship with …")
  return !isTitleCase(prev.text);
}

/** a line that is a date and nothing else: 1978年12月21日, 2024-09-26 10:30, （1978年12月21日） */
const BARE_DATE = /^[（(]?[\d０-９年月日\-/.:\s]+[）)]?$/;

/** a sentence's closing mark at the end of a line */
const SENTENCE_CLOSE = /[。.!?！？]["”’）)]?$/u;
/** a line that ends on a colon introduces what follows ("English summary:", 附：), never a title */
const LABEL = /[:：]\s*$/;
/** a line wholly in brackets: a note or a credit ((图源网络侵删)), never a title */
const BRACKETED = /^[（(【\[].*[）)】\]]$/u;
/** a photo's caption: a photo credit closing it ("… [Photo/taizhou.gov.cn]", "（张三 摄）"), or 图为 opening it */
const CAPTION = /[\[（(【]\s*(?:Photos?|Photo\s+by|图|图片|摄影?)[^\]）)】]{0,60}[\]）)】]\s*$|摄\s*[）)]\s*$|^[（(]?图为/iu;
/** an item of a site's menu, left a line of its own ("Home", "News", 首页, 政务公开; a language switch, "English" or 中文, is furniture already: isBoilerplate) */
const MENU_ITEM = /^(?:home(?:\s*page)?|news|about(?:\s+us)?|contact(?:\s+us)?|search|login|sign\s+in|menu|sitemap|site\s+map|services?|government|invest(?:ment)?|首页|网站首页|新闻中心|新闻动态|政务公开|互动交流|政务服务|走进\p{Script=Han}{1,6})$/iu;
/** a line no title can be: a bracketed note or credit, a photo's caption, a label, or a menu's item */
const neverTitle = (text: string): boolean => BRACKETED.test(text) || LABEL.test(text) || CAPTION.test(text) || MENU_ITEM.test(text.trim());
/** a short line that is mostly a date (a date line whose label was damaged: 发布?间：2024-03-11), never a title */
const DATE_LIKE = /^[^\d]{0,8}\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?[\d:\s]*$/u;

/** Most of an English line's longer words capitalised, as a headline's are (prose is not) */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && w.length > 3);
  return words.length >= 3 && words.filter((w) => /^[A-Z]/.test(w)).length >= 0.75 * words.length;
}

/** Date line, source line, title and header roles, and the document metadata they carry. */
function assignRoles(doc: Doc): void {
  const meta = doc.metadata;
  // three or more lines that hold nothing but a date, each a different one, are a table's column (结好时间) or a list, not the page's date line
  const bareDates = new Set(doc.paragraphs.filter((p) => BARE_DATE.test(p.text)).map((p) => parseDateLine(p.text)?.date).filter(Boolean));
  const listed = bareDates.size >= 3;
  for (const p of doc.paragraphs) {
    const date = listed && BARE_DATE.test(p.text) ? null : parseDateLine(p.text);
    if (date) {
      p.role = "dateline";
      if (!meta.publishedAt) {
        meta.publishedAt = date.date;
        meta.publishedTime = date.time;
      }
    }
    const source = parseSourceLine(p.text);
    if (source) {
      if (!date) p.role = "source";
      meta.source.zh ??= source.zh;
      meta.source.en ??= source.en;
    }
    if (p.role === "body" && isByline(p.text)) p.role = "byline";
    else if (p.role === "body" && isBoilerplate(p.text)) p.role = "boilerplate";
  }
  // a list of other releases under its heading (相关新闻, then their headlines and dates): none of it is this release's
  // text; the list runs to the next running text
  doc.paragraphs.forEach((p, i) => {
    if (p.role !== "boilerplate" || !isRelatedListHeading(p.text)) return;
    for (const q of doc.paragraphs.slice(i + 1)) {
      if (isBodyLike(q)) break;
      if (q.role === "body") q.role = "boilerplate";
    }
  });
  // a signature beside the date line (南宁市人民政府外事办公室, then 2025年10月30日, closing the page) names the source
  doc.paragraphs.forEach((p, i) => {
    if (p.role !== "dateline") return;
    for (const q of [doc.paragraphs[i - 1], doc.paragraphs[i + 1]]) {
      if (q?.role !== "body" || q.lang !== p.lang || !isPublisherLine(q.text)) continue;
      q.role = "source";
      if (q.lang === "zh" || q.lang === "en") meta.source[q.lang] ??= q.text.trim();
    }
  });
  // no date line: a wire-style first paragraph may open with its filing date (南宁，2026年10月15日——)
  if (!meta.publishedAt) {
    const opening = ["zh", "en"].map((lang) => doc.paragraphs.find((p) => p.role === "body" && p.lang === lang && isBodyLike(p)));
    const filed = opening.map((p) => p && parseAgencyDateline(p.text, p.lang as "zh" | "en")).find((d) => d);
    if (filed) meta.publishedAt = filed.date;
  }
  // (nor one in the body: the page's meta tags may give the day, which dates its yearless days as a date line would)
  if (!meta.publishedAt && doc.htmlPublished) meta.publishedAt = doc.htmlPublished;
  // the title: the fullest short line of each language before the body starts (or a table laid out in text does)
  const closedHeadline = closedHeadlineBesideItsTranslation(doc.paragraphs);
  const firstBody = doc.paragraphs.findIndex((p) => p.role === "body" && ((isBodyLike(p) && p !== closedHeadline) || isTextTableRow(p)));
  const zoneEnd = Math.min(firstBody < 0 ? doc.paragraphs.length : firstBody, HEADER_ZONE);
  const zone = doc.paragraphs.slice(0, zoneEnd).filter((p) => p.role === "body");
  for (const lang of ["zh", "en"] as const) {
    const candidates = zone.filter((p) => p.lang === lang);
    const best = candidates.filter((p) => !neverTitle(p.text) && !DATE_LIKE.test(p.text)).reduce<Paragraph | null>((a, p) => (!a || weight(p) > weight(a) ? p : a), null);
    if (!best) continue;
    meta.title[lang] = best.text;
    for (const p of candidates) p.role = p.text === best.text ? "title" : "header";
  }
  for (const p of zone) if (p.role === "body") p.role = "header";
  // a block layout repeats the header before the second language's block: its title is the heading
  // right above that language's date or source line
  for (const lang of ["zh", "en"] as const) {
    if (meta.title[lang]) continue;
    const line = doc.paragraphs.findIndex((p, i) => i > 0 && p.lang === lang && (p.role === "dateline" || p.role === "source"));
    const above = doc.paragraphs[line - 1];
    // (not a short sentence closing the body above a source line: a headline ends on no full stop)
    if (line > 0 && above!.lang === lang && above!.role === "body" && !isBodyLike(above!) && !neverTitle(above!.text) && !SENTENCE_CLOSE.test(above!.text)) {
      above!.role = "title";
      meta.title[lang] = above!.text;
      continue;
    }
    // or, with no date line, the heading that opens the block: the first of its paragraphs, after the other
    // language's block, before its running text
    const opens = doc.paragraphs.findIndex((p, i) => i > 0 && p.lang === lang && doc.paragraphs[i - 1]!.lang !== lang);
    const first = doc.paragraphs[opens];
    const next = doc.paragraphs[opens + 1];
    if (opens > 0 && doc.paragraphs.findIndex((p) => p.lang === lang) === opens && first!.role === "body" && !isBodyLike(first!) && !neverTitle(first!.text) && next?.lang === lang && isBodyLike(next)) {
      first!.role = "title";
      meta.title[lang] = first!.text;
    }
  }
  if (!meta.title.zh && !meta.title.en && doc.htmlTitle) {
    const lang = detectLanguage(doc.htmlTitle);
    if (lang === "zh" || lang === "en") meta.title[lang] = doc.htmlTitle;
  }
}

/**
 * Running text rather than a heading: long, a sentence closed by a full stop (headlines have none), or
 * clauses joined by commas (a sentence whose end was lost: "…代表团出席???")
 */
function isBodyLike(p: Paragraph): boolean {
  const { han, latin } = scriptCounts(p.text);
  if (han >= 60 || latin >= 200) return true;
  if (han >= 30 && (p.text.match(/[，；]/g)?.length ?? 0) >= 2) return true;
  // a sentence whose full stop was lost to damage (…庆祝活动�), or a lead that opens with its day (9月18日，…): no headline
  if (han >= 20 && (/[\uFFFD?？]$/u.test(p.text) || /^\d{1,2}月\d{1,2}日[，,]/.test(p.text))) return true;
  // a full stop inside (headlines have none), or a colon that opens a list (…在以下三个方面深化合作：)
  return /[。.：:]["”’）)]?$|。|[a-z]{2}\.\s+[A-Z]/u.test(p.text) && (han >= 10 || latin >= 40);
}

/** one Chinese clause closed by a full stop, no longer than a headline: 温州市与意大利普拉托市签署友好合作备忘录。 */
const ONE_CLOSED_CLAUSE_ZH = /^[^，。；：！？,;:]{6,40}。$/u;
/**
 * A Chinese headline that a damaged page closed with a full stop (…签署友好合作备忘录。。, the doubled mark repaired to one),
 * beside its English headline, in title case and closed by no mark: the English says it is a headline. A short lead of
 * one sentence has a sentence beside it, not a headline, so it stays the body's.
 */
// (each the first paragraph of its language, the two side by side: the English headline of a title above is not the
// translation of a lead under it)
function closedHeadlineBesideItsTranslation(paragraphs: readonly Paragraph[]): Paragraph | null {
  const [zh, en] = ["zh", "en"].map((lang) => paragraphs.findIndex((q) => q.lang === lang));
  const [p, q] = [paragraphs[zh!], paragraphs[en!]];
  if (!p || !q || Math.abs(zh! - en!) !== 1 || !ONE_CLOSED_CLAUSE_ZH.test(p.text)) return null;
  return q.role === "body" && isTitleCase(q.text) && !isBodyLike(q) && !SENTENCE_CLOSE.test(q.text) ? p : null;
}

/** How title-like a header line is: its content, in Han characters or Latin words. */
function weight(p: Paragraph): number {
  const { han } = scriptCounts(p.text);
  return han + p.text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
}
