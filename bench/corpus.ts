/**
 * The benchmark corpus: deterministic (a seeded generator), built from the seeds and the bilingual
 * fixtures, varied the way real crawls vary: interleaved or block layout, English first or Chinese
 * first, simplified or traditional script, UTF-8, GB18030, Big5 or UTF-16, pinyin annotations and doubled
 * punctuation, a paragraph of UTF-8-as-GBK mojibake, plain text or HTML. Each document joins the
 * paragraph pairs of several sources, their figures restated (restate), so documents differ in length
 * and content.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import * as OpenCC from "opencc-js";
import { PACKAGE_ROOT } from "../pipeline/version";
import { extractBytes } from "../pipeline/index";

const SOURCES = ["seeds", "fixtures/bilingual", "fixtures/places", "fixtures/places/round2"];

/** mulberry32: a small seeded generator, so the corpus is the same on every machine */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Pair {
  zh: string;
  en: string;
}

/** Chinese/English paragraph pairs of the source texts, as the aligner pairs them (1-1 links only). */
function pairs(): Pair[] {
  const out: Pair[] = [];
  for (const dir of SOURCES) {
    for (const f of readdirSync(join(PACKAGE_ROOT, dir)).filter((f) => f.endsWith(".txt")).sort()) {
      const output = extractBytes(f, readFileSync(join(PACKAGE_ROOT, dir, f)));
      const text = new Map(output.paragraphs.map((p) => [p.id, p.text]));
      for (const a of output.alignments) if (a.type === "1-1") out.push({ zh: text.get(a.zh[0]!)!, en: text.get(a.en[0]!)! });
    }
  }
  return out;
}

/**
 * The pair with its figures changed, the same way in both languages: releases restate the same claims
 * with other numbers (67 local governments one year, 71 the next), and a corpus that repeated its
 * sources' sentences word for word would let the pipeline's per-sentence memos (compromise's tags of a
 * sentence, the numbers of a paragraph) answer from an earlier document far more often than on an
 * archive. Figures of two or three digits written the same in both languages change; years, days,
 * months and times (a figure next to 月日号年时点分 or a - / : .) do not, nor a figure one side writes
 * another way (二百 for 200, 5亿 for 500 million), which would turn the pair into a disagreement.
 */
const FIGURE = /(?<![0-9])[0-9]{2,3}(?![0-9])/g;

export function restate(pair: Pair, rnd: () => number): Pair {
  const fixed = new Set<string>();
  for (const m of `${pair.zh}\n${pair.en}`.matchAll(FIGURE)) {
    const before = m.input.slice(Math.max(0, m.index - 1), m.index);
    const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 2);
    // dates, times, decimals and English ordinals (30th: a new figure would need a new suffix) stay
    if (/[-/:.]/.test(before) || /^[-/:.月日号年时点分]|^(?:st|nd|rd|th)/.test(after)) fixed.add(m[0]);
  }
  const changed = new Map<string, string>();
  const english = new Set(pair.en.match(FIGURE));
  const inBoth = new Set((pair.zh.match(FIGURE) ?? []).filter((f) => english.has(f)));
  const change = (figure: string): string => {
    if (fixed.has(figure) || !inBoth.has(figure)) return figure;
    let next = changed.get(figure);
    if (!next) {
      const low = 10 ** (figure.length - 1);
      next = String(low + Math.floor(rnd() * (9 * low)));
      changed.set(figure, next);
    }
    return next;
  };
  return { zh: pair.zh.replace(FIGURE, change), en: pair.en.replace(FIGURE, change) };
}

const toTraditional = OpenCC.Converter({ from: "cn", to: "t" });
const ANNOTATE: [string, string][] = [["國", "guó"], ["際", "jì"], ["對", "duì"], ["關", "guān"], ["來", "lái"]];

export interface CorpusStats {
  documents: number;
  bytes: number;
}

/** Writes `documents` documents to `dir` (replacing it); `copy` varies the seed, for the scaling runs. */
export function writeCorpus(dir: string, documents: number, copy = 0): CorpusStats {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rnd = random(20261123 + copy * 7919);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const pool = pairs();
  let bytes = 0;
  for (let d = 0; d < documents; d++) {
    const chosen = Array.from({ length: 16 + Math.floor(rnd() * 24) }, () => restate(pick(pool), rnd));
    const traditional = rnd() < 0.25;
    const damaged = rnd() < 0.3;
    let zhs = chosen.map((p) => (traditional ? toTraditional(p.zh) : p.zh));
    if (damaged) {
      zhs = zhs.map((z) => z.replace(/，/g, () => (rnd() < 0.3 ? ",," : "，")));
      if (traditional) zhs = zhs.map((z) => z.replace(/[國際對關來]/g, (c: string) => (rnd() < 0.5 ? `${c}(${ANNOTATE.find(([h]) => h === c)![1]})` : c)));
      // one paragraph decoded the wrong way somewhere upstream
      const k = Math.floor(rnd() * zhs.length);
      zhs[k] = iconv.decode(Buffer.from(zhs[k]!, "utf8"), "gbk");
    }
    const ens = chosen.map((p) => p.en);
    const layout = pick(["interleaved", "interleaved", "interleaved-en-first", "block", "block-en-first"]);
    const body =
      layout === "block" ? [...zhs, ...ens] : layout === "block-en-first" ? [...ens, ...zhs] : zhs.flatMap((z, i) => (layout === "interleaved" ? [z, ens[i]!] : [ens[i]!, z]));
    const title = `${zhs[0]!.slice(0, 18)}\n\n${ens[0]!.split(/[.,]/)[0]}`;
    const text = `${title}\n\n发布时间：2024-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}\n\n${body.join("\n\n")}\n`;
    const html = rnd() < 0.2;
    const encoding = traditional ? pick(["utf-8", "utf-8", "big5"]) : pick(["utf-8", "utf-8", "utf-8", "gb18030", "utf-16le"]);
    const content = html ? `<!DOCTYPE html><html><head><meta charset="${encoding === "utf-16le" ? "utf-8" : encoding}"><title>${title.split("\n")[0]}</title></head><body><nav><a href="/">首页</a></nav>${body.map((p) => `<p>${p.replace(/[<&]/g, (c: string) => (c === "<" ? "&lt;" : "&amp;"))}</p>`).join("\n")}</body></html>` : text;
    const data = encoding === "utf-8" || (html && encoding === "utf-16le") ? Buffer.from(content, "utf8") : encoding === "utf-16le" ? Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(content, "utf-16le")]) : iconv.encode(content, encoding);
    const name = `${String(d).padStart(5, "0")}-${layout}-${traditional ? "t" : "s"}-${encoding}${damaged ? "-damaged" : ""}.${html ? "html" : "txt"}`;
    writeFileSync(join(dir, name), data);
    bytes += data.length;
  }
  return { documents, bytes };
}
