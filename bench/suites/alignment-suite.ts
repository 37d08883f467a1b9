/**
 * The alignment perturbation suite: bilingual documents (the seeds, with the shared gold pairs, and
 * fixtures/bilingual/) cut into units (a Chinese/English pair, or a line in one language), then
 * rebuilt with one perturbation each. Every generated document knows which of its lines translate
 * each other, so the aligner's answer can be scored.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { detectLanguage } from "../../pipeline/support/language";
import { PACKAGE_ROOT } from "../../pipeline/version";

export interface Unit {
  zh: string[];
  en: string[];
}

export interface SuiteDoc {
  name: string;
  perturbation: string;
  text: string;
  lines: string[];
  /** pairs of line indexes (Chinese line, English line) that translate each other */
  pairs: [number, number][];
}

const nonEmptyLines = (text: string): string[] => text.split("\n").map((l) => l.trim()).filter(Boolean);

/** Fixtures: a line and the next one in the other language are a pair. */
export function unitsFromFixture(text: string): Unit[] {
  const lines = nonEmptyLines(text);
  const units: Unit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1];
    const la = detectLanguage(a);
    const lb = b === undefined ? null : detectLanguage(b);
    if (b !== undefined && (la === "zh" || la === "en") && (lb === "zh" || lb === "en") && la !== lb) {
      units.push(la === "zh" ? { zh: [a], en: [b] } : { zh: [b], en: [a] });
      i++;
    } else units.push(la === "zh" ? { zh: [a], en: [] } : { zh: [], en: [a] });
  }
  return units;
}

/** Seeds: the shared gold names the pairs by their opening words; every other line stands alone. */
export function unitsFromSeed(text: string, gold: { zh: string; en: string }[]): Unit[] {
  const lines = nonEmptyLines(text);
  const partner = new Map<number, number>();
  for (const g of gold) {
    const z = lines.findIndex((l) => l.startsWith(g.zh));
    const e = lines.findIndex((l) => l.startsWith(g.en));
    if (z >= 0 && e >= 0) {
      partner.set(z, e);
      partner.set(e, z);
    }
  }
  const units: Unit[] = [];
  const used = new Set<number>();
  lines.forEach((line, i) => {
    if (used.has(i)) return;
    const p = partner.get(i);
    if (p !== undefined) {
      used.add(p);
      units.push(detectLanguage(line) === "zh" ? { zh: [line], en: [lines[p]!] } : { zh: [lines[p]!], en: [line] });
    } else units.push(detectLanguage(line) === "zh" ? { zh: [line], en: [] } : { zh: [], en: [line] });
  });
  return units;
}

type Layout = { order: "zh-first" | "en-first"; block: boolean; separator: string };

/** Lays units out as a document; returns its lines and the expected pairs. */
function render(units: Unit[], layout: Layout): { lines: string[]; pairs: [number, number][] } {
  const lines: string[] = [];
  const index = new Map<Unit, { zh: number[]; en: number[] }>();
  const put = (u: Unit, lang: "zh" | "en"): void => {
    const at = index.get(u) ?? { zh: [], en: [] };
    for (const l of u[lang]) at[lang].push(lines.push(l) - 1);
    index.set(u, at);
  };
  const first = layout.order === "zh-first" ? "zh" : "en";
  const second = first === "zh" ? "en" : "zh";
  if (layout.block) {
    units.forEach((u) => put(u, first));
    units.forEach((u) => put(u, second));
  } else {
    units.forEach((u) => {
      put(u, first);
      put(u, second);
    });
  }
  const pairs: [number, number][] = [];
  for (const at of index.values()) for (const z of at.zh) for (const e of at.en) pairs.push([z, e]);
  return { lines, pairs };
}

const BOILERPLATE: Unit[] = [{ zh: ["责任编辑：王晓明"], en: [] }, { zh: [], en: ["Share this article: WeChat | Weibo | Email"] }, { zh: ["扫一扫在手机打开当前页"], en: [] }];

/** Splits the longest English paragraph at the sentence boundary nearest its middle. */
function splitLongestEnglish(units: Unit[]): Unit[] {
  let best = -1;
  units.forEach((u, i) => {
    if (u.en.length === 1 && u.zh.length && /\. [A-Z]/.test(u.en[0]!) && (best < 0 || u.en[0]!.length > units[best]!.en[0]!.length)) best = i;
  });
  if (best < 0) return units;
  const text = units[best]!.en[0]!;
  const cuts = [...text.matchAll(/\. (?=[A-Z])/g)].map((m) => m.index + 1);
  const cut = cuts.reduce((a, b) => (Math.abs(b - text.length / 2) < Math.abs(a - text.length / 2) ? b : a));
  return units.map((u, i) => (i === best ? { zh: u.zh, en: [text.slice(0, cut).trim(), text.slice(cut).trim()] } : u));
}

