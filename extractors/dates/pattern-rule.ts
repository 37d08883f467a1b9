/** A date rule made of one pattern: every match builds an expression (and a range, when it states one), or is dropped when it makes no date. */
import type { DateCandidate, DateExpr, DateRule, Lang, ParagraphContext } from "../types";
import { allMatches } from "../shared/matches";

export type Build = (m: RegExpExecArray) => { expr: DateExpr; relation?: DateCandidate["relation"]; untilExpr?: DateExpr } | null;

/** 2021-2025 (2021—2025年): a span of years, when the second comes after the first and within fifty years */
export function yearSpan(from: number, to: number): ReturnType<Build> {
  return to > from && to - from <= 50 ? { expr: { kind: "absolute", y: from }, relation: "between", untilExpr: { kind: "absolute", y: to } } : null;
}

/**
 * The five years of China's n-th five-year plan: from the third (1966-1970) on, each follows the one before
 * (the 14th is 2021-2025); the first two (1953-1957, 1958-1962) and the gap after them are not read.
 */
export function fiveYearPlanSpan(n: number): ReturnType<Build> {
  return n >= 3 ? yearSpan(1966 + 5 * (n - 3), 1970 + 5 * (n - 3)) : null;
}

export function patternRule(lang: Lang, id: string, pattern: string, build: Build, flags = "g"): DateRule {
  const re = new RegExp(pattern, flags);
  return {
    id,
    lang,
    find(ctx: ParagraphContext): DateCandidate[] {
      const out: DateCandidate[] = [];
      for (const m of allMatches(re, ctx.text)) {
        const built = build(m as RegExpExecArray);
        if (built) out.push({ rule: id, index: m.index, text: m[0], expr: built.expr, relation: built.relation ?? "on", ...(built.untilExpr ? { untilExpr: built.untilExpr } : {}) });
      }
      return out;
    },
  };
}
