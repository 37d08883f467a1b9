/**
 * Chinese word segmentation with nodejieba, with offsets (jieba returns words only, so they are found
 * again by walking the text). The dictionary (about 230 MB in memory) loads once per process, on first
 * use; worker threads ask the main thread's segmenter instead of loading their own (cli/segmenter.ts).
 */
import nodejieba from "nodejieba";
import type { Token } from "../types";

export interface Tagged {
  word: string;
  tag: string;
}

let segmenter: (text: string) => Tagged[] = (text) => nodejieba.tag(text);

/** Routes segmentation elsewhere (a worker thread asks the main thread). */
export function useSegmenter(tag: (text: string) => Tagged[]): void {
  segmenter = tag;
}

/** jieba's tagged words of a text, for a segmenter serving others. */
export const tagLocally = (text: string): Tagged[] => nodejieba.tag(text);

export function zhTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  for (const { word, tag } of segmenter(text)) {
    const at = text.indexOf(word, pos);
    if (at < 0) continue; // jieba normalised something; skip rather than misplace it
    tokens.push({ word, tag, start: at, end: at + word.length });
    pos = at + word.length;
  }
  return tokens;
}
