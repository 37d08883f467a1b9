/**
 * The discrepancy suite: documents whose two languages agree (the seeds and the bilingual fixtures)
 * and, built from them, documents where one side is changed: a number, a count's qualifier to the other
 * side of its figure, a year, a party of an agreement.
 * Every injected disagreement must come out as one fact with corroboration "conflict", evidence in both
 * languages, both values in `conflicts`, and a warning that names the span in each language; the
 * unmodified documents raise no conflict. A dropped clause leaves nothing on one side to disagree with:
 * the fact must stay, marked as stated in one language only.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractBytes } from "../pipeline/index";
import { gazetteer } from "../extractors/places/gazetteer";
import type { Evidence, Fact, Output } from "../schemas/output";
import { ROOT } from "./helpers";

const DOCS = [
  "seeds/000_ed08729ef3b97a07.txt",
  "seeds/003_7acbdc741b9530d6.txt",
  "fixtures/bilingual/fujian-porto.txt",
  "fixtures/bilingual/harbin-sapporo.txt",
  "fixtures/bilingual/ghana-tv.txt",
  "fixtures/places/ningbo-rotterdam.txt",
  "fixtures/places/chengdu-traditional.txt",
  "fixtures/places/kunming-block.txt",
  "fixtures/places/round2/xian-traditional.txt",
];

interface Mutation {
  doc: string;
  what: string;
  kind: Fact["kind"];
  /** the Chinese span the fact cites, unchanged by the mutation */
  zh: Evidence;
  text: string;
}

const run = (path: string, text: string): Output => extractBytes(path, Buffer.from(text, "utf8"));
const splice = (text: string, start: number, end: number, by: string): string => text.slice(0, start) + by + text.slice(end);

/** the Chinese evidence as it stands after an edit of the English at [start, end): shifted when the English comes first */
function shifted(zh: Evidence, start: number, end: number, by: string): Evidence {
  const delta = start < zh.source.start ? by.length - (end - start) : 0;
  return { ...zh, source: { start: zh.source.start + delta, end: zh.source.end + delta } };
}

function mutation(doc: string, what: string, kind: Fact["kind"], zh: Evidence, text: string, start: number, end: number, by: string): Mutation {
  return { doc, what, kind, zh: shifted(zh, start, end, by), text: splice(text, start, end, by) };
}

/** another place of the same kind the document does not name, to put in an English party's place */
function otherPlace(doc: string, name: string): string | null {
  const g = gazetteer();
  const entry = g.en.get(name)?.[0]?.entry;
  if (!entry) return null;
  const candidates = [...g.entries.values()].filter((e) => e.type === entry.type && e.country !== "CN" && !doc.includes(e.en) && /^[A-Z][a-z]+$/.test(e.en));
  return candidates[0]?.en ?? null;
}

function mutations(doc: string, text: string, out: Output): Mutation[] {
  const list: Mutation[] = [];
  for (const f of out.facts.filter((f) => f.corroboration === "both")) {
    const zh = f.evidence.find((e) => e.lang === "zh");
    const en = f.evidence.find((e) => e.lang === "en");
    if (!zh || !en) continue;
    if (f.kind === "count") {
      const m = /\d[\d,]*(?:\.\d+)?/.exec(en.sourceQuote);
      if (!m) continue;
      const changed = String(Number(m[0].replace(/,/g, "")) + 1);
      list.push(mutation(doc, `count ${en.sourceQuote} -> ${changed}`, "count", zh, text, en.source.start + m.index, en.source.start + m.index + m[0].length, changed));
      // the same figure on the other side of its qualifier: "nearly 500 million" -> "more than 500 million"
      const q = f.qualifier ? /^(?:more than|over|at least|less than|fewer than|under|nearly|almost|about|around|approximately)\b/i.exec(en.sourceQuote) : null;
      if (q) {
        const other = /^(?:more|over|at least)/i.test(q[0]) ? "less than" : "more than";
        list.push(mutation(doc, `qualifier ${en.sourceQuote} -> ${other}`, "count", zh, text, en.source.start, en.source.start + q[0].length, other));
      }
    } else if (f.kind === "date") {
      const m = /\b(?:19|20)\d{2}\b/.exec(en.sourceQuote);
      if (!m) continue;
      list.push(mutation(doc, `year ${en.sourceQuote} -> ${Number(m[0]) - 1}`, "date", zh, text, en.source.start + m.index, en.source.start + m.index + 4, String(Number(m[0]) - 1)));
    } else if (f.kind === "agreement") {
      const party = f.parties.find((p) => p.place && p.en && en.sourceQuote.includes(p.en) && otherPlace(text, p.en));
      if (!party) continue;
      // the party's first mention: a later one may be where the event was held ("…held an event in Harbin"), which is no party
      const at = en.source.start + en.sourceQuote.indexOf(party.en!);
      list.push(mutation(doc, `party ${party.en} -> ${otherPlace(text, party.en!)}`, "agreement", zh, text, at, at + party.en!.length, otherPlace(text, party.en!)!));
    }
  }
  return list;
}

