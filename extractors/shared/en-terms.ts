/**
 * English sentences tagged by compromise, only where a rule needs parts of speech (compromise is
 * slow: about 70 K characters a second). Sentences are cut by punctuation first, and each is tagged
 * at most once per paragraph.
 */
import nlp from "compromise";
import { lowerBound } from "./search";
import { rememberRecent } from "./recent";
// (installs the faster sweep of compromise's post-tagger: same tags, a fixed cost per sentence spared)
import "./compromise-sweep";

export interface Term {
  text: string;
  start: number;
  end: number;
  tags: Set<string>;
}

/** . ! ? ; by code unit: this runs on every character of every English paragraph that holds a number */
const endsSentence = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b;
const SPACE = /\s/;
const LOWER_AFTER_SPACES = /^\s{1,2}[a-z]/;

/** Sentence spans of a paragraph: cut after . ! ? ; followed by a space or the end, but a full stop only before a capital, a figure or a mark (one pass, no backtracking). */
function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!endsSentence(text.charCodeAt(i))) continue;
    let j = i;
    while (j + 1 < text.length && endsSentence(text.charCodeAt(j + 1))) j++;
    // (not a full stop a lower-case word follows: "5.86 billion U.S. dollars", "approx. 30 cities" go on)
    if (j + 1 === text.length || (SPACE.test(text[j + 1]!) && !(text.charCodeAt(j) === 0x2e && LOWER_AFTER_SPACES.test(text.slice(j + 1, j + 4))))) {
      spans.push({ start, end: j + 1 });
      start = j + 1;
    }
    i = j;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

let spansFor: { text: string; spans: { start: number; end: number }[] } | null = null;

/** The sentence of a paragraph that holds a position, with its start offset (sentences cut once per paragraph). */
export function sentenceAt(text: string, index: number): { text: string; start: number } {
  if (spansFor?.text !== text) spansFor = { text, spans: sentenceSpans(text) };
  const s = spansFor.spans[lowerBound(spansFor.spans, index + 1, (x) => x.end)];
  return s && s.start <= index ? { text: text.slice(s.start, s.end), start: s.start } : { text, start: 0 };
}

/** no release has a sentence this long: past it, a "sentence" is a list or garbage, and tagging it would take seconds */
export const MAX_TAGGED_SENTENCE = 2000;

/** The first term at or after a position (binary search: terms are in order). */
export const firstTermFrom = (terms: readonly Term[], pos: number): number => lowerBound(terms, pos, (t) => t.start);

/** compromise's terms of a sentence, with offsets into the sentence (shared: read, do not change). */
export function termsOf(sentence: string): readonly Term[] {
  return sentence.length > MAX_TAGGED_SENTENCE ? [] : taggedRecent(sentence);
}
// compromise is the slowest tagger here: a sentence several rules read is tagged once
const taggedRecent = rememberRecent(tag, 2000);

/**
 * The steps nlp() runs, less those nlp.tokenize has run (contractions, aliases, machine forms) and those
 * that add nothing a Term holds: noun and verb chunks, term ids, freezing and typeahead (a tenth of
 * compromise's time). test/counts-en-shortcut.test.ts holds the terms to nlp()'s own.
 */
const UNREAD_OR_RUN_STEPS = new Set(["contractions", "alias", "machine", "chunks", "id", "freeze", "typeahead"]);
const TAGGING_STEPS = nlp.hooks().filter((step) => !UNREAD_OR_RUN_STEPS.has(step));

function tag(sentence: string): Term[] {
  const terms: Term[] = [];
  let pos = 0;
  const doc = nlp.tokenize(sentence);
  doc.compute(TAGGING_STEPS);
  for (const phrase of doc.docs) {
    for (const term of phrase) {
      if (!term.text) continue;
      const at = sentence.indexOf(term.text, pos);
      if (at < 0) continue;
      terms.push({ text: term.text, start: at, end: at + term.text.length, tags: term.tags ?? new Set() });
      pos = at + term.text.length;
    }
  }
  return terms;
}
