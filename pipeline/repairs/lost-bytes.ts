/**
 * The characters UTF-8 read as GBK lost a byte of (mojibake.ts reads the rest): which one was there, where the bytes
 * left and what stands around them say so.
 */
import iconv from "iconv-lite";
import { LOST_BYTE_MARKER, type Unit } from "../support/codecs";
import { isReadingOf, PINYIN_LETTERS } from "./pinyin-annotation";
import { tagWords } from "../../extractors/shared/zh-tokens";
import { converterFor } from "../fold";
import { isCommonHan } from "../support/common-han";
import { clearlyLikeliest, wordFrequency } from "./word-frequencies";
import { placeNameEnd } from "./lost-place-end";

/**
 * UTF-8 read as GBK loses a character's last byte where an ASCII byte follows it (no GBK pair ends below 40):
 * the decoder wrote U+FFFD for it, which `encode` turns back into the lost-byte marker. Between two digits only
 * a date's 年 or 月 fits (2025骞�9鏈�8 is 2025年9月8), and the two bytes left say which; a date's 年, 月 or 日 where
 * the date's shape around it says so; a CJK mark or a bracket's open before a figure, by what follows it; before a
 * pinyin annotation, the character it reads; before a figure or an ASCII mark, in simplified text, the character
 * jieba's dictionary makes far the likeliest; a place's name's last, where the gazetteer knows one name it closes;
 * elsewhere the character stays lost, as U+FFFD in place of the two characters its bytes made (and flagged as such).
 */
// (and a range's dash or 至 between two numbers, 2026—2028 and 1至10月: every dash's three bytes open E2 80, and of
// the characters E8 87 opens, 自 and 致 among them, only 至 stands between two figures)
const DATE_CHAR_BY_LEADING_BYTES: Record<number, string> = { [0xe5b9]: "年", [0xe69c]: "月", [0xe280]: "—", [0xe887]: "至" };
const isDigitByte = (b: number | undefined): boolean => b !== undefined && b >= 0x30 && b <= 0x39;
// (a day's 日 after 月 and the day's digits, whatever follows: 9鏈�8鏃�, is 9月8日, its two bytes E6 97 shared with 时
// and 旧, which 月 and a day before them rule out)
const DAY_LEADING_BYTES = 0xe697;
const MONTH_BYTES = [0xe6, 0x9c];
function afterMonthAndDay(bytes: Uint8Array, at: number): boolean {
  let i = at;
  while (i > 0 && isDigitByte(bytes[i - 1]) && at - i < 2) i--;
  return i < at && i >= 3 && bytes[i - 3] === MONTH_BYTES[0] && bytes[i - 2] === MONTH_BYTES[1] && (bytes[i - 1] === 0x88 || bytes[i - 1] === LOST_BYTE_MARKER);
}
// (a year's 年 after its four digits, before an ASCII byte that is no digit: 成立于1985骞�, is 1985年,; E5 B9 opens
// 平, 并 and 广 too, none of which follows a year's digits and then a comma or a letter)
const YEAR_LEADING_BYTES = 0xe5b9;
function afterYear(bytes: Uint8Array, at: number): boolean {
  if (at < 4 || isDigitByte(bytes[at - 5])) return false;
  const digits = bytes.subarray(at - 4, at);
  return digits.every((b) => isDigitByte(b)) && (digits[0] === 0x31 || digits[0] === 0x32);
}
// (去年9�, and 2025年9�: a month's 月 after a year's 年 and one or two digits no more than 12, whatever follows; E6 9C
// opens 有, 朋 and 服 too, none of which follows a year and a month's number)
const MONTH_LEADING_BYTES = 0xe69c;
const YEAR_BYTES = [0xe5, 0xb9, 0xb4];
function afterYearAndMonthNumber(bytes: Uint8Array, at: number): boolean {
  let i = at;
  while (i > 0 && isDigitByte(bytes[i - 1]) && at - i < 2) i--;
  const month = Number(String.fromCharCode(...bytes.subarray(i, at)));
  return i < at && !isDigitByte(bytes[i - 1]) && month >= 1 && month <= 12 && i >= 3 && bytes[i - 3] === YEAR_BYTES[0] && bytes[i - 2] === YEAR_BYTES[1] && (bytes[i - 1] === YEAR_BYTES[2] || bytes[i - 1] === LOST_BYTE_MARKER);
}
// (去�9月, 今�3月: a year's 年 after the word for which year, before a month's digits; E5 B9 opens 平, 并 and 广 too,
// none of which follows 去 or 今 and comes before a figure)
const YEAR_WORD_HEAD = /^[去今明前上本当當同]$/u;
function afterYearWord(bytes: Uint8Array, at: number, end: number): boolean {
  return isDigitByte(bytes[end]) && YEAR_WORD_HEAD.test(charBefore(bytes, at));
}
// (缅�(diàn), 意向�(shū): before a pinyin annotation, the one character of the two bytes left that the annotation reads)
const UTF8 = new TextDecoder("utf-8", { fatal: false });
/** every character whose UTF-8 opens with the two bytes a lost byte left */
function charactersOfLeading(bytes: Uint8Array, u: Unit): string[] {
  const out: string[] = [];
  for (let last = 0x80; last <= 0xbf; last++) {
    const ch = UTF8.decode(new Uint8Array([bytes[u.start]!, bytes[u.start + 1]!, last]));
    if (ch.length === 1 && ch !== "\ufffd") out.push(ch);
  }
  return out;
}
/** the character of three bytes right before a position, "" at the text's start */
export const charBefore = (bytes: Uint8Array, at: number): string => (at >= 3 ? UTF8.decode(bytes.subarray(at - 3, at)) : "");
const ANNOTATION_SYLLABLE = new RegExp(`^[${PINYIN_LETTERS}Ü]{1,7}$`);
function annotatedChar(bytes: Uint8Array, u: Unit): string | undefined {
  if (bytes[u.end] !== 0x28) return undefined;
  const close = bytes.subarray(u.end + 1, u.end + 20).indexOf(0x29);
  if (close < 0) return undefined;
  const syllable = UTF8.decode(bytes.subarray(u.end + 1, u.end + 1 + close)).normalize("NFC");
  if (!ANNOTATION_SYLLABLE.test(syllable)) return undefined;
  const read = charactersOfLeading(bytes, u).filter((ch) => isReadingOf(ch, syllable));
  // (萨克拉门�(tuō): 托 and the rare 扡 both read tuō; the one of everyday text)
  const everyday = read.filter((ch) => isCommonHan(ch.codePointAt(0)!));
  if (everyday.length === 1) return everyday[0];
  // (缅�(diàn): 电 and 甸 both read diàn, both everyday; the one jieba's dictionary joins to the character before it, 缅甸)
  return read.length < 2 ? read[0] : wordWithBefore(bytes, u, everyday.length ? everyday : read);
}
/**
 * Of a lost character's candidates, the one jieba's dictionary joins into a word with the character before it;
 * none where two or more do, or the character before is no Han. Only a tie-break among few: tried on every lost
 * character of the seeds' and fixtures' Chinese (80 lost), it restored 4 more, 3 of them wrongly (已与 read as 已为,
 * 标识码 as 标识破).
 */