/** Merges the Chinese sides of the first two consecutive translated units into one paragraph. */
function mergeTwoChinese(units: Unit[]): Unit[] {
  for (let i = 0; i + 1 < units.length; i++) {
    const a = units[i]!;
    const b = units[i + 1]!;
    if (a.zh.length === 1 && b.zh.length === 1 && a.en.length === 1 && b.en.length === 1 && a.zh[0]!.length > 20 && b.zh[0]!.length > 20) {
      return [...units.slice(0, i), { zh: [a.zh[0]! + b.zh[0]!], en: [a.en[0]!, b.en[0]!] }, ...units.slice(i + 2)];
    }
  }
  return units;
}

/** Drops the English side of the middle translated unit. */
function dropTranslation(units: Unit[]): Unit[] {
  const translated = units.map((u, i) => (u.zh.length && u.en.length ? i : -1)).filter((i) => i >= 0);
  const mid = translated[Math.floor(translated.length / 2)]!;
  return units.map((u, i) => (i === mid ? { zh: u.zh, en: [] } : u));
}

function insertBoilerplate(units: Unit[]): Unit[] {
  const mid = Math.floor(units.length / 2);
  return [...units.slice(0, mid), BOILERPLATE[0]!, ...units.slice(mid, mid + 1), BOILERPLATE[1]!, ...units.slice(mid + 1), BOILERPLATE[2]!];
}

export function perturbations(name: string, units: Unit[], native: Layout): SuiteDoc[] {
  const swapped: Layout = { ...native, order: native.order === "zh-first" ? "en-first" : "zh-first" };
  const variants: [string, Unit[], Layout][] = [
    ["as written", units, native],
    ["order swapped within pairs", units, swapped],
    ["block layout", units, { ...native, block: true }],
    ["block layout, English first", units, { ...swapped, block: true, separator: "\n\n" }],
    ["translation dropped (1-0)", dropTranslation(units), native],
    ["English paragraph split (1-2)", splitLongestEnglish(units), native],
    ["Chinese paragraphs merged (2-1)", mergeTwoChinese(units), native],
    ["untranslated boilerplate inserted", insertBoilerplate(units), native],
    ["split, merge and boilerplate together", insertBoilerplate(mergeTwoChinese(splitLongestEnglish(units))), swapped],
  ];
  return variants.map(([perturbation, us, layout]) => {
    const { lines, pairs } = render(us, layout);
    return { name, perturbation, text: lines.join(layout.separator) + "\n", lines, pairs };
  });
}

export function alignmentSuite(sharedDir: string): SuiteDoc[] {
  const docs: SuiteDoc[] = [];
  const goldDir = join(sharedDir, "gold/seeds");
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith(".json")).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), "utf8")) as { doc: string; alignments: { zh: string; en: string }[] };
    const text = readFileSync(join(PACKAGE_ROOT, "seeds", gold.doc), "utf8");
    const units = unitsFromSeed(text, gold.alignments);
    const zhFirst = units.find((u) => u.zh.length && u.en.length) && text.indexOf(units.find((u) => u.zh.length && u.en.length)!.zh[0]!) < text.indexOf(units.find((u) => u.zh.length && u.en.length)!.en[0]!);
    docs.push(...perturbations(gold.doc, units, { order: zhFirst ? "zh-first" : "en-first", block: false, separator: text.includes("\n\n") ? "\n\n" : "\n" }));
  }
  const fixtureDir = join(PACKAGE_ROOT, "fixtures/bilingual");
  for (const f of readdirSync(fixtureDir).filter((x) => x.endsWith(".txt")).sort()) {
    const text = readFileSync(join(fixtureDir, f), "utf8");
    const units = unitsFromFixture(text);
    const firstPair = units.find((u) => u.zh.length && u.en.length)!;
    const zhFirst = text.indexOf(firstPair.zh[0]!) < text.indexOf(firstPair.en[0]!);
    docs.push(...perturbations(f, units, { order: zhFirst ? "zh-first" : "en-first", block: false, separator: text.includes("\n\n") ? "\n\n" : "\n" }));
  }
  return docs;
}
