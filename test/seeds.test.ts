import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OutputSchema } from "../schemas/output";
import { converterFor } from "../pipeline/fold";
import { outputFor, ROOT, SEEDS, validateJsonSchema } from "./helpers";

const TONE_MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

describe.each(SEEDS)("seed %s", (name) => {
  const out = () => outputFor(`seeds/${name}`);
  const raw = () => readFileSync(join(ROOT, "seeds", name), "utf8");

  it("is valid against the zod schema and the generated JSON Schema", () => {
    expect(() => OutputSchema.parse(out())).not.toThrow();
    expect(validateJsonSchema(out())).toEqual([]);
  });

  it("names every place that both languages name in both languages", () => {
    const places = out().facts.filter((f) => f.kind === "place");
    expect(places.length).toBeGreaterThan(0);
    for (const f of places.filter((f) => f.corroboration === "both")) expect([f.name.en !== null, f.name.zh !== null]).toEqual([true, true]);
  });

  it("keeps the original text as source.text", () => {
    expect(out().source.text).toBe(raw());
  });

  it("gives every paragraph a source span that is exactly one original line, in order", () => {
    const lineList = raw().split("\n").map((l) => l.trim()).filter(Boolean);
    const lines = new Set(lineList);
    let last = 0;
    for (const p of out().paragraphs) {
      expect(p.source.start).toBeGreaterThanOrEqual(last);
      const original = out().source.text.slice(p.source.start, p.source.end);
      expect(lines.has(original)).toBe(true);
      last = p.source.end;
    }
    expect(out().paragraphs.length).toBe(lineList.length);
  });

  it("leaves no traditional character: folding the cleaned text again changes nothing", () => {
    const fold = converterFor("t");
    for (const p of out().paragraphs) expect(fold(p.text)).toBe(p.text);
  });

  it("leaves no pinyin annotation and no doubled punctuation in Chinese paragraphs", () => {
    for (const p of out().paragraphs.filter((q) => q.lang === "zh")) {
      expect(p.text).not.toMatch(TONE_MARKED);
      expect(p.text).not.toMatch(/[,，][,，。！？、!]|[。！？][,，]/);
      expect(p.text).not.toMatch(/\p{Script=Han},\p{Script=Han}/u);
    }
  });

  it("keeps every legitimate parenthesis of the source", () => {
    const groups = [...raw().matchAll(/[(（][^()（）\n]+[)）]/g)].map((m) => m[0]).filter((g) => !TONE_MARKED.test(g));
    const cleaned = out().paragraphs.map((p) => p.text).join("\n");
    for (const g of groups) expect(cleaned).toContain(converterFor("t")(g));
  });

  it("records each pinyin repair with the source span it removed", () => {
    for (const r of out().repairs.filter((x) => x.kind === "pinyin-annotation")) {
      expect(out().source.text.slice(r.source.start, r.source.end)).toBe(r.before);
      expect(r.after).toBe("");
    }
  });
});

describe("seed 003 damage", () => {
  const out = () => outputFor("seeds/003_7acbdc741b9530d6.txt");
  it("reports the unrecoverable ? run as a warning located in source.text, and marks its paragraph", () => {
    const w = out().warnings.filter((x) => x.code === "unrecoverable-question-marks");
    expect(w.length).toBeGreaterThanOrEqual(1);
    const span = w[0]!.source!;
    // the ? run, the torn annotation after it, and the out-of-step GBK characters up to a lone trail byte
    expect(out().source.text.slice(span.start, span.end)).toMatch(/^\?+[^?]*\p{Script=Han}[A-Za-z]$/u);
    const p = out().paragraphs.find((q) => q.id === w[0]!.paragraph)!;
    expect(p.damaged).toBe(true);
    expect(p.text).toContain("?");
    expect(out().paragraphs.filter((q) => q.damaged)).toHaveLength(1);
  });
  it("finds the title; the publication date and source are absent, not guessed", () => {
    expect(out().document.title.zh).toMatch(/^110对！湖南/);
    expect(out().document.publishedAt).toBeNull();
  });
});

describe("seed 000 metadata", () => {
  const out = () => outputFor("seeds/000_ed08729ef3b97a07.txt");
  it("reads the date line, the source lines and the title", () => {
    const d = out().document;
    expect(d.publishedAt).toBe("2025-02-27");
    expect(d.publishedTime).toBe("16:54:09");
    expect(d.source).toEqual({ zh: "山西日报", en: "Shanxi Daily" });
    expect(d.title.en).toMatch(/^Shanxi: Working Together/);
    const roles = out().paragraphs.map((p) => p.role);
    expect(roles.filter((r) => r === "dateline")).toHaveLength(1);
    expect(roles.filter((r) => r === "source")).toHaveLength(2);
  });
});