function wordWithBefore(bytes: Uint8Array, u: Unit, candidates: readonly string[]): string | undefined {
  const before = charBefore(bytes, u.start);
  if (!/^\p{Script=Han}$/u.test(before)) return undefined;
  // (in simplified script, as jieba's dictionary has it: 緬甸 is 缅甸)
  const simplified = converterFor("t");
  const words = tagWords(candidates.map((ch) => simplified(before + ch)));
  const joined = candidates.filter((_, i) => words[i]!.length === 1 && words[i]![0]!.tag !== "x");
  return joined.length === 1 ? joined[0] : undefined;
}

/**
 * how much less likely a character is to stand as a word of its own before a figure than to end a word (活动) there,
 * the words that open a figure (约, 于, 达, 共) weighted two and a half times as much; and how far ahead of the next the
 * likeliest must be to be chosen. Set on the Chinese lines with figures of the seeds, fixtures, probes and extractor corpora (563
 * lines, 938 characters lost before a figure): 103 restored, none wrongly; at 0.1 and 3, 134 restored and 4 wrongly
 * (市级 read as 市约, 槟城州 as 槟城已).
 */
const ALONE_WEIGHT = 0.02;
const OPENER_WEIGHT = 0.05;
const MARGIN = 5;
const FIGURE_OPENERS = new Set([..."约于达至自为共计增超过近逾第是有和与及占比到的"]);
/**
 * 交流活�1200余场, 签署合作协�156份, 在当地�20个: a character lost right before a figure's digits ends a word (活动, 协议)
 * or stands alone (的, 约, 于). Of the everyday characters the two bytes left open, the one jieba's dictionary saw most
 * often as that word with the character before, or (weighted down) alone, when it is well ahead of the next; none
 * where two are close (两市自20 or 至20).
 */
