/**
 * English sentences tagged by compromise, only where a rule needs parts of speech (compromise is
 * slow: about 70 K characters a second). Sentences are cut by punctuation first, and each is tagged
 * at most once per paragraph.
 */
import nlp from "compromise";

export interface Term {
  text: string;
  start: number;
  end: number;
  tags: Set<string>;
}

const SENTENCE = /[^.!?;]+(?:[.!?;]+(?=\s|$)|$)/g;

/** The sentence of a paragraph that holds a position, with its start offset. */
export function sentenceAt(text: string, index: number): { text: string; start: number } {
  for (const m of text.matchAll(SENTENCE)) {
    if (index >= m.index && index < m.index + m[0].length) return { text: m[0], start: m.index };
  }
  return { text, start: 0 };
}

const cache = new Map<string, Term[]>();

/** compromise's terms of a sentence, with offsets into the sentence. */
export function termsOf(sentence: string): Term[] {
  const hit = cache.get(sentence);
  if (hit) return hit;
  const terms: Term[] = [];
  let pos = 0;
  for (const t of nlp(sentence).terms().json() as { terms: { text: string; tags: string[] }[] }[]) {
    const term = t.terms[0];
    if (!term || !term.text) continue;
    const at = sentence.indexOf(term.text, pos);
    if (at < 0) continue;
    terms.push({ text: term.text, start: at, end: at + term.text.length, tags: new Set(term.tags) });
    pos = at + term.text.length;
  }
  if (cache.size > 2000) cache.clear();
  cache.set(sentence, terms);
  return terms;
}
