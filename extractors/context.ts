/** Builds the context the rules read for one paragraph; tokens are computed on first use. */
import type { Lang, ParagraphContext, Token } from "./types";
import { zhTokens } from "./shared/zh-tokens";

export function paragraphContext(text: string, lang: Lang): ParagraphContext {
  let tokens: Token[] | null = null;
  return {
    text,
    lang,
    tokens: () => (tokens ??= lang === "zh" ? zhTokens(text) : []),
  };
}