function likeliestBeforeFigure(bytes: Uint8Array, u: Unit): string | undefined {
  if (!isDigitByte(bytes[u.end])) return undefined;
  const before = charBefore(bytes, u.start);
  if (!/^\p{Script=Han}$/u.test(before)) return undefined;
  const candidates = simplifiedCandidates(bytes, u);
  // (in traditional text, only the word test below, with the characters both scripts write alike: 截至 is 截至)
  const sharedCandidates = candidates ? undefined : charactersSharedByScripts(bytes, u, before);
  // (截�2024年底: a character before that the dictionary saw less often alone than as the word one candidate makes with
  // it, and no other candidate makes one, ends that word, 截至, however often an opener alone, 自, stands before figures)
  const joined = clearlyLikeliest(candidates ?? sharedCandidates ?? [], (ch) => wordFrequency(before + ch), JOINED_LEAST, MARGIN);
  if (joined && wordFrequency(before) < wordFrequency(before + joined)) return joined;
  return candidates && clearlyLikeliest(candidates, (ch) => Math.max(wordFrequency(before + ch), (FIGURE_OPENERS.has(ch) ? OPENER_WEIGHT : ALONE_WEIGHT) * wordFrequency(ch)), 0, MARGIN);
}
/**
 * In traditional text, the everyday characters the two bytes left allow that both scripts write alike (in Big5, and
 * unchanged by simplification), after a character both write alike: the simplified dictionary's words hold them as
 * they stand (截至), where a traditional form (達) would be scored by another's
 */
function charactersSharedByScripts(bytes: Uint8Array, u: Unit, before: string): string[] | undefined {
  const simplified = converterFor("t");
  if (simplified(before) !== before || !inBig5(before)) return undefined;
  return charactersOfLeading(bytes, u).filter((ch) => isCommonHan(ch.codePointAt(0)!) && simplified(ch) === ch && inBig5(ch));
}
/** whether Big5 proper (cp950, without the Hong Kong additions, which hold simplified forms such as 长) writes a character */
const inBig5 = (ch: string): boolean => iconv.decode(iconv.encode(ch, "cp950"), "cp950") === ch;
/** how often the dictionary must have seen the word a lost character makes with the one before, for that word alone to choose it */
const JOINED_LEAST = 200;
/**
 * The everyday characters the two bytes left allow, in simplified text only (undefined in traditional): the
 * dictionary's words are simplified, and in traditional text a simplified opener's traditional form shares its bytes
 * with many others, 過 with 道 and 達 (tried there, scored by the simplified forms, one guess in 14 was wrong); and
 * only those simplification leaves alone, not 墳 for 增.
 */
function simplifiedCandidates(bytes: Uint8Array, u: Unit): string[] | undefined {
  const simplified = converterFor("t");
  const around = UTF8.decode(bytes.subarray(Math.max(0, u.start - 90), u.start));
  if (simplified(around) !== around) return undefined;
  return charactersOfLeading(bytes, u).filter((ch) => isCommonHan(ch.codePointAt(0)!) && simplified(ch) === ch);
}
/**
 * 、, 。 or 《 lost before a figure (E3 80, the bytes every CJK mark opens with): a title's open where its close follows
 * (《2024—2026年合作计划》), a full stop where a sentence opens with a year and a comma or with years counted (。2024年，…,
 * 。30年来，…), a list's mark otherwise (、1200余人次, 、2024年4月…).
 */
const CJK_MARK_LEADING_BYTES = 0xe380;
// (the 年 itself may have lost its last byte before an ASCII comma)
const NEW_SENTENCE_AFTER = /^[0-9]{1,4}(?:年|[\ufffd\u001a]{1,3})(?:[，,]|[来來]|以[来來])/;
/** a title's close before the next title's open or the sentence's end: the mark lost was the title's open (《2024—2026年…》) */
const TITLE_CLOSES_AFTER = /^[^《。]{1,60}》/;
function markBeforeFigure(bytes: Uint8Array, u: Unit): string | undefined {
  if (!isDigitByte(bytes[u.end])) return undefined;
  const before = charBefore(bytes, u.start);
  if (!/^[\p{Script=Han}）)》”]$/u.test(before)) return undefined;
  const after = UTF8.decode(bytes.subarray(u.end, Math.min(bytes.length, u.end + 200)));
  return TITLE_CLOSES_AFTER.test(after) ? "《" : NEW_SENTENCE_AFTER.test(after) ? "。" : "、";
}
/**
 * （ lost before a figure (EF BC, the bytes every full-width mark opens with, ，, ：, （ and ） among them): a bracket's
 * open where its close follows the figure before any other mark (美国新泽西州（1981年）, 代表团（200人）); which other
 * full-width mark it was, nothing around says.
 */