const originals = DOCS.map((doc) => {
  const text = readFileSync(join(ROOT, doc), "utf8");
  return { doc, text, out: run(doc, text) };
});

describe("unmodified bilingual documents", () => {
  it.each(originals.map((o) => [o.doc, o] as const))("%s raises no conflict", (_doc, o) => {
    expect(o.out.facts.filter((f) => f.corroboration === "conflict").map((f) => f.conflicts)).toEqual([]);
    expect(o.out.warnings.filter((w) => w.code === "cross-language-conflict")).toEqual([]);
  });
});

const cases = originals.flatMap((o) => mutations(o.doc, o.text, o.out));

describe("one side changed", () => {
  const flagged: string[] = [];
  const missed: string[] = [];
  afterAll(() => {
    process.stdout.write(`\ndiscrepancy suite: ${flagged.length} of ${cases.length} injected disagreements flagged as conflicts (${["count", "date", "agreement"].map((k) => `${k} ${cases.filter((c) => c.kind === k).length}`).join(", ")})${missed.length ? `\n  missed:\n    ${missed.join("\n    ")}` : ""}\n`);
  });
  it("has cases of every kind", () => {
    for (const kind of ["count", "date", "agreement"]) expect(cases.filter((c) => c.kind === kind).length).toBeGreaterThan(0);
  });
  it.each(cases.map((c) => [c.doc, c.what, c] as const))("%s: %s is a conflict citing both spans", (_doc, _what, c) => {
    const out = run(c.doc, c.text);
    const fact = out.facts.find((f) => f.kind === c.kind && f.evidence.some((e) => e.source.start === c.zh.source.start && e.source.end === c.zh.source.end));
    const ok = fact?.corroboration === "conflict";
    (ok ? flagged : missed).push(`${c.doc}: ${c.what}`);
    expect(fact?.corroboration).toBe("conflict");
    expect(fact!.conflicts.length).toBeGreaterThan(0);
    const en = fact!.evidence.filter((e) => e.lang === "en");
    expect(en.length).toBeGreaterThan(0);
    const warning = out.warnings.find((w) => w.code === "cross-language-conflict" && w.fact === fact!.id);
    expect(warning?.source).toEqual(c.zh.source);
    expect(warning?.related).toEqual(en.map((e) => e.source));
    expect(warning!.message).toContain(c.zh.quote);
    expect(warning!.message).toContain(en[0]!.quote);
  });
});

describe("a dropped clause", () => {
  it("leaves the fact stated in one language, not a conflict", () => {
    const seed = originals[0]!;
    const count = seed.out.facts.find((f) => f.kind === "count" && f.corroboration === "both" && f.evidence.some((e) => e.lang === "en"))!;
    const en = count.evidence.find((e) => e.lang === "en")!;
    const zh = count.evidence.find((e) => e.lang === "zh")!;
    // drop the English words that state it, up to the next comma or full stop
    const end = seed.text.slice(en.source.end).search(/[,.]/) + en.source.end;
    const out = run(seed.doc, splice(seed.text, en.source.start, end, ""));
    const fact = out.facts.find((f) => f.evidence.some((e) => e.source.start === zh.source.start))!;
    expect(fact.corroboration).toBe("zh-only");
  });
});
