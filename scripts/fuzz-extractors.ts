/**
 * Feeds adversarial strings (long runs of what the rules' patterns repeat: digits, Chinese numerals,
 * 年月日, capitalised words, punctuation, "a a a", unclosed brackets and quotes...) to every extractor
 * rule of both languages and to each stage of the pipeline, at two sizes, and reports the time and how
 * it grows: four times the text should take about four times as long. `npm run fuzz [-- --size BYTES]`
 * (default 1 MB; the smaller size is a quarter). Exits 1 when a rule grows worse than SUPER_LINEAR for 4x
 * the text, so a regex with nested quantifiers, or a loop that reads a text again for each figure in it, cannot slip in
 * (test/fuzz.test.ts checks the same at 64 K characters).
 */
import { paragraphContext } from "../extractors/context";
import { AGREEMENT_RULES, COUNT_RULES, DATE_RULES, PLACE_RULES } from "../extractors/registry";
import { findZhNumerals } from "../extractors/shared/numerals-zh";
import { findEnNumbers } from "../extractors/shared/numerals-en";
import { htmlShape } from "../pipeline/support/limits";
import type { Lang, ParagraphContext, PlaceCandidate, Quoted } from "../extractors/types";

const GENERATORS: Record<string, (n: number) => string> = {
  digits: (n) => "1".repeat(n),
  "spaced digits": (n) => "1 ".repeat(n / 2),
  "digit commas": (n) => "1,".repeat(n / 2),
  "digit dots": (n) => "1.".repeat(n / 2),
  "chinese numerals": (n) => "一二三四五六七八九十百千万亿".repeat(n / 14),
  "numeral fractions": (n) => "一分之".repeat(n / 3),
  "year month day": (n) => "年月日".repeat(n / 3),
  "date digits": (n) => "2024年1".repeat(n / 6),
  "han run": (n) => "的".repeat(n),
  "places run": (n) => "美国首都".repeat(n / 4),
  "clause of triggers": (n) => "与美国签署协议".repeat(n / 7),
  "country city": (n) => "南非莎拉巴特曼市".repeat(n / 8),
  "capitals": (n) => "Aaaa ".repeat(n / 5),
  "all caps": (n) => "A".repeat(n),
  "a a a": (n) => "a ".repeat(n / 2) + "x",
  "and and": (n) => "and ".repeat(n / 4) + "one",
  "number words": (n) => "one hundred ".repeat(n / 12),
  "month names": (n) => "June ".repeat(n / 5),
  "dots": (n) => ".".repeat(n),
  "dots then letter": (n) => "a".repeat(n - 2) + ".b",
  "brackets": (n) => "(A ".repeat(n / 3),
  "quotes": (n) => '"A '.repeat(n / 3),
  "signed with": (n) => "signed an agreement with 5 ".repeat(n / 27),
  "joined the": (n) => "joined the Aa ".repeat(n / 14),
  "mixed": (n) => "湖南2024年与Hunan 67个国家 in 32 countries, 近5亿人口。".repeat(n / 40),
  "html tags": (n) => '<a "'.repeat(n / 4),
};

interface Target {
  name: string;
  lang: Lang | "any";
  /** work the target needs done first (the places an agreement rule reads): not timed */
  prepare?: (text: string) => unknown;
  run: (text: string, prepared: unknown) => unknown;
}

function targets(): Target[] {
  const list: Target[] = [];
  for (const lang of ["zh", "en"] as const) {
    // the paragraph's context with jieba's tokens already made: the rules are timed, not the segmenter
    const context = (t: string): ParagraphContext => {
      const ctx = paragraphContext(t, lang);
      ctx.tokenIndex();
      return ctx;
    };
    // each rule alone: a count rule gets no dates read before it, so it reads every figure
    const rule = (r: { id: string; find(ctx: ParagraphContext, dates: readonly Quoted[]): unknown }): Target => ({ name: r.id, lang, prepare: context, run: (_t, ctx) => r.find(ctx as ParagraphContext, []) });
    for (const r of [...COUNT_RULES[lang], ...DATE_RULES[lang], ...PLACE_RULES[lang]]) list.push(rule(r));
    const withPlaces = (t: string): unknown => {
      const ctx = context(t);
      return { ctx, places: PLACE_RULES[lang].flatMap((p) => p.find(ctx)).sort((a, b) => a.index - b.index) };
    };
    for (const r of AGREEMENT_RULES[lang]) {
      list.push({ name: r.id, lang, prepare: withPlaces, run: (_t, p) => r.find((p as { ctx: ParagraphContext }).ctx, { places: (p as { places: PlaceCandidate[] }).places, dates: [] }) });
    }
  }
  // for reference: the segmenter every Chinese rule reads (native code, not ours)
  list.push({ name: "nodejieba (reference)", lang: "zh", run: (t) => paragraphContext(t, "zh").tokens() });
  list.push({ name: "numerals-zh", lang: "zh", run: findZhNumerals });
  list.push({ name: "numerals-en", lang: "en", run: findEnNumbers });
  list.push({ name: "html-shape", lang: "any", run: htmlShape });
  return list;
}

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** how much longer four times the text may take: linear is about 4, a time that grows with the square of the text about 16 */
export const SUPER_LINEAR = 12;

