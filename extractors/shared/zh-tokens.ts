/**
 * Chinese word segmentation with nodejieba, with offsets (jieba returns words only, so they are found
 * again by walking the text). The dictionary loads once per process, on first use.
 */
import nodejieba from "nodejieba";
import type { Token } from "../types";

export function zhTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  for (const { word, tag } of nodejieba.tag(text)) {
    const at = text.indexOf(word, pos);
    if (at < 0) continue; // jieba normalised something; skip rather than misplace it
    tokens.push({ word, tag, start: at, end: at + word.length });
    pos = at + word.length;
  }
  return tokens;
}
