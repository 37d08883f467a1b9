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

/** jieba's tagged words of a text, for a segmenter serving others. */
export const tagLocally = (text: string): Tagged[] => nodejieba.tag(text);

/** Segments several texts at once: a worker asks the main thread once per document, not once per paragraph. */
export type Segmenter = (texts: readonly string[]) => Tagged[][];

let segmenter: Segmenter = (texts) => texts.map(tagLocally);

/** Routes segmentation elsewhere (a worker thread asks the main thread). */
export function useSegmenter(segment: Segmenter): void {
  segmenter = segment;
}

/** words of the current document's paragraphs, segmented together by prefetchSegmentation */
let prefetched = new Map<string, Tagged[]>();

/**
 * Segments a document's Chinese paragraphs in one request, for zhTokens to take one by one. The next call
 * (or clearPrefetched) drops them, so a batch holds one document's words at a time.
 */
export function prefetchSegmentation(texts: readonly string[]): void {
  const unique = [...new Set(texts)];
  const tagged = segmenter(unique);
  prefetched = new Map(unique.map((t, i) => [t, tagged[i]!]));
}

export function clearPrefetched(): void {
  prefetched = new Map();
}

export function zhTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  for (const { word, tag } of prefetched.get(text) ?? segmenter([text])[0]!) {
    const at = text.indexOf(word, pos);
    if (at < 0) continue; // jieba normalised something; skip rather than misplace it
    tokens.push({ word, tag, start: at, end: at + word.length });
    pos = at + word.length;
  }
  return tokens;
}
