/** Builds the context the rules read for one paragraph; tokens and their index are computed on first use. */
import type { Lang, ParagraphContext, Token, TokenIndex } from "./types";
import { zhTokens } from "./shared/zh-tokens";

export function indexTokens(tokens: Token[]): TokenIndex {
  const byStart = new Map(tokens.map((t, i) => [t.start, i]));
  const byEnd = new Map(tokens.map((t, i) => [t.end, i]));
  const firstFrom = (pos: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    startingAt: (pos) => byStart.get(pos) ?? -1,
    endingAt: (pos) => byEnd.get(pos) ?? -1,
    firstFrom,
    holding: (pos) => {
      const i = firstFrom(pos + 1) - 1;
      return i >= 0 && tokens[i]!.start <= pos && pos < tokens[i]!.end ? i : -1;
    },
  };
}

export function paragraphContext(text: string, lang: Lang): ParagraphContext {
  let tokens: Token[] | null = null;
  let index: TokenIndex | null = null;
  const ctx: ParagraphContext = {
    text,
    lang,
    tokens: () => (tokens ??= lang === "zh" ? zhTokens(text) : []),
    tokenIndex: () => (index ??= indexTokens(ctx.tokens())),
  };
  return ctx;
}
