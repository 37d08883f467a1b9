import type { Edit } from "../offsets";
import type { RepairRule } from "./rule";
import { allMatches } from "../../extractors/shared/matches";

/**
 * Punctuation damaged by scraping and hurried translation:
 *   - doubled or clashing marks (`,,` `,。` `,!` `,、` `。,`) become the one mark that was meant, the
 *     strongest of the run (a full stop beats a colon beats an enumeration comma beats a comma);
 *   - ASCII `,` `:` `;` `!` `.` in Chinese text become their fullwidth forms (`.` after Chinese only:
 *     after a digit it is a decimal point or an abbreviation's); a `,` between two places of a list becomes 、.
 * Marks between digits (1,000 or 16:54) and runs that are legitimate (`！？`, `……`) are left alone.
 */
// ASCII "?" is left out on purpose: in Chinese text a "?" is usually a lost character (see damage.ts)
const RUN = /[,，.。!！？:：;；、]+/g;
const FULLWIDTH: Record<string, string> = { ",": "，", "，": "，", ".": "。", "。": "。", "!": "！", "！": "！", "?": "？", "？": "？", ":": "：", "：": "：", ";": "；", "；": "；", "、": "、" };
/** which mark survives a clash: higher wins */
const STRENGTH: Record<string, number> = { "。": 5, "！": 5, "？": 5, "；": 4, "：": 3, "、": 2, "，": 1 };
const COMMA_LIKE = new Set([",", "，"]);

const isHan = (ch: string | undefined): boolean => !!ch && /\p{Script=Han}/u.test(ch);
const isDigit = (ch: string | undefined): boolean => !!ch && /[0-9０-９]/.test(ch);
/** characters after which a mark belongs to Chinese text */
const isChineseLeft = (ch: string | undefined): boolean => isHan(ch) || (!!ch && "”’）》」』】".includes(ch));
/** characters before which a mark belongs to Chinese text (end of text and of line count too) */
const isChineseRight = (ch: string | undefined): boolean => ch === undefined || ch === "\n" || isHan(ch) || "“‘（《「『【".includes(ch);

function charBefore(text: string, i: number): string | undefined {
  const cp = text.codePointAt(i - 2);
  if (i >= 2 && cp !== undefined && cp > 0xffff) return String.fromCodePoint(cp);
  return i > 0 ? text[i - 1] : undefined;
}
function charAfter(text: string, i: number): string | undefined {
  const cp = text.codePointAt(i);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

export const chinesePunctuation: RepairRule = {
  kind: "punctuation",
  why: "a doubled comma or a comma beside a full stop is never meant; ASCII marks inside Chinese are width errors",
  find(text: string): Edit[] {
    const edits: Edit[] = [];
    for (const m of allMatches(RUN, text)) {
      const run = m[0];
      const start = m.index;
      const end = start + run.length;
      const left = charBefore(text, start);
      const right = charAfter(text, end);
      if (isDigit(left) && isDigit(right)) continue; // 1,000 · 16:54 · 2.8
      if (run.length === 1) {
        // a lone ASCII mark is Chinese only with Chinese on both sides (a digit may stand on one)
        // (协�,宁波: after a character lost to damage, U+FFFD, and before Chinese, the lost one was Chinese too)
        const between = (isChineseLeft(left) && (isChineseRight(right) || isDigit(right))) || (isHan(right) && (isDigit(left) || left === "\uFFFD"));
        if (between && run === "," && betweenListedPlaces(text, start, end)) edits.push({ start, end, text: "、" });
        else if (between && ",:;!".includes(run)) edits.push({ start, end, text: FULLWIDTH[run]! });
        else if (run === "." && isChineseLeft(left) && (isChineseRight(right) || isDigit(right))) edits.push({ start, end, text: "。" });
        continue;
      }
      // a run is Chinese when it holds a fullwidth mark or touches Chinese on either side
      const chinese = /[^\x00-\x7f]/.test(run) || isChineseLeft(left) || isHan(right);
      if (!chinese) {
        // English: only a mark typed twice (",," ";;"); "etc.," and "..." are correct
        if (/^(?:,,+|;;+|::+)$/.test(run)) edits.push({ start, end, text: run[0]! });
        continue;
      }
      if (!isClash(run)) continue;
      const marks = [...run].map((c) => FULLWIDTH[c]!);
      const strongest = marks.reduce((a, b) => (STRENGTH[b]! > STRENGTH[a]! ? b : a));
      if (strongest !== run) edits.push({ start, end, text: strongest });
    }
    return edits;
  },
};

/** a place's name closed by its division word or 国, right before a comma (大阪市, 韩国) */
const PLACE_BEFORE = /\p{Script=Han}[市省州县区府国]$/u;
/** the next item of a list of places: a name closed by its division word, then another mark of the list or its 和 */
const PLACE_ITEM_AFTER = /^\p{Script=Han}{1,12}?[市省州县区府国](?=[、,，和与及])/u;
/**
 * 与日本大阪市,韩国釜山市和泰国曼谷市: an ASCII comma between two places of a list, the second followed by the list's
 * next mark or its 和, was typed for 、 (a clause's comma stands after a time or before a verb: 2024年,宁波市与…)
 */
const betweenListedPlaces = (text: string, start: number, end: number): boolean =>
  PLACE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && PLACE_ITEM_AFTER.test(text.slice(end, end + 16));

/** A run is a clash when it holds a comma beside another mark, or the same pause mark twice. */
function isClash(run: string): boolean {
  const chars = [...run];
  if (chars.every((c) => c === "." || c === "。")) return chars.length === 2 && chars.includes("。"); // "..." is an ellipsis
  if (chars.some((c) => COMMA_LIKE.has(c))) return true;
  for (let i = 1; i < chars.length; i++) {
    const a = FULLWIDTH[chars[i - 1]!];
    if (a === FULLWIDTH[chars[i]!] && "。；：、".includes(a!)) return true;
  }
  return false;
}

