/**
 * Runs the corpus beside each extractor rule file (Duckling style): every example must be read by the
 * rule it names, citing the quote at its position (asserted before the value, chrono-node style), and
 * every negative must give nothing of that kind. Texts go through readParagraph, as in the pipeline.
 */
import { readParagraph } from "../extractors/run";
import { parseReference, resolve } from "../extractors/shared/calendar";
import type { AgreementCorpus, CountCorpus, DateCorpus, Lang, PlaceCorpus } from "../extractors/types";
import { ZH_COUNT_CORPUS } from "../extractors/counts/zh.corpus";
import { EN_COUNT_CORPUS } from "../extractors/counts/en.corpus";
import { ZH_DATE_CORPUS } from "../extractors/dates/zh.corpus";
import { EN_DATE_CORPUS } from "../extractors/dates/en.corpus";
import { ZH_PLACE_CORPUS } from "../extractors/places/zh.corpus";
import { EN_PLACE_CORPUS } from "../extractors/places/en.corpus";
import { ZH_AGREEMENT_CORPUS } from "../extractors/agreements/zh.corpus";
import { EN_AGREEMENT_CORPUS } from "../extractors/agreements/en.corpus";

const COUNT_CORPORA: [Lang, CountCorpus][] = [["zh", ZH_COUNT_CORPUS], ["en", EN_COUNT_CORPUS]];
const DATE_CORPORA: [Lang, DateCorpus][] = [["zh", ZH_DATE_CORPUS], ["en", EN_DATE_CORPUS]];
const PLACE_CORPORA: [Lang, PlaceCorpus][] = [["zh", ZH_PLACE_CORPUS], ["en", EN_PLACE_CORPUS]];
const AGREEMENT_CORPORA: [Lang, AgreementCorpus][] = [["zh", ZH_AGREEMENT_CORPUS], ["en", EN_AGREEMENT_CORPUS]];

describe.each(COUNT_CORPORA)("%s count corpus", (lang, corpus) => {
  it.each(corpus.examples.map((e) => [e.rule, e.quote, e] as const))("%s reads %s", (_rule, _quote, e) => {
    const { counts } = readParagraph(e.text, lang);
    const found = counts.find((c) => c.text === e.quote);
    expect({ index: found?.index, text: found?.text }).toEqual({ index: e.text.indexOf(e.quote), text: e.quote });
    expect({ rule: found!.rule, value: found!.value }).toEqual({ rule: e.rule, value: e.value });
    if (e.unit !== undefined) expect(found!.unit).toBe(e.unit);
    expect(found!.qualifier).toBe(e.qualifier ?? null);
  });
  it.each(corpus.negatives)("finds no count in %s", (text) => {
    expect(readParagraph(text, lang).counts.map((c) => c.text)).toEqual([]);
  });
});

describe.each(DATE_CORPORA)("%s date corpus", (lang, corpus) => {
  const ref = parseReference(corpus.reference, "reference-date");
  it.each(corpus.examples.map((e) => [e.rule, e.quote, e] as const))("%s reads %s", (_rule, _quote, e) => {
    const { dates } = readParagraph(e.text, lang);
    const found = dates.find((d) => d.text === e.quote);
    expect({ index: found?.index, text: found?.text }).toEqual({ index: e.text.indexOf(e.quote), text: e.quote });
    const r = resolve(found!.expr, e.resolved === false ? null : ref, "past");
    expect({ rule: found!.rule, value: r.value, relation: found!.relation }).toEqual({ rule: e.rule, value: e.value, relation: e.relation ?? "on" });
    // (a date with no end given is a point: "two years ago" is that year, not the two years since)
    expect(found!.untilExpr ? resolve(found!.untilExpr, ref, "past").value : (r.end ?? null)).toBe(e.until ?? null);
    if (e.resolved !== undefined) expect(r.resolved).toBe(e.resolved);
  });
  it.each(corpus.negatives)("finds no date in %s", (text) => {
    expect(readParagraph(text, lang).dates.map((d) => d.text)).toEqual([]);
  });
});

describe.each(PLACE_CORPORA)("%s place corpus", (lang, corpus) => {
  it.each(corpus.examples.map((e) => [e.rule, e.quote, e] as const))("%s reads %s", (_rule, _quote, e) => {
    const { places } = readParagraph(e.text, lang);
    const found = places.find((p) => p.text === e.quote);
    expect({ index: found?.index, text: found?.text }).toEqual({ index: e.text.indexOf(e.quote), text: e.quote });
    expect(found!.rule).toBe(e.rule);
    const entry = found!.hits[0]?.entry;
    if (e.en !== undefined || e.zh !== undefined) expect({ en: entry?.en, zh: entry?.zh }).toEqual({ en: e.en, zh: e.zh });
    else expect(found!.hits).toEqual([]);
    if (e.type) expect(found!.type).toBe(e.type);
  });
  it.each(corpus.negatives.map((n) => (typeof n === "string" ? { text: n, only: [] } : n)))("finds no other place in $text", ({ text, only }) => {
    expect(readParagraph(text, lang).places.map((p) => p.text)).toEqual(only);
  });
});

describe.each(AGREEMENT_CORPORA)("%s agreement corpus", (lang, corpus) => {
  const ref = parseReference("2025-03-15", "reference-date");
  it.each(corpus.examples.map((e) => [e.rule, e.quote, e] as const))("%s reads %s", (_rule, _quote, e) => {
    const { agreements } = readParagraph(e.text, lang);
    const found = agreements.find((a) => a.text === e.quote);
    expect({ index: found?.index, text: found?.text, all: agreements.map((a) => a.text).sort() }).toEqual({ index: e.text.indexOf(e.quote), text: e.quote, all: [e.quote, ...(e.alongside ?? [])].sort() });
    expect({ rule: found!.rule, type: found!.type }).toEqual({ rule: e.rule, type: e.type });
    // a party the release implies without naming it (no subject at all) has no text; a body named by its kind
    // (该工商会) is read as the body it stands for
    expect(found!.parties.map((p) => (p.kind === "organisation" && p.name) || p.text).filter((t) => t !== null)).toEqual(e.parties);
    expect(found!.level).toBe(e.level ?? null);
    expect(found!.status).toBe(e.status ?? "signed");
    if (e.date !== undefined) expect(found!.date ? resolve(found!.date.expr, ref, "past").value : null).toBe(e.date);
  });
  it.each(corpus.negatives)("finds no event in %s", (text) => {
    expect(readParagraph(text, lang).agreements.map((a) => a.text)).toEqual([]);
  });
});
