import type { Edit } from "../offsets";
import type { RepairRule } from "./rule";
import { allMatches } from "../../extractors/shared/matches";

/**
 * A figure set off by spaces inside a Chinese sentence (`交流项目 120 余个`, as a page that wraps its numbers in tags
 * or adds spaces between scripts writes it), or written with a space between its thousands (`外资企业3 000多家`):
 * Chinese puts no space around a figure, and a count rule cannot read a noun, a figure and a measure that spaces
 * part. Only where the figure is a quantity of the sentence, a Chinese character before it and its scale or measure
 * word after it (余, 多, 万, 个, 对, 名, 年…), is a space removed: `来源：四川日报 2025-09-26`, a line of layout, stays.
 */
const SPACE = "[ \\u00a0\\u2009\\u202f\\u3000]";
/** what closes a figure counted in a sentence: its approximation, its scale, or its measure word */
const AFTER_FIGURE = "[余多万亿千百个对名家项次人年月日号场批位所座件条种倍元吨%％]";
const FIGURE_IN_SENTENCE = new RegExp(`(?<=\\p{Script=Han})(${SPACE}?)([0-9０-９]{1,3}(?:${SPACE}[0-9]{3})+|[0-9０-９]+(?:[.,][0-9]+)*)(${SPACE}?)(?=${AFTER_FIGURE})`, "gu");
const ONE_SPACE = new RegExp(SPACE, "gu");
const HAS_SPACE = new RegExp(SPACE, "u");
const SENTENCE_MARK = /[，。；！？,;]/;

export const figureSpacing: RepairRule = {
  kind: "figure-spacing",
  why: "Chinese puts no space around a figure or between its thousands: a space there is a page's layout, and it parts the noun, the figure and the measure a count is read from",
  find(text: string): Edit[] {
    const edits: Edit[] = [];
    for (const m of allMatches(FIGURE_IN_SENTENCE, text)) {
      const [, before, figure, after] = m as unknown as [string, string, string, string];
      if (!before && !after && !HAS_SPACE.test(figure)) continue;
      const at = m.index;
      // (a line of cells parted by spaces, 1 日本富山市 日本 1988年, is a table laid out in text: its spaces are the
      // cells' borders, unless a sentence's mark says the line is running text)
      const lineStart = text.lastIndexOf("\n", at) + 1;
      const lineEnd = text.indexOf("\n", at) < 0 ? text.length : text.indexOf("\n", at);
      const rest = text.slice(lineStart, at) + text.slice(at + m[0].length, lineEnd);
      if (HAS_SPACE.test(rest) && !SENTENCE_MARK.test(text.slice(lineStart, lineEnd))) continue;
      if (before) edits.push({ start: at, end: at + before.length, text: "" });
      for (const s of allMatches(ONE_SPACE, figure)) edits.push({ start: at + before.length + s.index, end: at + before.length + s.index + 1, text: "" });
      if (after) edits.push({ start: at + before.length + figure.length, end: at + m[0].length, text: "" });
    }
    return edits;
  },
};