const FULL_WIDTH_LEADING_BYTES = 0xefbc;
const BRACKET_CLOSES_AFTER = /^[0-9][^（）()。，,；;：:]{0,16}[）)]/;
function bracketBeforeFigure(bytes: Uint8Array, u: Unit): string | undefined {
  // (after a Han character, or a pinyin annotation's close: 新澤西州(zhōu)（1981年）)
  if (!isDigitByte(bytes[u.end]) || !/^(?:\p{Script=Han}|[^(]*\))$/u.test(charBefore(bytes, u.start))) return undefined;
  return BRACKET_CLOSES_AFTER.test(UTF8.decode(bytes.subarray(u.end, Math.min(bytes.length, u.end + 60)))) ? "（" : undefined;
}
/** the character a lost byte took, by the readings above in turn: the date's shape, a mark's, an annotation's, the dictionary's, the gazetteer's */
function lostCharacter(bytes: Uint8Array, u: Unit): string | undefined {
  const leading = (bytes[u.start]! << 8) | bytes[u.start + 1]!;
  if (isDigitByte(bytes[u.start - 1]) && isDigitByte(bytes[u.end])) return DATE_CHAR_BY_LEADING_BYTES[leading];
  if (leading === DAY_LEADING_BYTES && afterMonthAndDay(bytes, u.start)) return "日";
  if (leading === YEAR_LEADING_BYTES && (afterYear(bytes, u.start) || afterYearWord(bytes, u.start, u.end))) return "年";
  if (leading === MONTH_LEADING_BYTES && afterYearAndMonthNumber(bytes, u.start)) return "月";
  if (leading === CJK_MARK_LEADING_BYTES) return markBeforeFigure(bytes, u);
  if (leading === FULL_WIDTH_LEADING_BYTES) return bracketBeforeFigure(bytes, u);
  return annotatedChar(bytes, u) ?? likeliestBeforeFigure(bytes, u) ?? wordBeforeMark(bytes, u) ?? placeNameEnd(UTF8.decode(bytes.subarray(Math.max(0, u.start - 30), u.start)), charactersOfLeading(bytes, u));
}
export function withLostCharRestored(bytes: Uint8Array, u: Unit & { lossy: number }): Unit & { lossy: number } {
  if (u.end - u.start !== 3 || bytes[u.start + 2] !== LOST_BYTE_MARKER) return u;
  const guess = lostCharacter(bytes, u);
  return guess ? { ...u, text: guess } : u;
}

/**
 * 会谈�, 合作协�. (a comma or stop the scraper wrote in ASCII): a character lost before ASCII punctuation ends a word
 * with the character before (会谈后, 协议), the one jieba's dictionary saw most, at least 200 times and ten times the
 * next; not after a numeral nor a date's or a figure's own characters (数千个 read as 数千万, 同日 as 同时). With
 * lost-place-end.ts, it took `npm run measure:lost`'s GBK lines with every comma in ASCII from 238 of 866 characters
 * restored to 337, no more wrongly (4, all titles' marks); at 50 and five times, 4 more were wrong (会谈后 as 会谈吐).
 */
const LEAST_SEEN_BEFORE_MARK = 200;
const MARGIN_BEFORE_MARK = 10;
// (not "?": in scraped Chinese it is more often a character lost to the page's encoding than a question's end; but a
// space, which parts a byline's 记者 from the name, 记者 陈晨, or one table cell from the next)
const ASCII_MARK = new Set([0x2c, 0x2e, 0x3b, 0x3a, 0x21, 0x29, 0x20]);
const NUMERAL_BEFORE = /[一二三四五六七八九十百千万亿两数几]/;
const DATE_OR_FIGURE_CHAR = /[年月日时万亿千百个]/;
function wordBeforeMark(bytes: Uint8Array, u: Unit): string | undefined {
  if (!ASCII_MARK.has(bytes[u.end] ?? 0)) return undefined;
  const before = charBefore(bytes, u.start);
  if (!/^\p{Script=Han}$/u.test(before) || NUMERAL_BEFORE.test(before)) return undefined;
  const candidates = simplifiedCandidates(bytes, u)?.filter((ch) => !DATE_OR_FIGURE_CHAR.test(ch));
  return candidates && clearlyLikeliest(candidates, (ch) => wordFrequency(before + ch), LEAST_SEEN_BEFORE_MARK, MARGIN_BEFORE_MARK);
}
