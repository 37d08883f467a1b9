/**
 * Chinese numerals: 〇零一二两三…十百千万亿 (and the traditional 萬億, the financial 壹贰叁…拾佰仟, 廿卅卌),
 * Arabic and fullwidth digits with thousands separators and decimals (.77), mixed forms (3.2万, 2亿,
 * 1.5万), the spoken shorthand (千一 = 1100, 萬九 = 19000, 百二萬 = 1,200,000), decimals with 点/點,
 * fractions and percentages (二分之一, 一又十分一, 百分之三十), halves (一半), signs (负, -) and Latin
 * scale letters (100K, 1.2M). Every numeral found carries its index, text, value and form, so a count
 * rule can refuse what is not a count (a percentage, a half, 5G).
 */
import { allMatches } from "./matches";
import { rememberRecent } from "./recent";
import { roundFloat } from "./round";

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 洞: 0, 一: 1, 幺: 1, 壹: 1, 二: 2, 两: 2, 兩: 2, 贰: 2, 貳: 2, 三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 什: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** the scale characters of ten thousand and above (read: the count rules scale a range's lower end by them) */
export const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };
const TENS: Record<string, number> = { 廿: 20, 念: 20, 卅: 30, 卌: 40 };
const LATIN_SCALES: Record<string, number> = { K: 1e3, k: 1e3, M: 1e6, G: 1e9 };
/** measure words that multiply (Duckling's numeral dimension reads 一对 as 2, 五打 as 60) */
const MULTIPLYING_CLASSIFIERS: Record<string, number> = { 个: 1, 個: 1, 对: 2, 對: 2, 双: 2, 雙: 2, 打: 12 };

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
  let previous = ""; // the character before the pending digit
  // 百二 = 120, 千一 = 1100, 萬九 = 19000: a digit straight after a unit of 100 or more, closing its
  // section, counts in the next unit down
  const shorthand = (digit: number, unitChar: string): number | null => {
    const unit = SMALL_UNITS[unitChar] ?? BIG_UNITS[unitChar];
    return unit && unit >= 100 ? digit * (unit / 10) : null;
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if ((c === "零" || c === "〇") && i > 0) {
      // 二百零三, 一万零四十: a zero only holds a place
      number = null;
      previous = c;
      seen = true;
    } else if (c in DIGITS) {
      if (number !== null) return null; // two digits in a row inside a unit numeral (一二百) is not a numeral
      number = DIGITS[c]!;
      previous = chars[i - 1] ?? "";
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
      const pending = number === null ? 0 : (shorthand(number, previous) ?? number);
      const value = section + pending || 1; // 万 alone is ten thousand
      if (unit > lastBig) total = (total + value) * unit;
      else total += value * unit;
      lastBig = unit;
      section = 0;
      number = null;
      seen = true;
    } else return null;
  }
  if (!seen) return null;
  const pending = number === null ? 0 : (chars.length >= 2 ? shorthand(number, previous) : null) ?? number;
  return total + section + pending;
}

export type NumeralForm = "number" | "fraction" | "percent" | "half" | "latin-scale";

/** A numeral found in text. */
export interface FoundNumeral {
  index: number;
  text: string;
  value: number;
  form: NumeralForm;
}

const DIG = "[0-9０-９]";
const HAN = `[${HAN_NUMERAL_CHARS}]`;
const HAN_DIGIT = `[${Object.keys(DIGITS).join("")}]`;
const INT = `(?:${DIG}+|${HAN}+)`;
const SIGN = `(?<sign>(?<![0-9０-９A-Za-z])[-－]\\s?|[负負]\\s?)?`;
// A分之B, A份B, A又B分之C; the bare 份/分 forms only where no Han character follows (十分一致 is "very")
const FRACTION = `(?:(?<whole>${INT})又)?(?<denominator>${INT})(?:(?<of>分之)|[份分](?=${INT}(?![\\p{Script=Han}])))(?<numerator>${INT})`;
const ARABIC =
  `(?<arabic>${DIG}{1,3}(?:[,，]${DIG}{3})+(?:[.．]${DIG}+)?|${DIG}+(?:[.．]${DIG}+)?|(?<![0-9A-Za-z])[.．]${DIG}+)` +
  // (120余万, 500多亿: "more than" between the figure and its scale, which the figure is in)
  `(?:(?<more>[余多](?=[万萬亿億]))?(?<hanScale>[${Object.keys(BIG_UNITS).join("")}千百]+)|(?<latinScale>[KkMG])(?![A-Za-z\\p{Script=Han}]))?`;