export interface FuzzRow {
  target: string;
  generator: string;
  smallMs: number;
  largeMs: number;
  growth: number;
}

/** Runs every target on every generator at size/4 and size; returns the rows, slowest growth first. */
export function fuzz(size: number, only?: RegExp, onRow?: (row: FuzzRow) => void): FuzzRow[] {
  const rows: FuzzRow[] = [];
  const chosen = targets().filter((t) => !only || only.test(t.name));
  for (const [g, make] of Object.entries(GENERATORS)) {
    const [small, large] = [make(size / 4), make(size)];
    const warm = small.slice(0, 2000);
    // what a target needs first is made once per text and shared by the targets that need the same (as the
    // pipeline shares a paragraph's context and places among its rules): made per target, the places every
    // agreement rule reads took nine tenths of the whole run, though none of it is timed
    const prepared = new Map<Target["prepare"], unknown[]>();
    const prepare = (t: Target): unknown[] => {
      if (!prepared.has(t.prepare)) prepared.set(t.prepare, [warm, small, large].map((text) => t.prepare?.(text)));
      return prepared.get(t.prepare)!;
    };
    for (const t of chosen) {
      const [pw, ps, pl] = prepare(t);
      t.run(warm, pw); // warm up (dictionaries, JIT)
      const smallMs = time(() => t.run(small, ps));
      const largeMs = time(() => t.run(large, pl));
      // below a quarter of a second, fixed costs and timing noise say more than growth does
      const row = { target: t.name, generator: g, smallMs, largeMs, growth: largeMs < 250 ? 1 : largeMs / Math.max(smallMs, 1) };
      rows.push(row);
      onRow?.(row);
    }
  }
  return rows.sort((a, b) => b.growth - a.growth);
}

if (require.main === module) {
  const at = process.argv.indexOf("--size");
  const size = at > 0 ? Number(process.argv[at + 1]) : 1 << 20;
  const only = process.argv.includes("--only") ? new RegExp(process.argv[process.argv.indexOf("--only") + 1]!) : undefined;
  const rows = fuzz(size, only, (r) => {
    if (r.largeMs > 1000 || r.growth > 8) process.stderr.write(`  ${r.target} on ${r.generator}: ${r.smallMs.toFixed(0)} -> ${r.largeMs.toFixed(0)} ms\n`);
  });
  const worst = rows.slice(0, 15);
  process.stdout.write(`fuzz: ${rows.length} runs (${new Set(rows.map((r) => r.target)).size} extractors x ${Object.keys(GENERATORS).length} adversarial strings) at ${size / 4} and ${size} characters\n`);
  process.stdout.write(`slowest growth for 4x the text (linear is about 4):\n${worst.map((r) => `  ${r.growth.toFixed(1).padStart(6)}x  ${r.target.padEnd(36)} ${r.generator.padEnd(20)} ${r.smallMs.toFixed(0).padStart(7)} ms -> ${r.largeMs.toFixed(0).padStart(7)} ms`).join("\n")}\n`);
  const slowest = [...rows].sort((a, b) => b.largeMs - a.largeMs)[0]!;
  process.stdout.write(`slowest run: ${slowest.target} on ${slowest.generator}: ${slowest.largeMs.toFixed(0)} ms\n`);
  const bad = rows.filter((r) => r.growth > SUPER_LINEAR && !r.target.endsWith("(reference)"));
  if (bad.length) {
    process.stdout.write(`super-linear: ${bad.map((r) => `${r.target} on ${r.generator}`).join(", ")}\n`);
    process.exitCode = 1;
  }
}
