/**
 * The dateline a wire-style paragraph opens with: where and when it was filed, not part of its first
 * sentence. Two readers need it: the segmenter takes its date as the publication date when the page has
 * no date line (a year is needed then), and the agreement rules make it a sentence of its own, so its
 * place is no party and its date no event's (no year needed). One pattern per language serves both.
 *
 *   新华社南宁10月15日电（记者 王明）  中新网北京2026年10月15日电  南宁，2026年10月15日——
 *   NANNING, Oct. 15 (Xinhua) --  Anji, Zhejiang, March 18, 2025 —  BEIJING, October 15, 2026 -
 *   ROCHESTER, Minn. (Nov. 14, 2024) —
 */
import { ENGLISH_MONTH_NAME, englishMonth } from "./calendar";
import { parseHanNumeral } from "./numerals-zh";

export interface WireDateline {
  /** code units the dateline takes, its closing mark included */
  length: number;
  year: number | null;
  month: number;
  day: number;
}

const DIGITS = "[0-9０-９〇零一二三四五六七八九十]";
/** an agency's note after the date: （记者 王明）, (Xinhua) */
const NOTE_ZH = "(?:\\s*[（(][^（）()]{0,30}[）)])?";
const DASH_ZH = "(?:——|—|－－|--|–)";
/**
 * 新华社南宁10月15日电 (the agency and city before the date, 电 after it), or 南宁，2026年10月15日—— (a
 * city, a comma, a full date and a dash)
 */
const WIRE_ZH = new RegExp(
  `^(?:[^。！？；，,\\s]{0,24}?(?:(${DIGITS}{4})\\s*年\\s*)?(${DIGITS}{1,2})\\s*月\\s*(${DIGITS}{1,3})\\s*日\\s*电${NOTE_ZH}|` +
    `[\\p{Script=Han}]{2,12}\\s*[，,]\\s*(${DIGITS}{4})\\s*年\\s*(${DIGITS}{1,2})\\s*月\\s*(${DIGITS}{1,3})\\s*日\\s*(?:电${NOTE_ZH}\\s*${DASH_ZH}?|${NOTE_ZH}\\s*${DASH_ZH}))`,
  "u",
);

/** a place of a few words, the first capitalised (NANNING, Kuala Lumpur, St. John's) */
const PLACE_EN = "[A-Z][A-Za-z.'’-]*(?: [A-Za-z.'’-]+){0,4}";
/**
 * CITY, [Province,] Month day[, year] [(Agency)] then a dash ("-" only with a space after it); or a city's own release,
 * its full date in brackets: "ROCHESTER, Minn. (Nov. 14, 2024) —"
 */
const WIRE_EN = new RegExp(
  `^${PLACE_EN}(?:,\\s*${PLACE_EN})?(?:,\\s+${ENGLISH_MONTH_NAME}\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s*(?:\\([^()]{1,40}\\)\\s*)?|\\s+\\(\\s*${ENGLISH_MONTH_NAME}\\s+(\\d{1,2}),\\s*(\\d{4})\\s*\\)\\s*)(?:--|—|–|-(?=\\s))`,
);

const number = (s: string): number => (/^[0-9０-９]+$/.test(s) ? Number(s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10))) : parseHanNumeral(s) ?? NaN);

/** The dateline a paragraph opens with, or null. */
export function wireDatelineAt(text: string, lang: "zh" | "en"): WireDateline | null {
  if (lang === "zh") {
    const m = WIRE_ZH.exec(text);
    if (!m) return null;
    const [year, month, day] = m[2] ? [m[1], m[2], m[3]!] : [m[4]!, m[5]!, m[6]!];
    return valid({ length: m[0].length, year: year ? number(year) : null, month: number(month!), day: number(day) });
  }
  const m = WIRE_EN.exec(text);
  if (!m) return null;
  const [month, day, year] = m[1] ? [m[1], m[2]!, m[3]] : [m[4]!, m[5]!, m[6]];
  return valid({ length: m[0].length, year: year ? Number(year) : null, month: englishMonth(month), day: Number(day) });
}

const valid = (d: WireDateline): WireDateline | null => (d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31 && (d.year === null || d.year > 1900) ? d : null);
