/** Builds the context the rules read for one paragraph; tokens and their index are computed on first use. */
import type { Lang, ParagraphContext, Token, TokenIndex } from "./types";
import { zhTokens } from "./shared/zh-tokens";
import { lowerBound } from "./shared/search";

export function indexTokens(tokens: Token[]): TokenIndex {
  const byStart = new Map(tokens.map((t, i) => [t.start, i]));
  const byEnd = new Map(tokens.map((t, i) => [t.end, i]));
  const firstFrom = (pos: number): number => lowerBound(tokens, pos, (t) => t.start);
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
