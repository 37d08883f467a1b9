/**
 * The pipeline: its stages in the order they run. Each stage reads the document the stages before it
 * left and extends it; the order matters for the reasons given beside each.
 */
import type { Stage } from "./stage";
import { decode } from "./decode";
import { repair } from "./repair";
import { fold } from "./fold";
import { segment } from "./segment";
import { align } from "./align";
import { extract } from "./extract";
import { fuse } from "./fuse";
import { emit } from "./emit";

export const STAGES: readonly Stage[] = [
  // bytes become text first; for HTML the release's paragraphs are read out of the markup here too,
  // so every later stage sees plain text whose map still points into the raw HTML
  decode,
  // repairs run on the text as the author's software left it, before folding: pinyin annotations are
  // checked against the character they follow in its original (often traditional) form
  repair,
  // folding comes after repair (so repairs are recorded against the original characters) and before
  // segmentation (so language detection, titles and every extractor see one script)
  fold,
  // paragraphs are cut from the final cleaned text, so paragraph text and evidence offsets share it
  segment,
  // alignment needs the paragraphs with their languages and roles (titles and metadata lines may stay
  // unpaired); the extractors after it ask each paragraph for its translation
  align,
  // extraction reads each paragraph of the cleaned text; it needs the publication date (segment) to
  // resolve relative dates
  extract,
  // fusion needs both the facts and the alignments: a claim stated in a paragraph and its translation
  // is one fact
  fuse,
  // emit validates last: nothing invalid leaves the pipeline
  emit,
];
