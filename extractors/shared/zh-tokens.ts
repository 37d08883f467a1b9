/**
 * Chinese word segmentation with nodejieba, with offsets (jieba returns words only, so they are found
 * again by walking the text). The dictionary (about 115 MB in memory) loads once per process, on first
 * use; worker threads ask the main thread's segmenter instead of loading their own (cli/segmenter.ts).
 * It is 115 MB, not 230, because `npm ci` patches nodejieba (patches/nodejieba+3.5.8.patch, then a rebuild):
 * its load() built the dictionary and model a second time for a TextRank extractor nothing here calls,
 * and the extractor now shares the segmenter's (cppjieba's own constructor for that). The same patch has
 * cppjieba build the dictionary without copying all 349,000 entries three more times (vector growth, a
 * sort for three weights, a list of words for the trie): 0.40 s instead of 1.03 s. Same words, same tags.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import nodejieba from "nodejieba";
import { PACKAGE_ROOT } from "../../pipeline/version";
import type { Token } from "../types";

export interface Tagged {
  word: string;
  tag: string;
}

/**
 * nodejieba's load() also reads a 6 MB TF-IDF table into a map of 260,000 words, for its keyword
 * extraction (`extract`), which nothing here calls; segmentation and tagging never read it. Given a table
 * of one word instead, the dictionary loaded in about 0.5 s instead of 0.6-1.0 s, with 20 MB less memory.
 * (cppjieba aborts the process on a table it cannot open, hence the check, falling back to the default.)
 */
export const UNUSED_IDF_TABLE = join(PACKAGE_ROOT, "extractors/shared/data/jieba-idf-unused.utf8");

let dictionaryLoaded = false;
function jieba(): typeof nodejieba {
  if (!dictionaryLoaded) {
    nodejieba.load(existsSync(UNUSED_IDF_TABLE) ? { idfDict: UNUSED_IDF_TABLE } : {});
    dictionaryLoaded = true;
  }
  return nodejieba;
}

/** jieba's tagged words of a text, for a segmenter serving others. */
export const tagLocally = (text: string): Tagged[] => jieba().tag(text);

/** Segments several texts at once: a worker asks the main thread once per document, not once per paragraph. */
export type Segmenter = (texts: readonly string[]) => Tagged[][];

let segmenter: Segmenter = (texts) => texts.map(tagLocally);

/** jieba's tagged words of a few texts, through whichever segmenter the process uses (the repair stage asks it of two characters). */
export const tagWords = (texts: readonly string[]): Tagged[][] => segmenter(texts);

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
