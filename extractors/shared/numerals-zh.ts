/**
 * Chinese numerals: 〇零一二两三…十百千万亿 (and the traditional 萬億, the financial 壹贰叁…拾佰仟, 廿卅卌),
 * Arabic and fullwidth digits with thousands separators and decimals, and mixed forms (3.2万, 5亿,
 * 1.5万, 2万5千). Every numeral found carries its index and text.
 */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 洞: 0, 一: 1, 幺: 1, 壹: 1, 二: 2, 两: 2, 兩: 2, 贰: 2, 貳: 2, 三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 什: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };
const TENS: Record<string, number> = { 廿: 20, 念: 20, 卅: 30, 卌: 40 };

const HAN_NUMERAL_CHARS = Object.keys({ ...DIGITS, ...SMALL_UNITS, ...BIG_UNITS, ...TENS }).join("");
const FULLWIDTH = /[０-９．，]/g;

export function toHalfwidth(s: string): string {
  return s.replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The value of a numeral written wholly in Chinese characters, or null if it is not one. */
export function parseHanNumeral(s: string): number | null {
  if (!s) return null;
  const chars = [...s];
  // a plain run of digits is positional: 二〇二四 = 2024
  if (chars.length > 1 && chars.every((c) => c in DIGITS)) return Number(chars.map((c) => DIGITS[c]).join(""));
  let total = 0; // completed 亿/万 sections
  let section = 0; // within the current 万 section
  let number: number | null = null; // pending digit
  let lastBig = Infinity;
  let seen = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c in DIGITS) {
      number = DIGITS[c]!;
      seen = true;
    } else if (c in TENS) {
      section += TENS[c]!;
      seen = true;
    } else if (c in SMALL_UNITS) {
      const unit = SMALL_UNITS[c]!;
      section += (number ?? 1) * unit; // 十二 = 12, 百 = 100
      number = null;
      seen = true;
    } else if (c in BIG_UNITS) {
      const unit = BIG_UNITS[c]!;
      const value = section + (number ?? 0) || 1; // 万 alone is ten thousand
      if (unit > lastBig) total = (total + value) * unit;
      else total += value * unit;
      lastBig = unit;
      section = 0;
      number = null;
      seen = true;
    } else return null;
  }
  if (!seen) return null;
  // 一万二 = 12000, 三千五 = 3500: a trailing digit after a unit counts in the next unit down
  const last = chars[chars.length - 1]!;
  const beforeLast = chars[chars.length - 2];
  if (number !== null && beforeLast && chars.length >= 3 && last in DIGITS && !(beforeLast in DIGITS) && beforeLast !== "零" && beforeLast !== "〇") {
    const unit = SMALL_UNITS[beforeLast] ?? BIG_UNITS[beforeLast];
    if (unit && unit >= 100) return total + section + number * (unit / 10);
  }
  return total + section + (number ?? 0);
}

/** A numeral found in text. */
export interface FoundNumeral {
  index: number;
  text: string;
  value: number;
}

// Arabic (with separators and decimals) optionally followed by Chinese units; or a run of Han numerals
// (with 点 for decimals). Linear: no nested quantifiers over the same characters.
const NUMERAL = new RegExp(
  `[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?:[.．][0-9０-９]+)?[${Object.keys(BIG_UNITS).join("")}千百]*` +
    `|[0-9０-９]+(?:[.．][0-9０-９]+)?[${Object.keys(BIG_UNITS).join("")}千百]*` +
    `|[${HAN_NUMERAL_CHARS}]+(?:点[${Object.keys(DIGITS).join("")}]+)?`,
  "g",
);

/** Parses a numeral token as matched by NUMERAL. */
export function parseZhNumber(token: string): number | null {
  const t = toHalfwidth(token).replace(/,/g, "");
  const m = /^([0-9]+(?:\.[0-9]+)?)(.*)$/.exec(t);
  if (m) {
    let value = Number(m[1]);
    for (const c of m[2]!) {
      const unit = BIG_UNITS[c] ?? SMALL_UNITS[c];
      if (!unit) return null;
      value *= unit;
    }
    return roundFloat(value);
  }
  const [intPart, frac] = t.split("点");
  const whole = parseHanNumeral(intPart!);
  if (whole === null) return null;
  if (frac === undefined) return whole;
  const digits = [...frac].map((c) => DIGITS[c]);
  if (digits.some((d) => d === undefined)) return null;
  return roundFloat(whole + Number("0." + digits.join("")));
}

const roundFloat = (x: number): number => Math.round(x * 1e9) / 1e9;

/** Every numeral in a Chinese text, with its index and text. A lone 一 inside a word is not a number. */
export function findZhNumerals(text: string): FoundNumeral[] {
  const out: FoundNumeral[] = [];
  for (const m of text.matchAll(NUMERAL)) {
    const value = parseZhNumber(m[0]);
    if (value === null) continue;
    out.push({ index: m.index, text: m[0], value });
  }
  return out;
}