const HALF = `(?<half>[一1]半半?|半(?=[个個]))`;
// (十几, 二十几: "ten-odd", the tens and a few more; the figure is its tens, and the count's rule reads 几 as "more than")
const HAN_NUMBER = `(?<han>${HAN}+)(?:[点點](?<decimals>(?:${HAN_DIGIT}|${DIG})+)|(?<=[十拾])几)?`;

// One pass, leftmost match; each alternative is linear (no nested quantifiers over the same characters).
const NUMERAL = new RegExp(`${SIGN}(?:${FRACTION}|${HALF}|${ARABIC}|${HAN_NUMBER})`, "gu");


/** An integer written in digits or in Chinese. */
function parseInteger(s: string): number | null {
  const t = toHalfwidth(s);
  return /^[0-9]+$/.test(t) ? Number(t) : parseHanNumeral(t);
}

type Groups = Record<string, string | undefined>;

function valueOf(g: Groups): { value: number; form: NumeralForm } | null {
  if (g.denominator !== undefined) {
    const denominator = parseInteger(g.denominator);
    const numerator = parseInteger(g.numerator!);
    const whole = g.whole === undefined ? 0 : parseInteger(g.whole);
    if (!denominator || numerator === null || whole === null) return null;
    return { value: roundFloat(whole + numerator / denominator), form: denominator === 100 && g.of ? "percent" : "fraction" };
  }
  if (g.half !== undefined) return { value: 0.5, form: "half" };
  if (g.arabic !== undefined) {
    let value = Number(toHalfwidth(g.arabic).replace(/,/g, ""));
    for (const c of g.hanScale ?? "") value *= BIG_UNITS[c] ?? SMALL_UNITS[c]!;
    if (g.latinScale) value *= LATIN_SCALES[g.latinScale]!;
    return { value: roundFloat(value), form: g.latinScale ? "latin-scale" : "number" };
  }
  const whole = parseHanNumeral(g.han!);
  if (whole === null) return null;
  if (g.decimals === undefined) return { value: whole, form: "number" };
  const digits = [...toHalfwidth(g.decimals)].map((c) => (c in DIGITS ? DIGITS[c] : Number(c)));
  return { value: roundFloat(whole + Number("0." + digits.join(""))), form: "number" };
}

/** Every numeral in a Chinese text, with its index, text, value and form (shared: read, do not change). */
export const findZhNumerals: (text: string) => readonly Readonly<FoundNumeral>[] = rememberRecent(scanNumerals);

function scanNumerals(text: string): FoundNumeral[] {
  const out: FoundNumeral[] = [];
  for (const m of allMatches(NUMERAL, text)) {
    const groups = m.groups as Groups;
    const parsed = valueOf(groups);
    if (!parsed) continue;
    const value = groups.sign ? -parsed.value : parsed.value;
    out.push({ index: m.index, text: m[0], value: value === 0 ? 0 : value, form: parsed.form });
  }
  return out;
}

/** The value of a text that is one numeral (as findZhNumerals reads it), or null. */
export function parseZhNumber(token: string): number | null {
  const found = findZhNumerals(token);
  return found.length === 1 && found[0]!.text === token ? found[0]!.value : null;
}

/**
 * Numerals with the measure word after them, valued as Duckling's numeral dimension values them:
 * 一个 = 1, 一对 = 2, 五打 = 60. Count rules keep 对 as the unit instead (88对 is 88 pairs).
 */
export function findZhNumeralPhrases(text: string): FoundNumeral[] {
  return findZhNumerals(text).map((n) => {
    const next = text[n.index + n.text.length] ?? "";
    const factor = MULTIPLYING_CLASSIFIERS[next];
    return factor === undefined ? n : { ...n, text: n.text + next, value: roundFloat(n.value * factor) };
  });
}
